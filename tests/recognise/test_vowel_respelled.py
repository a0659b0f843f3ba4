"""A name the gazetteer lacks, written after a locative word, whose letters differ from a
sizeable town's own name in one vowel that transliterations write for another ("e" for "a",
"o" for "u": normalise.toml's `[respelling]`), is that town (stop 26). Sentences written by
the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.normalise import rules

from .places_read import event_location, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_the_respelling_pairs_are_read_both_ways():
    pairs = rules().respellings
    assert {("e", "a"), ("a", "e"), ("o", "u"), ("u", "o")} <= pairs
    assert ("a", "i") not in pairs


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("A bomb went off in Merdan on Monday, wounding three people.", "Mardan", "PK"),
        ("A car bomb killed four soldiers in Kundoz on Monday.", "Kunduz", "AF"),
        ("Students protested in Peshewar on Monday.", "Peshawar", "PK"),
    ],
)
def test_a_town_written_with_one_vowel_of_its_pair_is_read(gz, text, town, country):
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == (town, country, 1)


def test_a_vowel_outside_the_pairs_reads_no_town(gz):
    # "i" for "a": Mordan, Pandi ... are no respellings of an unknown name
    assert relations("Police dispersed protesters in Mirdan on Monday.", gz) == []


def test_without_a_locative_word_the_unknown_name_is_no_place(gz):
    assert relations("Merdan residents protested on Monday.", gz) == []
