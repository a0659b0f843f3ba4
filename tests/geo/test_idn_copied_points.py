"""Indonesian units with no point of their own: a same-name GeoNames division or island
comes before a copy of the parent's point."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from warta.geo.place import Place
from warta.geo.sources import geonames as gn
from warta.geo.sources import idn

from .conftest import mini_geonames

# made-up units and coordinates in the shape of idn-area-data 4.0.1 (not its data)
PROVINCES = "code,name\n95,Papua Pegunungan\n"
REGENCIES = "code,province_code,name\n95.03,95,Kabupaten Yahukimo\n95.09,95,Kabupaten Tanpa Kota\n"
DISTRICTS = (
    "code,regency_code,name\n95.03.07,95.03,Dekai\n95.03.20,95.03,Pulau Karang\n"
    "95.09.01,95.09,Sunyi\n"
)
VILLAGES = "code,district_code,name\n95.03.20.2001,95.03.20,Kampung Karang\n"
ISLANDS = (
    "code,regency_code,coordinate,is_populated,is_outermost_small,name\n"
    '95.03.40001,95.03,"04°10\'00.00"" S 139°00\'00.00"" E",1,0,Pulau Karang\n'
)
TOWN = gn.CityPoint(gid=990001, name="Kota Kecil", lat=-4.5, lon=139.25, population=5000)


def _units(tmp_path: Path) -> dict[str, Place]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for name, text in (
        ("provinces.csv", PROVINCES),
        ("regencies.csv", REGENCIES),
        ("districts.csv", DISTRICTS),
        ("villages.csv", VILLAGES),
        ("islands.csv", ISLANDS),
    ):
        (data_dir / name).write_text(text, "utf-8")
    division = gn.Admin2Unit(
        code="ID.PE.9990",
        geonameid=990000,
        name="Kabupaten Yahukimo",
        names=("Kabupaten Yahukimo", "Yahukimo"),
        country="ID",
        towns=(TOWN,),
    )
    data = dataclasses.replace(mini_geonames(), admin2=(division,))
    return {e.place.id: e.place for e in idn.entries(data_dir, data, gn.index(data))}


def test_regency_takes_its_same_name_divisions_town_not_the_province_point(tmp_path):
    places = _units(tmp_path)
    yahukimo = places["idn:95.03"]
    assert (yahukimo.lat, yahukimo.lon, yahukimo.precision) == (-4.5, 139.25, 2)
    assert "geonames:990001" in yahukimo.coord_source
    dekai = places["idn:95.03.07"]  # no point of its own: its regency's, not its province's
    assert (dekai.lat, dekai.lon, dekai.precision) == (-4.5, 139.25, 3)
    assert dekai.coord_source == "parent idn:95.03"


def test_island_district_takes_its_islands_point_and_its_villages_follow(tmp_path):
    places = _units(tmp_path)
    karang = places["idn:95.03.20"]
    assert karang.precision == 2 and karang.coord_source.startswith("island idn:95.03.40001")
    assert (round(karang.lat, 4), round(karang.lon, 4)) == (-4.1667, 139.0)
    village = places["idn:95.03.20.2001"]
    assert (village.lat, village.lon) == (karang.lat, karang.lon) and village.precision == 3
