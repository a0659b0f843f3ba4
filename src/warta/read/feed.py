"""RSS and Atom feeds: one document per entry (its content, else its summary)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Document
from .bounds import read_capped
from .document import Problem, ReadOptions, build_document
from .fragment import fragment_text

# A numeric character reference (&#55296; &#xD800;): feedparser's loose parser fails on
# those that name no character (a surrogate, NUL, beyond U+10FFFF), so they become U+FFFD.
_CHARREF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);?")


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """The entries of one feed."""
    import feedparser

    data = read_capped(stream, options.max_bytes)
    try:
        parsed = feedparser.parse(_CHARREF.sub(_valid_charref, data))
    except Exception as err:  # noqa: BLE001 - feedparser's loose parser fails in many ways
        yield Problem(name, f"not a readable feed ({type(err).__name__}: {_first_line(err)})")
        return
    if not parsed.entries:
        reason = f" ({_first_line(parsed.bozo_exception)})" if parsed.get("bozo") else ""
        yield Problem(name, f"no feed entries found{reason}")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link") or f"{doc_id}:{i}"
        yield build_document(
            fragment_text(_body(entry)),
            id=hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16],
            source=f"{name}: entry {i}",
            options=options,
            url=entry.get("link"),
            outlet=outlet,
            title=entry.get("title"),
            published=entry.get("published_parsed") or entry.get("updated_parsed"),
            author=entry.get("author"),
        )


def _valid_charref(m: re.Match[bytes]) -> bytes:
    ref = m.group(1)
    try:
        value = int(ref[1:], 16) if ref[:1] in b"xX" else int(ref)
    except ValueError:  # more digits than int() reads
        value = -1
    return m.group() if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else b"&#xFFFD;"


def _first_line(err: BaseException) -> str:
    lines = str(err).splitlines()
    return lines[0] if lines else type(err).__name__


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "")
