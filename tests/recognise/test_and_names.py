"""Names with a lower-case "and" inside ("Bosnia and Herzegovina", "Trinidad and Tobago") are one
place, while "X and Y" lists stay two (issue 14, stop 18). Sentences written by the authors; the
built gazetteer is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def names(text: str, gz: Gazetteer) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.relation, p.country if p else None) for m, p in read_places(text, gz)]


def test_a_country_name_with_and_is_one_place(gz):
    found = names("Police shot a man in Arima, Trinidad and Tobago, on Monday.", gz)
    assert ("Trinidad and Tobago", "in", "TT") in found
    assert found[0][0] == "Arima" and found[0][2] == "TT"


def test_a_list_with_and_stays_two_places(gz):
    found = names("Fighting spread to Borno and Yobe states on Monday.", gz)
    assert [(n, c) for n, _, c in found] == [("Borno", "NG"), ("Yobe", "NG")]


def test_a_spanish_name_with_a_is_one_place(gz):
    found = names("Soldiers seized drugs in Puerto Lempira, Gracias a Dios, on Monday.", gz)
    assert found == [("Puerto Lempira", "at", "HN"), ("Gracias a Dios", "in", "HN")]


def test_an_article_between_a_town_and_a_people_joins_nothing(gz):
    found = names("In Mogadishu a Somali soldier was killed by gunmen.", gz)
    assert found == [("Mogadishu", "at", "SO")]


def test_a_french_name_with_les_is_one_place(gz):
    found = names("Riot police dispersed protesters in Villeneuve les Avignon on Monday.", gz)
    assert found == [("Villeneuve les Avignon", "at", "FR")]
