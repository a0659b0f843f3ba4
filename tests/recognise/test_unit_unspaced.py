"""Stop 28: a name told with a unit's word whose readings hold no unit of that level is the one
unit written as the name without its spaces ("Kyauk Taw township": Kyauktaw, not one of the
villages named Kyauk Taw). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("Two houses were burned in Kyauk Taw township on Sunday.", "Kyauk Taw", "Kyauktaw"),
        ("Police detained six students in Pyin Oo Lwin township.", "Pyin Oo Lwin", "Pyinoolwin"),
    ],
)
def test_a_township_written_apart_is_the_township_written_whole(gz, text, name, unit):
    ((mention, place),) = read_places(text, gz)
    assert mention.name == name
    assert place is not None
    assert (place.name, place.country, place.feature_code) == (unit, "MM", "ADM3")


def test_a_village_written_apart_stays_a_village(gz):
    # a village's word is no unit's: the villages of the name stay its readings
    ((mention, place),) = read_places("Two houses were burned in Kyauk Taw village.", gz)
    assert mention.name == "Kyauk Taw"
    assert place is not None
    assert (place.name, place.feature_code) == ("Kyauk Taw", "PPL")
