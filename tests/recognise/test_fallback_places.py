"""Events whose place was found but lost, and events placed by a unit standing in for a smaller
place nobody could place (issue 14, items 2-3). Sentences written by the authors.

- a town named with a relation word is the event's place, though a medium bears its name;
- a building named after its town ("the Multan General Hospital", "the Quetta Press Club") and
  a headquarters unit ("Sirajganj Sadar upazila") lie in that town: no longer name;
- "X village in Y": Y is where X lies, so a namesake of X abroad is no reading;
- a unit standing in for a named smaller place has ACLED's precision 2, not 1.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.model import Location

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def only(text: str, gz: Gazetteer, language: str = "en") -> Location:
    (loc,) = set(event_locations(text, gz, language))
    assert loc is not None, text
    return loc


def near(loc: Location, lat: float, lon: float, km: float = 15.0) -> bool:
    return loc.lat is not None and haversine_km(loc.lat, loc.lon, lat, lon) <= km


def test_a_town_told_with_a_relation_word_is_the_place_though_a_channel_bears_its_name(gz):
    # before: the channel al-Mayadeen took the name, and the event had no place
    loc = only("Clashes were reported in Mayadeen between soldiers and tribal fighters.", gz)
    assert loc.country == "SY" and near(loc, 35.02, 40.45) and loc.precision == 1


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # before: "General" glued Multan into a longer name, and the event had no place
        (
            "Doctors protested outside the Multan General Hospital on Monday over unpaid pay.",
            "PK",
            30.20,
            71.48,
        ),
        (
            "Journalists rallied at the Quetta Press Club against the arrest of a reporter.",
            "PK",
            30.18,
            67.00,
        ),
        # before: "Sadar" (also an Indonesian village) glued Sirajganj into a longer name
        (
            "Rioters torched two buses in Sirajganj Sadar upazila during a strike.",
            "BD",
            24.46,
            89.71,
        ),
    ],
)
def test_a_building_or_a_headquarters_unit_named_after_a_town_lies_in_that_town(
    gz, text, country, lat, lon
):
    loc = only(text, gz)
    assert loc.country == country and near(loc, lat, lon)


def test_a_long_unknown_name_before_a_building_noun_is_no_town(gz):
    # "Kan" is a town of Myanmar, but "Kan Htin Ywa" is the village's name, not Kan's station
    text = "Gunmen threw a grenade at the Kan Htin Ywa police station on Friday."
    assert all(loc is None or loc.name != "Kan" for loc in event_locations(text, gz))


def test_a_village_in_a_named_town_is_never_a_namesake_abroad(gz):
    # "Dolbarikhor village in Sirajganj": the village is not in the gazetteer; the event is
    # placed at Sirajganj with precision 2 (near a named place), not at a foreign namesake
    loc = only("Gunmen killed two farmers in Dolbarikhor village in Sirajganj on Tuesday.", gz)
    assert loc.country == "BD" and near(loc, 24.46, 89.71) and loc.precision == 2


def test_a_town_standing_in_for_an_unknown_village_of_a_chain_has_precision_2(gz):
    # before: precision 1, as if the event were at the town itself
    text = (
        "Soldiers burned houses in Nawlaykone village, Hpakant township, Kachin State, on Monday."
    )
    loc = only(text, gz)
    assert loc.country == "MM" and near(loc, 25.61, 96.31) and loc.precision == 2


def test_an_indonesian_town_standing_in_for_an_unknown_kampung_has_precision_2(gz):
    text = (
        "Kelompok bersenjata menembak dua warga di Kampung Wuyukiri, Wamena, "
        "Kabupaten Jayawijaya, pada Senin."
    )
    loc = only(text, gz, "id")
    assert loc.country == "ID" and near(loc, -4.10, 138.95) and loc.precision == 2


def test_an_indonesian_town_named_alone_keeps_precision_1(gz):
    loc = only("Kelompok bersenjata menembak dua warga di Wamena, Kabupaten Jayawijaya.", gz, "id")
    assert loc.country == "ID" and near(loc, -4.10, 138.95) and loc.precision == 1
