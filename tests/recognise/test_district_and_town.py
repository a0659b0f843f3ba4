"""A district and a town in it written side by side without a comma ("Gwadar Pasni", "Kech
Turbat Balochistan") are two places, the town within the district, not one unknown longer name
(stop 26). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_district_before_its_town_and_province_gives_the_town(gz):
    text = "Two soldiers were killed in Kech Turbat Balochistan when militants attacked a camp."
    assert [name for name, _ in relations(text, gz)] == ["Turbat", "Balochistan"]
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Turbat", "PK", 1)


def test_a_district_that_is_also_a_town_stands_for_the_district_before_a_town(gz):
    # Gwadar is a town and a district: before Pasni it is the district Pasni lies in
    text = "Militants attacked a police post in Gwadar Pasni Balochistan, killing two policemen."
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.admin2, loc.precision) == ("Pasni", "Gwadar", 1)


def test_a_town_before_its_district_gives_the_town(gz):
    text = "Students protested outside the hospital in Biratnagar Morang on Monday."
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country) == ("Biratnagar", "NP")


def test_one_name_twice_is_no_district_and_town(gz):
    # Mau is an Indian town in Mau district: "the Mau Mau" is a movement, not a place in India
    text = "Farmers who call themselves the Mau Mau clashed with herders on Sunday."
    assert relations(text, gz) == []


def test_a_town_of_another_district_still_makes_one_longer_name(gz):
    # Pasni does not lie in Kech district: "Kech Pasni" is no district and town
    assert relations("Gunmen fired on a bus in Kech Pasni on Sunday.", gz) == []
