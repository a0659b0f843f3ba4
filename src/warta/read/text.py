"""Plain-text articles: one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .bounds import read_capped
from .decode import decode
from .document import Problem, ReadOptions, build_document


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """The one article a text file holds."""
    decoded = decode(read_capped(stream, options.max_bytes), name)
    if decoded.fallback:
        yield Problem(name, f"not valid UTF-8; decoded as {decoded.encoding}", skipped=False)
    yield build_document(decoded.text, id=doc_id, source=name, options=options)
