"""Lookups on the mini gazetteer: the defining article's places, Indonesian regencies, ranking."""

from __future__ import annotations

import pickle
import sqlite3
import time

import pytest

from warta.errors import DataFileError
from warta.geo import Gazetteer, Place
from warta.geo.geometry import haversine_km

# Where the places of examples/000_431c5bc77b043e91.txt are (GeoNames / Wikipedia).
TRUE = {
    "As Sukhnah": (34.8853, 38.8711),
    "Al Mayadin": (35.0198, 40.4515),
    "Deir ez-Zor": (35.3359, 40.1408),
    "Homs": (34.7241, 36.7256),
    "Aleppo": (36.2012, 37.1612),
    "Baghuz": (34.4586, 40.9506),
    "al-Tanf": (33.5058, 38.6178),
    "al-Kawm": (35.20, 38.85),
    "Jabal Bishri": (35.29, 39.22),
}

ARTICLE_SPELLINGS = [
    ("Sukhnah", "As Sukhnah"),
    ("al-Mayadin", "Al Mayadin"),
    ("Deir Ezzor", "Deir ez-Zor"),
    ("al-Kom", "al-Kawm"),
    ("Kom", "al-Kawm"),
    ("Gunung Bishri", "Jabal Bishri"),
    ("al-Tanf", "al-Tanf"),
    ("Homs", "Homs"),
    ("Aleppo", "Aleppo"),
    ("Baghuz", "Baghuz"),
]


def _km(place: Place, where: str) -> float:
    return haversine_km(*TRUE[where], place.lat, place.lon)


@pytest.mark.parametrize("spelling, where", ARTICLE_SPELLINGS)
def test_article_spellings_find_the_place_first(gz, spelling, where):
    found = gz.lookup(spelling)
    assert found, spelling
    assert _km(found[0], where) < 15


def test_al_kom_in_syria_beats_qom_in_iran(gz):
    assert gz.lookup("al-Kom")[0].id == "sup:al-kawm"
    assert [p.id for p in gz.lookup("Kom", country="IR")] == ["geonames:119208"]


@pytest.mark.parametrize(
    "name, regency",
    [
        ("Nduga", "idn:95.08"),
        ("Intan Jaya", "idn:94.07"),
        ("Puncak", "idn:94.05"),
        ("Kabupaten Poso", "idn:72.02"),
    ],
)
def test_indonesian_regencies_resolve(gz, name, regency):
    ids = [p.id for p in gz.lookup(name, country="ID")]
    assert regency in ids


def test_regency_beats_a_same_named_village_elsewhere(gz):
    # Puncak is also a village in Kuningan, West Java (and a GeoNames hamlet there)
    assert gz.lookup("Puncak")[0].id == "idn:94.05"


def test_city_outranks_the_province_of_the_same_name(gz):
    found = gz.lookup("Homs")
    assert [p.feature_code for p in found[:2]] == ["PPL", "ADM1"]
    assert found[1].id == "iso:SY-HI"


def test_country_names_include_indonesian_exonyms(gz):
    assert gz.lookup("Suriah")[0].id == "geonames:163843"
    assert gz.lookup("Irak") == ()  # Iraq is not in the mini fixture


def test_lookup_country_filter_and_limit(gz):
    assert all(p.country == "SY" for p in gz.lookup("Homs", country="SY"))
    assert len(gz.lookup("Homs", limit=1)) == 1
    assert gz.lookup("") == () and gz.lookup("حمص") == ()


def test_get_returns_the_place_with_its_provenance(gz):
    p = gz.get("geonames:173480")
    assert p is not None and p.name == "Al Mayādīn" and p.admin1 == "Deir ez-Zor"
    assert p.source == "geonames" and p.licence.startswith("CC-BY-4.0")
    assert gz.get("geonames:0") is None


def test_near_finds_places_by_distance(gz):
    found = gz.near(34.8853, 38.8711, 50)
    assert found[0][0].name == "As Sukhnah" and found[0][1] < 0.1
    assert "sup:al-kawm" in {p.id for p, _ in found}
    assert all(d <= 50 for _, d in found)
    assert [d for _, d in found] == sorted(d for _, d in found)
    assert gz.near(0.0, -150.0, 10) == ()


def test_names_lists_every_key_with_its_form(gz):
    names = list(gz.names())
    assert len(names) == gz.stats().names
    kawm = [n for n in names if n.place_id == "sup:al-kawm"]
    assert {n.key for n in kawm} >= {"kom", "kom oasis"}
    assert sum(n.primary for n in kawm) == 1


def test_stats_count_places_per_source(gz):
    s = gz.stats()
    assert s.places == sum(s.places_by_source.values())
    assert set(s.places_by_source) == {"geonames", "pycountry", "idn-area-data", "supplement"}


def test_open_is_fast(mini_path):
    t = time.perf_counter()
    Gazetteer.open(mini_path).close()
    assert time.perf_counter() - t < 0.1


def test_open_refuses_a_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="no gazetteer file"):
        Gazetteer.open(tmp_path / "none.sqlite")


def test_open_refuses_a_file_that_is_not_a_gazetteer(tmp_path):
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(DataFileError, match="not a gazetteer"):
        Gazetteer.open(path)


def test_opened_read_only(gz):
    with pytest.raises(sqlite3.OperationalError):
        gz._conn.execute("DELETE FROM place")


def test_a_gazetteer_pickles_as_its_path(gz):
    again = pickle.loads(pickle.dumps(gz))
    try:
        assert again.path == gz.path
        assert again.lookup("Homs")[0] == gz.lookup("Homs")[0]
    finally:
        again.close()


def test_spelled_tells_the_places_with_a_name_written_as_given(gz):
    aleppo = "geonames:170063"
    # an alternate written so ("Aleppu"); one letter from one ("Alleppu"); only its key
    assert aleppo in gz.spelled("Aleppu")[0]
    exact, near = gz.spelled("Alleppu")
    assert aleppo not in exact and aleppo in near
    assert gz.spelled("Allepoe") == (frozenset(), frozenset())
    assert aleppo in {p.id for p in gz.lookup("Allepoe")}


def test_a_lower_case_transliteration_is_no_written_spelling(gz):
    # Al Mayādīn's alternates include the machine transliteration "almyadyn"
    assert "geonames:173480" in {p.id for p in gz.lookup("Almyadyn")}
    assert gz.spelled("Almyadyn") == (frozenset(), frozenset())
