"""A district and a town in it written side by side without a comma ("Gwadar Pasni", "Kachhi
Dadhar Balochistan") are two places, the town within the district, not one unknown longer name
(stop 26); so is a town followed by a word of its district's name ("Wana Waziristan").
Sentences written by the authors.

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
    text = "Two soldiers were killed in Kachhi Dadhar Balochistan when militants attacked a camp."
    assert [name for name, _ in relations(text, gz)] == ["Dadhar", "Balochistan"]
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Dadhar", "PK", 1)


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
    # Kohat is a town in Kohat district: the same name twice is no district and a town in it
    assert relations("Gunmen fired at the Kohat Kohat bus on Sunday.", gz) == []


def test_a_town_of_another_district_still_makes_one_longer_name(gz):
    # Pasni does not lie in Swat district: "Swat Pasni" is no district and town
    assert relations("Gunmen fired on a bus in Swat Pasni on Sunday.", gz) == []


def test_a_town_before_a_word_of_its_districts_name_gives_the_town(gz):
    # Wana lies in the South Waziristan Agency: "Waziristan" after it says where it is
    text = "A roadside bomb killed three soldiers in Wana Waziristan on Tuesday."
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Wana", "PK", 1)


def test_a_town_before_a_word_of_another_districts_name_is_one_longer_name(gz):
    # Pasni lies in Gwadar district, not in Waziristan
    assert relations("Gunmen fired on a bus in Pasni Waziristan on Sunday.", gz) == []
