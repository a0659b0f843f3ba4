"""`warta doctor`: check a database and the gazetteer, and say what is wrong and what to do.

Nothing is changed: the database is read through a read-only connection, except SQLite's
full-text index check, which SQLite runs as a command on a writable connection inside a
transaction that is rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import WartaError

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    ok: bool
    message: str

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'PROBLEM'}: {self.message}"


def check_database(path: Path) -> Iterator[Finding]:
    """Schema, SQLite integrity (tables, FTS5 and R*Tree indexes) and warta's own invariants."""
    from .store import Store

    try:
        store = Store.open(path, readonly=True)
    except WartaError as err:
        yield Finding(False, f"{err}")
        return
    with store:
        try:
            yield from _checks(store, path)
        except sqlite3.DatabaseError as err:  # damaged beyond what SQLite's checks can walk
            yield Finding(False, f"{path}: damaged ({err}); restore it from a copy")
            return
    yield _fts_check(path)


def _checks(store: Store, path: Path) -> Iterator[Finding]:
    """The findings on an open database, in order; SQLite errors are left to the caller."""
    conn = store.conn
    counts = store.counts()
    yield Finding(
        True,
        f"{path}: schema {_schema(conn)}, " + ", ".join(f"{n} {t}" for t, n in counts.items()),
    )
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    yield Finding(problems == ["ok"], "SQLite integrity check: " + "; ".join(problems[:5]))
    orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    yield Finding(not orphans, f"foreign keys: {len(orphans)} rows point at nothing")
    rtree = conn.execute("SELECT rtreecheck('events_rtree')").fetchone()[0]
    yield Finding(rtree == "ok", f"spatial index: {rtree}")
    for ok, message in _invariants(conn):
        yield Finding(ok, message)


def _schema(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else "?"


def _invariants(conn: sqlite3.Connection) -> Iterator[tuple[bool, str]]:
    """What warta itself keeps true: every report in an event, every event with reports."""
    unmerged = conn.execute(
        "SELECT count(*) FROM reports r LEFT JOIN events e ON e.id = r.event_id WHERE e.id IS NULL"
    ).fetchone()[0]
    yield (
        unmerged == 0,
        (
            f"reports: {unmerged} belong to no event"
            + (
                " (the file was changed outside warta: ingest its documents into a new database)"
                if unmerged
                else ""
            )
        ),
    )
    claimed = conn.execute(
        "SELECT count(*) FROM (SELECT e.id FROM events e LEFT JOIN reports r ON r.event_id = e.id "
        "GROUP BY e.id HAVING count(r.id) = 0)"
    ).fetchone()[0]
    yield claimed == 0, f"events: {claimed} have no report behind them"
    placed = conn.execute(
        "SELECT count(*) FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM events_rtree").fetchone()[0]
    yield placed == indexed, f"spatial index: {indexed} entries for {placed} placed events"
    timed = conn.execute(
        "SELECT count(*) FROM reports WHERE date IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchone()[0]
    blocks = conn.execute("SELECT count(*) FROM reports_rtree").fetchone()[0]
    yield timed == blocks, f"merge index: {blocks} entries for {timed} dated and placed reports"
    indexed_docs = conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    yield (
        indexed_docs == documents,
        f"full-text index: {indexed_docs} entries for {documents} documents",
    )


def _fts_check(path: Path) -> Finding:
    try:
        conn = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as err:
        return Finding(False, f"full-text index: cannot open {path} to check it ({err})")
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        return Finding(True, "full-text index: consistent with the documents")
    except sqlite3.OperationalError as err:
        if "readonly" in str(err):
            return Finding(True, "full-text index: not checked (the file is read-only)")
        return Finding(
            False,
            f"full-text index: {err} (rebuild: INSERT INTO documents_fts(documents_fts) VALUES ('rebuild'))",
        )
    except sqlite3.DatabaseError as err:
        return Finding(False, f"full-text index: {err}")
    finally:
        conn.rollback()
        conn.close()


def check_gazetteer(path: Path) -> Iterator[Finding]:
    """The gazetteer opens, matches this warta's schema and name rules, and finds places."""
    from .geo.gazetteer import Gazetteer

    try:
        gz = Gazetteer.open(path)
    except WartaError as err:
        yield Finding(False, str(err))
        return
    with gz:
        stats = gz.stats()
        yield Finding(
            stats.places > 0,
            f"{path}: {stats.places} places, {stats.names} names, built {stats.built_at}",
        )
        found = gz.lookup("Jakarta", country="ID", limit=1)
        yield Finding(
            bool(found),
            "lookup: 'Jakarta' "
            + (f"found at {found[0].lat:.2f},{found[0].lon:.2f}" if found else "not found"),
        )
