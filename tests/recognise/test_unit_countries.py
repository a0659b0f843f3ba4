"""Unit words only some countries use (`unit_countries` in places.toml): a name an "upazila",
"tehsil" or "sub-county" announces lies in those countries, and binds the text's other names
as a named province does (issue 14, item 1: never the wrong country). Sentences written by
the authors; "Dholpara" and "Dighipara" stand for upazilas the gazetteer lacks.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.recognise.places_read import event_locations, read_places
from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.lang.pack import load_pack


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_the_unit_words_are_data_of_each_language():
    assert load_pack("en").places.unit_countries["upazila"] == ("BD",)
    assert set(load_pack("en").places.unit_countries["tehsil"]) == {"PK", "IN"}
    assert load_pack("id").places.unit_countries["kecamatan"] == ("ID",)


def test_a_village_in_an_upazila_is_no_town_across_the_border(gz):
    # before: Bolpur was read in West Bengal, India
    pairs = read_places("Two activists were hacked at Bolpur village in Dholpara upazila.", gz)
    by_name = {m.name: (m, p) for m, p in pairs}
    assert by_name["Bolpur"][1] is None
    unit, place = by_name["Dholpara"]
    assert unit.countries == ("BD",) and place is None


def test_an_upazila_binds_the_other_names_of_the_sentence(gz):
    # before: both names were read in India (Ranaghat, and Nawapara for "Dighipara")
    pairs = read_places("A crude bomb went off at Ranaghat bazaar in Dighipara upazila.", gz)
    assert pairs and all(p is None or p.country == "BD" for _, p in pairs)
    text = "A crude bomb went off at Ranaghat bazaar in Dighipara upazila on Monday night."
    (loc,) = event_locations(text, gz)
    assert loc is None or loc.country == "BD"


def test_a_tehsil_keeps_its_own_country(gz):
    pairs = read_places("A shopkeeper was shot dead at Kotli in Bhera tehsil on Monday.", gz)
    by_name = {m.name: p for m, p in pairs}
    bhera = by_name["Bhera"]
    assert bhera is not None and bhera.country == "PK"
    assert haversine_km(bhera.lat, bhera.lon, 32.48, 72.91) <= 15
    assert all(p is not None and p.country == "PK" for p in by_name.values())


def test_an_indonesian_unit_word_reads_in_indonesia(gz):
    text = "Dua rumah warga dibakar di Kecamatan Ilaga, Kabupaten Puncak, pada Senin malam."
    pairs = read_places(text, gz, "id")
    assert [m.countries for m, _ in pairs] == [("ID",), ("ID",)]
    assert all(p is not None and p.country == "ID" for _, p in pairs)


def test_an_unplaced_upazila_still_gives_the_event_its_country(gz):
    # before: no place resolved, so the event had none; now Bangladesh, precision 3
    text = "Three men were hacked to death at Kalshi bazaar in Dholpara upazila on Friday."
    (loc,) = event_locations(text, gz)
    assert loc is not None and loc.country == "BD" and loc.precision == 3
