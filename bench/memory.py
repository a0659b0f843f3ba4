"""Streaming check: peak memory of the real `warta ingest` on a small and a 10x larger corpus.

Usage: python bench/memory.py [--sizes 10000,100000] [--chars 800] [--workers 1]

For each size, writes a JSON Lines corpus of generated articles (bench/corpus.py; short
ones, to keep it quick), runs `warta ingest CORPUS --workers N --db fresh.db` in a fresh
process and reports its wall time and peak memory two ways: the highest summed RSS of
the command and all its children (workers, fork server), sampled every 0.2 s; and the
kernel's peak RSS of the largest single process of the tree (wait4's ru_maxrss). Then the
ratio of the largest size's peaks to the smallest's: streaming keeps it near 1.0 (the
acceptance bound is 1.2); loading the corpus would make it grow with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article
from run import machine, run_measured


def generate(path: Path, n: int, chars: int) -> None:
    rng = random.Random(n)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            _, title, text = article(rng, chars)
            # Dates over 25 years: a region's reports merge as they would in a real archive,
            # not into a few events with thousands of sources each.
            published = (
                f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
            record = {"id": f"m{i:07d}", "title": title, "text": text, "published": published}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def largest(db: Path) -> str:
    """The event with the most reports, and the longest, with the dates their reports span."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT count(*), min(date), max(coalesce(date_end, date)),"
            " julianday(max(coalesce(date_end, date))) - julianday(min(date)) + 1"
            " FROM reports WHERE event_id IS NOT NULL GROUP BY event_id"
        ).fetchall()
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    most = max(rows, key=lambda r: (r[0], r[3] or 0))
    longest = max(rows, key=lambda r: (r[3] or 0, r[0]))
    return (
        f"{events} events; largest: {most[0]} reports, {most[1]}..{most[2]}; "
        f"longest: {longest[3] or 0:.0f} days ({longest[0]} reports, {longest[1]}..{longest[2]})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--chars", type=int, default=800)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(machine())
    print(
        f"{'docs':>8} {'MB in':>7} {'seconds':>8} {'docs/s':>7} {'tree MiB':>9} {'max 1 proc':>10} {'others':>6}  summary"
    )
    peaks: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="warta-memory-") as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"corpus{n}.jsonl"
            generate(corpus, n, args.chars)
            db = Path(tmp) / f"m{n}.db"
            command = [sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(db),
                       "--workers", str(args.workers)]  # fmt: skip
            seconds, tree, single, err, _, others = run_measured(
                command, check=False, stdout=subprocess.DEVNULL
            )
            summary = err.strip().splitlines()[-1]  # exit 1 when a document failed: still measured
            failed = [line for line in err.splitlines() if line.startswith("error:")]
            if failed:
                summary += f" ({len(failed)} errors, first: {failed[0][:160]})"
            mb = corpus.stat().st_size / 1e6
            print(f"{n:>8} {mb:>7.0f} {seconds:>8.0f} {n / seconds:>7.1f} {tree:>9.0f} {single:>10.0f} {others:>6.0%}  {summary}", flush=True)  # fmt: skip
            peaks.append((tree, single))
            print(f"{'':>8} {largest(db)}", flush=True)
            corpus.unlink()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    (t0, s0), (t1, s1) = peaks[0], peaks[-1]
    print(
        f"peak at {sizes[-1]} docs / peak at {sizes[0]} docs: {t1 / t0:.3f} (summed over the tree), "
        f"{s1 / s0:.3f} (largest process); --workers {args.workers}; "
        f"load average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )


if __name__ == "__main__":
    main()
