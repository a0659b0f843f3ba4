"""Geocoding accuracy on tests/fixtures/geo/toponyms.jsonl, plus the gazetteer's build cost.

Each line of the test set is one short text with one gold place mention and its true
coordinates. The text runs through segmentation, warta.recognise.places.document_places and
warta.geo.resolve; the predicted place whose span overlaps the gold span is compared with
the truth. Prints accuracy within 25 km and 161 km (overall and per language), the misses,
and the gazetteer's build time, file size and lookups per second.

Usage:
    python bench/geo.py                          # uses $WARTA_GAZETTEER (or var/gazetteer.sqlite)
    python bench/geo.py --build                  # also times a fresh gazetteer build
    python bench/geo.py --gazetteer PATH --misses 40
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from warta.geo import Gazetteer, build_gazetteer
from warta.geo.build import find_idn_area_dir
from warta.geo.geometry import haversine_km
from warta.geo.paths import default_path
from warta.geo.resolve import resolve
from warta.lang.segment import segment
from warta.recognise.places import document_places

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geo_build import measure

ROOT = Path(__file__).resolve().parents[1]
TOPONYMS = ROOT / "tests" / "fixtures" / "geo" / "toponyms.jsonl"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the geocoder did with one gold mention."""

    id: str
    language: str
    mention: str
    km: float | None  # None: no place predicted over the gold span
    predicted: str  # what was predicted, for the misses list


def run(gz: Gazetteer, path: Path = TOPONYMS) -> list[Outcome]:
    """Geocode every line of the test set."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        seg = segment(text, row["language"])
        mentions = document_places(text, seg, gz, language=row["language"])
        places = resolve(mentions)
        km, predicted = None, "not found"
        for m, p in zip(mentions, places, strict=False):
            if m.start < row["end"] and row["start"] < m.end:
                if p is None:
                    predicted = f"{m.name!r} unresolved"
                    continue
                km = haversine_km(row["lat"], row["lon"], p.lat, p.lon)
                predicted = f"{m.name!r} -> {p.name} ({p.country}, {p.feature_code}, {p.id})"
                break
        out.append(Outcome(row["id"], row["language"], row["mention"], km, predicted))
    return out


def report(outcomes: list[Outcome], n_misses: int) -> None:
    """Print accuracy at 25 and 161 km, overall and per language, then the misses."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups["all"].append(o)
        groups[o.language].append(o)
    print(f"{'':8}{'n':>5}{'@25 km':>10}{'@161 km':>10}{'found':>8}")
    for name in ("all", *sorted(k for k in groups if k != "all")):
        rows = groups[name]
        n = len(rows)
        a25 = sum(1 for o in rows if o.km is not None and o.km <= 25)
        a161 = sum(1 for o in rows if o.km is not None and o.km <= 161)
        found = sum(1 for o in rows if o.km is not None)
        print(f"{name:8}{n:>5}{a25 / n:>10.1%}{a161 / n:>10.1%}{found / n:>8.1%}")
    misses = [o for o in outcomes if o.km is None or o.km > 25]
    print(f"\nmisses at 25 km: {len(misses)}")
    for o in misses[:n_misses]:
        dist = "—" if o.km is None else f"{o.km:,.0f} km"
        print(f"  {o.id} {o.language} {o.mention!r:28} {dist:>10}  {o.predicted}")
    if len(misses) > n_misses:
        print(f"  ... and {len(misses) - n_misses} more (--misses N)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--gazetteer", type=Path, default=None, help="gazetteer file (default: $WARTA_GAZETTEER)"
    )
    ap.add_argument("--build", action="store_true", help="also time a fresh build into a temp file")
    ap.add_argument("--misses", type=int, default=25, help="how many misses to list")
    ap.add_argument("--lookups", type=int, default=10_000)
    args = ap.parse_args(argv)

    path = args.gazetteer or default_path()
    if not path.is_file():
        print(f"error: no gazetteer at {path}; build one or pass --gazetteer", file=sys.stderr)
        return 1
    with Gazetteer.open(path) as gz:
        t = time.perf_counter()
        outcomes = run(gz)
        secs = time.perf_counter() - t
        print(
            f"toponyms: {len(outcomes)} mentions from {TOPONYMS.relative_to(ROOT)}, gazetteer {path}"
        )
        print(f"geocoded in {secs:.2f} s ({len(outcomes) / secs:,.0f} texts/s)\n")
        report(outcomes, args.misses)

    print("\ngazetteer")
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            stats = build_gazetteer(
                Path(tmp) / "gazetteer.sqlite", idn_area_dir=find_idn_area_dir(ROOT)
            )
            print(f"build time      {stats.seconds:.1f} s")
    measure(path, args.lookups)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
