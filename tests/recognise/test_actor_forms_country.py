"""Actors' written forms that decide a place's country (issue 14, stop 25 second round): a
South Sudanese faction written with a slash ("SPLA/O-IO") is the listed group, so its
country keeps a town of a European namesake at home; and an acronym that is also a public
fund's ("a CDF project") is the fund, not the armed group, so no country comes from it.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.assemble.facts import read_sentence
from warta.geo import Gazetteer
from warta.lang.segment import segment
from warta.recognise.lexicon import load_lexicon

from .places_read import actor_names, event_location

SPLM_IO = "SPLM-IO: Sudan People's Liberation Movement-In Opposition"
CDF = "CDF: Chinland Defense Force"


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled SPLA/O-IO bases outside Leer on Friday.",
        "Troops shelled SPLM/O-IO bases outside Leer on Friday.",
        "Troops shelled SPLM/A-IO bases outside Leer on Friday.",
    ],
)
def test_a_slashed_faction_acronym_is_the_listed_group(gz: Gazetteer, text: str):
    assert SPLM_IO in actor_names(text, gz)


def test_the_slashed_factions_country_places_a_namesake_town_at_home(gz: Gazetteer):
    text = "Army units attacked SPLA/O-IO positions near Leer on Friday, killing two fighters."
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.name, loc.country) == ("Leer", "SS")


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Nyeri protested on Monday over a stalled CDF project in their ward.",
        "Parents in Nyeri protested on Monday after CDF bursaries were cut.",
    ],
)
def test_an_acronym_before_what_a_fund_pays_for_is_no_armed_group(gz: Gazetteer, text: str):
    assert CDF not in actor_names(text, gz)
    loc = event_location(text, gz)
    assert loc is not None
    assert loc.country == "KE"


def test_the_bare_acronym_stays_the_armed_group(gz: Gazetteer):
    text = "CDF fighters ambushed a military convoy near Hakha on Monday."
    assert CDF in actor_names(text, gz)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # foreigners named by their people's word: their home is no hint of the event's
        (
            "On Sunday, in Tumbes district, a group of nine Venezuelan citizens attacked a "
            "police officer who tried to clear the road.",
            "Tumbes",
            "PE",
        ),
        (
            "Farmers in Dadu protested on Sunday against a Polish gas company that drills "
            "near their fields.",
            "Dadu",
            "PK",
        ),
        (
            "Residents of Dadu protested on Sunday after Polish contractors fenced off a pasture.",
            "Dadu",
            "PK",
        ),
    ],
)
def test_a_people_word_of_foreigners_does_not_pull_the_place_abroad(
    gz: Gazetteer, text: str, name: str, country: str
):
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.name, loc.country) == (name, country)


def test_a_people_word_of_the_actors_still_hints_the_country(gz: Gazetteer):
    from warta.pipeline import demonym_countries

    text = "Kenyan police arrested Somali refugees and guards of a Polish firm on Sunday."
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, load_lexicon("en"), gz, None)
    assert demonym_countries(facts) == ["KE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "NDC-R fighters raided a market on Monday, wounding three traders.",
            "NDC-R: Nduma Defence of Congo-Renove",
        ),
        (
            "Militiamen of the NDC-C burned two houses on Monday.",
            "NDC: Nduma Defence of Congo",
        ),
    ],
)
def test_the_nduma_defence_factions_are_listed_groups(gz: Gazetteer, text: str, name: str):
    assert name in actor_names(text, gz)


def test_the_bare_ndc_is_no_congolese_group(gz: Gazetteer):
    text = "NDC supporters marched through the town on Monday to celebrate the result."
    assert not any(name.startswith("NDC") for name in actor_names(text, gz))
