"""Requests/s and p95 latency of the HTTP API's /api/events on 100,000 stored events.

Usage: python bench/api.py [--events 100000] [--requests 2000] [--clients 8]
1. Builds a store: real extracted events of generated articles (bench/corpus.py),
   copied with shifted dates and places until the store holds --events merged events
   (written directly, without merging: this measures reading).
2. Starts the real `warta serve` on 127.0.0.1 and sends --requests requests per query
   kind from --clients concurrent clients (httpx): first pages, filtered pages, deep
   cursor pages, full-text queries; prints requests/s and p50/p95 latency of each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from corpus import article
from tests.conftest import serving

from warta.merge import merged_event, report_of
from warta.model import Document, Result
from warta.pipeline import Resources, extract
from warta.progress import track
from warta.read.document import ReadOptions, build_document
from warta.store import Store
from warta.taxonomy import type_families


def build(path: Path, target: int) -> None:
    rng = random.Random(7)
    res, families = Resources.load(), type_families()
    seeds = []
    for i in range(300):
        _, title, text = article(rng, 2500)
        doc = build_document(text, id=f"a{i}", source="bench", title=title,
                             options=ReadOptions(published=f"2024-{rng.randint(1, 12):02d}-15"))  # fmt: skip
        assert isinstance(doc, Document)
        result = extract(doc, res)
        if result.events:
            seeds.append(result)
    start, stored = time.perf_counter(), 0
    with Store.open(path) as store:
        copies = iter(range(10**9))
        bar = track(iter(lambda: stored < target, False), "building", enabled=True)
        batch = []
        for _ in bar:
            k = next(copies)
            seed = seeds[k % len(seeds)]
            doc = replace(
                seed.document, id=f"{seed.document.id}-{k}", text=f"{seed.document.text} [{k}]"
            )
            year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
            dlat, dlon = rng.uniform(-3, 3), rng.uniform(-3, 3)
            events = []
            for e in seed.events:
                loc = e.location
                if loc and loc.lat is not None and loc.lon is not None:
                    loc = replace(
                        loc, lat=max(-89.0, min(89.0, loc.lat + dlat)), lon=loc.lon + dlon
                    )
                date = f"{year}-{month:02d}-{day:02d}"
                events.append(replace(e, id=f"{e.id}{k}", date=date, date_end=date, location=loc))
            batch.append(
                (Result(doc, tuple(events)), [report_of(e, doc, families) for e in events])
            )
            stored += len(events)
            if len(batch) == 500 or stored >= target:
                with (
                    store.transaction()
                ):  # many documents a transaction: this is set-up, not the test
                    for result, reports in batch:
                        store.add(result, reports)
                        store.replace_events([], [merged_event(store, [r]) for r in reports])
                batch = []
        counts = store.counts()
    print(f"built: {counts['events']} events from {counts['documents']} documents in "
          f"{time.perf_counter() - start:.0f} s; {path.stat().st_size / 2**20:.0f} MiB")  # fmt: skip


def measure(base: str, name: str, urls: list[str], clients: int) -> None:
    def get(client: httpx.Client, url: str) -> float:
        t = time.perf_counter()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:200])
        return time.perf_counter() - t

    with httpx.Client(base_url=base, timeout=60) as client, ThreadPoolExecutor(clients) as pool:
        start = time.perf_counter()
        times = sorted(pool.map(lambda u: get(client, u), urls))
        seconds = time.perf_counter() - start
    p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
    print(
        f"{name:<28} {len(urls) / seconds:8.0f} req/s   p50 {p50 * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, help="Keep the built store here (reused when it exists)."
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            build(db, args.events)
        with serving(db) as base, httpx.Client(base_url=base) as client:
            cursors, cursor = [], None
            for _ in range(200):  # cursors spread through the list, for deep pages
                page = client.get(
                    "/api/events", params={"limit": 500, **({"cursor": cursor} if cursor else {})}
                ).json()
                cursor = page["next"]
                if cursor is None:
                    break
                cursors.append(cursor)
            n = args.requests
            kinds = {
                "first page of 100": ["/api/events?limit=100"] * n,
                "deep pages of 100": [f"/api/events?limit=100&cursor={rng.choice(cursors)}" for _ in range(n)],
                "country + type filter": [f"/api/events?country={rng.choice(['SY', 'ID', 'NG', 'ML', 'CD'])}&type=Battles" for _ in range(n)],
                "date range (a month)": [f"/api/events?from=20{rng.randint(15, 24)}-03-01&to=20{rng.randint(15, 24)}-03-31" for _ in range(n)],
                "bbox (5 degrees)": [f"/api/events?bbox={(x := rng.uniform(-10, 130)):.1f},{(y := rng.uniform(-10, 30)):.1f},{x + 5:.1f},{y + 5:.1f}" for _ in range(n)],
                "full text (q)": [f"/api/events?q={rng.choice(['Sugapa', 'Goma', 'Gwoza', 'Palmyra', 'Djibo'])}" for _ in range(n // 4)],
                "page of 1000": ["/api/events?limit=1000"] * (n // 10),
            }  # fmt: skip
            print(f"{'query':<28} {'throughput':>12}   latency ({args.clients} clients, 127.0.0.1)")
            for name, urls in kinds.items():
                measure(base, name, urls, args.clients)


if __name__ == "__main__":
    main()
