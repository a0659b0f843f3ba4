"""The HTTP API and the map UI: `warta serve` runs this app with uvicorn.

Reads go through one read-only SQLite connection per worker thread, each query bounded
in time; writes (POST /api/documents) go through the same ingest path as `warta ingest`,
one at a time. Every error is JSON, `{"error": "..."}`, with its status code. The UI is
static files (src/warta/web) plus npm packages installed at set-up (node_modules), so
nothing is fetched from elsewhere. docs/api.md describes every endpoint.
"""

import asyncio
import base64
import binascii
import contextlib
import hashlib
import io
import itertools
import json
import logging
import multiprocessing
import os
import queue
import resource
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import __version__, borders, codec, export, taxonomy
from .countries import country_name
from .errors import InputError, WartaError
from .limits import Limits
from .model import Document, Result
from .read.document import Problem, ReadOptions
from .store import EventFilter, Store, StoreError

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# the npm packages the UI uses, as /vendor/<name>/ -> node_modules/<folder>
VENDOR = {
    "leaflet": "leaflet/dist",
    "markercluster": "leaflet.markercluster/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
    "swagger-ui": "swagger-ui-dist",
}
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_STATUS = r"^(unreviewed|accepted|rejected|edited)$"
THREADS = 4  # requests handled at once by one server process (see create_app)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")  # Host headers always accepted
SETTINGS_VARIABLE = "WARTA_SERVE_SETTINGS"  # the Settings, as JSON, for `serve --workers N`


@dataclass(frozen=True)
class Settings:
    """What `warta serve` was told: the database and the limits it enforces."""

    db: Path
    gazetteer: Path | None = None
    max_body: int = 2_000_000  # bytes of a request body
    max_page: int = 1000  # events per page
    query_seconds: float = 5.0  # one database query
    token: str | None = None  # required (as a bearer token) for writing endpoints when set
    read_rate: float = 200.0  # GET requests per second per client address (0: no limit)
    write_rate: float = 5.0  # POST requests per second per client address (0: no limit)
    assets: Path | None = None  # node_modules with the UI's packages
    limits: Limits = field(default_factory=Limits)  # on each posted article's extraction
    extract_queue: int = 4  # articles waiting for or in extraction at once; beyond, 503
    allowed_hosts: tuple[str, ...] = ()  # Host header names accepted besides loopback ("*": any)
    header_timeout: float = 10.0  # seconds a connection may take to send a request's head
    max_connections: int = 0  # open connections at once (0: from the open-file limit)

    def to_json(self) -> str:
        return json.dumps(codec.to_dict(self), default=str)

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        found = json.loads(text)
        paths = {
            k: Path(found[k]) if found[k] is not None else None
            for k in ("db", "gazetteer", "assets")
        }
        return cls(**{**found, **paths, "allowed_hosts": tuple(found["allowed_hosts"]),
                       "limits": Limits(**found["limits"])})  # fmt: skip


class Article(BaseModel):
    """An article posted for extraction or ingest: its text, or an HTML page."""

    text: str | None = Field(None, description="The article's text.")
    html: str | None = Field(None, description="An HTML page (the article is extracted from it).")
    id: str | None = Field(None, max_length=200, description="Default: a hash of the text.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, pattern=_DATE, description="YYYY-MM-DD")
    language: str | None = Field(None, description="auto, or a language warta reads: id, en, ms")

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date of the calendar") from None
        return value

    @field_validator("language")
    @classmethod
    def _read_language(cls, value: str | None) -> str | None:
        from .lang import available_langs

        codes = ("auto", *sorted({*available_langs(), "ms"}))
        if value is not None and value not in codes:
            raise ValueError(f"{value!r} is not one of {', '.join(codes)}")
        return value


class Verdict(BaseModel):
    """An analyst's verdict on an event."""

    status: Literal["accepted", "rejected", "unreviewed"]
    note: str | None = Field(None, max_length=2000, description="Why (kept in the history).")
    by: str | None = Field(None, max_length=100, description="Who decides (default: analyst).")


class Edit(BaseModel):
    """Corrected fields of an event, each by its name in warta.review (docs/api.md)."""

    changes: dict[str, Any] = Field(
        description="type, date, location, actor1, actor2, fatalities, claim:<document>:<start>"
    )
    note: str | None = Field(None, max_length=2000)
    by: str | None = Field(None, max_length=100)


class Regroup(BaseModel):
    """Events to merge into one, or the reports to split off an event into a new one."""

    events: list[str] = Field(default_factory=list, max_length=20, description="merge: ids")
    reports: list[str] = Field(default_factory=list, max_length=1000, description="split: ids")
    note: str | None = Field(None, max_length=2000)
    by: str | None = Field(None, max_length=100)


class ErrorMessage(BaseModel):
    """Every error response: one line saying what was wrong."""

    error: str


def _fails(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error statuses a route documents in the OpenAPI schema."""
    return {code: {"model": ErrorMessage} for code in codes}


class ApiError(HTTPException):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers)


def app_from_environment() -> FastAPI:
    """The app for one of `warta serve --workers N`'s processes (uvicorn's factory)."""
    return create_app(Settings.from_json(os.environ[SETTINGS_VARIABLE]))


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI app serving `settings.db`: the API under /api, the UI at /."""
    db = _Database(settings)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Requests run in a few threads, not anyio's default 40: beyond a few, threads only
        # fight over the GIL (bench/load.py, 50 clients: 128 pages/s with 40, 254 with 4).
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        db.write_limiter = anyio.CapacityLimiter(1)  # writes never take a reader's thread
        yield
        db.extractor.close()

    app = FastAPI(
        lifespan=lifespan,
        title="warta",
        version=__version__,
        description="Conflict events coded from news, with the evidence behind every field.",
        docs_url=None,  # FastAPI's /docs loads from a CDN; ours serves swagger-ui from npm
        redoc_url=None,
    )
    app.state.db = db
    HttpProtocol.configure(settings)
    _errors(app)
    _routes(app, db, settings)
    _ui(app, settings)
    app.add_middleware(_BodyLimit, max_body=settings.max_body)  # type: ignore[arg-type]  # starlette's middleware factory typing does not accept our ASGI classes
    app.add_middleware(_RateLimit, read=settings.read_rate, write=settings.write_rate)  # type: ignore[arg-type]  # starlette's middleware factory typing does not accept our ASGI classes
    app.add_middleware(_HostCheck, allowed=settings.allowed_hosts)  # type: ignore[arg-type]  # starlette's middleware factory typing does not accept our ASGI classes
    app.add_middleware(_SecurityHeaders)  # type: ignore[arg-type]  # starlette's middleware factory typing does not accept our ASGI classes
    return app


class _Database:
    """Read connections per thread, bounded in time; one writer, one write at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.local = threading.local()
        self.write_lock = threading.Lock()
        self.writer: Store | None = None
        self.write_limiter: anyio.CapacityLimiter | None = None  # made in the event loop
        self.extractor = _Extractor(settings.gazetteer, settings.limits, settings.extract_queue)
        try:  # opening it writable creates or migrates it; a read-only file is served read-only
            self.writer = Store.open(settings.db)
        except StoreError:
            if not settings.db.is_file():
                raise
            Store.open(settings.db, readonly=True).close()  # a damaged file is refused here
            log.warning("%s: cannot write to it; serving it read-only", settings.db)

    def reader(self) -> Store:
        store: Store | None = getattr(self.local, "store", None)
        if store is None:
            store = Store.open(self.settings.db, readonly=True)
            store.conn.set_progress_handler(self._over_time, 100)  # checked every 100 steps
            self.local.store = store
        self.local.deadline = time.monotonic() + self.settings.query_seconds
        return store

    def _over_time(self) -> int:
        return int(time.monotonic() > self.local.deadline)


class _Extractor:
    """A worker process that reads and extracts posted articles, so that extraction (CPU
    work) neither holds up the server's readers nor escapes the per-document limits; it
    starts on the first request and warms up once (a couple of seconds). Requests wait for
    it in the event loop, not in a request thread, so reads never queue behind them; at
    most `capacity` articles wait or run at once, and the next gets 503 with Retry-After."""

    def __init__(self, gazetteer: Path | None, limits: Limits, capacity: int = 4) -> None:
        self.gazetteer, self.limits = (str(gazetteer) if gazetteer else None), limits
        self.capacity = capacity
        self.pending = 0
        self.pool: ProcessPoolExecutor | None = None
        self.lock = threading.Lock()

    async def run(self, article: Article) -> Result:
        with self.lock:
            if self.pending >= self.capacity:
                raise ApiError(
                    503,
                    f"{self.capacity} articles are being extracted or waiting; send it again shortly",
                    {"Retry-After": str(max(1, round(self.limits.seconds or 5)))},
                )
            self.pending += 1
            if self.pool is None:
                self.pool = ProcessPoolExecutor(
                    1, multiprocessing.get_context("forkserver"), _start_worker,
                    (self.gazetteer, self.limits),
                )  # fmt: skip
            pool = self.pool
        try:
            outcome = await asyncio.wrap_future(
                pool.submit(_read_and_extract, article.model_dump(), self.gazetteer, self.limits)
            )
        except BrokenProcessPool as err:
            with self.lock:
                self.pool = None
            raise ApiError(500, "the extraction process stopped; send the article again") from err
        finally:
            with self.lock:
                self.pending -= 1
        if isinstance(outcome, str):
            raise ApiError(422, outcome)
        return outcome

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)  # at most one extraction


def _start_worker(gazetteer: str | None, limits: Limits) -> None:
    from .parallel import exit_with_parent
    from .pipeline import process_resources

    exit_with_parent()
    process_resources(gazetteer, limits)  # loaded (and warm) before the first article


def _read_and_extract(
    fields: dict[str, Any], gazetteer: str | None, limits: Limits
) -> Result | str:
    """In the worker: the posted article's Result, or why it cannot be read or extracted.
    Reading (an HTML page through trafilatura) counts in the document's time limit."""
    from .pipeline import (
        DocumentTooLarge,
        ExtractionTimeout,
        Resources,
        _time_limit,
        extract,
        extract_or_error,
        process_resources,
    )  # fmt: skip

    held = process_resources(gazetteer, limits)
    seconds, started = limits.seconds, time.monotonic()
    try:
        with _time_limit(seconds):
            doc = _document(Article(**fields))
    except ApiError as err:
        return str(err.detail)
    except ExtractionTimeout as err:
        return str(err)
    res = held
    if seconds > 0:
        left = max(seconds - (time.monotonic() - started), 0.001)
        res = Resources(held.gazetteer, Limits(limits.max_chars, left))
    outcome = extract_or_error(extract, doc, res)
    if isinstance(outcome, DocumentTooLarge | ExtractionTimeout):
        return str(outcome)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _read(db: _Database, work: Callable[[Store], Any]) -> Any:
    """Run a read, turning a slow query and a broken database into JSON errors."""
    try:
        return work(db.reader())
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err):
            raise ApiError(
                503,
                f"the query took longer than {db.settings.query_seconds:g} s; narrow the filters",
            ) from err
        raise ApiError(503, f"database error ({err})") from err
    except StoreError as err:
        raise ApiError(503, str(err)) from err


def _routes(app: FastAPI, db: _Database, settings: Settings) -> None:
    @app.get("/health", tags=["meta"], responses=_fails(429, 500, 503))
    def health() -> dict[str, Any]:
        """Whether the server and its database answer; how much the database holds."""
        counts = _read(db, lambda s: s.counts(("documents", "events")))
        return {
            "status": "ok",
            "version": __version__,
            "writable": db.writer is not None,
            "max_page": settings.max_page,
            **{k: counts[k] for k in ("documents", "events")},
        }

    @app.get("/api/events", tags=["events"], responses=_fails(400, 422, 429, 503))
    def list_events(
        date_from: Annotated[str | None, Query(alias="from", pattern=_DATE)] = None,
        date_to: Annotated[str | None, Query(alias="to", pattern=_DATE)] = None,
        country: Annotated[
            str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO alpha-2")
        ] = None,
        event_type: Annotated[str | None, Query(alias="type", max_length=100)] = None,
        actor: Annotated[
            str | None, Query(max_length=200, description="part of a name, or an alias (TNI)")
        ] = None,
        bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
        q: Annotated[
            str | None, Query(max_length=500, description="words in a source article")
        ] = None,
        min_fatalities: Annotated[int | None, Query(ge=0, le=10**9)] = None,
        limit: Annotated[int, Query(ge=1, le=settings.max_page)] = 100,
        cursor: Annotated[str | None, Query(max_length=500)] = None,
        sub_type: Annotated[str | None, Query(max_length=100)] = None,
        admin1: Annotated[str | None, Query(max_length=200)] = None,
        review_status: Annotated[str | None, Query(pattern=_STATUS)] = None,
    ) -> Response:
        """Merged events, by date then id, one page at a time (pass `next` as `cursor`)."""
        _printable(country, event_type, actor, bbox, q, cursor, sub_type, admin1)
        _calendar(from_=date_from, to=date_to)
        where = EventFilter(
            date_from, date_to, country.upper() if country else None, event_type, actor,
            _bbox(bbox), q, min_fatalities, sub_type, admin1, review_status,
        )  # fmt: skip
        after = _decode_cursor(cursor) if cursor else None
        rows = _read(db, lambda s: s.page(where, after=after, limit=limit + 1))
        more = len(rows) > limit
        rows = rows[:limit]
        _, date, last = rows[-1] if more else (None, None, None)
        cursor = _encode_cursor(date or "", last) if last is not None else None
        events = ",".join(summary for summary, _, _ in rows)  # JSON from SQLite, as it is
        return Response(f'{{"events":[{events}],"next":{json.dumps(cursor)}}}',
                        media_type="application/json")  # fmt: skip

    places = _Places(settings.gazetteer)

    @app.get("/api/places", tags=["review"], responses=_fails(400, 422, 429, 503))
    def find_places(
        name: Annotated[str, Query(min_length=1, max_length=200)],
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Any:
        """Gazetteer places a name may refer to, best first: for placing an event by hand."""
        _printable(name)
        found = places.lookup(name, country.upper() if country else None, limit)
        return _json_body({"places": [
            {"id": p.id, "name": p.name, "country": p.country, "admin1": p.admin1,
             "admin2": p.admin2, "feature_code": p.feature_code, "lat": p.lat, "lon": p.lon,
             "precision": p.precision}
            for p in found
        ]})  # fmt: skip

    @app.get("/api/map/labels", tags=["map"], responses=_fails(422, 429, 503))
    def map_labels(
        bbox: Annotated[str, Query(description="west,south,east,north in degrees")],
        limit: Annotated[int, Query(ge=1, le=100)] = 40,
    ) -> Any:
        """The most populous towns in a box, for the map's labels at higher zoom."""
        found = places.largest(_box(bbox), limit)
        return _json_body({"places": [
            {"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
             "population": p.population}
            for p in found
        ]})  # fmt: skip

    @app.get("/api/facets", tags=["events"], responses=_fails(429, 503))
    def facets() -> dict[str, Any]:
        """The countries and event types in the database, with their event counts."""
        found = _read(db, lambda s: s.facets())
        return {
            "countries": [
                {"code": c, "name": country_name(c) or c, "count": n} for c, n in found["country"]
            ],
            "event_types": [{"name": t, "count": n} for t, n in found["event_type"]],
            "admin1": [{"name": a, "count": n} for a, n in found["admin1"]],
            "actors": [{"name": a, "count": n} for a, n in found["actor"]],
        }

    @app.get("/api/taxonomy", tags=["meta"], responses=_fails(429))
    def get_taxonomy() -> dict[str, Any]:
        """ACLED's event types with their sub-types, which are violent, and the map's colours."""
        return taxonomy.for_clients()

    @app.get("/api/events/{event_id}", tags=["events"], responses=_fails(404, 429, 503))
    def get_event(event_id: str) -> Any:
        """One merged event: its fields, claims with claimants, evidence, sources, and why its reports merged."""
        found = _read(db, lambda s: s.event(event_id, prefix=True))
        if found is None:
            raise ApiError(404, f"no event {event_id!r} (nor one event whose id starts so)")
        return _json_body(codec.to_dict(found))

    @app.get("/api/events/{event_id}/history", tags=["review"], responses=_fails(404, 429, 503))
    def get_history(event_id: str) -> Any:
        """An event's review: its status, each reviewed field (the analyst's value, the
        machine's, any conflict a later merge brought), and every change, oldest first."""
        found = _read(db, lambda s: _history(s, event_id))
        if found is None:
            raise ApiError(404, f"no event {event_id!r}")
        return _json_body(found)

    def review(event_id: str, changes: dict[str, Any], action: str, by: str | None,
               note: str | None, authorization: str | None) -> Any:  # fmt: skip
        _may_write(settings, authorization)
        _printable(by)
        if db.writer is None:
            raise ApiError(503, f"{settings.db} is read-only here; nothing can be stored")
        with db.write_lock:
            store = db.writer
            found = store.event(event_id, prefix=True)
            if found is None:
                raise ApiError(404, f"no event {event_id!r}")
            if action == "edit" and found.review_status in ("unreviewed", "accepted"):
                changes = {**changes, "review_status": "edited"}
            with store.transaction():
                merged, logged = store.review(
                    found.event.id, changes, who=(by or "").strip() or "analyst", note=note,
                    action=action,
                )  # fmt: skip
            history = _history(store, merged.event.id)
        return _json_body({"event": codec.to_dict(merged), "logged": logged, "history": history})

    def regroup(old_ids: list[str], split: list[str] | None, body: Regroup,
                authorization: str | None) -> Any:  # fmt: skip
        _may_write(settings, authorization)
        _printable(body.by)
        if db.writer is None:
            raise ApiError(503, f"{settings.db} is read-only here; nothing can be stored")
        with db.write_lock:
            store = db.writer
            found = [store.event(i, prefix=True) for i in old_ids]
            missing = [i for i, m in zip(old_ids, found, strict=True) if m is None]
            if missing:
                raise ApiError(404, f"no event {missing[0]!r}")
            ids = [m.event.id for m in found if m is not None]
            if split is None:
                groups = [[r for m in found if m is not None for r in m.reports]]
            else:
                rest = [r for m in found if m is not None for r in m.reports if r not in split]
                groups = [rest, list(split)]
            with store.transaction():
                new = store.regroup(
                    ids, groups, who=(body.by or "").strip() or "analyst", note=body.note,
                    action="split" if split is not None else "merge",
                )  # fmt: skip
        return _json_body({"events": [codec.to_dict(m) for m in new]})

    @app.post("/api/events/merge", tags=["review"], responses=_fails(401, 404, 413, 422, 429, 503))
    def merge_events(body: Regroup, authorization: Annotated[str | None, Header()] = None) -> Any:
        """Merge events an analyst knows to be one (`events`: two or more ids): one event
        with all their reports, logged; a later merge keeps them together."""
        if len(body.events) < 2:
            raise ApiError(422, "events: name at least two events to merge")
        return regroup(body.events, None, body, authorization)

    @app.post(
        "/api/events/{event_id}/split",
        tags=["review"],
        responses=_fails(401, 404, 413, 422, 429, 503),
    )
    def split_event(
        event_id: str, body: Regroup, authorization: Annotated[str | None, Header()] = None
    ) -> Any:
        """Split the reports named (`reports`) off an event into an event of their own."""
        if not body.reports:
            raise ApiError(422, "reports: name the reports to split off")
        return regroup([event_id], body.reports, body, authorization)

    @app.post(
        "/api/events/{event_id}/review",
        tags=["review"],
        responses=_fails(401, 404, 413, 422, 429, 503),
    )
    def review_event(
        event_id: str, verdict: Verdict, authorization: Annotated[str | None, Header()] = None
    ) -> Any:
        """Accept or reject an event (or set it back to unreviewed), with a note."""
        return review(event_id, {"review_status": verdict.status}, verdict.status, verdict.by,
                      verdict.note, authorization)  # fmt: skip

    @app.post(
        "/api/events/{event_id}/edit",
        tags=["review"],
        responses=_fails(401, 404, 413, 422, 429, 503),
    )
    def edit_event(
        event_id: str, edit: Edit, authorization: Annotated[str | None, Header()] = None
    ) -> Any:
        """Correct fields of an event; each change is logged, and the edit outlives re-merges."""
        if not edit.changes:
            raise ApiError(422, "changes: give at least one field")
        if "review_status" in edit.changes:
            raise ApiError(422, "changes: set review_status through /review")
        return review(event_id, edit.changes, "edit", edit.by, edit.note, authorization)

    @app.get("/api/documents/{document_id}", tags=["documents"], responses=_fails(404, 429, 503))
    def get_document(document_id: str) -> Any:
        """One stored article: its cleaned text (what evidence offsets index) and metadata."""
        found = _read(db, lambda s: s.document(document_id))
        if found is None:
            raise ApiError(404, f"no document {document_id!r}")
        return _json_body(codec.to_dict(found))

    @app.api_route(
        "/api/export",
        methods=["GET", "HEAD"],
        tags=["events"],
        response_class=StreamingResponse,
        responses={
            200: {
                "content": {media: {} for media, _ in export.MEDIA_TYPES.values()},
                "description": "The file",
            },
            **_fails(400, 422, 429),
        },
    )
    def export_events(
        request: Request,
        format: export.Streamed = "acled-csv",
        date_from: Annotated[str | None, Query(alias="from", pattern=_DATE)] = None,
        date_to: Annotated[str | None, Query(alias="to", pattern=_DATE)] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
        event_type: Annotated[str | None, Query(alias="type", max_length=100)] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        q: Annotated[str | None, Query(max_length=500)] = None,
        min_fatalities: Annotated[int | None, Query(ge=0, le=10**9)] = None,
        sub_type: Annotated[str | None, Query(max_length=100)] = None,
        admin1: Annotated[str | None, Query(max_length=200)] = None,
        review_status: Annotated[str | None, Query(pattern=_STATUS)] = None,
        rejected: Annotated[bool, Query(description="include rejected events")] = False,
    ) -> Response:
        """The filtered events as a file (ACLED CSV, UCDP GED CSV, GeoJSON or JSON Lines),
        streamed; events an analyst rejected are left out unless `rejected=true`."""
        _printable(country, event_type, actor, q, sub_type, admin1)
        _calendar(from_=date_from, to=date_to)
        where = EventFilter(
            date_from, date_to, country.upper() if country else None, event_type, actor, None, q,
            min_fatalities, sub_type, admin1, review_status, rejected,
        )  # fmt: skip
        media, suffix = export.MEDIA_TYPES[format]
        headers = {"Content-Disposition": f'attachment; filename="warta-events.{suffix}"'}
        if request.method == "HEAD":  # what a GET would send, without making the file
            return Response(media_type=media, headers=headers)
        chunks = _stream(lambda out: _export(settings.db, where, format, out))
        try:  # a file that cannot be read fails here, before the response starts: a JSON error
            first = [next(chunks)]
        except StopIteration:
            first = []
        except ExportAborted as err:
            raise ApiError(503, str(err)) from err
        return StreamingResponse(
            itertools.chain(first, chunks),
            media_type=media,
            headers=headers,
        )

    @app.post("/api/extract", tags=["extraction"], responses=_fails(401, 413, 422, 429, 503))
    async def extract_article(
        article: Article, authorization: Annotated[str | None, Header()] = None
    ) -> Any:
        """Extract the events of one article (text or HTML); nothing is stored."""
        _may_write(settings, authorization)
        return _json_body(codec.to_dict(await db.extractor.run(article)))

    @app.post(
        "/api/documents",
        tags=["documents"],
        status_code=201,
        responses=_fails(401, 413, 422, 429, 500, 503),
    )
    async def add_document(
        article: Article,
        response: Response,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Store an article with its events, merged into the database (as `warta ingest` does)."""
        from .ingest import store_results

        _may_write(settings, authorization)
        writer = db.writer
        if writer is None:
            raise ApiError(503, f"{settings.db} is read-only here; nothing can be stored")
        result = await db.extractor.run(article)
        doc = result.document

        def store() -> tuple[Any, str, list[str]]:
            with db.write_lock:
                try:
                    stats = store_results([(doc, result)], writer)
                except StoreError as err:
                    raise ApiError(503, str(err)) from err
                stored_as = writer.stored_id(doc) or doc.id
                return stats, stored_as, writer.events_of_document(stored_as)

        stats, stored_as, events = await anyio.to_thread.run_sync(store, limiter=db.write_limiter)
        if stats.duplicates:
            response.status_code = 200
        return {"document_id": stored_as, "stored": bool(stats.stored), "events": events}


class _Places:
    """The gazetteer, opened on first use (read-only, shared by the threads under a lock)."""

    def __init__(self, path: Path | None) -> None:
        self.path, self.lock = path, threading.Lock()
        self.gazetteer: Any = None

    def lookup(self, name: str, country: str | None, limit: int) -> tuple[Any, ...]:
        return self._ask(lambda g: g.lookup(name, country=country, limit=limit))

    def largest(self, box: tuple[float, float, float, float], limit: int) -> tuple[Any, ...]:
        south, west, north, east = box
        return self._ask(lambda g: g.largest(south, west, north, east, limit=limit))

    def _ask(self, question: Callable[[Any], tuple[Any, ...]]) -> tuple[Any, ...]:
        """Run one query on the gazetteer, opening it on first use; 503 when there is none."""
        from .geo.gazetteer import Gazetteer
        from .geo.paths import default_path

        with self.lock:
            try:
                if self.gazetteer is None:
                    self.gazetteer = Gazetteer.open(self.path or default_path())
                return question(self.gazetteer)
            except WartaError as err:
                raise ApiError(503, f"no gazetteer to search ({err})") from err


def _box(text: str) -> tuple[float, float, float, float]:
    """(south, west, north, east) from 'west,south,east,north', checked."""
    try:
        west, south, east, north = (float(x) for x in text.split(","))
    except ValueError:
        raise ApiError(422, f"bbox {text!r}: give four numbers, west,south,east,north") from None
    if not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
        raise ApiError(422, f"bbox {text!r}: south < north within ±90, west < east within ±180")
    return south, west, north, east


def _may_write(settings: Settings, authorization: str | None) -> None:
    """Writing endpoints need the bearer token when the server was given one."""
    if settings.token and authorization != f"Bearer {settings.token}":
        raise ApiError(
            401, "this server needs a token for writing: send 'Authorization: Bearer <token>'"
        )


def _history(store: Store, event_id: str) -> dict[str, Any] | None:
    found = store.event(event_id, prefix=True)
    return store.review_history(found.event.id) if found is not None else None


def _calendar(**dates: str | None) -> None:
    """Refuse dates of the right shape that are no day of the calendar (2024-13-01)."""
    from datetime import date

    for name, value in dates.items():
        if value is None:
            continue
        try:
            date.fromisoformat(value)
        except ValueError as err:
            raise ApiError(
                422, f"{name.rstrip('_')}: {value!r} is not a date of the calendar"
            ) from err


def _document(article: Article) -> Document:
    """The posted article as a Document, read by the same code as `warta read`."""
    from .read.html import from_html
    from .read.jsonl import from_record

    if (article.text is None) == (article.html is None):
        raise ApiError(422, "send exactly one of 'text' and 'html'")
    body = article.text if article.text is not None else article.html or ""
    doc_id = article.id or "api-" + hashlib.sha1(body.encode("utf-8", "replace")).hexdigest()[:16]
    options = ReadOptions(language=article.language or "auto", published=article.published)
    found: Document | Problem
    if article.text is not None:
        record = article.model_dump(exclude={"html"}) | {"id": doc_id, "source": "api"}
        found = from_record(record, "request", doc_id, options)
    else:
        found = next(from_html(body, "request", doc_id, options, url=article.url))
        if isinstance(found, Document):
            found = _with(found, article)
    if isinstance(found, Problem):
        raise ApiError(422, found.message)
    return found


def _with(doc: Document, article: Article) -> Document:
    from dataclasses import replace

    given = {k: v for k in ("url", "title", "outlet") if (v := getattr(article, k))}
    return replace(doc, **given)


def _json_body(data: Any) -> Response:
    """A JSON response made with json.dumps (FastAPI's encoder is several times slower)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body, media_type="application/json")


def _printable(*values: str | None) -> None:
    """Refuse control characters (C0, DEL, C1) in query parameters (SQLite would cut a
    string at a NUL)."""
    for value in values:
        if value and any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value):
            raise ApiError(400, f"parameter {value!r} holds control characters")


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in text.split(","))
    except ValueError as err:
        raise ApiError(400, f"bbox {text!r}: expected min_lon,min_lat,max_lon,max_lat") from err
    if not (-90 <= min_lat <= max_lat <= 90 and -360 <= min_lon <= 360 and -360 <= max_lon <= 360):
        raise ApiError(400, f"bbox {text!r}: latitudes must be within [-90, 90] and min <= max")
    if max_lon - min_lon >= 360:
        min_lon, max_lon = -180.0, 180.0
    return _wrap(min_lon), min_lat, _wrap(max_lon), max_lat


def _wrap(lon: float) -> float:
    return lon if -180 <= lon <= 180 else (lon + 180) % 360 - 180


def _encode_cursor(date: str, event_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([date, event_id]).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        date, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if isinstance(date, str) and isinstance(event_id, str):
            return date, event_id
    except (ValueError, TypeError, binascii.Error):
        pass
    raise ApiError(400, "bad cursor: pass the 'next' value of the previous page unchanged")


def _export(path: Path, where: EventFilter, fmt: str, out: Any) -> None:
    with Store.open(path, readonly=True) as store:
        export.write(store.events(where), fmt, out)


class _QueueWriter(io.RawIOBase):
    """A binary file whose writes go into a queue, for streaming what a writer thread writes."""

    def __init__(self, chunks: queue.Queue[bytes | BaseException | None]) -> None:
        self.chunks = chunks
        self.gone = False  # the client went away: stop writing

    def write(self, data: Any) -> int:
        if self.gone:
            raise BrokenPipeError("the client went away")
        self.chunks.put(bytes(data))
        return len(data)

    def writable(self) -> bool:
        return True


class ExportAborted(Exception):
    """An export failed after (or before) its response started: the connection is closed
    without the chunked body's end, so the client sees a cut download, not a clean 200."""


def _stream(write: Callable[[Any], None]) -> Iterator[bytes]:
    """Run `write(file)` in a thread and yield what it writes, chunk by chunk; a failure
    raises ExportAborted."""
    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=64)
    raw = _QueueWriter(chunks)

    def run() -> None:
        try:
            buffered = io.BufferedWriter(raw, buffer_size=64 * 1024)
            write(buffered)
            buffered.flush()
            chunks.put(None)
        except BrokenPipeError:
            pass
        except BaseException as err:  # noqa: BLE001 - handed to the reading side
            chunks.put(err)

    threading.Thread(target=run, daemon=True).start()
    try:
        while (chunk := chunks.get()) is not None:
            if isinstance(chunk, BaseException):
                log.error("export failed: %s", chunk)
                raise ExportAborted(f"export failed ({chunk})")  # never a clean end
            yield chunk
    finally:
        raw.gone = True
        while not chunks.empty():  # unblock a writer waiting on a full queue
            chunks.get_nowait()


def status_of(err: WartaError) -> int:
    """The HTTP status of a warta error crossing into the API: the client's input 4xx, the
    store's faults 503 (try again later), anything else a bug of ours (500)."""
    from .export import ExportError
    from .read.bounds import TooLarge

    for kind, status in ((TooLarge, 413), (InputError, 422), (ExportError, 400), (StoreError, 503)):
        if isinstance(err, kind):
            return status
    return 500


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, err: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": err.detail}, status_code=err.status_code, headers=err.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        message = (
            f"{where}: {first.get('msg', 'invalid')}"
            if where
            else first.get("msg", "invalid request")
        )
        return JSONResponse({"error": message}, status_code=422)

    @app.exception_handler(WartaError)
    async def warta_error(_request: Request, err: WartaError) -> JSONResponse:
        status = status_of(err)
        if status == 500:
            log.error("%s: %s", type(err).__name__, err)
        return JSONResponse({"error": str(err)}, status_code=status)

    @app.exception_handler(Exception)
    async def crash(_request: Request, err: Exception) -> JSONResponse:
        log.exception("unexpected error")
        # this handler runs outside the middleware, so it adds the security headers itself
        headers = {k.decode(): v.decode() for k, v in _SecurityHeaders.HEADERS}
        return JSONResponse({"error": f"internal error ({type(err).__name__})"}, 500, headers)


def _ui(app: FastAPI, settings: Settings) -> None:
    web = Path(str(resources.files("warta") / "web"))
    assets = settings.assets or default_assets()
    if not (assets / "leaflet").is_dir():
        log.warning(
            "%s: the UI's npm packages are missing (run `make setup`); the map will not load",
            assets,
        )

    @app.get("/api/map/borders/{country}", tags=["map"], responses=_fails(404, 422, 429))
    def map_borders(country: str) -> Any:
        """A country's admin-1 borders as GeoJSON (packaged Natural Earth shapes)."""
        if len(country) != 2 or not country.isalpha():
            raise ApiError(422, f"{country!r}: not an ISO 3166-1 alpha-2 country code")
        try:
            return _json_body(borders.admin1(assets, country))
        except borders.NoBorders as err:
            raise ApiError(404, str(err)) from err

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(web / "docs.html")

    app.mount("/static", StaticFiles(directory=web, check_dir=False), name="static")
    for name, folder in VENDOR.items():
        app.mount(
            f"/vendor/{name}", StaticFiles(directory=assets / folder, check_dir=False), name=name
        )


def default_assets() -> Path:
    """node_modules of the checkout warta runs from (set-up installs it there), else ./node_modules."""
    here = Path(__file__).resolve().parents[2] / "node_modules"
    return here if here.is_dir() else Path("node_modules").resolve()


class _BodyLimit:
    """Refuse request bodies over `max_body` bytes (413), declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, self.max_body)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await _refuse(send, self.max_body)


class _RateLimit:
    """Token buckets per client address, one for reads and one for writes: a client may
    send `rate` requests a second on average and bursts of twice that; beyond, 429."""

    def __init__(self, app: ASGIApp, read: float, write: float) -> None:
        self.app = app
        self.rates = {"GET": read, "POST": write}
        self.buckets: dict[tuple[str, str], tuple[float, float]] = {}  # -> (tokens, time)
        self.lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and (path.startswith("/api/") or path == "/health"):
            kind = "POST" if scope["method"] == "POST" else "GET"
            if not self._allow(scope, kind):
                message = (
                    f"too many requests: at most {self.rates[kind]:g} a second from one client"
                )
                await _json(send, 429, message, ((b"retry-after", b"1"),))
                return
        await self.app(scope, receive, send)

    def _allow(self, scope: Scope, kind: str) -> bool:
        rate = self.rates[kind]
        if rate <= 0:
            return True
        key = ((scope.get("client") or ("?", 0))[0], kind)
        now = time.monotonic()
        with self.lock:
            tokens, then = self.buckets.get(key, (2 * rate, now))
            tokens = min(2 * rate, tokens + (now - then) * rate)
            if len(self.buckets) > 10_000:  # forget idle clients
                self.buckets.clear()
            self.buckets[key] = (tokens - 1, now) if tokens >= 1 else (tokens, now)
            return tokens >= 1


class _TooLarge(StarletteHTTPException):
    """A streamed body over the limit: an HTTPException, so that FastAPI, reading the body,
    passes it on as it is (413) instead of calling it a body it could not parse (400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the limit of {limit} bytes")


async def _refuse(send: Send, limit: int) -> None:
    await _json(send, 413, f"request body over the limit of {limit} bytes")


async def _json(
    send: Send, status: int, message: str, headers: tuple[tuple[bytes, bytes], ...] = ()
) -> None:
    """An error response sent from a middleware, before the app sees the request."""
    body = json.dumps({"error": message}).encode()
    head = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": [*head, *headers]})
    await send({"type": "http.response.body", "body": body})


class _SecurityHeaders:
    """Headers every response carries: a strict CSP, no sniffing, no framing, no referrer."""

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        # an export failing under way: uvicorn closes the connection, the body unfinished
        with contextlib.suppress(ExportAborted):
            await self.app(scope, receive, with_headers)


class _HostCheck:
    """Answer only requests whose Host header names this server: loopback names, and those
    of `--allowed-host` ("*": any). A web page on another name that resolves to this
    machine (DNS rebinding) gets 400. Redirects are made relative, never built from Host."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.any = "*" in allowed
        self.allowed = {*LOOPBACK_NAMES, *(_host_name(h) for h in allowed)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if not self.any and _host_name(host) not in self.allowed:
            message = f"host {host[:100]!r} is not served here (warta serve --allowed-host)"
            await _json(send, 400, message)
            return

        async def relative(message: Message) -> None:
            if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
                message["headers"] = [
                    (k, _path_only(v) if k.lower() == b"location" else v)
                    for k, v in message.get("headers", [])
                ]
            await send(message)

        await self.app(scope, receive, relative)


def _host_name(host: str) -> str:
    """The name of a Host header, without its port: "[::1]:8000" -> "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0].rstrip(".") if host.count(":") == 1 else host.rstrip(".")


def _path_only(location: bytes) -> bytes:
    """A redirect's target without scheme and host: "http://evil/static/" -> "/static/"."""
    for scheme in (b"http://", b"https://"):
        if location.lower().startswith(scheme):
            rest = location[len(scheme) :]
            return b"/" + rest.split(b"/", 1)[1] if b"/" in rest else b"/"
    return location


class HttpProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with two more bounds: a connection must send a request's
    head within `header_timeout` seconds of opening (or of its last response), and at most
    `max_connections` are open at once (newer ones are closed at once), so clients holding
    half-sent requests cannot use up the server's files (`warta serve --header-timeout`,
    `--max-connections`)."""

    header_timeout = 10.0
    max_connections = 1000

    @classmethod
    def configure(cls, settings: Settings) -> None:
        cls.header_timeout = settings.header_timeout
        cls.max_connections = settings.max_connections or connection_limit()
        _quiet_repeats()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # uvicorn's protocol takes asyncio.Transport, BaseTransport in the stub
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            logging.getLogger("warta.api.connections").warning(
                "more than %d connections open: new ones are closed (--max-connections)",
                self.max_connections,
            )
            transport.close()
            return
        self._expect_head()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._expect_head()

    def _expect_head(self) -> None:
        if self.header_timeout <= 0:
            return
        cycle = self.cycle

        def expire() -> None:
            if self.cycle is cycle and not self.transport.is_closing():
                self.transport.close()  # no request head in time

        self.loop.call_later(self.header_timeout, expire)


def connection_limit() -> int:
    """Connections one server process may hold: half its open-file limit (the rest is room
    for the database, the extraction process, static files and a burst of connections
    accepted at once, see `listen_backlog`), at most 1,000."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 1000 if soft < 0 else max(16, min(1000, soft // 2))


def listen_backlog() -> int:
    """The listening socket's backlog: asyncio accepts up to this many connections in one
    pass of its loop, and a connection turned away holds its file for about four passes
    (accepted, transport made, `connection_made` closes it, the socket is closed), so
    accepted-but-unchecked connections can hold four backlogs of files on top of the
    `connection_limit` kept open: a sixteenth of the open-file limit keeps the sum at
    three quarters of it (256 files: 128 kept + 4 x 16 in flight)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 128 if soft < 0 else max(8, min(128, soft // 16))


class _OncePerInterval(logging.Filter):
    """Let the same message through once a minute, on one line (no traceback): running out
    of files makes asyncio and uvicorn log it for every connection they try."""

    def __init__(self, seconds: float = 60.0) -> None:
        super().__init__()
        self.seconds = seconds
        self.last: dict[tuple[str, str], float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key = (record.name, str(record.msg))
        now = time.monotonic()
        if now - self.last.get(key, -self.seconds) < self.seconds:
            return False
        if len(self.last) > 1000:
            self.last.clear()
        self.last[key] = now
        if record.exc_info and record.exc_info[1] is not None:
            record.msg, record.args = f"{record.getMessage()} ({record.exc_info[1]})", ()
            record.exc_info = record.exc_text = None
        return True


def _quiet_repeats() -> None:
    for name in ("asyncio", "warta.api.connections"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _OncePerInterval) for f in logger.filters):
            logger.addFilter(_OncePerInterval())
