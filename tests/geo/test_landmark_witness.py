"""One place that alone says where a text is (a capital, a province, a city of a million, told
as a place of the text and sure of its country) is witness enough against a small town abroad
that nothing agrees with (issue 14). Places written by the authors."""

from warta.geo.resolve import resolve

from .conftest import mention, place

CAPITAL = place("geonames:20", "Portmore", "KE", -1.28, 36.82, feature_code="PPLC",
                population=4_000_000)  # fmt: skip
SUBURB_ABROAD = place("geonames:21", "Westfield", "GB", 50.97, -1.35, population=54_000)
BIG_CITY = place("geonames:22", "Portmore", "VE", 10.16, -68.0, population=1_600_000)
TOWN_ABROAD = place("geonames:23", "Westfield", "US", 42.1, -72.7, population=120_000)


def test_a_capital_alone_leaves_a_small_town_abroad_unread():
    found = resolve(
        [
            mention("Westfield", [SUBURB_ABROAD], bare=True),
            mention("Portmore", [CAPITAL], start=30, bare=True),
        ]
    )
    assert found == [None, CAPITAL]


def test_a_capital_told_as_where_people_come_from_is_no_witness():
    found = resolve(
        [
            mention("Westfield", [SUBURB_ABROAD]),
            mention("Portmore", [CAPITAL], start=30, relation="from"),
        ]
    )
    assert found == [SUBURB_ABROAD, CAPITAL]


def test_a_capital_whose_name_a_big_city_abroad_bears_is_no_witness():
    found = resolve(
        [
            mention("Westfield", [SUBURB_ABROAD], bare=True),
            mention("Portmore", [CAPITAL, BIG_CITY], start=30, bare=True),
        ]
    )
    assert found[0] == SUBURB_ABROAD


def test_a_town_of_a_hundred_thousand_abroad_stays():
    found = resolve(
        [
            mention("Westfield", [TOWN_ABROAD], bare=True),
            mention("Portmore", [CAPITAL], start=30, bare=True),
        ]
    )
    assert found == [TOWN_ABROAD, CAPITAL]
