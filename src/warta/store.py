"""The SQLite store: documents, their extracted reports, and merged events.

One file, WAL mode. Tables:
- documents: one row per document (unique by id, by content hash, and by URL), with an
  FTS5 index over title and text;
- reports: each event as one document reports it (the extracted Event as JSON), with the
  fields merging needs in columns, its merge block and the merged event it belongs to;
- events: merged events (the MergedEvent as JSON plus columns for filtering), with an
  R*Tree over their coordinates;
- claims: every claim of every report, for querying who claimed what.
Each document is stored in one transaction with its reports; merging then rewrites the
events its reports touch, in a transaction of its own, so a crash leaves whole documents.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import math
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from . import codec
from .errors import WartaError
from .model import Document, Event, MergedEvent, Result, Source

log = logging.getLogger(__name__)
BATCH_DOCUMENTS = 100  # documents `warta ingest` commits in one transaction, at most

SCHEMA_VERSION = 6
MAX_SPAN_DAYS = (
    31  # the longest date range merging considers (a month); year-long reports never merge
)
# a date as days since 2000 (small numbers keep the R*Tree's 32-bit floats exact to the day)
_DAY = "(julianday({}) - 2451544.5)"
_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, title TEXT, published TEXT, language TEXT, author TEXT, source TEXT,
        text TEXT NOT NULL
    );
    CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rid');
    CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        event_id TEXT,
        family TEXT NOT NULL,
        date TEXT, date_end TEXT, date_precision TEXT,
        lat REAL, lon REAL, geo_precision INTEGER, country TEXT,
        actors TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX reports_block ON reports(country, date);
    CREATE INDEX reports_event ON reports(event_id);
    CREATE TABLE events (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        date TEXT, date_end TEXT, country TEXT, lat REAL, lon REAL,
        actor1 TEXT, actor2 TEXT, fatalities INTEGER, sources INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE VIRTUAL TABLE events_rtree USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
    CREATE TABLE claims (
        report_id TEXT NOT NULL REFERENCES reports(id),
        document_id TEXT NOT NULL,
        kind TEXT NOT NULL, value INTEGER, qualifier TEXT NOT NULL,
        claimant TEXT, via TEXT, boast INTEGER NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL
    );
    CREATE INDEX claims_report ON claims(report_id);
    """,
    2: """
    CREATE INDEX events_page ON events(ifnull(date, ''), id);
    CREATE INDEX events_country ON events(country, ifnull(date, ''), id);
    CREATE INDEX events_type ON events(event_type, ifnull(date, ''), id);
    """,
    3: f"""
    CREATE INDEX reports_document ON reports(document_id);
    CREATE VIRTUAL TABLE reports_rtree USING rtree(rid, min_day, max_day, min_lat, max_lat, min_lon, max_lon);
    INSERT INTO reports_rtree SELECT rowid, {_DAY.format("date")}, {_DAY.format("coalesce(date_end, date)")},
        lat, lat, lon, lon FROM reports WHERE date IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL;
    """,
    # Events rebuilt with all of a page's summary in columns before the record: SQLite 3.40
    # parses a record's JSON again for every json_extract (six a row), and columns after a
    # long record are reached through its overflow pages. `last_day` (the end of the date
    # range) is in the page index, so a date range is checked on the index alone.
    4: """
    CREATE TABLE events_v4 (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        date TEXT, date_end TEXT, last_day TEXT, date_precision TEXT,
        country TEXT, admin1 TEXT, location TEXT, lat REAL, lon REAL, geo_precision INTEGER,
        actor1 TEXT, actor2 TEXT, low INTEGER, fatalities INTEGER, high INTEGER,
        sources INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    INSERT INTO events_v4 SELECT rid, id, event_type, sub_event_type, date, date_end,
        coalesce(date_end, date), json_extract(record, '$.event.date_precision'), country,
        json_extract(record, '$.event.location.admin1'), json_extract(record, '$.event.location.name'),
        lat, lon, json_extract(record, '$.event.location.precision'), actor1, actor2,
        json_extract(record, '$.event.fatalities.low'), fatalities,
        json_extract(record, '$.event.fatalities.high'), sources, record
        FROM events;
    DROP TABLE events;
    ALTER TABLE events_v4 RENAME TO events;
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_page ON events(ifnull(date, ''), id, last_day);
    CREATE INDEX events_country ON events(country, ifnull(date, ''), id, last_day);
    CREATE INDEX events_type ON events(event_type, ifnull(date, ''), id, last_day);
    """,
    # Merge policy v2: each mergeable report's block (a connected component of
    # `merge.policy.may_link`), read by date when a report joins it. Events merged by v1
    # are re-merged by `warta merge` (or the next `warta ingest`); their reasons were text.
    5: """
    ALTER TABLE reports ADD COLUMN block_id TEXT;
    CREATE INDEX reports_in_block ON reports(block_id, date, id) WHERE block_id IS NOT NULL;
    UPDATE events SET record = json_set(record, '$.merge_reasons', json('[]'));
    INSERT OR REPLACE INTO meta VALUES ('merge_policy',
        CASE WHEN (SELECT count(*) FROM reports) = 0 THEN 'blocks.v2' ELSE 'blocks.v1' END);
    """,
    # The analyst's desk (warta/review.py), tables only: `reviews` holds the current human
    # value of each reviewed field, keyed by the event's first report when it was reviewed
    # (an anchor that follows the event through re-merges), and `review_log` every change,
    # never updated.
    6: """
    CREATE TABLE reviews (
        anchor TEXT NOT NULL,
        field TEXT NOT NULL,
        event_id TEXT NOT NULL,
        value TEXT,
        machine TEXT,
        conflict TEXT,
        log_id INTEGER NOT NULL,
        PRIMARY KEY (anchor, field)
    );
    CREATE INDEX reviews_event ON reviews(event_id, field);
    CREATE INDEX reviews_status ON reviews(field, value, event_id);
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        event_id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT,
        before TEXT,
        after TEXT,
        note TEXT
    );
    CREATE INDEX review_log_anchor ON review_log(anchor);
    """,
}


# how many stores this process holds open on each file (see Store.open)
_OPEN: dict[Path, int] = {}


class StoreError(WartaError):
    """The database cannot be opened or written."""


@dataclass(slots=True)
class Report:
    """An event as one document reports it, with what merging compares."""

    id: str
    document_id: str
    family: str
    date: str | None
    date_end: str | None
    date_precision: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    country: str | None
    actors: tuple[str, ...]
    record: str  # the extracted Event as JSON; read with `.event`

    @property
    def event(self) -> Event:
        return parse_event(self.record)


class Store:
    """An open warta database. Usage: ``with Store.open("warta.db") as db: db.add(result)``."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Store:
        """Open (creating it when writable and absent) and check the file and its schema
        version: a file that is not SQLite's, cut short, or (when small enough to check
        quickly) damaged is refused with one line naming it."""
        path = Path(path)
        key = path.resolve()
        if not _OPEN.get(key):
            # only before this process holds a connection to the file: closing a file handle
            # of ours would drop every POSIX lock its SQLite connections hold, and another
            # process could then reset the WAL under a live connection
            check_file(path)
        try:
            if readonly:
                if not path.is_file():
                    raise StoreError(f"{path}: no such database")
                conn = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro{_unchanging(path)}",
                    uri=True,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
                _wal(conn)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: merging reads back recent pages
            conn.execute("PRAGMA foreign_keys=ON")
            version = _version(conn)
            _quick_check(conn, path)
        except sqlite3.OperationalError as err:
            if "readonly" in str(err) or _read_only(path):
                raise StoreError(
                    f"{path}: read-only (the file or its folder); nothing can be stored"
                ) from err
            raise StoreError(f"{path}: cannot open the database ({err})") from err
        except sqlite3.DatabaseError as err:
            if "malformed" in str(err):
                raise StoreError(
                    f"{path}: damaged ({err}); run `warta doctor --db {path}`"
                ) from err
            raise StoreError(f"{path}: not a usable warta database ({err})") from err
        if version > SCHEMA_VERSION:
            conn.close()
            raise _newer(path, version)
        if version < SCHEMA_VERSION:
            if readonly:
                conn.close()
                raise StoreError(
                    f"{path}: schema version {version} needs migrating; open it writable once"
                )
            _migrate(conn, path)
        _OPEN[key] = _OPEN.get(key, 0) + 1
        return cls(path, conn)

    def close(self) -> None:
        key = self.path.resolve()
        _OPEN[key] = max(_OPEN.get(key, 0) - 1, 0)
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents and reports

    def stored_id(self, doc: Document) -> str | None:
        """The id under which this document (same id, text or URL) is stored, or None."""
        row = self.conn.execute(
            "SELECT id FROM documents WHERE id = ? OR content_hash = ? OR (url IS NOT NULL AND url = ?)",
            (doc.id, content_hash(doc.text), doc.url),
        ).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all.

        BEGIN IMMEDIATE takes the write lock first (waiting up to 30 s for another writer),
        so what the transaction reads, it reads as the only writer: two processes ingesting
        into one file take turns, document by document."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: write failed, nothing of it kept ({err})") from err

    def add(self, result: Result, reports: Iterable[Report]) -> None:
        """Store a document and its reports (inside `transaction()`)."""
        doc = result.document
        try:
            cur = self.conn.execute(
                "INSERT INTO documents (id, content_hash, url, outlet, title, published, language, author, source, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, content_hash(doc.text), doc.url, doc.outlet, doc.title, doc.published, doc.language,
                 doc.author, doc.source, doc.text),
            )  # fmt: skip
            self.conn.execute(
                "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                (cur.lastrowid, doc.title or "", doc.text),
            )
            for r in reports:
                cur = self.conn.execute(
                    "INSERT INTO reports (id, document_id, family, date, date_end, date_precision, lat, lon,"
                    " geo_precision, country, actors, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (r.id, r.document_id, r.family, r.date, r.date_end, r.date_precision, r.lat, r.lon,
                     r.geo_precision, r.country, json.dumps(list(r.actors)), r.record),
                )  # fmt: skip
                if r.date is not None and r.lat is not None and r.lon is not None:
                    self.conn.execute(
                        f"INSERT INTO reports_rtree VALUES (?, {_DAY.format('?')}, {_DAY.format('?')}, ?, ?, ?, ?)",
                        (cur.lastrowid, r.date, r.date_end or r.date, r.lat, r.lat, r.lon, r.lon),
                    )
                self.conn.executemany(
                    "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r.id, r.document_id, c.kind, c.value, c.qualifier, c.claimant.name if c.claimant else None,
                      c.via.name if c.via else None, int(c.boast), c.evidence.start, c.evidence.end)
                     for c in r.event.claims],
                )  # fmt: skip
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store document {doc.id} ({err})") from err

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(
            "SELECT id, text, url, outlet, title, published, language, author, source FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        return Document(*row) if row else None

    def sources(self, doc_ids: Iterable[str]) -> dict[str, Source]:
        """Documents as the sources of merged events (their texts are not read), by id; a
        document not stored is named by its id alone."""
        found = {
            row[0]: Source(*row)
            for row in self.conn.execute(
                "SELECT id, outlet, url, title, published, language FROM documents"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(doc_ids))),),
            )
        }
        return {d: found.get(d) or Source(d) for d in doc_ids}

    # merge blocks (merge policy v2, `warta.merge`)

    def merge_policy(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'merge_policy'").fetchone()
        return row[0] if row else None

    def set_merge_policy(self, policy: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('merge_policy', ?)", (policy,))

    def block_sizes(self, blocks: Iterable[str], cap: int = 1000) -> dict[str, int]:
        """How many reports each block holds, counted up to `cap`."""
        return {
            b: self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM reports WHERE block_id = ? LIMIT ?)", (b, cap)
            ).fetchone()[0]
            for b in sorted(set(blocks))
        }

    def linked_blocks(
        self, report: Report, days: int, degrees: float
    ) -> list[tuple[str, str, str | None, float, float, int | None, str | None]]:
        """The merged reports of a report's family and country whose date ranges come within
        `days` of its own and whose points lie within `degrees` (3 x in longitude): (block,
        date, date_end, lat, lon, geo_precision, event) of each, found through the R*Tree."""
        if report.date is None or report.lat is None or report.lon is None:
            return []
        end = report.date_end or report.date
        back, ahead = f"-{days + MAX_SPAN_DAYS} days", f"+{days} days"
        since = f"-{days} days"
        # as wide in longitude as `degrees` of latitude at the box's poleward edge (at most
        # 3 x `degrees`, as `merge.policy` allows): every point within `degrees` of
        # latitude's distance (about 166 km for 1.5) is inside
        widest = math.radians(min(abs(report.lat) + degrees, 89.0))
        lon = min(3 * degrees, degrees / math.cos(widest))
        box = (report.lat - degrees, report.lat + degrees, report.lon - lon, report.lon + lon)
        return self.conn.execute(
            "SELECT block_id, date, date_end, lat, lon, geo_precision, event_id FROM reports WHERE rowid IN"
            " (SELECT rid FROM reports_rtree"
            f" WHERE min_day >= {_DAY.format('date(?, ?)')} AND min_day <= {_DAY.format('date(?, ?)')}"
            f" AND max_day >= {_DAY.format('date(?, ?)')}"
            " AND min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)"
            # unary + keeps SQLite off the (country, date) index: the R*Tree bounds both ends
            " AND +block_id IS NOT NULL AND family = ? AND +country = ?"
            " AND +date <= date(?, ?) AND coalesce(date_end, date) >= date(?, ?)"
            " ORDER BY block_id",
            (report.date, back, end, ahead, report.date, since, *box, report.family,
             report.country, end, ahead, report.date, since),
        ).fetchall()  # fmt: skip

    def set_block(self, report_ids: Iterable[str], block: str | None) -> None:
        self.conn.executemany(
            "UPDATE reports SET block_id = ? WHERE id = ?", [(block, r) for r in report_ids]
        )

    def relabel_blocks(self, old: Iterable[str], new: str) -> None:
        self.conn.execute(
            "UPDATE reports SET block_id = ? WHERE block_id IN (SELECT value FROM json_each(?))",
            (new, json.dumps(sorted(set(old)))),
        )

    def block_reports(
        self, block: str, since: str, after: tuple[str, str] | None = None, limit: int = 256
    ) -> list[tuple[Report, str | None]]:
        """A block's reports from a date on (after a (date, id) key), by date then id,
        without records, each with its event."""
        sql = f"SELECT {_MERGE_COLUMNS.replace('block_id', 'event_id')} FROM reports WHERE block_id = ? AND date >= ?"
        args: list[Any] = [block, since]
        if after is not None:
            sql += " AND (date > ? OR (date = ? AND id > ?))"
            args += [after[0], after[0], after[1]]
        rows = self.conn.execute(sql + " ORDER BY date, id LIMIT ?", [*args, limit]).fetchall()
        return [(_report(row[:-1]), row[-1]) for row in rows]

    def event_members(self, event_ids: Iterable[str]) -> dict[str, list[Report]]:
        """Each named event's reports, without records."""
        rows = self.conn.execute(
            f"SELECT {_MERGE_COLUMNS.replace('block_id', 'event_id')} FROM reports"
            " WHERE event_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(event_ids))),),
        )
        found: dict[str, list[Report]] = {}
        for row in rows:
            found.setdefault(row[-1], []).append(_report(row[:-1]))
        return found

    def event_joins(self, event_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """Each named event's merge reasons (as stored: JSON objects), read in SQLite."""
        rows = self.conn.execute(
            "SELECT id, json_extract(record, '$.merge_reasons') FROM events"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(event_ids))),),
        )
        return {eid: json.loads(joins) for eid, joins in rows}

    def reports_by_id(self, ids: Iterable[str]) -> list[Report]:
        rows = self.conn.execute(
            f"SELECT {_REPORT_COLUMNS} FROM reports WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(ids))),),
        )
        return [_report(row) for row in rows]

    def all_reports(self) -> Iterator[Report]:
        """Every report, without records (for re-merging a whole store)."""
        for row in self.conn.execute(f"SELECT {_MERGE_COLUMNS} FROM reports ORDER BY id"):
            yield _report(row[:-1])

    def drop_events(self) -> None:
        """Forget every merged event (inside `transaction()`, before re-merging)."""
        self.conn.execute("DELETE FROM events_rtree")
        self.conn.execute("DELETE FROM events")
        self.conn.execute("UPDATE reports SET event_id = NULL, block_id = NULL")

    def reports_of(self, event_ids: Iterable[str]) -> list[Report]:
        ids = json.dumps(sorted(set(event_ids)))
        rows = self.conn.execute(
            f"SELECT {_REPORT_COLUMNS} FROM reports WHERE event_id IN (SELECT value FROM json_each(?))",
            (ids,),
        )
        return [_report(row) for row in rows]

    # merged events

    def events_of_document(self, doc_id: str) -> list[str]:
        """The ids of the merged events a document's reports belong to."""
        rows = self.conn.execute(
            "SELECT DISTINCT event_id FROM reports WHERE document_id = ? AND event_id IS NOT NULL ORDER BY 1",
            (doc_id,),
        )
        return [r[0] for r in rows]

    def replace_events(self, old_ids: Iterable[str], new: Iterable[MergedEvent]) -> None:
        """Swap merged events (inside `transaction()`): drop the old, write the new, relink
        reports, and lay the analysts' reviews over the new events (`reapply_reviews`).

        A new event takes the row of an old one (the same id's, else any): an update in
        place costs less than a delete and an insert, and a point that did not move keeps
        its R*Tree entry."""
        new = list(new)
        written: list[str] = []
        try:
            rows = {
                eid: (rid, lat, lon)
                for eid, rid, lat, lon in self.conn.execute(
                    "SELECT id, rid, lat, lon FROM events WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(set(old_ids))),),
                )
            }
            ids = {m.event.id for m in new}
            free = sorted((row for eid, row in rows.items() if eid not in ids), reverse=True)
            for m in new:
                row = rows.get(m.event.id) or (free.pop() if free else None)
                self._write_event(m, row)
                self.conn.executemany(
                    "UPDATE reports SET event_id = ? WHERE id = ?",
                    [(m.event.id, r) for r in m.reports],
                )
                written.append(m.event.id)
            for rid, _, _ in free:
                self.conn.execute("DELETE FROM events_rtree WHERE rid = ?", (rid,))
                self.conn.execute("DELETE FROM events WHERE rid = ?", (rid,))
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write merged events ({err})") from err
        self.reapply_reviews(written)  # the analyst's edits win over the machine's new events

    def _write_event(
        self, m: MergedEvent, row: tuple[int, float | None, float | None] | None
    ) -> None:
        """Write an event's columns, record and point: a new row, or over `row` (its rid,
        lat and lon as stored)."""
        e, loc, toll = m.event, m.event.location, m.event.fatalities
        values = (e.id, e.event_type, e.sub_event_type, e.date, e.date_end, e.date_end or e.date,
                  e.date_precision, loc.country if loc else None, loc.admin1 if loc else None,
                  loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                  loc.precision if loc else None, e.actor1.name if e.actor1 else None,
                  e.actor2.name if e.actor2 else None, toll.low if toll else None,
                  toll.best if toll else None, toll.high if toll else None, len(m.sources),
                  codec.dumps(m))  # fmt: skip
        point = (
            (loc.lat, loc.lon)
            if loc is not None and loc.lat is not None and loc.lon is not None
            else None
        )
        if row is None:
            rid = self.conn.execute(f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({', '.join('?' * 20)})",
                                    values).lastrowid  # fmt: skip
            stored = None
        else:
            rid, lat, lon = row
            self.conn.execute(f"UPDATE events SET ({_EVENT_COLUMNS}) = ({', '.join('?' * 20)}) WHERE rid = ?",
                              (*values, rid))  # fmt: skip
            stored = (lat, lon) if lat is not None and lon is not None else None
        if point == stored:
            return
        if point is None:
            self.conn.execute("DELETE FROM events_rtree WHERE rid = ?", (rid,))
        else:
            self.conn.execute("INSERT OR REPLACE INTO events_rtree VALUES (?, ?, ?, ?, ?)",
                              (rid, point[0], point[0], point[1], point[1]))  # fmt: skip

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None
    ) -> Iterator[MergedEvent]:
        """Merged events, by date then id, filtered (parameterised SQL only)."""
        clause, args = (where or EventFilter()).sql()
        sql = f"SELECT record FROM events WHERE {clause} ORDER BY {_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        for (record,) in self.conn.execute(sql, args):
            yield codec.loads(MergedEvent, record)

    def page(
        self, where: EventFilter, *, after: tuple[str, str] | None = None, limit: int = 100
    ) -> list[tuple[str, str | None, str]]:
        """One page of event summaries, by date then id, after a key: each a JSON object
        (made by SQLite: the API sends them as they are), with the event's date and id."""
        clause, args = where.sql()
        if after is not None:
            # the first term lets SQLite seek in the events_page index instead of scanning to it
            clause += " AND ifnull(date, '') >= ? AND (ifnull(date, '') > ? OR id > ?)"
            args.extend((after[0], after[0], after[1]))
        return self.conn.execute(
            f"SELECT {_SUMMARY}, date, id FROM events WHERE {clause} ORDER BY {_ORDER} LIMIT ?",
            [*args, limit],
        ).fetchall()

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """How many events each country, event type, first-level division and actor has."""
        found = {
            column: self.conn.execute(
                f"SELECT {column}, count(*) FROM events WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
            for column in ("country", "event_type", "admin1")
        }
        found["actor"] = self.conn.execute(
            "SELECT name, count(*) FROM (SELECT actor1 AS name FROM events UNION ALL"
            " SELECT actor2 FROM events) WHERE name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500"
        ).fetchall()
        return found

    def event(self, event_id: str, *, prefix: bool = False) -> MergedEvent | None:
        """A merged event by id (or, with prefix=True, by the first characters of its id)."""
        row = self.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None and prefix and event_id:
            rows = self.conn.execute(
                "SELECT record FROM events WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                (event_id, event_id + "\uffff"),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None  # an ambiguous prefix names no event
        return codec.loads(MergedEvent, row[0]) if row else None

    def counts(
        self, tables: tuple[str, ...] = ("documents", "reports", "events", "claims")
    ) -> dict[str, int]:
        """Rows in each table named (from the store's own table names only)."""
        known = {"documents", "reports", "events", "claims"}
        return {
            t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in tables
            if t in known
        }

    # the analyst's desk: reviewed values over the machine's events (warta/review.py)

    def review(
        self, event_id: str, changes: dict[str, Any], *, who: str, note: str | None, action: str
    ) -> tuple[MergedEvent, list[int]]:
        """Record an analyst's values for fields of an event (inside `transaction()`): each
        change a row of review_log, the value in reviews, laid over the event's row at once.
        Values equal to the event's are skipped. The event as it now reads and the log ids."""
        from . import review

        merged = self.event(event_id)
        if merged is None:
            raise review.ReviewError(f"no event {event_id!r}")
        anchor = min(merged.reports)
        now = _now()
        logged: list[int] = []
        try:
            for field, given in changes.items():
                value = review.check(field, given, merged)
                before = review.current(field, merged)
                if value == before:
                    continue
                row = self.conn.execute(
                    "SELECT machine FROM reviews WHERE anchor = ? AND field = ?", (anchor, field)
                ).fetchone()
                machine = row[0] if row else json.dumps(before, ensure_ascii=False)
                cur = self.conn.execute(
                    "INSERT INTO review_log (at, who, event_id, anchor, action, field, before, after, note)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (now, who, merged.event.id, anchor, action, field,
                     json.dumps(before, ensure_ascii=False), json.dumps(value, ensure_ascii=False), note),
                )  # fmt: skip
                log_id = int(cur.lastrowid or 0)
                self.conn.execute(
                    "INSERT OR REPLACE INTO reviews (anchor, field, event_id, value, machine, conflict, log_id)"
                    " VALUES (?, ?, ?, ?, ?, NULL, ?)",
                    (anchor, field, merged.event.id, json.dumps(value, ensure_ascii=False), machine, log_id),
                )  # fmt: skip
                logged.append(log_id)
                merged = review.apply(merged, {field: value})
            if logged:
                self._rewrite_event(merged)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot record the review ({err})") from err
        return merged, logged

    def reapply_reviews(self, event_ids: Iterable[str]) -> int:
        """Lay the reviewed values again over events merging has just rewritten (inside
        `transaction()`): the edit wins; a machine value that differs from the one the
        analyst saw is kept as the review's conflict. The number of events reviewed."""
        from . import review

        if self.conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
            return 0
        done = 0
        for event_id in sorted(set(event_ids)):
            merged = self.event(event_id)
            if merged is None:
                continue
            rows = self.conn.execute(
                "SELECT anchor, field, value, machine FROM reviews"
                " WHERE anchor IN (SELECT value FROM json_each(?)) ORDER BY log_id",
                (json.dumps(list(merged.reports)),),
            ).fetchall()
            if not rows:
                continue
            values: dict[str, Any] = {}
            for anchor, field, value, machine in rows:
                now_machine = review.current(field, merged)
                conflict = (
                    None
                    if machine is None or now_machine == json.loads(machine)
                    else json.dumps(now_machine, ensure_ascii=False)
                )
                self.conn.execute(
                    "UPDATE reviews SET event_id = ?, conflict = ? WHERE anchor = ? AND field = ?",
                    (event_id, conflict, anchor, field),
                )
                values[field] = json.loads(value)
            self._rewrite_event(review.apply(merged, values))
            done += 1
        return done

    def regroup(
        self, old_ids: list[str], groups: list[list[str]], *, who: str, note: str | None,
        action: str,
    ) -> list[MergedEvent]:  # fmt: skip
        """Merge events or split one (inside `transaction()`): the reports of `old_ids`,
        regrouped as `groups` say, become new events (merged as merging would), each logged;
        their reviews are laid over them again. The new events, as they now read."""
        from . import review
        from .merge import merged_event

        olds = [self.event(i) for i in old_ids]
        if any(m is None for m in olds) or len(set(old_ids)) != len(old_ids):
            raise review.ReviewError("name each event once, by an id the store holds")
        known = {r for m in olds if m is not None for r in m.reports}
        given = [r for g in groups for r in g]
        if any(not g for g in groups) or len(given) != len(set(given)) or set(given) != known:
            raise review.ReviewError("the groups must share out the events' reports, each once")
        members = {r.id: r for r in self.reports_of(old_ids)}
        # the merging's reasons that still hold inside a group; the analyst's own decision is
        # the review log's row below
        joins = [j for m in olds if m is not None for j in m.merge_reasons]
        new = [
            merged_event(
                self,
                [members[r] for r in sorted(g)],
                [j for j in joins if j.report in g and j.event in g],
            )
            for g in groups
        ]
        now = _now()
        try:
            self.replace_events(old_ids, new)
            for m in new:
                self.conn.execute(
                    "INSERT INTO review_log (at, who, event_id, anchor, action, field, before, after, note)"
                    " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                    (now, who, m.event.id, min(m.reports), action, json.dumps({"events": old_ids}),
                     json.dumps({"event": m.event.id, "reports": list(m.reports)}), note),
                )  # fmt: skip
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot record the {action} ({err})") from err
        return [found for m in new if (found := self.event(m.event.id)) is not None]

    def kept_apart(self) -> frozenset[tuple[str, str]]:
        """Pairs of report ids (sorted) that an analyst split into different events: merging
        never puts them in one event again (the review log's `split` rows; the parts of one
        split share its time and its `before`)."""
        parts: dict[tuple[str, str], list[list[str]]] = {}
        for at, before, after in self.conn.execute(
            "SELECT at, before, after FROM review_log WHERE action = 'split'"
        ):
            parts.setdefault((at, before), []).append(json.loads(after)["reports"])
        pairs: set[tuple[str, str]] = set()
        for groups in parts.values():
            for i, one in enumerate(groups):
                for other in groups[i + 1 :]:
                    pairs.update((min(a, b), max(a, b)) for a in one for b in other)
        return frozenset(pairs)

    def review_history(self, event_id: str) -> dict[str, Any] | None:
        """An event's reviewed fields (value, the machine's value, any conflict) and every
        change recorded on it or on the events it grew from, oldest first."""
        merged = self.event(event_id)
        if merged is None:
            return None
        reports = json.dumps(list(merged.reports))
        fields = {
            field: {
                "value": json.loads(value),
                "machine": json.loads(machine) if machine is not None else None,
                "conflict": json.loads(conflict) if conflict is not None else None,
            }
            for field, value, machine, conflict in self.conn.execute(
                "SELECT field, value, machine, conflict FROM reviews"
                " WHERE anchor IN (SELECT value FROM json_each(?)) ORDER BY log_id",
                (reports,),
            )
        }
        log = [
            {"id": i, "at": at, "who": who, "event_id": eid, "action": action, "field": field,
             "before": json.loads(before) if before is not None else None,
             "after": json.loads(after) if after is not None else None, "note": note}
            for i, at, who, eid, action, field, before, after, note in self.conn.execute(
                "SELECT id, at, who, event_id, action, field, before, after, note FROM review_log"
                " WHERE anchor IN (SELECT value FROM json_each(?)) ORDER BY id",
                (reports,),
            )
        ]  # fmt: skip
        return {"event_id": merged.event.id, "review_status": merged.review_status,
                "fields": fields, "log": log}  # fmt: skip

    def _rewrite_event(self, m: MergedEvent) -> None:
        """Write an event's columns, record and point again, under the same id."""
        row = self.conn.execute(
            "SELECT rid, lat, lon FROM events WHERE id = ?", (m.event.id,)
        ).fetchone()
        if row is not None:
            self._write_event(m, row)


_EVENT_COLUMNS = (
    "id, event_type, sub_event_type, date, date_end, last_day, date_precision, country, admin1,"
    " location, lat, lon, geo_precision, actor1, actor2, low, fatalities, high, sources, record"
)
_ORDER = "ifnull(date, ''), id"
_SUMMARY = "json_object(" + ", ".join(
    f"'{name}', {name}" for name in (
        "id", "event_type", "sub_event_type", "date", "date_end", "date_precision", "country",
        "admin1", "location", "lat", "lon", "geo_precision", "actor1", "actor2", "sources",
    )
) + (
    ", 'review_status', ifnull((SELECT value ->> '$' FROM reviews WHERE event_id = events.id"
    " AND field = 'review_status' ORDER BY log_id DESC LIMIT 1), 'unreviewed')"
) + (
    ", 'fatalities', CASE WHEN low IS NULL AND fatalities IS NULL AND high IS NULL THEN NULL"
    " ELSE json_object('low', low, 'best', fatalities, 'high', high) END)"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list: every field optional, all given fields must hold."""

    date_from: str | None = None  # events whose date range reaches this day or later
    date_to: str | None = None  # ... and starts on this day or earlier
    country: str | None = None  # ISO 3166 alpha-2
    event_type: str | None = None  # ACLED event type
    actor: str | None = None  # a case-insensitive part of actor1's or actor2's name
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    text: str | None = None  # words that must all occur in a source article (FTS5)
    min_fatalities: int | None = None
    sub_event_type: str | None = None  # ACLED sub-event type
    admin1: str | None = None  # first-level division, as the event names it
    review_status: str | None = None  # unreviewed, accepted, rejected or edited (review.py)
    rejected: bool = True  # False: leave out events an analyst rejected (exports' default)

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE clause over the events table and its parameters (values are never spliced)."""
        parts, args = ["1 = 1"], list[Any]()
        for clause, value in (
            # Every term on the columns of the page indexes, so rows are rejected on the
            # index without reading the table. The second bounds the start date (no event
            # spans more than a year), so a date range is a range of the index, not a scan.
            ("last_day >= ?", self.date_from),
            ("ifnull(date, '') >= date(?, '-366 days')", self.date_from),
            ("ifnull(date, '') <= ? AND last_day IS NOT NULL", self.date_to),
            ("country = ?", self.country),
            ("event_type = ?", self.event_type),
            ("fatalities >= ?", self.min_fatalities),
            ("sub_event_type = ?", self.sub_event_type),
            ("admin1 = ?", self.admin1),
        ):
            if value is not None and value != "":
                parts.append(clause)
                args.append(value)
        if self.actor:
            pattern = (
                "%" + self.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            # a part of a name, or an alias of a listed actor ("TNI", "KKB": data/actors.tsv)
            parts.append(
                "(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\'"
                " OR actor1 IN (SELECT value FROM json_each(?)) OR actor2 IN (SELECT value FROM json_each(?)))"
            )
            names = json.dumps(actors_called(self.actor))
            args += [pattern, pattern, names, names]
        if self.review_status == "unreviewed":
            parts.append(f"id NOT IN ({_REVIEWED})")
        elif self.review_status:
            parts.append(f"id IN ({_REVIEWED} AND value = json_quote(?))")
            args.append(self.review_status)
        if not self.rejected and self.review_status != "rejected":
            parts.append(f"id NOT IN ({_REVIEWED} AND value = '\"rejected\"')")
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            lon = (
                "min_lon >= ? AND max_lon <= ?"
                if min_lon <= max_lon
                else "(min_lon >= ? OR max_lon <= ?)"
            )
            parts.append(
                f"rid IN (SELECT rid FROM events_rtree WHERE min_lat >= ? AND max_lat <= ? AND {lon})"
            )
            args += [min_lat, max_lat, min_lon, max_lon]
        if self.text and (match := fts_query(self.text)):
            parts.append(
                "id IN (SELECT event_id FROM reports WHERE document_id IN (SELECT id FROM documents"
                " WHERE rid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)))"
            )
            args.append(match)
        return " AND ".join(parts), args


_REVIEWED = "SELECT event_id FROM reviews WHERE field = 'review_status'"


def actors_called(alias: str) -> list[str]:
    """The listed actors (data/actors.tsv) that go by this alias, any case ("tni", "KKB")."""
    return sorted(_actor_aliases().get(alias.strip().casefold(), ()))


@functools.cache
def _actor_aliases() -> dict[str, set[str]]:
    from .recognise.lexicon import actor_entries

    found: dict[str, set[str]] = {}
    for alias, entry in actor_entries():
        if entry.kind == "actor":
            found.setdefault(alias.casefold(), set()).add(entry.value.name)
    return found


def fts_query(text: str) -> str:
    """Words as an FTS5 query that matches articles holding all of them; no FTS syntax passes."""
    words = [w for w in re.split(r"[^\w]+", text) if w]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:20])


_REPORT_COLUMNS = "id, document_id, family, date, date_end, date_precision, lat, lon, geo_precision, country, actors, record"
_MERGE_COLUMNS = "id, document_id, family, date, date_end, date_precision, lat, lon, geo_precision, country, actors, '', block_id"


def _report(row: tuple[Any, ...]) -> Report:
    *head, actors, record = row
    return Report(*head, _actors(actors), record)  # type: ignore[call-arg]  # the row has the Report fields in order


@functools.lru_cache(maxsize=4096)
def _actors(stored: str) -> tuple[str, ...]:
    """A report's actors from their stored JSON; merging reads the same few lists again and
    again."""
    return tuple(json.loads(stored))


@functools.lru_cache(maxsize=1024)
def parse_event(record: str) -> Event:
    """An extracted event from its stored JSON. Events are immutable, and merging reads the
    same reports again and again as new ones join them: the last 1,024 are kept decoded."""
    return codec.loads(Event, record)


def _unchanging(path: Path) -> str:
    """'&immutable=1' for a database on a read-only file system with no pending WAL: SQLite
    could not create its shared-memory file there, and nothing can change the file."""
    wal = path.with_name(path.name + "-wal")
    if _read_only(path) and (not wal.exists() or wal.stat().st_size == 0):
        return "&immutable=1"
    return ""


def _read_only(path: Path) -> bool:
    """Whether a database file (or, when absent, its folder) cannot be written here."""
    import os

    target = path if path.exists() else path.parent
    try:
        return bool(os.statvfs(target).f_flag & os.ST_RDONLY) or not os.access(target, os.W_OK)
    except OSError:
        return False


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def content_hash(text: str) -> str:
    """The identity of a document's text: SHA-1 of its cleaned text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not exists:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise sqlite3.DatabaseError("it has tables but no warta meta table")
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create or migrate the schema under the write lock (BEGIN IMMEDIATE), reading the
    version again inside it: another process opening the same new file at the same moment
    has then either done it already or waits for this one."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version(conn)
            if version > SCHEMA_VERSION:
                raise _newer(path, version)
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _statements(_MIGRATIONS[step]):
                    conn.execute(statement)
                conn.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(step),)
                )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(f"{path}: cannot create or migrate the schema ({err})") from err


def _wal(conn: sqlite3.Connection, seconds: float = 30.0) -> None:
    """Put the file in WAL mode. The change takes an exclusive lock and SQLite does not wait
    for it (no busy handler), so when another process is opening the same new file at the
    same moment, try again for up to `seconds`."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time (executescript would commit first)."""
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""


def _newer(path: Path, version: int) -> StoreError:
    return StoreError(
        f"{path}: schema version {version} is newer than this warta ({SCHEMA_VERSION}); upgrade warta"
    )


QUICK_CHECK_BYTES = 64 * 1024 * 1024  # files up to this size get PRAGMA quick_check on open


_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse, with one line naming it, a file that is not an SQLite database or is shorter
    than its header says (cut short). A missing or empty file is a new database."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return  # missing, or unreadable: SQLite says which
    if size == 0:
        return
    if not head.startswith(_HEADER):
        raise StoreError(f"{path}: not a usable warta database (not an SQLite file)")
    if len(head) < 100:
        raise StoreError(f"{path}: damaged: cut short ({size} bytes, less than its header)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0  # a checkpoint may be under way
    if head[92:96] == head[24:28] and not pending and size < pages * page_size:
        raise StoreError(
            f"{path}: damaged: cut short ({size} bytes of the {pages * page_size} its header"
            " gives); restore it from a copy"
        )


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check on a file small enough for it to take well under a second; a
    damaged one is refused before anything is written into it."""
    try:
        if path.stat().st_size > QUICK_CHECK_BYTES:
            return
    except OSError:
        return
    found = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if found != ["ok"]:
        said = " ".join("; ".join(found).replace("*** in database main ***", "").split())
        raise StoreError(f"{path}: damaged ({said[:200]}); run `warta doctor --db {path}`")
