"""The `warta` command: a thin layer over the library."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

import typer

from . import codec, export
from .errors import WartaError
from .limits import MAX_CHARS, SECONDS, Limits
from .model import Document, Result
from .progress import track
from .read import Kind, ReadOptions
from .read.bounds import MAX_BYTES
from .store import BATCH_DOCUMENTS, EventFilter, Store

app = typer.Typer(
    help="warta: conflict news in, ACLED-style events with attributed claims and evidence out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("warta")


class ReadFormat(StrEnum):
    jsonl = "jsonl"
    text = "text"


KindChoice = Literal["auto", Kind]


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log details to stderr.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only errors on stderr; no progress.")
    ] = False,
) -> None:
    """Read conflict news and code the events it reports."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)


Paths = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]
Language = Annotated[str, typer.Option(help="auto, or a language code to force (id, en, ...).")]
Published = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents that state none.")
]


TextField = Annotated[str, typer.Option(help="JSON field holding the article text.")]
IdField = Annotated[str, typer.Option(help="JSON field holding the document id.")]
TitleField = Annotated[str, typer.Option(help="JSON field holding the title.")]
UrlField = Annotated[str, typer.Option(help="JSON field holding the URL.")]
DateField = Annotated[str, typer.Option(help="JSON field holding the publication date.")]
OutletField = Annotated[str, typer.Option(help="JSON field holding the outlet.")]
KindOption = Annotated[
    KindChoice, typer.Option(help="Input kind; auto picks by extension and content.")
]
Report = Annotated[bool, typer.Option(help="Print a read/skipped summary to stderr.")]
MaxBytes = Annotated[
    int,
    typer.Option(min=1, help="Largest file, JSON record, WARC record or zip member read, in "
                 "bytes after decompression; larger ones are reported and skipped."),
]  # fmt: skip
MaxChars = Annotated[
    int, typer.Option(min=1, help="Longest document extracted, in characters of clean text.")
]
TimeLimit = Annotated[
    float, typer.Option(min=0, help="Seconds one document's extraction may take (0: no limit).")
]
GazetteerPath = Annotated[
    Path | None, typer.Option("--gazetteer", help="Gazetteer file (default: $WARTA_GAZETTEER).")
]
Workers = Annotated[
    int | None,
    typer.Option(min=1, help="Processes extracting in parallel (default: the cores; 1: no pool)."),
]


def _documents(paths: list[str], options: ReadOptions, counts: Counter[str]) -> Iterator[Document]:
    """Documents of the inputs; each problem is one line on stderr and a count."""
    from .read import Problem, read_paths

    for item in read_paths(paths, options):
        if isinstance(item, Problem):
            counts["skipped" if item.skipped else "warnings"] += 1
            typer.echo(f"{'error' if item.skipped else 'warning'}: {item}", err=True)
            continue
        counts["read"] += 1
        yield item


def _options(
    language: str,
    published_default: str | None,
    kind: KindChoice,
    max_bytes: int,
    detect_language: bool = True,
    **fields: str,
) -> ReadOptions:
    from .read import FieldNames

    return ReadOptions(language=language, published=published_default, kind=kind,
                       fields=FieldNames(**fields), max_bytes=max_bytes,
                       detect_language=detect_language)  # fmt: skip


def _limits(max_chars: int, time_limit: float) -> Limits:
    return Limits(max_chars=max_chars, seconds=time_limit)


def _finish(counts: Counter[str], report: bool, what: str = "") -> None:
    if report:
        typer.echo(
            f"read {counts['read']} documents; skipped {counts['skipped']}; {counts['warnings']} warnings{what}",
            err=True,
        )
    if counts["skipped"] or counts["failed"] or not counts["read"]:
        raise typer.Exit(1)


@app.command()
def read(
    paths: Paths,
    format: Annotated[
        ReadFormat, typer.Option(help="Output: JSON Lines or plain text.")
    ] = ReadFormat.jsonl,
    language: Language = "auto",
    published: Published = None,
    kind: KindOption = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    url_field: UrlField = "url",
    published_field: DateField = "published",
    outlet_field: OutletField = "outlet",
    segments: Annotated[
        bool, typer.Option(help="Add paragraphs, sentences and tokens (jsonl).")
    ] = False,
    report: Report = False,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Read articles into clean documents with exact offsets; print one per line."""
    from .lang.segment import segment

    options = _options(language, published, kind, max_bytes, id=id_field, text=text_field, url=url_field,
                       outlet=outlet_field, title=title_field, published=published_field)  # fmt: skip
    counts: Counter[str] = Counter()
    out = sys.stdout
    try:
        for doc in track(_documents(paths, options, counts), "reading", enabled=not _quiet()):
            if format is ReadFormat.text:
                out.write(_as_text(doc))
            elif segments:
                record = codec.to_dict(doc)
                record["segments"] = codec.to_dict(segment(doc.text, doc.language))
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(codec.dumps(doc) + "\n")
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    _finish(counts, report)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    text = "text"


@app.command()
def extract(
    paths: Paths,
    format: Annotated[
        ExtractFormat, typer.Option(help="jsonl (the records) or text (to read).")
    ] = ExtractFormat.jsonl,
    language: Language = "auto",
    published: Published = None,
    kind: KindOption = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    url_field: UrlField = "url",
    published_field: DateField = "published",
    outlet_field: OutletField = "outlet",
    gazetteer: GazetteerPath = None,
    report: Report = False,
    workers: Workers = None,
    max_bytes: MaxBytes = MAX_BYTES,
    max_chars: MaxChars = MAX_CHARS,
    time_limit: TimeLimit = SECONDS,
) -> None:
    """Extract the events articles report; print one JSON object per document."""
    from .parallel import default_workers, extract_stream

    options = _options(language, published, kind, max_bytes, id=id_field, text=text_field, url=url_field,
                       outlet=outlet_field, title=title_field, published=published_field,
                       detect_language=False)  # fmt: skip
    counts: Counter[str] = Counter()
    try:
        render = _jsonl_line if format is ExtractFormat.jsonl else _text_block
        outcomes = extract_stream(
            _documents(paths, options, counts), render, workers=workers or default_workers(),
            gazetteer=gazetteer, limits=_limits(max_chars, time_limit),
        )  # fmt: skip
        # closing(): on an error, the pool stops here, not in whichever thread collects it
        with closing(track(outcomes, "extracting", enabled=not _quiet())) as tracked:
            for doc, outcome in tracked:
                if isinstance(outcome, Exception) or outcome is None:  # one bad document: go on
                    counts["failed"] += 1
                    typer.echo(
                        f"error: {doc.source or doc.id}: extraction failed"
                        f" ({type(outcome).__name__}: {outcome})",
                        err=True,
                    )
                    continue
                events, text = outcome
                counts["events"] += events
                sys.stdout.write(text)
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    _finish(counts, report, f"; {counts['events']} events; {counts['failed']} failed")


DbOption = Annotated[Path, typer.Option("--db", help="The SQLite database (created when absent).")]


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = Path("warta.db"),
    language: Language = "auto",
    published: Published = None,
    kind: KindOption = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    url_field: UrlField = "url",
    published_field: DateField = "published",
    outlet_field: OutletField = "outlet",
    gazetteer: GazetteerPath = None,
    workers: Workers = None,
    max_bytes: MaxBytes = MAX_BYTES,
    max_chars: MaxChars = MAX_CHARS,
    time_limit: TimeLimit = SECONDS,
    batch: Annotated[
        int,
        typer.Option(
            min=1,
            help="Most documents committed in one transaction (also every "
            "0.5 s); 1 commits each document on its own.",
        ),
    ] = BATCH_DOCUMENTS,
) -> None:
    """Read, extract, store and merge articles into the database; safe to run again."""
    from .ingest import store_results
    from .parallel import default_workers, extract_stream, keep
    from .store import Store

    options = _options(language, published, kind, max_bytes, id=id_field, text=text_field, url=url_field,
                       outlet=outlet_field, title=title_field, published=published_field,
                       detect_language=False)  # fmt: skip
    counts: Counter[str] = Counter()

    def failed(doc: Document, err: Exception) -> None:
        typer.echo(
            f"error: {doc.source or doc.id}: extraction failed ({type(err).__name__}: {err})",
            err=True,
        )

    try:
        with Store.open(db) as store:
            # Extraction in the workers; storing and merging here, in input order, so the
            # store is the same whatever the number of workers.
            outcomes = extract_stream(
                _documents(paths, options, counts), keep, workers=workers or default_workers(),
                gazetteer=gazetteer, limits=_limits(max_chars, time_limit), skip=store.stored_id,
            )  # fmt: skip
            with closing(track(outcomes, "ingesting", enabled=not _quiet())) as tracked:
                stats = store_results(tracked, store, on_failure=failed, batch_documents=batch)
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(f"{stats.summary()}; {counts['skipped']} inputs skipped", err=True)
    if counts["skipped"] or stats.failed:
        raise typer.Exit(1)


@app.command()
def spark(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, globs; hdfs://, s3a://... URIs.")
    ],
    out: Annotated[
        str, typer.Option("--out", help="Folder (or hdfs://, s3a://... URI) for the tables.")
    ],
    master: Annotated[
        str | None, typer.Option(help="Spark master URL (default: spark-submit's, else local[2]).")
    ] = None,
    language: Language = "auto",
    published: Published = None,
    kind: KindOption = "auto",
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    url_field: UrlField = "url",
    published_field: DateField = "published",
    outlet_field: OutletField = "outlet",
    gazetteer: GazetteerPath = None,
    partitions: Annotated[
        int | None, typer.Option(help="Partitions to extract in (default: 2 per core).")
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace the tables of an earlier run.")] = False,
    max_bytes: MaxBytes = MAX_BYTES,
    max_chars: MaxChars = MAX_CHARS,
    time_limit: TimeLimit = SECONDS,
) -> None:
    """Read, extract and merge articles on Apache Spark into Parquet tables (docs/spark.md)."""
    from .spark import run_spark

    options = _options(language, published, kind, max_bytes, id=id_field, text=text_field, url=url_field,
                       outlet=outlet_field, title=title_field, published=published_field)  # fmt: skip
    try:
        stats = run_spark(paths, out, master=master, gazetteer=gazetteer, options=options,
                          partitions=partitions, overwrite=overwrite,
                          limits=_limits(max_chars, time_limit))  # fmt: skip
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    for line in stats.problems:
        typer.echo(line, err=True)
    more = stats.skipped + stats.failed + stats.warnings - len(stats.problems)
    if more > 0:
        typer.echo(f"... and {more} more problems in {out.rstrip('/')}/problems", err=True)
    typer.echo(stats.summary(), err=True)
    if stats.skipped or stats.failed:
        raise typer.Exit(1)


events_app = typer.Typer(
    help="List merged events, or show one with its sources.", invoke_without_command=True
)
app.add_typer(events_app, name="events")
FromOption = Annotated[str | None, typer.Option("--from", help="First date (YYYY-MM-DD).")]
ToOption = Annotated[str | None, typer.Option("--to", help="Last date (YYYY-MM-DD).")]
CountryOption = Annotated[str | None, typer.Option(help="ISO 3166 alpha-2 country code.")]
TypeOption = Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")]
ActorOption = Annotated[str | None, typer.Option(help="Part of an actor's name (either side).")]
TextOption = Annotated[
    str | None, typer.Option("--text", help="Words that must all occur in a source article.")
]
MinDeathsOption = Annotated[int | None, typer.Option(help="At least this many fatalities (best).")]


@events_app.callback()
def events(
    ctx: typer.Context,
    db: DbOption = Path("warta.db"),
    date_from: FromOption = None,
    date_to: ToOption = None,
    country: CountryOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    text: TextOption = None,
    min_fatalities: MinDeathsOption = None,
    limit: Annotated[int, typer.Option(help="How many events at most.")] = 50,
) -> None:
    """List merged events in a table: date, type, place, actors, fatalities, sources."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "date", "type", "place", "actors", "deaths", "sources", show_lines=False)
    with _open_store(db) as store:
        where = EventFilter(
            date_from, date_to, country, event_type, actor, None, text, min_fatalities
        )
        for m in store.events(where, limit=limit):
            e = m.event
            place = f"{e.location.name} ({e.location.country})" if e.location else ""
            actors = " vs ".join(a.name for a in (e.actor1, e.actor2) if a)
            deaths = (
                "" if e.fatalities is None or e.fatalities.best is None else str(e.fatalities.best)
            )
            table.add_row(
                e.id[:10],
                e.date or "",
                e.sub_event_type,
                place,
                actors,
                deaths,
                str(len(m.sources)),
            )
    Console().print(table)


@events_app.command("show")
def events_show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id (or its first characters).")],
) -> None:
    """Show one event: its fields, every claim with its claimant, its sources, and why they merged."""
    with _open_store(ctx.obj or Path("warta.db")) as store:
        found = store.event(event_id, prefix=True)
    if found is None:
        typer.echo(f"error: no event {event_id!r}", err=True)
        raise typer.Exit(1)
    e = found.event
    typer.echo(_summary(Result(Document(id=e.id, text=""), (e,))).split("\n", 1)[1].rstrip())
    typer.echo("sources:")
    for s in found.sources:
        typer.echo(
            f"    {s.document_id} {s.outlet or ''} {s.published or ''} {s.url or ''}".rstrip()
        )
    if found.merge_reasons:
        typer.echo("merged because:")
        for reason in found.merge_reasons:
            typer.echo(f"    {reason.text()}")


@contextmanager
def _open_store(db: Path) -> Iterator[Store]:
    """The database, read-only; a file that cannot be opened, or that turns out damaged
    while it is read, ends the command with one line naming it (exit 1)."""
    import sqlite3

    try:
        store = Store.open(db, readonly=True)
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    with store:
        try:
            yield store
        except sqlite3.DatabaseError as err:
            typer.echo(f"error: {db}: damaged ({err}); run `warta doctor --db {db}`", err=True)
            raise typer.Exit(1) from err


@app.command("export")
def export_events(
    format: Annotated[export.Format, typer.Option(help="Output format.")] = "acled-csv",
    db: DbOption = Path("warta.db"),
    date_from: FromOption = None,
    date_to: ToOption = None,
    country: CountryOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    text: TextOption = None,
    min_fatalities: MinDeathsOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    rejected: Annotated[
        bool, typer.Option("--rejected", help="Include events an analyst rejected.")
    ] = False,
) -> None:
    """Export merged events as ACLED CSV, UCDP GED CSV, GeoJSON, JSON Lines or Parquet."""

    try:
        with _open_store(db) as store:
            where = EventFilter(
                date_from, date_to, country, event_type, actor, None, text, min_fatalities,
                rejected=rejected,
            )  # fmt: skip
            events = store.events(where)
            if output is None:
                count = export.write(events, format, sys.stdout.buffer)
            else:
                with output.open("wb") as fh:
                    count = export.write(events, format, fh)
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    except OSError as err:
        typer.echo(f"error: {output}: cannot write ({err.strerror})", err=True)
        raise typer.Exit(1) from err
    typer.echo(f"exported {count} events as {format}", err=True)


@app.command()
def serve(
    db: DbOption = Path("warta.db"),
    host: Annotated[
        str, typer.Option(help="Address to listen on; other machines reach it only if told.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    gazetteer: Annotated[
        Path | None, typer.Option(help="Gazetteer file for extraction (default: $WARTA_GAZETTEER).")
    ] = None,
    max_body: Annotated[int, typer.Option(help="Largest request body, in bytes.")] = 2_000_000,
    max_page: Annotated[int, typer.Option(help="Most events in one page of /api/events.")] = 1000,
    query_timeout: Annotated[
        float, typer.Option(help="Seconds one database query may take.")
    ] = 5.0,
    token: Annotated[
        str | None,
        typer.Option(envvar="WARTA_TOKEN", help="Require this bearer token for writing endpoints."),
    ] = None,
    read_rate: Annotated[
        float, typer.Option(help="GET requests a second per client address (0: no limit).")
    ] = 200.0,
    write_rate: Annotated[
        float, typer.Option(help="POST requests a second per client address (0: no limit).")
    ] = 5.0,
    max_chars: MaxChars = MAX_CHARS,
    time_limit: TimeLimit = SECONDS,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes sharing the port (each has its own rate "
            "limits and extraction process).",
        ),
    ] = 1,
    extract_queue: Annotated[
        int,
        typer.Option(min=1, help="Articles waiting for or in extraction at once; more get 503."),
    ] = 4,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            help="A Host header name to answer besides loopback names (repeat it; '*': any)."
        ),
    ] = None,
    insecure: Annotated[
        bool,
        typer.Option(help="Listen beyond this machine without --token (anyone there can write)."),
    ] = False,
    header_timeout: Annotated[
        float, typer.Option(help="Seconds a connection may take to send a request's head.")
    ] = 10.0,
    max_connections: Annotated[
        int,
        typer.Option(
            min=0, help="Open connections per server process (0: from the open-file limit)."
        ),
    ] = 0,
    create: Annotated[
        bool, typer.Option("--create", help="Create the database when it does not exist.")
    ] = False,
) -> None:
    """Serve the database over HTTP: the API under /api, its docs at /docs, the map UI at /."""
    import uvicorn

    from .api import SETTINGS_VARIABLE, Settings, create_app, listen_backlog

    if not create and not db.exists():
        typer.echo(f"error: {db}: no such database (pass --create to start an empty one)", err=True)
        raise typer.Exit(1)

    if not _loopback(host) and not token and not insecure:
        typer.echo(
            f"error: --host {host} lets other machines reach the server, and without a token "
            "anyone there could store articles: pass --token (or $WARTA_TOKEN), or --insecure",
            err=True,
        )
        raise typer.Exit(2)
    if not _loopback(host) and not token:
        typer.echo(f"warning: --insecure: anyone who reaches {host}:{port} can write", err=True)
    hosts = tuple(allowed_host or ()) + (() if host in ("0.0.0.0", "::", "") else (host,))
    settings = Settings(db, gazetteer, max_body, max_page, query_timeout, token, read_rate,
                        write_rate, limits=_limits(max_chars, time_limit),
                        extract_queue=extract_queue, allowed_hosts=hosts,
                        header_timeout=header_timeout, max_connections=max_connections)  # fmt: skip
    try:
        application = create_app(settings)  # opens (and migrates) the database once, here
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(f"serving {db} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
    # HttpProtocol: uvicorn's, with a time limit on request heads and a connection limit
    bounds = {"http": "warta.api:HttpProtocol", "timeout_keep_alive": 5,
              "backlog": listen_backlog(), "log_level": "warning"}  # fmt: skip
    if workers == 1:
        uvicorn.run(application, host=host, port=port, **bounds)  # type: ignore[arg-type]  # uvicorn types its keyword options one by one; ours come as a dict
        return
    os.environ[SETTINGS_VARIABLE] = settings.to_json()  # for the worker processes
    uvicorn.run("warta.api:app_from_environment", factory=True, workers=workers, host=host,
                port=port, **bounds)  # type: ignore[arg-type]  # fmt: skip


def _loopback(host: str) -> bool:
    """Whether an address to listen on is reachable from this machine only."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def merge(
    db: DbOption = Path("warta.db"),
    policy: Annotated[
        str, typer.Option(help="The merge policy to merge by (v2: blocks.v2, the only one).")
    ] = "v2",
) -> None:
    """Merge a database's reports into events again by a policy (bringing a store merged by
    an older warta up to date); `warta ingest` does it too when it finds one."""
    from .merge import POLICY, remerge
    from .store import Store

    if policy not in ("v2", POLICY):
        typer.echo(f"error: unknown merge policy {policy!r} (known: v2)", err=True)
        raise typer.Exit(1)
    try:
        with Store.open(db) as store, store.transaction():
            before = store.merge_policy()
            count = remerge(store)
            reports = store.counts(("reports",))["reports"]
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(
        f"{db}: {reports} reports merged into {count} events by {POLICY} (was {before})", err=True
    )


@app.command()
def doctor(
    db: Annotated[Path | None, typer.Option("--db", help="A database to check.")] = None,
    gazetteer: GazetteerPath = None,
) -> None:
    """Check a database (integrity, indexes, warta's invariants) and the gazetteer; exit 1 on a problem."""
    from .doctor import check_database, check_gazetteer
    from .geo.paths import default_path

    findings = list(check_gazetteer(gazetteer or default_path()))
    if db is not None:
        findings += check_database(db)
    for finding in findings:
        typer.echo(str(finding), err=not finding.ok)
    if not all(f.ok for f in findings):
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    files: Annotated[
        list[Path], typer.Argument(help="Gold files (*.gold.json), then the predictions (.jsonl).")
    ],
    verbose_table: Annotated[
        bool, typer.Option("--details/--no-details", help="Show each gold event.")
    ] = True,
    min_f1: Annotated[float, typer.Option(help="Exit 1 when micro F1 is below this.")] = 0.0,
) -> None:
    """Score `warta extract` output against hand-coded gold files."""
    from .evaluate import score

    if len(files) < 2:
        typer.echo("error: give at least one gold file and then the predictions file", err=True)
        raise typer.Exit(2)
    *golds, predictions = files
    try:
        total, per_file = score(golds, predictions)
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    for name, tally in per_file:
        typer.echo(f"{name}: {tally.summary()}")
        if verbose_table:
            for line in tally.lines:
                typer.echo(line)
    typer.echo(f"TOTAL {total.summary()}")
    if total.f1 < min_f1:
        raise typer.Exit(1)


gazetteer_app = typer.Typer(
    help="Build, inspect and query the offline gazetteer.", no_args_is_help=True
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    out: Annotated[
        Path | None, typer.Option(help="File to write (default: $WARTA_GAZETTEER).")
    ] = None,
    idn_area_dir: Annotated[
        Path | None, typer.Option(help="npm package idn-area-data (Indonesia's admin units).")
    ] = None,
) -> None:
    """Build the gazetteer from packaged GeoNames, ISO 3166 and Indonesian data."""
    from .geo import build_gazetteer
    from .geo.build import find_idn_area_dir
    from .geo.paths import default_path

    target = out or default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    area = find_idn_area_dir(idn_area_dir or Path("node_modules"))
    if area is None:
        typer.echo("warning: idn-area-data not found; Indonesian admin units left out", err=True)
    try:
        stats = build_gazetteer(target, idn_area_dir=area, progress=lambda m: log.info("%s", m))
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(f"built {target}: {stats}", err=True)


@gazetteer_app.command("import")
def gazetteer_import(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dumps: allCountries.txt, XX.zip, alternateNamesV2, admin codes."
        ),
    ],
    gazetteer: GazetteerPath = None,
    classes: Annotated[
        str | None, typer.Option(help="Feature classes to keep, e.g. PA (default: all).")
    ] = None,
) -> None:
    """Add GeoNames dumps to the gazetteer (written to a new file, then swapped in)."""
    from .geo.importer import import_geonames
    from .geo.paths import default_path

    try:
        stats = import_geonames(
            files, gazetteer or default_path(), classes=set(classes) if classes else None,
            progress=lambda m: log.info("%s", m),
        )  # fmt: skip
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(
        f"imported {', '.join(stats.files)} into {stats.path}: {stats.places_added} places added, "
        f"{stats.places_replaced} replaced, {stats.places_skipped} skipped, {stats.names_added} names",
        err=True,
    )


@gazetteer_app.command("stats")
def gazetteer_stats(gazetteer: GazetteerPath = None) -> None:
    """Print what the gazetteer holds, by source."""
    with _open_gazetteer(gazetteer) as gz:
        stats = gz.stats()
    typer.echo(f"{gz.path}: {stats.places} places, {stats.names} names, built {stats.built_at}")
    for source, count in sorted(stats.places_by_source.items()):
        typer.echo(f"  {source:<16} {count:>9}")


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="A place name as news writes it.")],
    country: Annotated[
        str | None, typer.Option(help="ISO 3166 alpha-2 code to restrict to.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many candidates to show.")] = 5,
    gazetteer: GazetteerPath = None,
) -> None:
    """Show the places a name may refer to, best first."""
    with _open_gazetteer(gazetteer) as gz:
        places = gz.lookup(name, country=country, limit=limit)
    if not places:
        typer.echo(f"no place named {name!r}", err=True)
        raise typer.Exit(1)
    for p in places:
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x)
        typer.echo(
            f"{p.id}\t{p.name}\t{where}\t{p.lat:.4f},{p.lon:.4f}\t{p.feature_code}\tpop {p.population}"
        )


def _open_gazetteer(path: Path | None):  # type: ignore[no-untyped-def]  # returns a Gazetteer imported lazily (keeps `warta --help` fast)
    from .geo import Gazetteer
    from .geo.paths import default_path

    try:
        return Gazetteer.open(path or default_path())
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err


def _jsonl_line(result: Result) -> tuple[int, str]:
    """`warta extract`'s output for one document, made in the worker: (events, line)."""
    return len(result.events), codec.dumps(result) + "\n"


def _text_block(result: Result) -> tuple[int, str]:
    return len(result.events), _summary(result)


def _summary(result: Result) -> str:
    """A reader's view of one document's events: one line each, then its claims."""
    lines = [f"# {result.document.id}: {len(result.events)} events"]
    for e in result.events:
        loc = e.location
        where = (
            f"{loc.relation or 'at'} {loc.name} ({loc.country}, precision {loc.precision})"
            if loc
            else "no place"
        )
        a1 = e.actor1.name if e.actor1 else "?"
        a2 = e.actor2.name if e.actor2 else "?"
        f = e.fatalities
        toll = f"fatalities {f.low}/{f.best}/{f.high}" if f else "fatalities unknown"
        lines.append(f"{e.date} {e.event_type} / {e.sub_event_type}: {a1} vs {a2}, {where}, {toll}")
        for c in e.claims:
            who = c.claimant.name if c.claimant else "unattributed"
            via = f" via {c.via.name}" if c.via else ""
            lines.append(f"    {who}{via}: {c.kind} {c.figure or c.value} ({c.qualifier})")
    return "\n".join(lines) + "\n\n"


def _as_text(doc: Document) -> str:
    head = " | ".join(str(v) for v in (doc.id, doc.language, doc.published, doc.title) if v)
    return f"# {head}\n{doc.text}\n\n"


def _quiet() -> bool:
    return logging.getLogger().level >= logging.ERROR


if __name__ == "__main__":  # pragma: no cover
    app()
