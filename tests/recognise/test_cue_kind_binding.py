"""A unit named with its kind ("Colima state") binds the other names when only one country has
a unit of that kind and name, whatever towns abroad share the name (issue 14, item 1).
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.recognise.places_read import event_locations, read_places
from warta.geo import Gazetteer
from warta.model import Document
from warta.pipeline import Resources, extract


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


TEXT = "On 2 June 2020, in Toledo, Colima state, residents blocked a road to demand petrol."


def test_a_state_only_one_country_has_binds_the_town_before_it(gz):
    # before: Toledo was read in Ohio, United States
    by_name = {m.name: p for m, p in read_places(TEXT, gz)}
    colima = by_name["Colima"]
    assert colima is not None and colima.country == "MX" and colima.feature_code == "ADM1"
    assert by_name["Toledo"] is None  # no Toledo in Mexico's gazetteer: left open


def test_the_event_falls_back_to_the_state(gz):
    doc = Document(id="t", text=TEXT, published="2020-06-02", language="en")
    (event,) = extract(doc, Resources(gazetteer=gz)).events
    assert event.location is not None and event.location.country == "MX"
    assert event.location.precision >= 2


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # before: Durango, Colorado and Sonora, California, towns of the other name's country
        ("Gunmen killed two police officers in Columbus, Durango state, on Sunday.", "Durango"),
        ("Gunmen killed two police officers in Madison, Sonora state, on Sunday.", "Sonora"),
    ],
)
def test_a_name_told_as_a_state_is_the_state_not_a_town_of_that_name(gz, text, admin1):
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == "MX" and loc.precision == 3
    assert admin1 in (loc.admin1 or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # before: Seenu (Maldives) and Maryland (Jamaica); Liberia's counties are provinces
        ("Youths blocked roads in Sinoe county over a disputed election.", "LR"),
        ("Youths blocked roads in Maryland county over a disputed election.", "LR"),
    ],
)
def test_a_county_may_be_a_province(gz, text, country):
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == country and loc.precision == 3


def test_a_county_may_still_be_a_district(gz):
    (loc,) = set(event_locations("Deputies shot a man in Orange County, California.", gz))
    assert loc is not None and loc.country == "US" and loc.admin2 == "Orange County"
