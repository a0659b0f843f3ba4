"""The `warta` command: a thin layer over the library."""

from __future__ import annotations

import logging
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import codec
from .errors import WartaError
from .model import Document
from .progress import track

app = typer.Typer(
    help="warta: conflict news in, ACLED-style events with attributed claims and evidence out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("warta")


class ReadFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


class Kind(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    warc = "warc"
    feed = "feed"


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


@app.command()
def read(
    paths: Paths,
    format: Annotated[
        ReadFormat, typer.Option(help="Output: JSON Lines or plain text.")
    ] = ReadFormat.jsonl,
    language: Language = "auto",
    published: Published = None,
    kind: Annotated[
        Kind, typer.Option(help="Input kind; auto picks by extension and content.")
    ] = Kind.auto,
    text_field: Annotated[str, typer.Option(help="JSON field holding the article text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSON field holding the document id.")] = "id",
    title_field: Annotated[str, typer.Option(help="JSON field holding the title.")] = "title",
    url_field: Annotated[str, typer.Option(help="JSON field holding the URL.")] = "url",
    published_field: Annotated[
        str, typer.Option(help="JSON field holding the date.")
    ] = "published",
    outlet_field: Annotated[str, typer.Option(help="JSON field holding the outlet.")] = "outlet",
    segments: Annotated[
        bool, typer.Option(help="Add paragraphs, sentences and tokens (jsonl).")
    ] = False,
    report: Annotated[bool, typer.Option(help="Print a read/skipped summary to stderr.")] = False,
) -> None:
    """Read articles into clean documents with exact offsets; print one per line."""
    from .lang.segment import segment
    from .read import FieldNames, Problem, ReadOptions, read_paths

    fields = FieldNames(
        id=id_field, text=text_field, url=url_field, outlet=outlet_field,
        title=title_field, published=published_field,
    )  # fmt: skip
    options = ReadOptions(language=language, published=published, kind=kind.value, fields=fields)
    counts: Counter[str] = Counter()
    out = sys.stdout
    try:
        for item in track(read_paths(paths, options), "reading", enabled=not _quiet()):
            if isinstance(item, Problem):
                counts["skipped" if item.skipped else "warnings"] += 1
                label = "error" if item.skipped else "warning"
                typer.echo(f"{label}: {item}", err=True)
                continue
            counts["read"] += 1
            if format is ReadFormat.text:
                out.write(_as_text(item))
            elif segments:
                record = codec.to_dict(item)
                record["segments"] = codec.to_dict(segment(item.text, item.language))
                out.write(codec.json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(codec.dumps(item) + "\n")
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    if report:
        typer.echo(
            f"read {counts['read']} documents; skipped {counts['skipped']}; "
            f"{counts['warnings']} warnings",
            err=True,
        )
    if counts["skipped"] or not counts["read"]:
        raise typer.Exit(1)


gazetteer_app = typer.Typer(help="Build, inspect and query the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
GazetteerPath = Annotated[
    Path | None, typer.Option("--gazetteer", help="Gazetteer file (default: $WARTA_GAZETTEER).")
]


@gazetteer_app.command("build")
def gazetteer_build(
    out: Annotated[Path | None, typer.Option(help="File to write (default: $WARTA_GAZETTEER).")] = None,
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
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-2 code to restrict to.")] = None,
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
        typer.echo(f"{p.id}\t{p.name}\t{where}\t{p.lat:.4f},{p.lon:.4f}\t{p.feature_code}\tpop {p.population}")


def _open_gazetteer(path: Path | None):  # type: ignore[no-untyped-def]
    from .geo import Gazetteer
    from .geo.paths import default_path

    try:
        return Gazetteer.open(path or default_path())
    except WartaError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err


def _as_text(doc: Document) -> str:
    head = " | ".join(str(v) for v in (doc.id, doc.language, doc.published, doc.title) if v)
    return f"# {head}\n{doc.text}\n\n"


def _quiet() -> bool:
    return logging.getLogger().level >= logging.ERROR


if __name__ == "__main__":  # pragma: no cover
    app()
