"""Merged events as GeoJSON (RFC 7946) Point features, for QGIS and web maps."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..countries import country_name
from ..model import MergedEvent
from ._common import coordinates, source_names
from .notes import notes

HEAD = '{"type":"FeatureCollection","features":[\n'
TAIL = "]}\n"


def geojson_features(events: Iterable[MergedEvent]) -> Iterator[dict[str, Any]]:
    """A Point feature ([lon, lat]) per event that has coordinates; the others are left out."""
    for merged in events:
        feature = geojson_feature(merged)
        if feature is not None:
            yield feature


def geojson_feature(merged: MergedEvent) -> dict[str, Any] | None:
    """One event as a Point feature with flat properties, or None without coordinates."""
    point = coordinates(merged.event)
    if point is None:
        return None
    event = merged.event
    loc = event.location
    assert loc is not None  # coordinates() found both on it
    fat = event.fatalities
    sources = source_names(merged)
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [point[0], point[1]]},
        "properties": {
            "id": event.id,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "date": event.date,
            "date_end": event.date_end,
            "date_precision": event.date_precision,
            "location": loc.name,
            "country": loc.country,
            "country_name": country_name(loc.country),
            "admin1": loc.admin1,
            "admin2": loc.admin2,
            "geo_precision": loc.precision,
            "actor1": event.actor1.name if event.actor1 else None,
            "actor2": event.actor2.name if event.actor2 else None,
            "fatalities_low": fat.low if fat else None,
            "fatalities_best": fat.best if fat else None,
            "fatalities_high": fat.high if fat else None,
            "sources": sources,
            "n_sources": len(merged.sources),
            "n_claims": len(event.claims),
            "confidence": event.confidence,
            "notes": notes(merged),
            "review_status": merged.review_status,
        },
    }


def write_geojson(events: Iterable[MergedEvent], out: TextIO) -> int:
    """Stream a FeatureCollection, one feature a line; the number of features written."""
    out.write(HEAD)
    written = 0
    for feature in geojson_features(events):
        if written:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
        written += 1
    out.write("\n" + TAIL if written else TAIL)
    return written
