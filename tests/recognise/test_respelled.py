"""A name the gazetteer lacks that writes a place's own name with one respelling ("s" for
"sh", as well as stop 26's vowels) or without a space is that place: a sizeable town after a
locative word, any town after a town's word, the one unit of its level after a unit's word
(stop 27). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.normalise import rules

from .places_read import event_location, event_locations, read_places, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_the_letter_pairs_are_read_both_ways():
    pairs = rules().respellings
    assert {("sh", "s"), ("s", "sh"), ("e", "a"), ("o", "u"), ("x", "ksh")} <= pairs
    assert ("y", "i") not in pairs and ("kh", "k") not in pairs


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Gunmen killed two traders in Pesawar on Monday.", "Peshawar", "PK"),
        (
            "Rebels shelled the market in Elfasher on Monday, killing five people.",
            "El Fasher",
            "SD",
        ),
        ("Rioters burned cars in the town of Alhoceima on Friday.", "Al Hoceïma", "MA"),
        # "Ain" alone is a French department, read before as a part of an unknown name
        ("Protesters blocked the road and burned tyres in Ain Dafla on Sunday.", "Aïn Defla", "DZ"),
        # stop 29: Indic "x" for "ksh"
        (
            "Police said two people were hurt when rival groups clashed in Laxmipur on Friday.",
            "Lakshmīpur",
            "BD",
        ),
    ],
)
def test_a_town_respelled_or_written_without_its_space_is_read(gz, text, town, country):
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == (town, country, 1)


def test_an_indonesian_telling_reads_the_respelled_town_too(gz):
    text = "Dua aktivis ditusuk saat bentrokan di Laxmipur pada hari Jumat."
    (loc,) = set(event_locations(text, gz, "id"))
    assert loc is not None and (loc.name, loc.country) == ("Lakshmīpur", "BD")


def test_a_unit_told_by_its_word_is_the_unit_so_respelled(gz):
    ((mention, place),) = read_places("Robbers killed a shopkeeper in Kutalipara upazila.", gz)
    assert mention.name == "Kutalipara"
    assert place is not None
    assert (place.name, place.country, place.feature_code) == ("Kotalipara", "BD", "ADM3")


def test_an_unknown_name_without_a_locative_or_unit_word_is_no_place(gz):
    assert relations("Kutalipara traders went on strike on Sunday.", gz) == []


def test_two_respellings_read_no_town(gz):
    # "a" for "e" and "u" for "a": each is a listed pair, but one respelling only is read
    assert relations("Gunmen killed two traders in Pashawur on Monday.", gz) == []
