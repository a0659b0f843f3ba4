"""HTML pages: the article extracted by trafilatura, with its metadata."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .bounds import read_capped
from .decode import decode, looks_binary, utf16
from .document import Problem, ReadOptions, build_document


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """The article of one HTML page."""
    data = read_capped(stream, options.max_bytes)
    if not data.strip():
        yield Problem(name, "empty file, no page in it", skipped=False)
        return
    codec = utf16(data)
    if codec:  # trafilatura reads bytes as UTF-8 or what the page declares
        yield from from_html(decode(data, name).text, name, doc_id, options)
        return
    if looks_binary(data):
        yield Problem(name, "binary data, not HTML")
        return
    yield from from_html(data, name, doc_id, options)


def from_html(
    data: bytes | str, name: str, doc_id: str, options: ReadOptions, url: str | None = None
) -> Iterator[Document | Problem]:
    """The article of an HTML page given as bytes or text."""
    import trafilatura  # heavy: imported on first use

    extracted = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    found = (
        extracted.as_dict()
        if extracted is not None and not isinstance(extracted, dict)
        else extracted
    )
    if not isinstance(found, dict) or not (found.get("text") or "").strip():
        yield Problem(name, "no article text found in the HTML page")
        return
    yield build_document(
        found["text"],
        id=doc_id,
        source=name,
        options=options,
        url=found.get("url") or url,
        outlet=found.get("sitename") or found.get("hostname"),
        title=found.get("title"),
        published=found.get("date"),
        author=found.get("author"),
    )
