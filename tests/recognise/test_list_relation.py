"""A relation word before a list holds for each name of it, though the gazetteer lacks the
first: "in Ndathi and Runyenjes" tells of Runyenjes too (issue 14, item 3). Sentences written
by the authors; Ndathi, Kiriani and Mwanyani stand for villages the gazetteer lacks.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.recognise.places_read import read_places
from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "Raiders burned huts in Ndathi and Runyenjes on Thursday night.",
            "Runyenjes",
            -0.42,
            37.57,
        ),
        ("Youths looted shops in Kiriani and Chogoria on Sunday.", "Chogoria", -0.23, 37.63),
        ("Police fired tear gas at traders in Mwanyani and Katito.", "Katito", -0.26, 34.97),
    ],
)
def test_the_relation_before_an_unknown_first_name_holds_for_the_next(gz, text, name, lat, lon):
    # before: a small town named bare after an unknown name was no place
    ((mention, place),) = read_places(text, gz)
    assert mention.name == name and mention.relation in ("at", "in")
    assert place is not None and place.country == "KE"
    assert haversine_km(place.lat, place.lon, lat, lon) <= 15


def test_between_does_not_carry_over_a_list_of_peoples(gz):
    pairs = read_places("Fighting broke out between Turkanas and Pokots over grazing land.", gz)
    assert all(p is None or p.country == "KE" for _, p in pairs)
