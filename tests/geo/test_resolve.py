"""Toponym resolution with document context, and ACLED geo precision of the result."""

from __future__ import annotations

import dataclasses

import pytest

from warta.geo.geometry import haversine_km
from warta.geo.resolve import DEFAULT_WEIGHTS, document_country, geo_precision, location_of, resolve

from .conftest import mention, place


def test_kom_in_a_syrian_story_is_al_kawm_not_qom(gz):
    kom = mention("Kom", gz.lookup("Kom"), start=100)
    sukhnah = mention("Sukhnah", gz.lookup("Sukhnah"), start=60)
    syria = mention("Suriah", gz.lookup("Suriah"), start=0)
    places = resolve([syria, sukhnah, kom])
    assert places[2] is not None and places[2].id == "sup:al-kawm"


def test_kom_in_an_iranian_story_is_qom(gz):
    kom = mention("Kom", gz.lookup("Kom"), start=40)
    iran = mention("Iran", gz.lookup("Iran"), start=0)
    tehran = mention("Tehran", gz.lookup("Tehran"), start=20)
    places = resolve([iran, tehran, kom])
    assert places[2] is not None and places[2].id == "geonames:119208"


def test_a_country_hint_decides_an_otherwise_even_choice():
    a = place("geonames:1", "Bama", "NG", 11.52, 13.69)
    b = place("geonames:2", "Bama", "BF", 12.04, -4.40)
    m = mention("Bama", [a, b])
    assert resolve([m], country="BF")[0] == b
    assert resolve([m], country="NG")[0] == a


def test_a_reading_near_the_other_places_wins_over_a_bigger_one_far_away():
    lviv = place("geonames:702550", "Lviv", "UA", 49.84, 24.02, population=717_000)
    big = place("geonames:700569", "Mykolayiv", "UA", 46.98, 31.99, population=470_000)
    small = place("geonames:700568", "Mykolayiv", "UA", 49.53, 23.98, population=14_500)
    mentions = [
        mention("Mykolaiv", [big, small]),
        mention("Lviv", [lviv], start=40, relation="south_of"),
    ]
    assert resolve(mentions)[0] == small


def test_apposition_places_a_town_in_the_region_that_follows_it():
    tx = place(
        "iso:US-TX",
        "Texas",
        "US",
        31.2,
        -99.3,
        feature_class="A",
        feature_code="ADM1",
        population=0,
    )
    ua = place("geonames:698740", "Odesa", "UA", 46.49, 30.74, population=1_010_000)
    us = place(
        "geonames:5527554", "Odessa", "US", 31.85, -102.37, population=114_000, admin1="Texas"
    )
    odessa = mention("Odessa", [ua, us])
    texas = mention("Texas", [tx], start=8, relation="in")
    assert resolve([odessa, texas])[0] == us
    assert resolve([odessa])[0] == ua


def test_a_province_named_after_its_seat_means_the_seat():
    town = place("geonames:2453348", "Ménaka", "ML", 15.92, 2.40, population=20_000)
    region = place(
        "iso:ML-9", "Ménaka", "ML", 16.0, 2.6, feature_class="A", feature_code="ADM1", population=0
    )
    assert resolve([mention("Menaka", [region, town])])[0] == town
    assert resolve([mention("Menaka", [region, town], feature="adm1")])[0] == region


def test_document_country_is_the_majority_of_the_names():
    sy = place("geonames:163843", "Idlib", "SY", 35.93, 36.63)
    sy2 = place("geonames:170063", "Aleppo", "SY", 36.20, 37.16)
    ly = place("geonames:2210247", "Tripoli", "LY", 32.89, 13.19, population=1_300_000)
    lb = place("geonames:266826", "Tripoli", "LB", 34.43, 35.84, population=229_000)
    mentions = [
        mention("Idlib", [sy]),
        mention("Aleppo", [sy2], start=30),
        mention("Tripoli", [ly, lb], start=60),
    ]
    assert document_country(mentions) == "SY"
    assert document_country([mentions[2]]) == "LY"


def test_mentions_without_candidates_stay_unresolved():
    assert resolve([mention("Pazigyi", [], cue="desa")]) == [None]
    assert resolve([]) == []


# ACLED geo precision -----------------------------------------------------------------

TOWN = place("geonames:173480", "Al Mayadin", "SY", 35.02, 40.45, admin1="Deir ez-Zor")
PROVINCE = place(
    "iso:SY-DY", "Deir ez-Zor", "SY", 35.0, 40.5, feature_class="A", feature_code="ADM1"
)
COUNTRY = place(
    "geonames:163843",
    "Syria",
    "SY",
    33.5,
    36.3,
    feature_class="A",
    feature_code="PCLI",
    precision=3,
)
REGENCY = place(
    "idn:95.08",
    "Kabupaten Nduga",
    "ID",
    -4.5,
    138.3,
    feature_class="A",
    feature_code="ADM2",
    precision=2,
)
VILLAGE_BY_PARENT = place(
    "idn:72.02.03.2005",
    "Tagolu",
    "ID",
    -1.4,
    120.7,
    feature_class="A",
    feature_code="ADM4",
    precision=3,
    admin2="Kabupaten Poso",
)
DESERT = place(
    "sup:syrian-desert",
    "Syrian Desert",
    "SY",
    33.3,
    38.8,
    feature_class="T",
    feature_code="DSRT",
    source="supplement",
)
MOUNTAIN = place(
    "sup:jabal-bishri",
    "Jabal Bishri",
    "SY",
    35.29,
    39.22,
    feature_class="T",
    feature_code="MTS",
    source="supplement",
    precision=2,
)


@pytest.mark.parametrize(
    "where, relation, expected",
    [
        (TOWN, "at", 1),
        (TOWN, "near", 2),
        (TOWN, "south_of", 2),
        (REGENCY, "at", 2),
        (VILLAGE_BY_PARENT, "at", 2),
        (MOUNTAIN, "near", 2),
        (PROVINCE, "in", 3),
        (DESERT, "at", 3),
        (COUNTRY, "at", 3),
    ],
)
def test_acled_geo_precision(where, relation, expected):
    loc = location_of(mention(where.name, [where], relation=relation), where)
    assert loc is not None
    assert (loc.precision, loc.relation, loc.gazetteer_id) == (expected, relation, where.id)
    assert (loc.lat, loc.lon, loc.country) == (where.lat, where.lon, where.country)


def test_location_carries_admin_names():
    loc = location_of(mention("al-Mayadin", [TOWN]), TOWN)
    assert loc is not None and (loc.admin1, loc.admin2) == ("Deir ez-Zor", None)
    assert geo_precision(dataclasses.replace(TOWN, precision=3, admin2=None)) == 3


def test_between_two_places_is_their_midpoint_at_precision_2():
    sukhnah = place("geonames:172425", "As Sukhnah", "SY", 34.885, 38.871)
    deir = place("geonames:170794", "Deir ez-Zor", "SY", 35.336, 40.141)
    a = mention("Sukhnah", [sukhnah], relation="between", partner=1)
    loc = location_of(a, sukhnah, deir)
    assert loc is not None and loc.precision == 2 and loc.relation == "between"
    assert loc.name == "As Sukhnah – Deir ez-Zor"
    half = haversine_km(sukhnah.lat, sukhnah.lon, deir.lat, deir.lon) / 2
    assert haversine_km(loc.lat, loc.lon, sukhnah.lat, sukhnah.lon) == pytest.approx(half, rel=0.01)
    # a "between" whose partner could not be resolved is placed near the one anchor
    alone = location_of(a, sukhnah, None)
    assert alone is not None and (alone.lat, alone.precision) == (sukhnah.lat, 2)


def test_an_unresolved_mention_has_no_location():
    assert location_of(mention("Pazigyi", [], cue="desa"), None) is None


def _western(country: str, lat: float, lon: float):
    return place(
        f"iso:{country}-W",
        "Western",
        country,
        lat,
        lon,
        feature_class="A",
        feature_code="ADM1",
        population=0,
    )


def test_a_province_name_two_countries_share_is_the_more_populous_countrys():
    zambia, ghana = _western("ZM", -15.5, 23.1), _western("GH", 5.4, -2.1)
    for order in ([zambia, ghana], [ghana, zambia]):
        assert resolve([mention("Western", order, relation="in")])[0] == ghana


def test_a_province_name_two_countries_share_is_the_one_in_the_actors_region():
    zambia, ghana = _western("ZM", -15.5, 23.1), _western("GH", 5.4, -2.1)
    # Zimbabwean police: Zambia borders Zimbabwe, Ghana does not
    assert resolve([mention("Western", [ghana, zambia], relation="in")], hints=["ZW"])[0] == zambia


def test_a_town_written_with_a_shared_province_name_decides_it():
    zambia, ghana = _western("ZM", -15.5, 23.1), _western("GH", 5.4, -2.1)
    mongu = place("geonames:1", "Mongu", "ZM", -15.25, 23.13, admin1="Western", population=52_000)
    places = resolve(
        [mention("Mongu", [mongu]), mention("Western", [ghana, zambia], start=7, relation="in")]
    )
    assert places == [mongu, zambia]


def test_an_actors_own_country_comes_before_the_country_next_door():
    village = place("geonames:11", "Doro", "SN", 14.9, -13.2, population=5_000)
    province = place(
        "iso:BF-DO",
        "Doro",
        "BF",
        14.0,
        -1.6,
        feature_class="A",
        feature_code="ADMD",
        population=0,
    )
    m = mention("Doro-Kwali", [village, province])
    # Burkinabe soldiers and a Malian group: Senegal borders Mali, Burkina is home
    assert resolve([m], hints=["BF", "ML"])[0] == province
    no_home = dataclasses.replace(DEFAULT_WEIGHTS, actor_home=0.0)
    assert resolve([m], hints=["BF", "ML"], weights=no_home)[0] == village
