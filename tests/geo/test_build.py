"""Building a gazetteer: sources, coordinates with their provenance, atomic replacement, bad input."""

from __future__ import annotations

import sqlite3

import pytest

from warta.errors import DataFileError, InputError
from warta.geo.sources import idn, supplement

SUPPLEMENT_HEADER = "\t".join(supplement.COLUMNS)


def test_build_reports_counts_and_writes_meta(tmp_path, gz, build_mini):
    stats = build_mini(tmp_path / "g.sqlite")
    assert stats.places == sum(stats.places_by_source.values()) == gz.stats().places
    assert stats.bytes == (tmp_path / "g.sqlite").stat().st_size
    meta = dict(sqlite3.connect(tmp_path / "g.sqlite").execute("SELECT key, value FROM meta"))
    assert meta["version.idn-area-data"] == "4.0.1"
    assert meta["places.supplement"] == str(stats.places_by_source["supplement"])


def test_build_replaces_the_old_file_and_leaves_no_temporary(tmp_path, build_mini):
    out = tmp_path / "g.sqlite"
    out.write_text("old")
    messages: list[str] = []
    build_mini(out, progress=messages.append)
    assert sqlite3.connect(out).execute("SELECT count(*) FROM place").fetchone()[0] > 0
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite"]
    assert any("reading GeoNames" in m for m in messages)


def test_failed_build_keeps_the_old_file(tmp_path, build_mini):
    out = tmp_path / "g.sqlite"
    out.write_text("old")
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        SUPPLEMENT_HEADER + "\nsup:x\tX\t\tnorth\t1\tP\tPPL\tSY\t\tsomewhere\tCC0\n", "utf-8"
    )
    with pytest.raises(DataFileError, match=r"bad.tsv:2: lat/lon"):
        build_mini(out, supplement_path=bad)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.tsv", "g.sqlite"]


def test_every_place_records_source_licence_and_coordinate_source(mini_path):
    rows = sqlite3.connect(mini_path).execute(
        "SELECT count(*) FROM place WHERE source = '' OR licence = '' OR coord_source = ''"
    )
    assert rows.fetchone()[0] == 0


def test_rtree_holds_every_place(mini_path):
    conn = sqlite3.connect(mini_path)
    assert (
        conn.execute("SELECT count(*) FROM place_rtree").fetchone()
        == conn.execute("SELECT count(*) FROM place").fetchone()
    )


def test_regency_takes_the_point_of_its_same_named_town(gz):
    poso = gz.get("idn:72.02")
    assert (poso.lat, poso.lon) == (gz.get("geonames:1630723").lat, gz.get("geonames:1630723").lon)
    assert poso.precision == 2 and "geonames:1630723" in poso.coord_source


def test_kota_is_the_city_itself(gz):
    palu = gz.get("idn:72.71")
    assert palu.precision == 1 and "geonames:1633034" in palu.coord_source


def test_regency_without_a_namesake_takes_its_members_median(gz):
    nduga = gz.get("idn:95.08")  # placed through its district Kenyam, matched to GeoNames
    assert nduga.precision == 2 and nduga.coord_source.startswith("median of")
    assert (nduga.lat, nduga.lon) == (-4.59972, 138.38417)


def test_unit_with_nothing_to_go_on_takes_its_parent_point(gz):
    mapenduma = gz.get("idn:95.08.02")
    assert mapenduma.precision == 3 and mapenduma.coord_source == "parent idn:95.08"
    nduga = gz.get("idn:95.08")
    assert (mapenduma.lat, mapenduma.lon) == (nduga.lat, nduga.lon)


def test_village_matches_a_geonames_place_in_its_own_province_only(gz):
    village = gz.get("idn:32.08.18.2007")  # Puncak, Kuningan, West Java
    assert village.precision == 1 and "geonames:8039012" in village.coord_source
    assert gz.get("idn:94.05").coord_source != village.coord_source


def test_province_is_placed_by_its_geonames_admin1(gz):
    prov = gz.get("idn:94")
    assert prov.feature_code == "ADM1" and "ID.PT" in prov.coord_source
    iso = gz.get("iso:ID-PT")  # ISO's row sits at the unit's largest town, as ACLED codes it
    assert iso.coord_source.startswith("largest town geonames:") and "ID.PT" in iso.coord_source


def test_iso_grouping_is_placed_by_its_members(gz):
    group = gz.get("iso:ID-PP")
    assert group.feature_code == "ADMD" and group.coord_source == "median of 2 member subdivisions"


def test_islands_keep_their_own_coordinates_and_short_name(gz):
    isl = gz.get("idn:72.01.40001")
    assert isl.feature_code == "ISL" and isl.precision == 1
    assert round(isl.lat, 3) == -0.886 and round(isl.lon, 3) == 123.075
    assert gz.lookup("Anduhian")[0].id == "idn:72.01.40001"


def test_code_like_and_regency_alternates_are_not_indexed(gz):
    assert all(p.id != "geonames:170794" for p in gz.lookup("DEZ"))  # Deir ez-Zor's IATA code
    assert all(p.id != "geonames:1633034" for p in gz.lookup("Poso"))  # Palu lists "Kabupaten Poso"


def test_older_all_capitals_release_is_title_cased(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "provinces.csv").write_text("code,name\n95,PAPUA PEGUNUNGAN\n", "utf-8")
    (data / "regencies.csv").write_text(
        "code,province_code,name\n95.08,95,KABUPATEN NDUGA\n", "utf-8"
    )
    (data / "districts.csv").write_text("code,regency_code,name\n95.08.01,95.08,Kenyam\n", "utf-8")
    (data / "villages.csv").write_text("code,district_code,name\n", "utf-8")
    names = [u.name for u in idn.read_units(idn.locate(tmp_path))]
    assert names == ["Papua Pegunungan", "Kabupaten Nduga", "Kenyam"]


def test_idn_folder_is_found_from_a_project_root(tmp_path):
    pkg = tmp_path / "node_modules" / "idn-area-data" / "data"
    pkg.mkdir(parents=True)
    (pkg / "provinces.csv").write_text("code,name\n", "utf-8")
    assert idn.locate(tmp_path) == pkg
    with pytest.raises(InputError, match="no idn-area-data"):
        idn.locate(tmp_path / "node_modules")


def test_idn_file_without_its_columns_names_the_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "provinces.csv").write_text("kode,nama\n11,Aceh\n", "utf-8")
    with pytest.raises(DataFileError, match=r"provinces.csv:1: missing columns"):
        idn.read_units(data)


def test_build_without_idn_leaves_indonesian_units_out(tmp_path, build_mini):
    stats = build_mini(tmp_path / "g.sqlite", idn_area_dir=None)
    assert "idn-area-data" not in stats.places_by_source


@pytest.mark.parametrize(
    "row, message",
    [
        ("x:1\tX\t\t1\t1\tP\tPPL\tSY\t\tsrc\tCC0", "must start with 'sup:'"),
        ("sup:x\tX\t\t91\t1\tP\tPPL\tSY\t\tsrc\tCC0", "out of range"),
        ("sup:x\tX\t\t1\t1\tP\tPPL\tSyria\t\tsrc\tCC0", "not an ISO 3166-1"),
        ("sup:x\tX\t\t1\t1\tP\tPPL\tSY\t\t\tCC0", "source is empty"),
        ("sup:x\tX\t1\t1\tP\tPPL\tSY\tsrc\tCC0", "fields, expected 11"),
    ],
)
def test_bad_supplement_rows_are_reported_with_their_line(tmp_path, row, message):
    path = tmp_path / "s.tsv"
    path.write_text(f"# comment\n{SUPPLEMENT_HEADER}\n{row}\n", "utf-8")
    with pytest.raises(DataFileError, match=rf"s.tsv:3: .*{message}"):
        list(supplement.entries(path))


def test_older_province_spellings_and_unknown_provinces_are_still_placed(tmp_path, build_mini):
    data = tmp_path / "idn" / "data"
    data.mkdir(parents=True)
    (data / "provinces.csv").write_text("code,name\n31,DKI JAKARTA\n99,PROVINSI BARU\n", "utf-8")
    (data / "regencies.csv").write_text(
        "code,province_code,name\n99.01,99,KABUPATEN BARU\n", "utf-8"
    )
    (data / "districts.csv").write_text("code,regency_code,name\n", "utf-8")
    (data / "villages.csv").write_text("code,district_code,name\n", "utf-8")
    out = tmp_path / "g.sqlite"
    build_mini(out, idn_area_dir=data)
    from warta.geo import Gazetteer

    with Gazetteer.open(out) as g:
        assert "admin1 ID.04" in g.get("idn:31").coord_source
        baru = g.get("idn:99.01")
        assert baru.precision == 3 and baru.coord_source == "parent idn:99"
        assert g.get("idn:99").coord_source.startswith("capital of ID geonames:")
