"""Stop 27: namesakes within one country, told apart by the unit the text names."""

from __future__ import annotations

import dataclasses

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


def test_with_none_recorded_there_the_first_reading_inside_is_taken():
    picks = resolve(_village_of_township([_FAR, _NEAR]), weights=_FEW)
    assert picks[0] == _NEAR
