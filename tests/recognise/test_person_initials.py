"""A person's initials between a title and the name keep it a person (issue 14, stop 24):
"finance minister KM Mani" is no town Man. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers shouted down finance minister Mani in the assembly on Friday.",
        "Lawmakers shouted down finance minister KM Mani in the assembly on Friday.",
        "Lawmakers shouted down minister K. M. Mani in the assembly on Friday.",
    ],
)
def test_a_name_after_a_title_and_initials_is_a_person(gz, text):
    assert relations(text, gz) == []


def test_initials_without_a_title_before_them_change_nothing(gz):
    text = "Lawmakers met in Mombasa on Friday."
    assert relations(text, gz) == [("Mombasa", "at")]
