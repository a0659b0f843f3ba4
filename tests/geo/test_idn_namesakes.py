"""Indonesian districts and villages take a GeoNames namesake only inside their own regency,
and a city (`Kota`) takes its town even when a `Kabupaten` shares its name."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from warta.geo.place import Place
from warta.geo.sources import geonames as gn
from warta.geo.sources import idn

from .conftest import mini_geonames

# made-up units, towns and coordinates in the shape of idn-area-data 4.0.1 and GeoNames
PROVINCES = "code,name\n32,Jawa Barat\n"
REGENCIES = "code,province_code,name\n32.01,32,Kabupaten Sukamaju\n32.71,32,Kota Sukamaju\n"
DISTRICTS = (
    "code,regency_code,name\n32.01.01,32.01,Cibeber Hilir\n32.01.02,32.01,Ranca Tengah\n"
    "32.71.01,32.71,Pasir Kaler\n32.71.02,32.71,Ranca Tengah\n"
)
VILLAGES = "code,district_code,name\n32.71.01.1001,32.71.01,Babakan Sari\n"


def _city(gid: int, name: str, lat: float, lon: float, population: int) -> dict:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": "ID",
        "population": population,
        "admin1code": "30",
        "alternatenames": [],
    }


TOWNS = {  # gid -> (name, lat, lon, population, the GeoNames division it lies in)
    990101: ("Sukamaju", -6.90, 107.60, 900_000, "ID.30.3271"),
    990102: ("Sukamaju", -7.40, 107.90, 20_000, "ID.30.3201"),  # a namesake in the regency
    990103: ("Cibeber Hilir", -7.10, 107.50, 3_000, "ID.30.3201"),
    990104: ("Pasir Kaler", -7.60, 108.30, 2_000, "ID.30.3201"),  # another regency's village
    990105: ("Babakan Sari", -7.62, 108.31, 1_000, "ID.30.3201"),
}


def _units(tmp_path: Path) -> dict[str, Place]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for name, text in (
        ("provinces.csv", PROVINCES),
        ("regencies.csv", REGENCIES),
        ("districts.csv", DISTRICTS),
        ("villages.csv", VILLAGES),
    ):
        (data_dir / name).write_text(text, "utf-8")
    cities = [_city(gid, n, lat, lon, pop) for gid, (n, lat, lon, pop, _) in TOWNS.items()]
    points = {
        gid: gn.CityPoint(gid, n, lat, lon, pop) for gid, (n, lat, lon, pop, _) in TOWNS.items()
    }
    divisions = tuple(
        gn.Admin2Unit(
            code=code,
            geonameid=gid,
            name=name,
            names=(name, "Sukamaju"),  # both divisions also go by the bare name
            country="ID",
            towns=tuple(points[t] for t, row in TOWNS.items() if row[4] == code),
        )
        for code, gid, name in (
            ("ID.30.3201", 990201, "Kabupaten Sukamaju"),
            ("ID.30.3271", 990271, "Kota Sukamaju"),
        )
    )
    base = mini_geonames()
    data = dataclasses.replace(base, cities=(*base.cities, *cities), admin2=divisions)
    return {e.place.id: e.place for e in idn.entries(data_dir, data, gn.index(data))}


def test_city_takes_its_town_though_a_regency_shares_its_name(tmp_path):
    places = _units(tmp_path)
    city = places["idn:32.71"]
    assert (city.lat, city.lon, city.precision) == (-6.90, 107.60, 1)
    assert city.coord_source.startswith("geonames:990101 (Sukamaju)")


def test_namesake_in_another_regency_is_not_taken(tmp_path):
    places = _units(tmp_path)
    pasir = places["idn:32.71.01"]  # its namesake lies in the Kabupaten: the city's point
    assert (pasir.lat, pasir.lon, pasir.precision) == (-6.90, 107.60, 3)
    assert pasir.coord_source == "parent idn:32.71"
    village = places["idn:32.71.01.1001"]
    assert (village.lat, village.lon) == (-6.90, 107.60)


def test_namesake_inside_the_regency_is_taken(tmp_path):
    places = _units(tmp_path)
    cibeber = places["idn:32.01.01"]
    assert (cibeber.lat, cibeber.lon, cibeber.precision) == (-7.10, 107.50, 2)
    assert cibeber.coord_source == "geonames:990103 (Cibeber Hilir) of the same name in the regency"
