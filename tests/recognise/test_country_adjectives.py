"""A country name before a noun of its things ("the US dollar", "US drones", "the Kenya
shilling") is an adjective, not a place of the text: it neither places the event nor votes for
its country (issue 14, stop 17). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.assemble.facts import read_sentence
from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.lang.segment import segment
from warta.model import Document
from warta.pipeline import Resources, extract
from warta.recognise.lexicon import load_lexicon

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_currency_named_after_a_country_does_not_pull_a_town_there(gz):
    # before: "US" voted for the United States, and Damascus was the town in Arkansas
    text = "Traders angry at the soaring US dollar rate blocked roads in Damascus."
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == "SY"
    assert haversine_km(loc.lat, loc.lon, 33.51, 36.29) <= 25


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("US drones struck a compound in Miranshah.", ["Miranshah"]),
        ("The Kenya shilling fell as protesters marched in Kisumu.", ["Kisumu"]),
        ("Protesters marched to the US embassy in Nairobi.", ["Nairobi"]),
        ("Kenya said protesters marched in Kisumu.", ["Kenya", "Kisumu"]),
    ],
)
def test_a_country_before_a_noun_of_its_things_is_no_place(gz, text, places):
    lex = load_lexicon("en")
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, lex, gz, None)
    assert [p.name for p in facts.places] == places


def test_a_country_before_its_forces_is_their_nationality_not_a_place(gz):
    # before: Somalia was the event's place (the country's point), though the mast stood
    # wherever the forces were
    text = (
        "Unidentified gunmen destroyed a telephone mast used by Somalia security forces on Monday."
    )
    doc = Document(id="t", text=text, published="2020-03-02", language="en")
    [event] = extract(doc, Resources(gazetteer=gz)).events
    assert event.location is None
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Somalia"


def test_troops_told_with_their_country_name_keep_it(gz):
    text = "Kenya troops shelled militant hideouts on Monday, killing six fighters."
    doc = Document(id="t", text=text, published="2020-03-02", language="en")
    [event] = extract(doc, Resources(gazetteer=gz)).events
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # before: "Uganda", "United States" and "Syria" were places of the text (issue 14, stop 23)
        ("Police said one Uganda soldier was killed near Kasese.", ["Kasese"]),
        ("United States reconnaissance planes were intercepted near Latakia.", ["Latakia"]),
        ("The strike by Syria warplanes hit a market in Maarat al-Numan.", ["Maarat al-Numan"]),
    ],
)
def test_a_country_before_one_soldier_or_its_aircraft_is_no_place(gz, text, places):
    lex = load_lexicon("en")
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, lex, gz, None)
    assert [p.name for p in facts.places] == places
