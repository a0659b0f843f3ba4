"""`warta spark` (local[2]) against `warta ingest` on the same generated corpus: docs/s.

Usage: python bench/spark.py [--docs 2000] [--chars 2500] [--master local[2]] [--steps]
Writes N generated mixed id/en articles (bench/corpus.py) as one JSON Lines file, then
times each command end to end in a subprocess, as a user runs it (Spark's JVM start
included). --steps runs the Spark job once more through `run_spark` to show where its
time goes (session start, then each step).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

WARTA = [sys.executable, "-m", "warta", "--quiet"]


def corpus(path: Path, n: int, chars: int) -> None:
    rng = random.Random(8)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            _, title, text = article(rng, chars)
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record = {"id": f"b{i:06d}", "title": title, "text": text, "published": day}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def timed(name: str, args: list[str], n: int) -> None:
    began = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    summary = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    if done.returncode != 0:
        print(f"{name}: failed ({summary})")
        return
    print(f"| {name} | {seconds:.1f} s | {n / seconds:.1f} docs/s | {summary} |", flush=True)


def steps(data: Path, out: Path, master: str) -> None:
    """Child: the session's start and each step of the job, in seconds."""
    from warta.spark import run_spark, session

    began = time.perf_counter()
    spark = session(master)
    started = time.perf_counter() - began
    stats = run_spark([str(data)], out, spark=spark)
    spark.stop()
    timings = {"session start": started, **stats.timings}
    print(" | ".join(f"{k} {v:.1f} s" for k, v in timings.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--chars", type=int, default=2500)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--steps", action="store_true", help="show the Spark job's steps")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        steps(*args.child, args.master)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = root / "corpus.jsonl"
        corpus(data, args.docs, args.chars)
        print(f"{args.docs} documents, {data.stat().st_size / 2**20:.1f} MiB; "
              f"{os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")  # fmt: skip
        print("| command | wall | throughput | summary |\n|---|---|---|---|")
        for workers in ("1", str(os.cpu_count() or 1)):
            db = root / f"ingest{workers}.db"
            timed(f"warta ingest --workers {workers}",
                  [*WARTA, "ingest", str(data), "--db", str(db), "--workers", workers], args.docs)  # fmt: skip
        timed(f"warta spark --master {args.master}",
              [*WARTA, "spark", str(data), "--out", str(root / "out"), "--master", args.master],
              args.docs)  # fmt: skip
        if args.steps:
            child = [sys.executable, __file__, "--child", str(data), str(root / "steps")]
            done = subprocess.run([*child, "--master", args.master], capture_output=True,
                                  text=True, check=False)  # fmt: skip
            print("steps:", done.stdout.strip() or done.stderr.strip()[-300:])
        print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
