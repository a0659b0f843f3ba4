"""Stop 27 (issue 14): an event told only at a country or a province takes the narrower place
the document names inside it, when it has a point of its own. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_an_event_told_at_its_country_takes_the_town_named_after_it(gz):
    text = (
        "Soldiers killed four gunmen near the Ugandan border on Monday, the army of Kenya said. "
        "The men had camped outside Lokichogio."
    )
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Lokichokio", "KE", 1)


def test_an_event_told_at_a_province_takes_a_town_of_that_province(gz):
    text = (
        "Rebels attacked an army post in Kachin State on Sunday, the military said. "
        "The post lies on a hill above Bhamo."
    )
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.admin1, loc.precision) == ("Bhamo", "Kachin", 1)


def test_a_town_of_another_province_leaves_the_province(gz):
    # Lashio lies in Shan State: the attack stays in Kachin State
    text = (
        "Rebels attacked an army post in Kachin State on Sunday, the military said. "
        "The post lies on a hill above Lashio."
    )
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Kachin", 3)


def test_a_district_placed_at_its_provinces_point_is_no_narrower(gz):
    # the gazetteer has no town for the Banibangou department and places it at its province's
    # point (Tera's department, used here first, now sits at the town of Tera: stop 27, hC)
    text = (
        "Gunmen killed nine soldiers in an ambush in the Tillaberi region on Tuesday. "
        "The area, in the Banibangou department, lies near the border."
    )
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Tillaberi", 3)


def test_a_province_written_with_its_unit_word_holds_its_constituency(gz):
    # the county's record is "Wilaya ya Baringo", the constituency's province "Baringo"
    text = (
        "Armed raiders stole hundreds of cattle in Baringo county on Tuesday, police said. "
        "Most of the herders live in Baringo North."
    )
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Baringo North", 2)
