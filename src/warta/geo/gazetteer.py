"""Read-only access to a built gazetteer file: lookup by name, get by id, search near a point."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from ..errors import DataFileError
from .geometry import bbox, haversine_km
from .normalise import fold, normalise, rules
from .place import GazetteerStats, NameEntry, Place
from .schema import PLACE_COLUMNS, SCHEMA_VERSION

log = logging.getLogger(__name__)

_SELECT = "SELECT " + ", ".join(f"p.{c}" for c in PLACE_COLUMNS) + " FROM place p"
_LOOKUP = (
    _SELECT
    + " JOIN name n ON n.rid = p.rid WHERE n.key = ? ORDER BY p.prior DESC, n.is_primary DESC, p.rid"
)
_LOOKUP_IN = (
    _SELECT + " JOIN name n ON n.rid = p.rid WHERE n.key = ? AND p.country = ?"
    " ORDER BY p.prior DESC, n.is_primary DESC, p.rid"
)
_FORMS = "SELECT p.id, n.form FROM name n JOIN place p ON p.rid = n.rid WHERE n.key = ?"
_NEAR = (
    _SELECT + " JOIN place_rtree t ON t.rid = p.rid"
    " WHERE t.max_lat >= ? AND t.min_lat <= ? AND t.max_lon >= ? AND t.min_lon <= ?"
)

_LARGEST = (
    _NEAR + " AND p.feature_class = 'P' AND p.population > 0 ORDER BY p.population DESC LIMIT ?"
)


class Gazetteer:
    """An open gazetteer file. Usage: ``with Gazetteer.open(path) as gz: gz.lookup("Homs")``."""

    __slots__ = ("_conn", "path")

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    @classmethod
    def open(cls, path: Path | str) -> Gazetteer:
        """Open a gazetteer read-only; fails on a missing file or a schema this code cannot read."""
        path = Path(path)
        if not path.is_file():
            raise DataFileError(
                f"{path}: no gazetteer file (build one with `warta gazetteer build`)"
            )
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE '%version'"))
        except sqlite3.Error as err:
            raise DataFileError(f"{path}: not a gazetteer file: {err}") from err
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            conn.close()
            raise DataFileError(
                f"{path}: gazetteer schema {meta.get('schema_version')}, expected {SCHEMA_VERSION}; rebuild it"
            )
        if meta.get("normalise_version") != str(rules().version):
            conn.close()
            raise DataFileError(
                f"{path}: built with name rules v{meta.get('normalise_version')}, "
                f"these are v{rules().version}; rebuild it"
            )
        return cls(path, conn)

    def lookup(
        self, name: str, *, country: str | None = None, limit: int | None = None
    ) -> tuple[Place, ...]:
        """Places a name may refer to, best first by feature importance and population."""
        key = normalise(name)
        if not key:
            return ()
        sql, args = (_LOOKUP_IN, (key, country)) if country else (_LOOKUP, (key,))
        if limit is not None:
            sql, args = f"{sql} LIMIT ?", (*args, limit)
        return tuple(_place(row) for row in self._conn.execute(sql, args))

    def spelled(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        """Two sets of the ids of `lookup(name)`'s places: those one of whose capitalised names
        (own or alternate) is spelled as `name` is written, without case, marks, spaces or
        punctuation; and those with a name written about so: spelled so, or one letter away,
        or holding the written one ("Deraa": Der`a; "Hodeida": El-Hodeidah). The others are
        met only through the name key's folding ("Gedah" meets Jeddah's Italian "Gedda") or a
        lower-case transliteration ("takka" for Dhaka).
        The name index keeps one form per key and place, so a place whose form under this key
        is another spelling is not told, though another of its names is spelled so."""
        key = normalise(name)
        if not key:
            return frozenset(), frozenset()
        target = _letters(name)
        exact: set[str] = set()
        near: set[str] = set()
        for pid, form in self._conn.execute(_FORMS, (key,)):
            if not form[:1].isupper():
                continue  # "takka" for Dhaka: a machine transliteration, no one's spelling
            letters = _letters(form)
            if letters == target:
                exact.add(pid)
                near.add(pid)
            elif _one_letter_apart(letters, target) or (len(target) >= 4 and target in letters):
                near.add(pid)
        return frozenset(exact), frozenset(near)

    def get(self, place_id: str) -> Place | None:
        """The place with this id ("geonames:170794", "idn:94.07"), or None."""
        row = self._conn.execute(_SELECT + " WHERE p.id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def near(
        self, lat: float, lon: float, km: float, *, limit: int | None = None
    ) -> tuple[tuple[Place, float], ...]:
        """Places within km of a point, nearest first, each with its distance in km.

        The search box does not wrap at the antimeridian (±180° longitude).
        """
        min_lat, max_lat, min_lon, max_lon = bbox(lat, lon, km)
        rows = self._conn.execute(_NEAR, (min_lat, max_lat, min_lon, max_lon))
        found = []
        for row in rows:
            d = haversine_km(lat, lon, row[8], row[9])
            if d <= km:
                found.append((_place(row), round(d, 3)))
        found.sort(key=lambda pair: (pair[1], pair[0].id))
        return tuple(found[:limit] if limit is not None else found)

    def largest(
        self, south: float, west: float, north: float, east: float, *, limit: int = 40
    ) -> tuple[Place, ...]:
        """The most populous towns inside a box, biggest first (for map labels)."""
        rows = self._conn.execute(_LARGEST, (south, north, west, east, limit))
        return tuple(_place(row) for row in rows)

    def units(self, country: str) -> tuple[Place, ...]:
        """The administrative units (ADM1 to ADM3, and GeoNames' ADMD) of one country, for
        `warta.geo.units`."""
        sql = (
            _SELECT + " WHERE p.country = ? AND p.feature_code IN ('ADM1', 'ADM2', 'ADM3', 'ADMD')"
        )
        return tuple(_place(row) for row in self._conn.execute(sql, (country,)))

    def names(self) -> Iterator[NameEntry]:
        """Every indexed name, in key order, for building a multi-pattern matcher."""
        sql = "SELECT n.key, n.form, p.id, n.is_primary FROM name n JOIN place p ON p.rid = n.rid ORDER BY n.key"
        for key, form, pid, primary in self._conn.execute(sql):
            yield NameEntry(key, form, pid, bool(primary))

    def stats(self) -> GazetteerStats:
        """Counts and versions recorded when the file was built."""
        meta = dict(self._conn.execute("SELECT key, value FROM meta"))
        return GazetteerStats(
            schema_version=int(meta["schema_version"]),
            normalise_version=int(meta["normalise_version"]),
            built_at=meta["built_at"],
            places=int(meta["places"]),
            names=int(meta["names"]),
            places_by_source={
                k.split(".", 1)[1]: int(v) for k, v in meta.items() if k.startswith("places.")
            },
        )

    def close(self) -> None:
        """Close the file."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its path, so a Resources object can travel to worker processes.
        return (Gazetteer.open, (str(self.path),))

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"


def _letters(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _place(row: tuple[Any, ...]) -> Place:
    return Place(*row)
