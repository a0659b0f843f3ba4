"""Ingest throughput into the store, and how merge time grows with the number of events.

Usage: python bench/ingest.py [--docs 2000] [--events 10000,30000,100000]
1. `warta ingest`'s library path on generated articles: docs/s into a fresh SQLite file.
2. Merging alone on synthetic extracted events (no extraction): for each size, a fresh
   store receives that many one-event documents spread over 20 countries and a year;
   the time per event shows whether merging stays flat (blocking) or grows (quadratic).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

from warta.ingest import ingest
from warta.merge import merge_new, report_of
from warta.model import ActorRef, Document, Event, Location, Result
from warta.pipeline import Resources
from warta.read.document import ReadOptions, build_document
from warta.store import Store
from warta.taxonomy import type_families

COUNTRIES = ["SY", "IQ", "YE", "ML", "BF", "NG", "SO", "AF", "MM", "UA", "PS", "SD", "CD", "ID", "PH",
             "NE", "ET", "MZ", "CM", "PK"]  # fmt: skip
ACTORS = ["Islamic State", "Military Forces of X", "Civilians (X)", "Unidentified Armed Group (X)"]


def bench_ingest(n: int, tmp: Path) -> None:
    rng = random.Random(5)
    docs = []
    for i in range(n):
        _, title, text = article(rng, 2500)
        options = ReadOptions(published=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        doc = build_document(text, id=f"a{i}", source="bench", options=options, title=title)
        assert isinstance(doc, Document)
        docs.append(doc)
    res = Resources.load()
    with Store.open(tmp / "ingest.db") as store:
        start = time.perf_counter()
        stats = ingest(docs, store, res)
        seconds = time.perf_counter() - start
    print(f"ingest: {n} articles in {seconds:.1f} s = {n / seconds:.0f} docs/s; {stats.summary()}")


def bench_merge(n: int, tmp: Path) -> float:
    rng = random.Random(n)
    families = type_families()
    path = tmp / f"merge{n}.db"
    with Store.open(path) as store:
        start = time.perf_counter()
        for i in range(n):
            country = rng.choice(COUNTRIES)
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            lat, lon = rng.uniform(-10, 40), rng.uniform(0, 120)
            event = Event(
                id=f"e{i}", event_type="Battles", sub_event_type="Armed clash", date=day, date_end=day,
                date_precision="day", location=Location("X", country, lat=lat, lon=lon, precision=1),
                actor1=ActorRef(rng.choice(ACTORS)), actor2=ActorRef(rng.choice(ACTORS)), fatalities=None,
                evidence=(),
            )  # fmt: skip
            doc = Document(id=f"d{i}", text=f"document {i}")
            report = report_of(event, doc, families)
            with store.transaction():
                store.add(Result(doc, (event,)), [report])
                merge_new(store, [report])
        seconds = time.perf_counter() - start
        events = store.counts()["events"]
    per = seconds / n * 1e6
    print(
        f"merge: {n:>7} events in {seconds:7.1f} s = {per:6.0f} us/event ({events} merged events)"
    )
    return per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--events", default="10000,30000,100000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.docs:
            bench_ingest(args.docs, Path(tmp))
        sizes = [int(x) for x in args.events.split(",") if x]
        costs = [bench_merge(n, Path(tmp)) for n in sizes]
        if len(costs) > 1:
            print(
                f"growth: cost per event at {sizes[-1]} events is {costs[-1] / costs[0]:.2f}x its cost at {sizes[0]}"
            )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
