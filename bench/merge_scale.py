"""Storing and merging alone, as the store grows: is the cost per document flat?

Usage: python bench/merge_scale.py [--docs 100000] [--every 10000] [--seed 1] [--chronological]

Documents of 1-3 reports each, with the density of bench/memory.py's corpus (every
story in one of 27 towns of 5 countries, dates over 25 years, so a town has a report every
few days at 100,000 documents), stored and merged by `Store.add` + `merge.merge_new`
(extraction is skipped: its cost per document does not depend on the store). Prints, for
each slice of `--every` documents, the rate in wall time and in this process's CPU time
(which other processes on the machine do not change), then the largest event (reports,
the dates they span) and the longest.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.merge import merge_new, report_of
from warta.model import ActorRef, Claim, Document, Event, Evidence, Location, Result
from warta.store import Store
from warta.taxonomy import type_families

TOWNS = {  # country: towns (lat, lon) some 20-150 km apart, as in bench/corpus.py's regions
    "ID": [(-3.74, 137.03), (-3.36, 137.35), (-3.93, 137.58), (-4.35, 138.05), (-4.55, 136.88), (-4.3, 138.2)],
    "SY": [(34.93, 38.87), (35.33, 40.14), (35.01, 40.45), (34.55, 38.28), (34.73, 36.71)],
    "NG": [(11.85, 13.16), (11.08, 13.69), (12.36, 13.83), (12.17, 6.25), (12.18, 6.66)],
    "ML": [(16.27, -0.04), (15.92, 2.4), (14.09, -1.63), (14.21, 1.45), (14.49, -4.18)],
    "CD": [(-1.68, 29.22), (0.49, 29.47), (0.51, 29.52), (-1.18, 29.45), (1.56, 30.25), (-1.5, 29.3)],
}  # fmt: skip
ACTORS = {
    "ID": ["West Papua National Liberation Army", "Military Forces of Indonesia"],
    "SY": ["Islamic State", "Military Forces of Syria"],
    "NG": ["Boko Haram", "ISWAP", "Military Forces of Nigeria"],
    "ML": ["JNIM", "Islamic State Sahel", "Military Forces of Mali"],
    "CD": ["M23", "ADF", "Military Forces of the Democratic Republic of Congo"],
}
FIRST, DAYS = date(2000, 1, 1), 25 * 365


def documents(n: int, seed: int, chronological: bool = False):  # type: ignore[no-untyped-def]
    """n documents over 25 years: at random dates (the store's density grows as it fills),
    or in date order with a few days' jitter, as an archive arrives (the density stays)."""
    rng = random.Random(seed)
    families = type_families()
    for i in range(n):
        country = rng.choice(sorted(TOWNS))
        lat, lon = rng.choice(TOWNS[country])
        doc = Document(id=f"m{i:07d}", text=f"document {i}", outlet="Kompas")
        if chronological:
            offset = min(DAYS - 1, max(0, i * DAYS // n + rng.randint(-3, 3)))
        else:
            offset = rng.randrange(DAYS)
        day = FIRST + timedelta(days=offset)
        events = []
        for j in range(rng.choice((1, 1, 2, 2, 3))):
            when = day - timedelta(days=j)
            precision = rng.choice(("day",) * 8 + ("week", "month"))
            end = when
            if precision == "week":
                end = when + timedelta(days=rng.randint(2, 6))
            elif precision == "month":
                when = when.replace(day=1)
                end = (when + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            a1, a2 = rng.sample(ACTORS[country], 2)
            evidence = Evidence(0, 4, "text")
            events.append(Event(
                id=f"e{j}", event_type=rng.choice(("Battles", "Violence against civilians")),
                sub_event_type="Armed clash", date=when.isoformat(), date_end=end.isoformat(),
                date_precision=precision,  # type: ignore[arg-type]
                location=Location("Town", country, lat=lat + rng.gauss(0, 0.02),
                                  lon=lon + rng.gauss(0, 0.02), precision=rng.choice((1, 2, 2, 3))),
                actor1=ActorRef(a1), actor2=ActorRef(a2), fatalities=None, evidence=(evidence,),
                claims=(Claim("killed", rng.randint(1, 20), "exact", None, evidence),),
            ))  # fmt: skip
        yield doc, events, [report_of(e, doc, families) for e in events]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--chronological",
        action="store_true",
        help="documents in date order (an archive arriving), not at random dates",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-merge-scale-") as tmp:
        db = Path(tmp) / "m.db"
        print(f"{'documents':>9} {'wall s':>7} {'docs/s':>7} {'cpu s':>7} {'docs/cpu s':>10}")
        with Store.open(db) as store:
            wall, cpu = time.perf_counter(), time.process_time()
            batch = 0
            store.conn.execute("BEGIN IMMEDIATE")
            for k, (doc, events, reports) in enumerate(
                documents(args.docs, args.seed, args.chronological), 1
            ):
                store.add(Result(doc, tuple(events)), reports)
                merge_new(store, reports)
                batch += 1
                if batch == 100:
                    store.conn.commit()
                    store.conn.execute("BEGIN IMMEDIATE")
                    batch = 0
                if k % args.every == 0:
                    w, c = time.perf_counter() - wall, time.process_time() - cpu
                    print(
                        f"{k:>9} {w:>7.1f} {args.every / w:>7.1f} {c:>7.1f} {args.every / c:>10.1f}",
                        flush=True,
                    )
                    wall, cpu = time.perf_counter(), time.process_time()
            store.conn.commit()
        conn = sqlite3.connect(db)
        rows = conn.execute(
            "SELECT count(*), min(date), max(coalesce(date_end, date)),"
            " julianday(max(coalesce(date_end, date))) - julianday(min(date)) + 1"
            " FROM reports GROUP BY event_id"
        ).fetchall()
        conn.close()
        most = max(rows, key=lambda r: (r[0], r[3]))
        longest = max(rows, key=lambda r: (r[3], r[0]))
        print(f"{len(rows)} events of {sum(r[0] for r in rows)} reports; largest: {most[0]} reports, "
              f"{most[1]}..{most[2]}; longest: {longest[3]:.0f} days ({longest[0]} reports, "
              f"{longest[1]}..{longest[2]})")  # fmt: skip


if __name__ == "__main__":
    main()
