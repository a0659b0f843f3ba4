"""Turn raw article text plus metadata into a Document: clean, date, language."""

from __future__ import annotations

import email.utils
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime

from ..lang import available_langs
from ..lang.detect import UNKNOWN, detect_paragraphs
from ..model import Document
from .bounds import MAX_BYTES
from .clean import clean_text, dateline, scrub

log = logging.getLogger(__name__)
_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
_REPORTED = frozenset((*available_langs(), "ms", UNKNOWN))  # the codes a Document may carry
# A first paragraph that reads as a headline: short, capitalised, no closing punctuation.
_HEADLINE = re.compile(r"^[^\W\d_a-z][^\n]{8,150}(?<![.!?:;,\"”'’])$")


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Names of a JSON record's fields that hold each Document field."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    outlet: str = "outlet"
    title: str = "title"
    published: str = "published"
    language: str = "language"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs; one object handed to every reader."""

    language: str = "auto"  # "auto" or a code to force
    published: str | None = None  # publication date for documents that state none
    kind: str = "auto"  # "auto" or one of warta.read.KINDS
    fields: FieldNames = field(default_factory=FieldNames)
    max_bytes: int = MAX_BYTES  # largest file, record or archive member read (decompressed)
    # False: an unstated language is left for extraction to detect (`warta extract` and
    # `warta ingest` detect it in their workers, not in the one process that reads)
    detect_language: bool = True


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input, named by file and record; skipped unless a warning."""

    where: str
    message: str
    skipped: bool = True

    def __post_init__(self) -> None:  # one line each, whatever a file name or record holds
        object.__setattr__(self, "where", one_line(self.where))
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def one_line(text: str) -> str:
    """Text for one line of a report: line breaks shown as escapes, scrubbed for UTF-8."""
    return scrub(text).translate(_LINE_BREAKS)


def build_document(
    raw: str,
    *,
    id: str,
    source: str,
    options: ReadOptions,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: object = None,
    language: str | None = None,
    author: str | None = None,
) -> Document | Problem:
    """A Document from raw article text, or a Problem when nothing is left of it.

    Every string field is scrubbed like the text (no NUL, lone surrogates as U+FFFD), so a
    document always writes as UTF-8; a language that is not a code warta reports ("fr",
    "english") is detected instead (or left for extraction: `options.detect_language`)."""
    id, source = scrub(id), scrub(source)
    url, outlet, title, author = (scrub(v) if v else None for v in (url, outlet, title, author))
    cleaned = clean_text(raw)
    paragraphs = cleaned.text.split("\n\n") if cleaned.text else []
    if len(paragraphs) > 1 and not title and _HEADLINE.match(paragraphs[0]):
        title = paragraphs[0]
    if title:  # the headline is no paragraph, however often the page repeats it
        heading = " ".join(title.split()).lower()
        while paragraphs and paragraphs[0].lower() == heading:
            paragraphs = paragraphs[1:]
    if not paragraphs:
        return Problem(source, "empty document (no article text)")
    dateline_outlet, _place = dateline(paragraphs[0])
    if options.language != "auto":
        language = options.language
    elif not language or language not in _REPORTED:
        language = detect_paragraphs(paragraphs)[0] if options.detect_language else None
    return Document(
        id=id,
        text="\n\n".join(paragraphs),
        url=url or None,
        outlet=outlet or dateline_outlet,
        title=title or None,
        published=iso_date(published, source) or iso_date(options.published, "--published"),
        language=language,
        author=author or cleaned.author,
        source=source,
    )


def iso_date(value: object, where: str) -> str | None:
    """A publication date as YYYY-MM-DD from ISO text, RFC 2822 text or a struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):  # feedparser's: "0000-00-00" gives year -1
        try:
            return date(*value[:3]).isoformat()
        except ValueError:
            log.warning("%s: date out of range %s ignored", where, tuple(value[:3]))
            return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError):
        log.warning("%s: unreadable date %r ignored", where, text)
        return None
