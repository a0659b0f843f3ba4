"""RSS and Atom feeds: one document per entry (its content, else its summary)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Document
from .document import Problem, ReadOptions, build_document
from .fragment import fragment_text


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """The entries of one feed."""
    import feedparser

    parsed = feedparser.parse(stream.read())
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield Problem(name, f"no feed entries found{reason}")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link") or f"{doc_id}:{i}"
        yield build_document(
            fragment_text(_body(entry)),
            id=hashlib.sha1(key.encode()).hexdigest()[:16],
            source=f"{name}: entry {i}",
            options=options,
            url=entry.get("link"),
            outlet=outlet,
            title=entry.get("title"),
            published=entry.get("published_parsed") or entry.get("updated_parsed"),
            author=entry.get("author"),
        )


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "")
