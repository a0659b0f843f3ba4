"""An event in a document that names no place but where its people come from or are based
falls back to that town or province (issue 14, item 3), never to a foreign country people
come from. Sentences written by the authors.

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


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        (
            "Youths from Kapsabet protested over the sacking of their local chief.",
            "KE",
            0.20,
            35.10,
        ),
        (
            "A mob killed a shopkeeper based in Kitui, accusing him of stealing a goat.",
            "KE",
            -1.37,
            38.01,
        ),
    ],
)
def test_the_town_people_come_from_places_an_event_told_without_a_place(
    gz, text, country, lat, lon
):
    # before: the events had no place at all
    loc = location(text, gz)
    assert loc is not None and loc.country == country
    assert haversine_km(loc.lat, loc.lon, lat, lon) <= 15


def test_a_country_people_come_from_is_no_place_of_the_event(gz):
    loc = location("Gunmen believed to be from Somalia attacked a police post at night.", gz)
    assert loc is None or loc.country != "SO"


def test_a_place_the_text_names_still_comes_first(gz):
    loc = location("Youths from Kapsabet protested in Eldoret over the sacking of a chief.", gz)
    assert loc is not None and haversine_km(loc.lat, loc.lon, 0.52, 35.27) <= 15


def test_the_country_of_a_place_people_come_from_is_where_they_come_from(gz: Gazetteer):
    from .places_read import relations

    text = "A trader from Kisii district in Kenya was beaten by a mob at the market in Kampala."
    assert relations(text, gz)[:2] == [("Kisii", "from"), ("Kenya", "from")]
