"""Stop 25 (issue 14): right country, but the wrong point. Events told without a place take
the document's town, not its country, when a quarter or a small town named bare only seems to
spread the report (invented names and points, and sentences, by the authors)."""

from __future__ import annotations

from warta.pipeline import _main_place

from .conftest import mention, place

TOWN = place("geonames:10", "Caraval", "BR", -9.40, -40.50, population=300_000)
CAPITAL = place("geonames:11", "Porto Lindo", "BR", -8.05, -34.88, population=1_600_000)


def _doc(*pairs):
    return {0: list(pairs)}


def test_a_small_town_named_bare_does_not_spread_the_report():
    far = place("geonames:12", "Paradela", "BR", -23.58, -46.65, population=6_000)
    got = _main_place(
        _doc(
            (mention("Caraval", [TOWN], start=10), TOWN),
            (mention("Porto Lindo", [CAPITAL], start=20, relation="in"), CAPITAL),
            (mention("Paradela", [far], start=60, bare=True), far),
        ),
        "BR",
    )
    assert got == TOWN


def test_a_great_city_named_bare_still_spreads_the_report():
    far = place("geonames:13", "Sao Marcos", "BR", -23.55, -46.63, population=12_000_000)
    got = _main_place(
        _doc(
            (mention("Caraval", [TOWN], start=10), TOWN),
            (mention("Sao Marcos", [far], start=60, bare=True), far),
        ),
        "BR",
    )
    # two towns 1,500 km apart and no unit named: no town of the two
    assert got is None


def test_the_first_told_town_is_kept_when_every_town_is_bare():
    near = place("geonames:14", "Vila Nova", "BR", -9.45, -40.55, population=6_000)
    got = _main_place(
        _doc(
            (mention("Caraval", [TOWN], start=10, bare=True), TOWN),
            (mention("Vila Nova", [near], start=60, bare=True), near),
        ),
        "BR",
    )
    assert got == TOWN
