"""Stop 27: namesakes within one country, told apart by the unit the text names."""

from __future__ import annotations

import dataclasses

from warta.geo import Place
from warta.geo.resolve import DEFAULT_WEIGHTS, resolve

from .conftest import mention, place

# an invented township and three villages of one name in its country
_TOWNSHIP = place(
    "mimu:t1", "Kyauk Hla", "MM", 16.50, 98.20,
    feature_class="A", feature_code="ADM3", population=0, admin1="Kayin",
)  # fmt: skip
# 700 km away, in another region: listed first, the likeliest reading alone
_FAR = place("mimu:v1", "Ywar Lay", "MM", 16.00, 94.80, population=0, admin1="Ayeyarwady",
             admin2="Bogale")  # fmt: skip
# 70 km from the township's point (within a district's reach), recorded in another township
_NEAR = place("mimu:v2", "Ywar Lay", "MM", 17.00, 97.80, population=0, admin1="Kayin",
              admin2="Hlaingbwe")  # fmt: skip
# recorded in the township
_OWN = place("mimu:v3", "Ywar Lay", "MM", 16.56, 98.27, population=0, admin1="Kayin",
             admin2="Kyauk Hla")  # fmt: skip


def _village_of_township(readings):
    # "in Ywar Lay village of Kyauk Hla township"
    village = mention("Ywar Lay", readings, start=3, cue="village", feature="village")
    township = mention(
        "Kyauk Hla", [_TOWNSHIP], start=village.end + 12, relation="in", cue="township",
        feature="adm3",
    )  # fmt: skip
    return [village, township]


# a name of hundreds of villages: only the likeliest few readings are weighed against the
# others, so the township's own village may never be weighed at all (here: only the first)
_FEW = dataclasses.replace(DEFAULT_WEIGHTS, own_k=1)


def test_a_village_read_outside_its_township_becomes_the_one_recorded_there():
    # the far reading is outside the township: of the two inside, the one its record puts in
    # the township, though the other is listed first
    picks = resolve(_village_of_township([_FAR, _NEAR, _OWN]), weights=_FEW)
    assert picks[0] == _OWN


# 32 km from the township's point, recorded in the next township
_CLOSE = place("mimu:v4", "Ywar Lay", "MM", 16.75, 98.05, population=0, admin1="Kayin",
               admin2="Hlaingbwe")  # fmt: skip


def test_with_none_recorded_there_the_first_reading_near_it_is_taken():
    picks = resolve(_village_of_township([_FAR, _CLOSE]), weights=_FEW)
    assert picks[0] == _CLOSE


def test_with_none_recorded_there_nor_near_it_the_village_is_left_unresolved():
    # stop 29: 70 km off and recorded in another township, the reading is a namesake; the
    # event falls back to the township
    picks = resolve(_village_of_township([_FAR, _NEAR]), weights=_FEW)
    assert picks == [None, _TOWNSHIP]


# an invented Indian district town and its district, and a village name borne only abroad
_SEAT = place("geonames:51", "Kelpara", "IN", 23.7, 84.5, population=27_000,
              admin1="Jharkhand", admin2="Kelpara")  # fmt: skip
_SEAT_UNIT = place(
    "geonames:52", "Kelpara", "IN", 23.8, 84.4, feature_class="A", feature_code="ADM2",
    population=0, admin1="Jharkhand", admin2="Kelpara",
)  # fmt: skip
_ABROAD = place("geonames:53", "Manoli", "PH", 11.4, 122.3, population=3_000)


def _police_then_village(seat: Place):
    # "The Kelpara police ... a gun battle in Manoli"
    return [
        mention("Kelpara", [seat, _SEAT_UNIT], start=4, bare=True),
        mention("Manoli", [_ABROAD], start=170),
    ]


def test_a_district_town_alone_says_the_country_and_a_small_place_abroad_is_dropped():
    picks = resolve(_police_then_village(_SEAT))
    assert picks == [_SEAT, None]


def test_a_small_town_of_a_district_s_name_says_nothing_alone():
    # a seat of 5,000 people is no landmark: the village abroad keeps its reading
    small = dataclasses.replace(_SEAT, population=5_000)
    picks = resolve(_police_then_village(small))
    assert picks == [small, _ABROAD]


# an invented village name borne only in Shan State, and a township of Kachin State
_SHAN_VILLAGE = place("mimu:s1", "Nam Hpak", "MM", 21.3, 99.6, population=0, admin1="Shan",
                      admin2="Kengtung")  # fmt: skip
_KACHIN_VILLAGE = place("mimu:k1", "Nam Hpak", "MM", 24.3, 97.3, population=0,
                        admin1="Kachin", admin2="Hpa Lan")  # fmt: skip
_KACHIN_TOWNSHIP = place(
    "mimu:t2", "Hpa Lan", "MM", 24.25, 97.25, feature_class="A", feature_code="ADM3",
    population=0, admin1="Kachin",
)  # fmt: skip


def _village_and_township(readings, township: str = "Hpa Lan", at: int = 120, **told):
    # "near Nam Hpak and Lung Hkam in Hpa Lan township (...)": the township written as where
    # places lie (relation "in"), not right after the village (no chain from it)
    told = {"relation": "in", "cue": "township", "feature": "adm3", **told}
    return [
        mention("Nam Hpak", readings, start=14),
        mention(township, [_KACHIN_TOWNSHIP], start=at, **told),
    ]


def test_a_village_far_from_every_unit_the_text_names_is_left_unresolved():
    # 400 km from the township, in another state: the event falls back to the township
    picks = resolve(_village_and_township([_SHAN_VILLAGE]))
    assert picks == [None, _KACHIN_TOWNSHIP]


def test_a_namesake_inside_the_unit_the_text_names_is_taken():
    # only the likeliest reading weighed (as among a name's hundreds): the Shan one; the one
    # inside the township takes its place
    picks = resolve(_village_and_township([_SHAN_VILLAGE, _KACHIN_VILLAGE]), weights=_FEW)
    assert picks[0] == _KACHIN_VILLAGE


def test_a_lone_word_read_as_a_unit_places_nothing():
    # no feature noun, one word: it may be a word read as a unit ("North"), so the village
    # keeps its reading
    picks = resolve(_village_and_township([_SHAN_VILLAGE], township="Lan", cue=None, feature=None))
    assert picks[0] == _SHAN_VILLAGE


def test_a_unit_told_as_another_event_s_place_or_far_off_places_nothing():
    # "protesters also marched in Hpa Lan township": a place of its own, not where others lie
    picks = resolve(_village_and_township([_SHAN_VILLAGE], relation="at"))
    assert picks[0] == _SHAN_VILLAGE
    # a unit written as a container, but 400 characters on: another paragraph's
    picks = resolve(_village_and_township([_SHAN_VILLAGE], at=430))
    assert picks[0] == _SHAN_VILLAGE
