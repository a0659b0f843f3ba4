"""The `warta` command: a thin layer over the library."""

from __future__ import annotations

import logging
import sys
from collections import Counter
from enum import Enum
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


def _as_text(doc: Document) -> str:
    head = " | ".join(str(v) for v in (doc.id, doc.language, doc.published, doc.title) if v)
    return f"# {head}\n{doc.text}\n\n"


def _quiet() -> bool:
    return logging.getLogger().level >= logging.ERROR


if __name__ == "__main__":  # pragma: no cover
    app()
