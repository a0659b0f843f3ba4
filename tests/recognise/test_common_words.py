"""A lone capitalised word that is a common word of the sentence's language ("Day", "Market",
"Industry"; "Tanah" in Indonesian) is no place on its own, whatever town abroad bears its
name; a country, a province, a big city, or in Indonesian text a town of Indonesia still is.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.lang.frequency import zipf

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def read(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, object]]:
    return [(m.name, p) for m, p in read_places(text, gz, code)]


def test_word_frequencies_come_from_the_language():
    assert zipf("day", "en") > 5.0 and zipf("Market", "en") > 5.0
    assert zipf("kwale", "en") < 2.0
    assert zipf("tanah", "id") > 5.0 and zipf("tanah", "en") < zipf("tanah", "id")
    assert zipf("day", "xx") == 0.0  # a language without word counts: no word is common


@pytest.mark.parametrize(
    "text",
    [
        "Teachers began a hunger strike outside the district office. Day 3.",
        "Two bombs went off in front of the BRT Market building on Sunday.",
        "Workers from the Ministry of Industry held a sit-in.",
    ],
)
def test_a_common_english_word_is_no_place_abroad(gz, text):
    # before: Day County (US), Marquette (US), Industry (US)
    assert read(text, gz) == []


def test_a_common_indonesian_word_is_no_place_abroad(gz):
    # "tanah" (land) was Antananarivo
    assert read("Warga memprotes sengketa Tanah ulayat itu.", gz, "id") == []


def test_a_common_word_after_a_town_needs_a_reading_near_it(gz):
    # "Central" was Ghana's Central region, and took the town's country with it
    found = read("Traders protested in Kasungu (Central) over market fees.", gz)
    places = [p for _, p in found if p is not None]
    assert places and all(p.country == "MW" for p in places)


def test_an_indonesian_town_named_by_a_common_word_is_still_read_in_indonesian(gz):
    ((name, palu),) = read("Gempa mengguncang Palu pada Jumat.", gz, "id")
    assert name == "Palu" and palu is not None and palu.country == "ID"
    assert haversine_km(palu.lat, palu.lon, -0.895, 119.859) < 25


def test_a_country_or_a_province_named_by_a_common_word_is_still_a_place(gz):
    found = dict(read("Talks on Turkey resumed. Floods hit Odessa, Texas.", gz))
    assert found["Turkey"] is not None and found["Turkey"].country == "TR"
    assert found["Odessa"] is not None and found["Odessa"].country == "US"


def test_a_peoples_name_is_no_place_without_a_feature_noun(gz):
    # "Somali" was Ethiopia's Somali Region; with "region" after it, it still is
    assert read("Police arrested two Somali traders at the market.", gz) == []
    ((name, region),) = read("Floods displaced thousands in the Somali region.", gz)
    assert region is not None and region.country == "ET"
