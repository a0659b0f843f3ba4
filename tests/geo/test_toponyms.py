"""The toponym test set (tests/fixtures/geo/toponyms.jsonl) as a regression floor.

bench/geo.py prints the full report; this test only keeps accuracy from sliding. It needs the
built gazetteer ($WARTA_GAZETTEER, set by `make test`) and is skipped without it.
"""

from __future__ import annotations

import json
from pathlib import Path

from warta.geo.geometry import haversine_km
from warta.geo.resolve import resolve
from warta.lang.segment import segment
from warta.recognise.places import document_places

TOPONYMS = Path(__file__).resolve().parents[1] / "fixtures" / "geo" / "toponyms.jsonl"


def test_toponyms_resolve_within_25_km_at_least_nine_times_in_ten(full_gazetteer):
    rows = [json.loads(line) for line in TOPONYMS.read_text("utf-8").splitlines() if line.strip()]
    hits = 0
    for row in rows:
        text = row["text"]
        mentions = document_places(
            text, segment(text, row["language"]), full_gazetteer, language=row["language"]
        )
        for m, p in zip(mentions, resolve(mentions), strict=False):
            if m.start < row["end"] and row["start"] < m.end and p is not None:
                hits += haversine_km(row["lat"], row["lon"], p.lat, p.lon) <= 25
                break
    assert hits / len(rows) >= 0.90, f"{hits}/{len(rows)} within 25 km"
