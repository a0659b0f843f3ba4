"""Distances and centres on the sphere, for building and for near() queries."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEG_LAT = 111.32


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median_point(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """The coordinate-wise median of points, robust to a few strays; None when empty."""
    pts = list(points)
    if not pts:
        return None
    return (
        round(statistics.median(p[0] for p in pts), 5),
        round(statistics.median(p[1] for p in pts), 5),
    )


def bbox(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box holding the circle of radius km."""
    dlat = km / KM_PER_DEG_LAT
    dlon = km / (KM_PER_DEG_LAT * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lon - min(dlon, 180.0), lon + min(dlon, 180.0)


def parse_dms(text: str) -> tuple[float, float]:
    """Latitude and longitude from idn-area-data's '03°19'03.44" N 097°07'41.73" E'."""
    parts = text.replace('"', " ").replace("'", " ").replace("°", " ").split()
    if len(parts) != 8:
        raise ValueError(f"not a DMS coordinate pair: {text!r}")
    lat = float(parts[0]) + float(parts[1]) / 60 + float(parts[2]) / 3600
    lon = float(parts[4]) + float(parts[5]) / 60 + float(parts[6]) / 3600
    if parts[3].upper() == "S":
        lat = -lat
    if parts[7].upper() == "W":
        lon = -lon
    return round(lat, 6), round(lon, 6)
