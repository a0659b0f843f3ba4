"""A plural unit word after the last name of a list ("the Kalat and Surab areas of
Balochistan") is a feature of that name, and "of" then names where the list lies (issue 14).
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


def test_areas_of_a_province_is_a_chain(gz: Gazetteer):
    found = read_places("Troops raided the Kalat and Surab areas of Balochistan on Friday.", gz)
    assert [(m.name, m.relation, m.cue) for m, _ in found] == [
        ("Kalat", "at", None),
        ("Surab", "at", "areas"),
        ("Balochistan", "in", None),
    ]
    assert {p.country for _, p in found if p is not None} == {"PK"}


def test_villages_after_a_list_announce_villages(gz: Gazetteer):
    found = read_places("Soldiers burned the Kalat and Surab villages on Friday.", gz)
    assert [(m.name, m.feature) for m, _ in found][-1] == ("Surab", "village")
