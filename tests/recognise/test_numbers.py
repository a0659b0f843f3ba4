"""Counts in digits and words, with qualifiers; vague quantities stay without a figure."""

import pytest

from warta.recognise.lexicon import load_lexicon
from warta.recognise.numbers import find_numbers
from warta.recognise.phrases import tokenize


def numbers(code: str, text: str) -> list[tuple[str, int | None, str, int | None]]:
    lex = load_lexicon(code)
    tokens = tokenize(text, 0, len(text))
    found = find_numbers(tokens, list(lex.index.scan(tokens)), lex)
    return [(text[n.start : n.end], n.value, n.qualifier, n.value_max) for n in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("setidaknya selusin tentara", ("setidaknya selusin", 12, "at_least", None)),
        ("dua puluh lima orang", ("dua puluh lima", 25, "exact", None)),
        ("lima belas warga", ("lima belas", 15, "exact", None)),
        ("seratus dua puluh rumah", ("seratus dua puluh", 120, "exact", None)),
        ("tiga ribu lima ratus pengungsi", ("tiga ribu lima ratus", 3500, "exact", None)),
        ("sekitar 1.500 pejuang", ("sekitar 1.500", 1500, "approx", None)),
        ("lebih dari 1,500 orang", ("lebih dari 1,500", 1500, "at_least", None)),
        ("antara 10 dan 15 orang", ("10 dan 15", 10, "at_least", 15)),
        ("seorang prajurit", ("seorang", 1, "exact", None)),
    ],
)
def test_indonesian_counts(text, expected):
    assert numbers("id", text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 11 villagers", ("at least 11", 11, "at_least", None)),
        ("about two dozen people", ("about two dozen", 24, "approx", None)),
        ("a dozen gun trucks", ("a dozen", 12, "exact", None)),
        ("twenty-three soldiers", ("twenty-three", 23, "exact", None)),
        ("more than 1,500 people", ("more than 1,500", 1500, "at_least", None)),
        ("1.5 million people", ("1.5 million", 1500000, "exact", None)),
        ("10-15 killed", ("10-15", 10, "at_least", 15)),
    ],
)
def test_english_counts(text, expected):
    assert numbers("en", text) == [expected]


def test_selusin_reads_as_twelve():
    assert numbers("id", "selusin tentara")[0][1] == 12


def test_sejumlah_is_a_number_without_a_figure():
    assert numbers("id", "sejumlah orang mati") == [("sejumlah", None, "unknown", None)]
    assert numbers("en", "several soldiers") == [("several", None, "unknown", None)]


def test_vague_quantities_keep_only_their_stated_floor():
    assert numbers("id", "puluhan warga") == [("puluhan", 10, "at_least", None)]
    assert numbers("en", "dozens of people") == [("dozens", 12, "at_least", None)]


def test_a_alone_is_not_one():
    assert numbers("en", "an attack on a convoy") == []
