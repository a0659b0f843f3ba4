"""A country a note names for another reason than the event's place (issue 14, stop 24): the
country a group crossed into and the war a story refers to neither place the event nor bind
the other names. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations, read_places, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_the_country_beyond_a_border_crossed_is_no_event_place(gz):
    text = "Armed men stole four trucks and drove them across the border into Uganda on Sunday."
    assert relations(text, gz) == [("Uganda", "border")]
    assert all(loc is None or loc.country != "UG" for loc in event_locations(text, gz))


def test_a_war_a_story_refers_to_does_not_bind_the_town_of_the_protest(gz):
    text = (
        "Hundreds of residents protested in Larissa against plans to house migrants "
        "fleeing the war in Syria."
    )
    assert ("Syria", "from") in relations(text, gz)
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == "GR"


def test_two_countries_an_agreement_was_signed_between_are_no_event_place(gz):
    text = (
        "Strikers blocked roads on Friday against a trade pact signed between Brazil and "
        "Argentina last month."
    )
    assert relations(text, gz) == [("Brazil", "border"), ("Argentina", "border")]
    assert all(loc is None for loc in event_locations(text, gz))


def test_two_towns_a_road_links_are_still_between(gz):
    text = "Gunmen ambushed a bus on the road between Kisumu and Kakamega on Friday."
    assert relations(text, gz) == [("Kisumu", "between"), ("Kakamega", "between")]


def test_the_place_of_recent_attacks_a_rally_is_held_against_is_no_event_place(gz):
    text = "Students rallied in the city of Guwahati against the recent terror attacks in Brussels."
    assert ("Brussels", "from") in relations(text, gz)
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == "IN"


@pytest.mark.parametrize(
    ("text", "within"),
    [
        ("Refugees protested at the Kakuma camp in Turkana on Monday.", True),
        ("Miners protested at the Geita gold mine in Tanzania on Monday.", True),
        ("Refugees protested at the Kakuma camp on Monday.", False),
    ],
)
def test_a_site_noun_then_in_and_a_name_tells_where_the_site_lies(gz, text, within):
    (site,) = [m for m, _ in read_places(text, gz) if m.site]
    assert site.site_within is within
