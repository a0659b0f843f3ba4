"""Real text names the country through its regions: a town is read in the country of the
provinces and districts written beside it, place chains are read top-down, and a foreign
namesake is never the answer when the text places the story elsewhere.

The places here are made up for each test (names, countries, points), so what is tested is
the rule, not the gazetteer's contents.
"""

from __future__ import annotations

from warta.geo.resolve import location_of, resolve

from .conftest import mention, place

LUALABA = place(
    "iso:CD-LU",
    "Lualaba",
    "CD",
    -10.71,
    25.47,
    feature_class="A",
    feature_code="ADM1",
    population=0,
)


def test_a_town_with_only_a_foreign_namesake_is_left_unresolved_beside_a_named_province():
    island = place("idn:1", "Pulau Mabanga", "ID", -8.1, 118.7, feature_code="ISL", population=0)
    town = mention("Mabanga", [island], start=20)
    province = mention("Lualaba", [LUALABA], start=40, cue="province", feature="adm1")
    assert resolve([town, province]) == [None, LUALABA]
    # the event then falls back to the province, with ACLED's precision 3
    loc = location_of(province, LUALABA)
    assert loc is not None and (loc.country, loc.precision) == ("CD", 3)


def test_a_reading_in_the_named_country_wins_over_a_bigger_namesake():
    abroad = place("geonames:1", "Kiwale", "NG", 5.7, 6.4, population=20_000)
    here = place("geonames:2", "Kiwale", "CD", -10.9, 25.9, population=4_000)
    town = mention("Kiwale", [abroad, here], start=20)
    assert resolve([town])[0] == abroad  # alone, the bigger one
    province = mention("Lualaba", [LUALABA], start=32, cue="province", feature="adm1")
    assert resolve([town, province])[0] == here


def test_a_big_city_abroad_needs_no_country_named():
    moscow = place("geonames:524901", "Moscow", "RU", 55.75, 37.62, population=12_000_000)
    oblast = place(
        "iso:UA-63", "Kharkiv", "UA", 49.99, 36.23, feature_class="A", feature_code="ADM1"
    )
    m = mention("Moscow", [moscow], start=0)
    k = mention("Kharkiv", [oblast], start=60, cue="oblast", feature="adm1")
    assert resolve([m, k])[0] == moscow


def test_a_country_named_as_the_subject_binds_nothing():
    israel = place(
        "geonames:294640", "Israel", "IL", 31.77, 35.22, feature_class="A", feature_code="PCLI"
    )
    gaza = place("geonames:281133", "Gaza", "PS", 31.50, 34.47, population=410_000)
    subject = mention("Israel", [israel], start=0, bare=True)
    target = mention("Gaza", [gaza], start=30)
    assert resolve([subject, target])[1] == gaza


def test_a_border_country_binds_nothing():
    somalia = place(
        "geonames:51537", "Somalia", "SO", 2.04, 45.34, feature_class="A", feature_code="PCLI"
    )
    town = place("geonames:3", "Ndaraweta", "KE", -1.5, 40.9, population=3_000)
    m = mention("Ndaraweta", [town], start=10)
    border = mention("Somalia", [somalia], start=40, relation="border")
    assert resolve([m, border])[0] == town


def test_a_village_is_read_inside_the_regency_written_after_it():
    far = place("idn:71.01.01.2001", "Kali", "ID", 1.16, 121.43, feature_code="ADM4", population=0)
    near = place(
        "idn:91.20.02.2003",
        "Kali",
        "ID",
        -2.4,
        138.1,
        feature_code="ADM4",
        population=0,
        admin2="Kabupaten Mamberamo Raya",
    )
    regency = place(
        "idn:91.20",
        "Kabupaten Mamberamo Raya",
        "ID",
        -2.33,
        138.04,
        feature_class="A",
        feature_code="ADM2",
        population=0,
    )
    village = mention("Desa Kali", [far, near], start=10, cue="Desa", feature="village")
    unit = mention("Kabupaten Mamberamo Raya", [regency], start=21, relation="in", cue="Kabupaten")
    assert resolve([village, unit]) == [near, regency]
    # with no such village in the regency, the village stays unresolved: the regency is the place
    alone = mention("Desa Kali", [far], start=10, cue="Desa", feature="village")
    assert resolve([alone, unit]) == [None, regency]


def test_a_town_is_read_near_the_town_it_is_an_area_of():
    india = place("geonames:10", "Chalasa", "IN", 21.4, 71.2, population=20_000)
    lusaka = place(
        "geonames:909137", "Lusaka", "ZM", -15.41, 28.29, feature_code="PPLC", population=1_270_000
    )
    area = mention("Chalasa", [india], start=3, cue="area")
    city = mention("Lusaka", [lusaka], start=20, relation="in")
    assert resolve([area, city]) == [None, lusaka]


def test_a_city_keeps_its_reading_beside_a_region_of_another_country():
    zomba = place("geonames:20", "Zomba", "MW", -15.39, 35.32, population=118_000)
    southern = place(
        "iso:SL-S", "Southern", "SL", 7.96, -11.74, feature_class="A", feature_code="ADM1"
    )
    southern_zm = place(
        "iso:ZM-07", "Southern", "ZM", -17.84, 25.85, feature_class="A", feature_code="ADM1"
    )
    city = mention("Zomba", [zomba], start=10)
    region = mention("Southern", [southern, southern_zm], start=80, relation="in")
    assert resolve([city, region])[0] == zomba


def test_the_reading_spelled_as_written_wins_a_near_tie():
    greek = place("geonames:30", "Kavála", "GR", 40.94, 24.41, population=54_000)
    ugandan = place("geonames:31", "Kabale", "UG", -1.25, 29.99, population=53_000)
    (chosen,) = resolve([mention("Kabale", [greek, ugandan])])
    assert chosen == ugandan


def test_a_small_town_known_by_an_unlike_name_is_no_reading():
    albanian = place("geonames:40", "Fushë-Arrëz", "AL", 42.06, 20.02, population=2_500)
    assert resolve([mention("Kersa", [albanian])]) == [None]
    # a bigger town keeps its old name ("Palmyra" for Tadmur)
    tadmur = place("geonames:41", "Tadmur", "SY", 34.56, 38.28, population=51_000)
    assert resolve([mention("Palmyra", [tadmur])]) == [tadmur]


# --- stop 15: bare provinces, big cities by another name, units in brackets


def test_a_bare_province_binds_a_town_with_only_a_foreign_namesake():
    island = place("idn:1", "Pulau Mabanga", "ID", -8.1, 118.7, feature_code="ISL", population=0)
    town = mention("Mabanga", [island], start=20, bare=True)
    province = mention("Lualaba", [LUALABA], start=40, bare=True)
    assert resolve([town, province]) == [None, LUALABA]


def test_a_bare_province_does_not_unplace_a_town_told_with_a_relation():
    # "near Kefa..., close to the border of the X enclave": the town stays where it is
    town = place("geonames:5", "Kefanu", "ID", -9.45, 124.48, population=40_000)
    enclave = place(
        "iso:TL-XX", "Enclave", "TL", -9.2, 124.3, feature_class="A", feature_code="ADM1"
    )
    near = mention("Kefanu", [town], start=20, relation="near")
    bare = mention("Enclave", [enclave], start=70, bare=True)
    assert resolve([near, bare]) == [town, enclave]


def test_a_big_city_abroad_matched_by_an_unlike_name_gives_way_to_the_named_province():
    # one of a capital's many alternate names meets a valley's name
    capital = place("geonames:6", "Tehran", "IR", 35.69, 51.42, population=7_000_000)
    province = place(
        "iso:PK-KP", "Khyber", "PK", 34.0, 71.5, feature_class="A", feature_code="ADM1"
    )
    valley = mention("Tirah", [capital], start=10)
    unit = mention("Khyber", [province], start=80, relation="in")
    assert resolve([valley, unit]) == [None, province]


def test_an_exact_spelling_beats_a_bigger_town_spelled_nearly_alike():
    big = place("geonames:8", "Pune", "IN", 18.52, 73.86, population=3_000_000)
    exact = place("geonames:9", "Puno", "PE", -15.84, -70.02, population=120_000)
    assert resolve([mention("Puno", [big, exact], start=0)]) == [exact]


def test_a_near_spelling_still_wins_when_no_reading_is_spelled_as_written():
    # "Deraa": neither Dar'a nor Dera is spelled so; the bigger city stays the reading
    city = place("geonames:10", "Dar'a", "SY", 32.62, 36.10, population=100_000)
    town = place("geonames:11", "Dera", "ET", 8.33, 39.32, population=20_000)
    assert resolve([mention("Deraa", [city, town], start=0)]) == [city]


# "Warga Gerde memblokir jalan" / "residents of Gerde blocked the road": a lone name that only
# sounds like a town abroad is no reading of it.
GUERDAH = place("geonames:10", "Guerdah", "MA", 34.2, -3.1, population=8_000)


def test_a_lone_name_only_sounding_like_a_small_town_abroad_is_left_unresolved():
    assert resolve([mention("Gerde", [GUERDAH], start=10)]) == [None]


def test_a_reading_spelled_as_written_comes_before_one_only_sounding_alike():
    village = place("geonames:11", "Gerde", "BF", 13.1, -1.2, population=0)
    assert resolve([mention("Gerde", [GUERDAH, village], start=10)]) == [village]


def test_a_city_keeps_its_other_names_and_a_name_may_carry_more_words():
    city = place("geonames:12", "Novograd", "BY", 52.4, 31.0, population=480_000)
    town = place("geonames:13", "Kanda", "KE", -0.7, 34.8, population=8_000)
    # "protesters gathered in Staragrad" (the city's old name), "the market of Kanda Town"
    assert resolve([mention("Staragrad", [city], start=10)]) == [city]
    assert resolve([mention("Kanda Town", [town], start=10)]) == [town]


def test_a_town_whose_record_names_the_unit_written_after_it_is_in_that_units_country():
    # "cattle were raided in Ambola (Vohitra)" / "perampokan ternak di Ambola (Vohitra)": no
    # reading of Vohitra lies where Ambola does, but Ambola's record names a region Vohitra
    capital = place("geonames:14", "Vohitra", "BG", 42.7, 23.3, population=1_100_000)
    region = place("iso:BG-22", "Vohitra", "BG", 42.7, 23.3, feature_class="A", feature_code="ADM1")
    ambola = place("geonames:15", "Ambola", "MG", -14.6, 47.8, admin1="Vohitra")
    town = mention("Ambola", [ambola], start=20)
    unit = mention("Vohitra", [capital, region], start=28, relation="in")
    assert resolve([town, unit]) == [ambola, None]
