"""Stop 26: a name shared across countries read in the country the text points to."""

from __future__ import annotations

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
