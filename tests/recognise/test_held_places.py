"""A place named as where another lies ("X district, Y", "X (Y)", "Y's X district") holds it:
the event is at the place held, not at the holder, however their readings compare (issue 14,
stop 18). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, event_locations, read_places, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_possessive_place_holds_the_next(gz):
    text = "A roadside bomb wounded two rangers in Pattani's Nong Chik district on Monday."
    assert relations(text, gz) == [("Pattani", "in"), ("Nong Chik", "at")]
    loc = event_location(text, gz)
    # before: Pattani town, 30 km away, the first of two places of equal breadth
    assert loc is not None and loc.name == "Amphoe Nong Chik" and loc.country == "TH"
    assert loc.precision == 2
    assert abs(loc.lat - 6.84) < 0.1 and abs(loc.lon - 101.18) < 0.1


def test_a_possessive_place_people_come_from_stays_where_they_come_from(gz):
    text = "Security forces detained two men from Assam's Dhubri district."
    assert relations(text, gz) == [("Assam", "from"), ("Dhubri", "from")]


def test_a_town_holding_a_district_is_not_the_event_place(gz):
    # the holder reads as the seat town (narrower than a district); the district is meant
    loc = event_location("Gunmen shot dead a village headman in Saba Yoi district, Songkhla.", gz)
    assert loc is not None and loc.name == "Amphoe Saba Yoi" and loc.country == "TH"
    assert abs(loc.lat - 6.62) < 0.1 and abs(loc.lon - 100.95) < 0.1


def test_a_kecamatan_held_by_a_town_is_the_event_place(gz):
    (loc,) = event_locations("Dua warga tewas ditembak di Distrik Sentani, Jayapura.", gz, "id")
    assert loc is not None and loc.name == "Sentani" and loc.country == "ID"
    assert abs(loc.lat - -2.57) < 0.1 and abs(loc.lon - 140.51) < 0.1


def test_a_feature_after_a_name_is_not_a_cue_of_the_next(gz):
    # "district of" is a cue before a name; here "district" is Rueso's, and "of" joins a chain
    text = "Rangers were wounded by a bomb in Rueso district of Narathiwat province on Monday."
    places = read_places(text, gz)
    assert [(m.name, m.relation, m.feature) for m, _ in places] == [
        ("Rueso", "at", "adm2"),
        ("Narathiwat", "in", "adm1"),
    ]
    loc = event_location(text, gz)
    assert loc is not None and loc.name == "Amphoe Rueso" and loc.precision == 2
    assert abs(loc.lat - 6.39) < 0.1 and abs(loc.lon - 101.52) < 0.1


def test_a_peoples_word_before_a_cue_holds_nothing(gz):
    text = "Gunmen attacked a checkpoint near the Somali town of Beledweyne on Sunday."
    places = dict((m.name, m.relation) for m, _ in read_places(text, gz))
    assert places.get("Beledweyne") != "in"


def test_a_road_named_by_its_ends_comes_after_the_place_on_it(gz):
    # "Kisumu-Busia" is read by its first name, an end of the road, not where the protest was
    loc = event_location(
        "Youths protested on the Kisumu-Busia road at Luanda on Monday over the killing of a "
        "boda boda rider.",
        gz,
    )
    assert loc is not None and loc.name == "Luanda" and loc.country == "KE"
    assert abs(loc.lat - 0.02) < 0.05 and abs(loc.lon - 34.59) < 0.05
