"""PhraseIndex.scan on sentences written by the authors: longest first at each position,
lone apostrophes skipped inside a phrase, exact capitals for short all-capital entries, and
nothing at all from a sentence none of whose words opens a phrase."""

from __future__ import annotations

from warta.recognise.phrases import Entry, PhraseIndex, tokenize

INDEX = PhraseIndex(
    [
        ("Liwa al-Quds", Entry("actor", "liwa")),
        ("Liwa", Entry("word", 1)),
        ("the market", Entry("site", 2)),
        ("IS", Entry("actor", "is")),
    ]
)


def _scan(text: str) -> list[tuple[int, int, str, object, str]]:
    return [
        (m.first, m.last, m.kind, m.value, text[m.start : m.end])
        for m in INDEX.scan(tokenize(text, 0, len(text)))
    ]


def test_longest_first_and_a_lone_apostrophe_skipped_inside_a_phrase():
    assert _scan("Fighters of Liwa ' al-Quds took the market.") == [
        (2, 5, "actor", "liwa", "Liwa ' al-Quds"),
        (2, 3, "word", 1, "Liwa"),
        (6, 8, "site", 2, "the market"),
    ]


def test_a_short_capital_entry_needs_its_capitals():
    assert _scan("It is what IS claimed.") == [(3, 4, "actor", "is", "IS")]


def test_a_sentence_with_no_word_of_the_index_has_no_match():
    assert _scan("Nothing here at all.") == []
    assert _scan("") == []


POSSESSIVE = PhraseIndex(
    [
        ("Al Shabaab", Entry("actor", "shabaab")),
        ("KIA", Entry("actor", "kia")),
        ("Amaq", Entry("not_actor", "amaq")),
        ("market", Entry("site", 3)),
    ]
)


def _scan_possessive(text: str) -> list[tuple[str, object, str]]:
    return [
        (m.kind, m.value, text[m.start : m.end])
        for m in POSSESSIVE.scan(tokenize(text, 0, len(text)))
    ]


def test_an_actor_told_in_the_possessive_is_the_actor():
    assert _scan_possessive("Al Shabaab's fighters took the town.") == [
        ("actor", "shabaab", "Al Shabaab's")
    ]
    assert _scan_possessive("The KIA’s 8th brigade and Amaq's reporters.") == [
        ("actor", "kia", "KIA’s"),
        ("not_actor", "amaq", "Amaq's"),
    ]


def test_the_possessive_keeps_capitals_and_is_for_actors_only():
    # "Kia's" is no KIA; a possessive site word is no site
    assert _scan_possessive("Kia's car was at the market's gate.") == []
