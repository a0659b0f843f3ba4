"""Build the gazetteer SQLite file from GeoNames, ISO 3166-2, idn-area-data and the supplement.

Usage: ``build_gazetteer(Path("var/gazetteer.sqlite"), idn_area_dir=Path("node_modules/idn-area-data"))``.
Tests pass small ``geonames`` and ``subdivisions`` in place of the packaged data.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from ..errors import WartaError
from .normalise import normalise, rules
from .place import BuildStats, Entry, Place
from .ranking import ranking
from .schema import DDL, PLACE_COLUMNS, SCHEMA_VERSION
from .sources import geonames as gn
from .sources import idn, iso, local, supplement

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


def build_gazetteer(
    out_path: Path,
    *,
    idn_area_dir: Path | None = None,
    supplement_path: Path | None = None,
    country_names_path: Path | None = None,
    geonames: gn.GeoNamesData | None = None,
    subdivisions: Sequence[iso.IsoSubdivision] | None = None,
    progress: Progress | None = None,
    local_units: bool | None = None,
) -> BuildStats:
    """Write a fresh gazetteer to out_path (via a temporary file renamed into place)."""
    started = time.perf_counter()
    if local_units is None:  # the packaged data's build has them; a test's small build not
        local_units = geonames is None
    say = _reporter(progress)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    say("reading GeoNames")
    data = geonames if geonames is not None else gn.load_geonames()
    idx = gn.index(data)
    say("reading ISO 3166-2")
    subs = subdivisions if subdivisions is not None else iso.load_iso()
    names_path = country_names_path or supplement.default_path("country_names.tsv")
    extra = _merge_names(
        iso.country_names() if subdivisions is None else {}, supplement.country_names(names_path)
    )
    versions = dict(data.versions)
    sources: list[tuple[str, Iterable[Entry]]] = [
        ("countries", gn.country_entries(data, idx, extra)),
        ("cities", gn.city_entries(data, idx)),
        ("subdivisions", iso.subdivision_entries(subs, data, idx)),
        # Indonesia's regencies come from idn-area-data, with their Kemendagri names
        ("districts", gn.admin2_entries(data, idx, frozenset({"ID"} if idn_area_dir else ()))),
    ]
    if idn_area_dir is not None:
        idn_dir = idn.locate(Path(idn_area_dir))
        versions["idn-area-data"] = idn.version(idn_dir)
        sources.append(("idn-area-data", idn.entries(idn_dir, data, idx)))
    else:
        log.warning("no idn_area_dir given: Indonesian regencies, districts and villages left out")
    sources.append(("supplement", supplement.entries(supplement_path or supplement.default_path())))
    if local_units:
        sources.append(("local units", local.entries()))
    if subdivisions is None:
        versions["pycountry"] = gn.package_version("pycountry")

    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        counts, n_names = _write(tmp, _collect(sources, say), versions, say)
        os.replace(tmp, out_path)
    except sqlite3.Error as err:
        raise WartaError(f"{out_path}: gazetteer build failed: {err}") from err
    finally:
        tmp.unlink(missing_ok=True)
    stats = BuildStats(
        path=str(out_path),
        seconds=round(time.perf_counter() - started, 2),
        bytes=out_path.stat().st_size,
        places=sum(counts.values()),
        names=n_names,
        places_by_source=dict(counts),
    )
    say(f"wrote {stats.places} places, {stats.names} names in {stats.seconds} s")
    return stats


def find_idn_area_dir(start: Path) -> Path | None:
    """The idn-area-data data folder under start's node_modules, or None."""
    try:
        return idn.locate(start)
    except WartaError:
        return None


def _collect(sources: list[tuple[str, Iterable[Entry]]], say: Progress) -> Iterator[Entry]:
    """Entries from every source in order, dropping repeated ids."""
    seen: set[str] = set()
    for label, entries in sources:
        say(f"reading {label}")
        n = 0
        for entry in entries:
            if entry.place.id in seen:
                log.warning("%s: duplicate id %s; kept the first", label, entry.place.id)
                continue
            seen.add(entry.place.id)
            n += 1
            yield entry
        log.info("%s: %d places", label, n)


def _write(
    path: Path, entries: Iterable[Entry], versions: dict[str, str], say: Progress
) -> tuple[Counter[str], int]:
    """Create the schema and fill it; return places per source and the name count."""
    rank = ranking()
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;"
        )
        conn.executescript(DDL)
        counts: Counter[str] = Counter()
        names: dict[tuple[str, int], tuple[str, int]] = {}
        place_rows = []
        tree_rows = []
        for rid, entry in enumerate(entries, start=1):
            p = entry.place
            counts[p.source] += 1
            place_rows.append(place_row(rid, p, rank.prior(p)))
            tree_rows.append(tree_row(rid, p))
            for key, _, form, primary in name_rows(rid, entry):
                if (key, rid) not in names:
                    names[(key, rid)] = (form, primary)
        say("writing places")
        conn.executemany(INSERT_PLACE, place_rows)
        conn.executemany(INSERT_TREE, tree_rows)
        say("writing names")
        conn.executemany(
            INSERT_NAME, ((k, rid, form, prim) for (k, rid), (form, prim) in sorted(names.items()))
        )
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "normalise_version": str(rules().version),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "places": str(sum(counts.values())),
            "names": str(len(names)),
            **{f"places.{src}": str(n) for src, n in sorted(counts.items())},
            **{f"version.{pkg}": v for pkg, v in sorted(versions.items())},
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("ANALYZE")
        conn.commit()
        return counts, len(names)
    finally:
        conn.close()


INSERT_PLACE = (
    f"INSERT INTO place (rid, {', '.join(PLACE_COLUMNS)}, prior)"
    f" VALUES ({', '.join('?' * (len(PLACE_COLUMNS) + 2))})"
)
INSERT_TREE = "INSERT INTO place_rtree VALUES (?, ?, ?, ?, ?)"
INSERT_NAME = "INSERT INTO name (key, rid, form, is_primary) VALUES (?, ?, ?, ?)"


def place_row(rid: int, p: Place, prior: float) -> tuple[object, ...]:
    """The place table row of a place (INSERT_PLACE's parameters)."""
    return (rid, *(getattr(p, c) for c in PLACE_COLUMNS), prior)


def tree_row(rid: int, p: Place) -> tuple[int, float, float, float, float]:
    """The R*Tree row of a place: a point box (INSERT_TREE's parameters)."""
    return (rid, p.lat, p.lat, p.lon, p.lon)


def name_rows(rid: int, entry: Entry) -> Iterator[tuple[str, int, str, int]]:
    """(key, rid, form, is_primary) for the primary and alternate names of an entry, keyed."""
    for form, primary in ((entry.place.name, 1), *((n, 0) for n in entry.names)):
        key = normalise(form)
        if key:
            yield key, rid, form, primary


def _merge_names(*maps: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for m in maps:
        for code, names in m.items():
            out[code] = tuple(dict.fromkeys(out.get(code, ()) + names))
    return out


def _reporter(progress: Progress | None) -> Progress:
    def say(message: str) -> None:
        log.info("gazetteer build: %s", message)
        if progress is not None:
            progress(message)

    return say
