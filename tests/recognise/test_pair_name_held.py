"""Stop 29 (issue 14): a hyphenated name the gazetteer reads only by its first part ("Yagha-Peulh"
as Yagha province) is no place a town after it holds: in "X-Y (Town, Province)" the event is at
the town told as where X-Y lies, not at the province read for X-Y's first word. A hyphenated
name read whole ("Tin-Akoff") is still held by the units after it. Sentences written by the
authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def where(text: str, gz: Gazetteer, language: str = "en") -> tuple[str, str | None, str | None]:
    (loc,) = set(event_locations(text, gz, language))
    assert loc is not None
    return loc.name, loc.admin1, loc.country


@pytest.mark.parametrize(
    ("text", "town", "province"),
    [
        (
            "On Monday, suspected militants burned a school in Yagha-Peulh (Sebba, Yagha) and "
            "stole two motorbikes.",
            "Sebba",
            "Sahel",
        ),
        (
            "On Monday, suspected militants burned a school in Comoe-Sud (Banfora, Comoe) and "
            "stole two motorbikes.",
            "Banfora",
            "Cascades",
        ),
    ],
)
def test_a_name_read_by_its_first_part_leaves_the_event_at_the_town_holding_it(
    gz, text, town, province
):
    # before: the province read for the name's first part (Yagha, Comoe)
    assert where(text, gz) == (town, province, "BF")


def test_in_indonesian_too(gz):
    text = (
        "Pada hari Senin, kelompok bersenjata menyerang desa Yagha-Peulh (Sebba, Yagha) dan "
        "menewaskan dua warga."
    )
    assert where(text, gz, "id") == ("Sebba", "Sahel", "BF")


def test_a_hyphenated_name_read_whole_is_still_held(gz):
    text = (
        "On Monday, suspected militants burned a school in Tin-Akoff (Oudalan, Sahel) and stole "
        "two motorbikes."
    )
    assert where(text, gz) == ("Tin-Akoff", "Sahel", "BF")
