"""Benchmark the gazetteer: full build time, file size, rows per source, open time, lookups/s.

Usage:
    python bench/geo_build.py [--idn-area-dir node_modules/idn-area-data] [--keep var/gazetteer.sqlite]
    python bench/geo_build.py --gazetteer var/gazetteer.sqlite     # measure an existing file only
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from warta.geo import Gazetteer, build_gazetteer
from warta.geo.build import find_idn_area_dir

ROOT = Path(__file__).resolve().parents[1]

# Names as conflict news writes them (the defining article, Indonesian and English reports).
NEWS_NAMES = (
    "Sukhnah",
    "al-Mayadin",
    "Deir Ezzor",
    "al-Kom",
    "Kom",
    "Gunung Bishri",
    "al-Tanf",
    "Homs",
    "Aleppo",
    "Baghuz",
    "Badia",
    "Haribsha",
    "al-Fayda",
    "Suriah",
    "Irak",
    "Nduga",
    "Intan Jaya",
    "Puncak",
    "Poso",
    "Kabupaten Puncak Jaya",
    "Distrik Kiwirok",
    "Timika",
    "Jayapura",
    "Wamena",
    "Damascus",
    "Idlib",
    "Raqqa",
    "Mosul",
    "Kharkiv",
    "Bakhmut",
    "Gaza",
    "Rafah",
    "Khan Younis",
    "Hodeidah",
    "Sanaa",
    "Khartoum",
    "El Fasher",
    "Mogadishu",
    "Maiduguri",
    "Kidal",
)


def main(argv: list[str] | None = None) -> int:
    """Build (unless --gazetteer is given), then time opening and 10,000 mixed lookups."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--idn-area-dir", type=Path, default=None, help="idn-area-data package or data folder"
    )
    ap.add_argument("--keep", type=Path, default=None, help="write the built file here and keep it")
    ap.add_argument("--gazetteer", type=Path, default=None, help="measure this file; do not build")
    ap.add_argument("--lookups", type=int, default=10_000)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = args.gazetteer or args.keep or Path(tmp) / "gazetteer.sqlite"
        if args.gazetteer is None:
            idn_dir = args.idn_area_dir or find_idn_area_dir(ROOT)
            if idn_dir is None:
                print(
                    "warning: idn-area-data not found; building without Indonesian units",
                    file=sys.stderr,
                )
            stats = build_gazetteer(
                path, idn_area_dir=idn_dir, progress=lambda m: print(f"  {m}", file=sys.stderr)
            )
            print(f"build time      {stats.seconds:.1f} s")
        measure(path, args.lookups)
    return 0


def measure(path: Path, n_lookups: int) -> None:
    """Print size, counts, open time and lookup and near() throughput for one file."""
    t = time.perf_counter()
    gz = Gazetteer.open(path)
    open_ms = (time.perf_counter() - t) * 1000
    s = gz.stats()
    print(f"file size       {path.stat().st_size / 1e6:.1f} MB")
    print(f"open            {open_ms:.2f} ms")
    print(f"places          {s.places}")
    for source, n in sorted(s.places_by_source.items()):
        print(f"  {source:<14}{n}")
    print(f"names           {s.names}")

    rng = random.Random(7)
    forms = [e.form for e in gz.names() if rng.random() < 0.01]
    misses = ["Xqzt " + str(i) for i in range(200)]
    pool = list(NEWS_NAMES) * 25 + forms + misses
    queries = [rng.choice(pool) for _ in range(n_lookups)]
    t = time.perf_counter()
    hits = sum(1 for q in queries if gz.lookup(q))
    secs = time.perf_counter() - t
    print(f"lookups         {n_lookups / secs:,.0f}/s ({n_lookups} mixed names, {hits} found)")

    points = [(p.lat, p.lon) for q in NEWS_NAMES for p in gz.lookup(q, limit=1)]
    t = time.perf_counter()
    found = sum(len(gz.near(lat, lon, 25)) for lat, lon in points * 10)
    secs = time.perf_counter() - t
    print(f"near(25 km)     {len(points) * 10 / secs:,.0f}/s ({found} places returned)")
    gz.close()


if __name__ == "__main__":
    raise SystemExit(main())
