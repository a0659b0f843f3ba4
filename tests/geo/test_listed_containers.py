"""Stop 26: the unit told after a list of villages holds every village of the list ("Desa X
dan Desa Y di Kabupaten Z"), and a unit or island told after one locative word is where the
place before it lies ("Desa X di Kabupaten Z"). Invented places, built mentions."""

from __future__ import annotations

from warta.geo.resolve import resolve

from .conftest import mention, place

_REGENCY = place(
    "idn:99.01", "Kabupaten Teluk Damar", "ID", -3.5, 128.5, feature_class="A",
    feature_code="ADM2", population=0, admin1="Maluku", admin2="Kabupaten Teluk Damar",
)  # fmt: skip
# a namesake town far away, likelier alone, and the village in the regency
_FAR = place(
    "geonames:9101", "Waiketa", "ID", -7.6, 109.6, population=60_000,
    admin1="Jawa Tengah", admin2="Kabupaten Lembah Hijau",
)  # fmt: skip
_NEAR = place(
    "idn:99.01.02.2003", "Waiketa", "ID", -3.55, 128.45, feature_class="A", feature_code="ADM4",
    population=0, admin1="Maluku", admin2="Kabupaten Teluk Damar",
)  # fmt: skip
_LORANG = place(
    "idn:99.01.02.2004", "Lorang", "ID", -3.56, 128.47, feature_class="A", feature_code="ADM4",
    population=0, admin1="Maluku", admin2="Kabupaten Teluk Damar",
)  # fmt: skip


def _village(name, readings, start):
    return mention(f"Desa {name}", readings, start=start, cue="Desa", feature="village")


def _regency(start, **kw):
    return mention("Kabupaten Teluk Damar", [_REGENCY], start=start, cue="Kabupaten", **kw)


def test_the_unit_after_a_list_of_villages_holds_the_first_village_too():
    # "di Desa Waiketa dan Desa Lorang di Kabupaten Teluk Damar"
    first = _village("Waiketa", [_FAR, _NEAR], 3)
    second = _village("Lorang", [_LORANG], first.end + 5)
    unit = _regency(second.end + 4, feature="adm2")
    picks = resolve([first, second, unit])
    assert [p.id if p else None for p in picks] == [_NEAR.id, _LORANG.id, _REGENCY.id]


def test_a_village_with_no_reading_in_the_unit_after_the_list_is_left_unresolved():
    first = _village("Waiketa", [_FAR], 3)
    second = _village("Lorang", [_LORANG], first.end + 5)
    unit = _regency(second.end + 4, feature="adm2")
    assert resolve([first, second, unit])[0] is None


def test_a_unit_after_one_locative_word_holds_the_place_before():
    # "di Desa Waiketa di Kabupaten Teluk Damar": the regency is told with relation at
    first = _village("Waiketa", [_FAR, _NEAR], 3)
    unit = _regency(first.end + 4, feature="adm2")
    assert resolve([first, unit])[0] == _NEAR


def test_a_lone_word_read_as_a_unit_after_a_locative_word_holds_nothing():
    # "in Waiketa in Damar ...": one word with no feature noun may be a misread unit
    first = _village("Waiketa", [_FAR], 3)
    unit = mention("Damar", [_REGENCY], start=first.end + 4)
    assert resolve([first, unit])[0] == _FAR


def test_a_unit_further_than_one_locative_word_holds_nothing():
    # "di Desa Waiketa, kata warga di Kabupaten Teluk Damar": not where Waiketa lies
    first = _village("Waiketa", [_FAR], 3)
    unit = _regency(first.end + 16, feature="adm2")
    assert resolve([first, unit])[0] == _FAR


def test_a_town_with_no_reading_in_the_unit_after_one_locative_word_is_left_unresolved():
    first = _village("Waiketa", [_FAR], 3)
    unit = _regency(first.end + 4, feature="adm2")
    assert resolve([first, unit])[0] is None
