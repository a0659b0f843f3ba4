"""Stop 22 place words: "the villages of X and Y" announces each name of its list; "rural X"
("pedesaan X") is the countryside around X, near it (ACLED's precision 2); "the Levant" spans
countries and is no place (not the town in Maine the gazetteer knows). Sentences written by
the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.recognise.places_read import event_location, read_places
from warta.geo import Gazetteer


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_plural_cue_announces_the_names_of_its_list(gz):
    # before: neither village was read ("villages of" was no cue)
    read = read_places("Gunmen raided the villages of Sukamaju and Cibatu.", gz)
    assert [(m.name, m.feature) for m, _ in read] == [("Sukamaju", "village"), ("Cibatu", None)]
    assert all(p is not None and p.country == "ID" for _, p in read)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Troops fought rebels in rural Idlib on Sunday."),
        ("id", "Pasukan pemerintah bertempur melawan pemberontak di pedesaan Idlib pada Minggu."),
    ],
)
def test_the_countryside_of_a_town_is_near_it(gz, code, text):
    ((mention, place),) = read_places(text, gz, code)
    assert mention.relation == "near"
    assert place is not None and place.country == "SY"


def test_an_event_in_the_countryside_is_placed_near_the_town(gz):
    loc = event_location("Government aircraft bombed rural Aleppo on Sunday, killing four.", gz)
    assert loc is not None and (loc.country, loc.precision) == ("SY", 2)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Militants attacked a convoy in Levant on Monday."),
        ("en", "The Levant region saw heavy fighting this year."),
        ("id", "Serangan di Levant meningkat tahun ini."),
    ],
)
def test_the_levant_is_no_place(gz, code, text):
    # before: Levant, Maine
    assert read_places(text, gz, code) == []
