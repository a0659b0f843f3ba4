"""Places told only inside the name of something that stands in them (issue 14, item 3: the
narrowest place a sentence names). Sentences written by the authors.

- a building or an institution named after its town ("Rajshahi University", "the University of
  Dodoma", "the Sylhet City Corporation") lies in that town;
- Pakistan's former tribal "agencies" are districts ("Orakzai Agency");
- a run of names ending in a renowned place ("Bilal Colony Karachi") lies in that place,
  while a smaller town abroad at the end of a run is no anchor.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.model import Location

from .places_read import event_location, event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def near(loc: Location | None, lat: float, lon: float, km: float = 25.0) -> bool:
    return (
        loc is not None and loc.lat is not None and haversine_km(loc.lat, loc.lon, lat, lon) <= km
    )


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # before: "University" (also a village name) glued the town into a longer name
        (
            "Hundreds of students demonstrated at Rajshahi University against a rise in fees.",
            "BD",
            24.37,
            88.60,
        ),
        # before: a chain opening with an institution noun was dropped whole
        (
            "Lecturers went on strike at the University of Dodoma over months of unpaid wages.",
            "TZ",
            -6.17,
            35.74,
        ),
        (
            "Nurses staged a sit-in at the University Teaching Hospital of Bobo-Dioulasso.",
            "BF",
            11.18,
            -4.30,
        ),
        # before: "Metropolitan Police" after the town's name made it a longer, unknown name
        (
            "Officers of the Chittagong Metropolitan Police arrested twelve opposition activists.",
            "BD",
            22.34,
            91.83,
        ),
        (
            "Workers of the Karachi Metropolitan Corporation blocked a road over unpaid wages.",
            "PK",
            24.86,
            67.01,
        ),
        # stop 17: before, the possessive "University's" was no building noun, and the event
        # had no place
        (
            "Students clashed with police at Rajshahi University's main gate on Monday.",
            "BD",
            24.37,
            88.60,
        ),
    ],
)
def test_an_institution_named_after_its_town_places_the_event_in_the_town(
    gz, text, country, lat, lon
):
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == country and near(loc, lat, lon), (text, loc)


def test_a_tribal_agency_is_a_district_of_pakistan(gz):
    # "Agency" is a unit word after the name, not the organisation noun it also is
    (loc,) = set(
        event_locations("A roadside bomb killed two soldiers in Orakzai Agency on Friday.", gz)
    )
    assert loc is not None and loc.country == "PK" and loc.precision == 2
    assert loc.admin2 == "Orakzai Agency" and near(loc, 34.10, 71.95, km=25)


def test_a_news_agency_is_still_no_place(gz):
    (loc,) = set(
        event_locations("Gunmen killed three farmers, the Anadolu Agency reported on Friday.", gz)
    )
    assert loc is None or loc.country != "TR"


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # before: the unknown quarter glued the city into a longer name; no place at all
        (
            "A shopkeeper was shot dead in Bilal Colony Karachi late on Tuesday.",
            "PK",
            24.86,
            67.01,
        ),
        ("Police fired tear gas at protesters in Mirpur Road Dhaka on Sunday.", "BD", 23.76, 90.39),
    ],
)
def test_a_quarter_written_before_its_city_lies_in_the_city(gz, text, country, lat, lon):
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == country and near(loc, lat, lon), (text, loc)


def test_an_unknown_quarter_before_a_big_city_lies_in_the_city(gz):
    # before: "Mehran Goth", unknown to the gazetteer, glued Karachi into a longer name
    (loc,) = set(
        event_locations("Two policemen were shot dead in Mehran Goth Karachi on Monday.", gz)
    )
    assert loc is not None and loc.country == "PK" and near(loc, 24.86, 67.01)


def test_a_person_named_like_a_province_is_no_place(gz):
    locs = event_locations(
        "Soldiers detained the lawmaker Kyaw Maan at his home, a party official said.", gz
    )
    assert all(loc is None or loc.country != "JO" for loc in locs)


def test_a_small_town_abroad_ending_a_run_is_no_anchor(gz):
    # Leeds (under a million people) is no anchor for an unknown name before it
    locs = event_locations(
        "A bomb hidden in a cart wounded two rangers in Kampong Leeds on Monday.", gz
    )
    assert all(loc is None or loc.country != "GB" for loc in locs)


# Stop 24: the town told only by a building of it (sentences written by the authors)
@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # before: a lower-case building noun and "of" before a small town vouched for nothing,
        # and the bare name was dropped (no place)
        ("Protesters set fire to the town hall of Sapone on Monday.", "BF", 12.05, -1.60),
        # before: the gazetteer's "Khulna City Corporation" unit was read as a weak bare name
        # and dropped (no place)
        ("A councillor of Khulna City Corporation was shot dead by gunmen.", "BD", 22.84, 89.54),
        # before: the capitalised common word "Greater" glued the city into a longer, unknown
        # name (no place)
        (
            "Workers of the Greater Multan Municipal Corporation blocked a road on Monday.",
            "PK",
            30.20,
            71.47,
        ),
    ],
)
def test_a_town_told_by_its_building_or_corporation_places_the_event(gz, text, country, lat, lon):
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == country and near(loc, lat, lon), (text, loc)


def test_a_capitalised_ministry_of_a_common_word_is_still_no_place(gz):
    # "Ministry of Industry" names an institution: "Industry" is no town in Pennsylvania
    (loc,) = set(
        event_locations(
            "Employees of the Ministry of Industry staged a sit-in to demand unpaid wages.", gz
        )
    )
    assert loc is None


def test_a_town_before_an_office_noun_is_the_office_seat(gz):
    # before: "Governor" after the town glued it to the person's name (no place)
    loc = event_location("A gang burned two cars outside Meru Governor Jane Otieno's home.", gz)
    assert loc is not None and loc.country == "KE" and near(loc, 0.05, 37.65), loc
