"""Stop 22, wrong-country causes: a building noun alone ("the Girls' College area") and an
acronym with a possessive ("the KIA's brigade") name no place; a hyphenated name read only by
its first name ("X (Pobe-Kouna, Soum)": a Pobé abroad) sets no country for the others.
Sentences written by the authors.
"""

from __future__ import annotations

import pytest

from tests.geo.conftest import mention, place
from tests.recognise.places_read import read_places
from warta.geo import Gazetteer
from warta.geo.resolve import resolve


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Assailants threw a petrol bomb in the Girls' College area on Sunday night.",  # College, US
        "Troops attacked the KIA's third brigade.",  # Kia, Solomon Islands
        "Troops attacked the KIA’s third brigade.",
    ],
)
def test_no_place_is_read(gz, text):
    assert read_places(text, gz) == []


def test_an_acronym_with_a_possessive_leaves_the_town_after_it(gz):
    ((m, p),) = read_places("Troops attacked the KIA's third brigade in Bhamo.", gz)
    assert m.name == "Bhamo" and p is not None and p.country == "MM"


def test_a_name_read_by_its_head_binds_no_country():
    pobe = place("geonames:1", "Pobé", "BJ", 6.98, 2.66, population=49_000)
    village = place("geonames:2", "Soum", "SN", 14.5, -16.4, population=5_000)
    province = place("geonames:3", "Soum", "BF", 14.1, -1.63, feature_class="A",
                     feature_code="ADMD", population=0)  # fmt: skip
    found = resolve(
        [
            mention("Tiba", [], relation="at"),
            mention("Pobe-Kouna", [pobe], start=6, relation="in"),
            mention("Soum", [village, province], start=18, relation="in"),
        ]
    )
    # before: Pobé bound Benin, and Soum, in neither Benin nor read there, was left out
    assert found[2] == province
    assert found[1] is None


def test_a_big_city_read_by_its_head_still_binds():
    # "a rally by the White House (Moscow-Central)": Moscow holds it, Casablanca ("the white
    # house") is no reading
    casablanca = place("geonames:1", "Casablanca", "MA", 33.59, -7.62, population=3_600_000)
    moscow = place("geonames:2", "Moscow", "RU", 55.75, 37.62, feature_code="PPLC",
                   population=10_000_000)  # fmt: skip
    found = resolve(
        [
            mention("White House", [casablanca], bare=True),
            mention("Moscow-Central", [moscow], start=13, relation="in"),
        ]
    )
    assert found == [None, moscow]
