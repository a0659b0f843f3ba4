"""A name right before a business noun ("the Moshi mall", the "Mbala" company) is the
business's name, not a town abroad that shares it (issue 14, stop 23: `businesses_after`).
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    "text",
    [
        # before: Moshi in Tanzania, Mbala in Zambia
        "On 3 March, about 40 traders protested outside the Moshi mall, demanding lower rents.",
        'On 3 March, workers of the "Mbala" company held a sit-in demanding unpaid wages.',
        "On 3 March, workers held a sit-in at the Mbala company demanding unpaid wages.",
    ],
)
def test_a_business_name_is_no_town(gz, text):
    assert event_location(text, gz) is None


def test_the_town_the_business_stands_in_places_the_event(gz):
    text = "On 3 March, traders protested outside the Moshi mall in Kampala over rents."
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "UG"
    assert haversine_km(loc.lat, loc.lon, 0.32, 32.58) <= 25


def test_a_big_city_before_a_business_noun_still_places_the_event(gz):
    text = "On 3 March, gunmen attacked shoppers at the Nairobi mall, wounding two guards."
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "KE"
    assert haversine_km(loc.lat, loc.lon, -1.29, 36.82) <= 25
