"""A town of 20,000 or more outside the countries of the document's actors (stop 17: the
countries next to them included), matched only by an alternate name unlike its own, is no
reading (issue 14, item 1: never the wrong country). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km

from .places_read import event_location as location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_an_old_name_of_a_capital_far_from_the_actors_is_no_reading(gz):
    # before: Kinshasa (once Leopoldville), two thousand kilometres from Mali's war
    loc = location("Malian soldiers clashed with militants in Leopoldville on Sunday.", gz)
    assert loc is None or loc.country != "CD"


def test_a_city_keeps_its_old_name_in_its_actors_own_country(gz):
    loc = location("Congolese soldiers clashed with militiamen in Leopoldville on Sunday.", gz)
    assert loc is not None and loc.country == "CD"
    assert haversine_km(loc.lat, loc.lon, -4.32, 15.31) <= 25


def test_an_old_name_abroad_loses_to_no_place_rather_than_crossing_oceans(gz):
    # before: Mumbai (once Bombay), in a note about Kenyan soldiers
    loc = location("Kenyan soldiers shot dead two men in Bombay on Monday.", gz)
    assert loc is None or loc.country != "IN"


def test_a_city_next_door_under_an_unlike_alternate_name_is_no_reading(gz):
    # before: Gulu, in Uganda next to Kenya, one of whose alternate names is Nkoulou
    loc = location("Kenyan soldiers clashed with cattle raiders in Nkoulou on Sunday.", gz)
    assert loc is None or loc.country != "UG"


def test_a_city_keeps_its_alternate_name_in_its_actors_own_country(gz):
    loc = location("Ugandan soldiers clashed with cattle raiders in Nkoulou on Sunday.", gz)
    assert loc is not None and loc.country == "UG"
    assert haversine_km(loc.lat, loc.lon, 2.78, 32.30) <= 25
