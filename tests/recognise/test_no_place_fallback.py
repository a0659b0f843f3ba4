"""Stop 24 (issue 14): events with no place, and the most specific level the text supports.
Sentences written by the authors; the villages named here are made up, so the gazetteer lacks
them and the event must fall back to the unit the text names after them.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, str, bool, str | None]]:
    return [
        (m.name, m.relation, m.bare, p.country if p is not None else None)
        for m, p in read_places(text, gz, code)
    ]


def test_an_unknown_village_before_a_comma_heads_a_chain(gz):
    # "Mirrawani" is unknown: it is kept unresolved, and Dadu is where it lies (not a bare name)
    assert _read("Gunmen shot dead two traders in Mirrawani, Dadu on Sunday.", gz) == [
        ("Mirrawani", "at", False, None),
        ("Dadu", "in", False, "PK"),
    ]
    loc = event_location("Gunmen shot dead two traders in Mirrawani, Dadu on Sunday.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Dadu", "PK", 2)


def test_an_unknown_indonesian_village_falls_back_to_the_town_after_it(gz):
    text = "Massa membakar dua rumah warga di Lorongsari, Wamena, pada Senin."
    assert _read(text, gz, "id") == [
        ("Lorongsari", "at", False, None),
        ("Wamena", "in", False, "ID"),
    ]


def test_a_known_town_before_its_country_keeps_its_place(gz):
    # both names known: the chain is read as before, the town is the event's place
    assert _read("Protesters marched in Nairobi, Kenya on Monday.", gz) == [
        ("Nairobi", "at", False, "KE"),
        ("Kenya", "in", False, "KE"),
    ]
    loc = event_location("Protesters marched in Nairobi, Kenya on Monday.", gz)
    assert loc is not None and (loc.name, loc.precision) == ("Nairobi", 1)


def test_no_unknown_head_without_a_relation_word(gz):
    # a capitalised word opening the sentence is no unknown village
    assert [(n, r) for n, r, _, _ in _read("Mirrawani, Dadu and Larkana saw protests.", gz)] == [
        ("Dadu", "at"),
        ("Larkana", "at"),
    ]
