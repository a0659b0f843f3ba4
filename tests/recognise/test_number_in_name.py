"""Stop 27 (issue 14): a number inside a place's name ("North 24 Parganas") joins the words
around it; a number between a place and other capitalised words leaves the place as it was.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.name, p.feature_code if p else None, p.admin1 if p else None)
        for m, p in read_places(text, gz)
    ]


def test_a_district_with_a_number_in_its_name_is_read_whole(gz):
    # before, "North" alone was read, as a district of Sikkim
    text = "A trader was shot dead near his fish pond in North 24-Parganas on Tuesday."
    assert _read(text, gz) == [("North 24-Parganas", "ADM2", "West Bengal")]


def test_the_number_may_stand_apart_from_the_name(gz):
    text = "Party workers clashed at Basirhat in North 24 Parganas on Friday."
    assert _read(text, gz)[1] == ("North 24 Parganas", "ADM2", "West Bengal")


def test_a_count_after_a_place_is_no_part_of_its_name(gz):
    text = "In Garissa 12 Kenyan soldiers were wounded by a roadside bomb on Monday."
    assert _read(text, gz) == [("Garissa", "PPL", "Kaunti ya Garissa")]
