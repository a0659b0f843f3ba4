"""JSON Lines and JSON arrays of article records, field names configurable."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import count
from typing import Any, BinaryIO

from ..model import Document
from .document import Problem, ReadOptions, build_document
from .limits import mb, read_capped, skip_line


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """One document per record; a bad record is reported and skipped."""
    first = _first_byte(stream)
    if first == b"[":
        yield from _read_array(stream, name, doc_id, options)
        return
    limit = options.max_bytes
    for lineno in count(1):
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            skip_line(stream)
            yield Problem(f"{name}:{lineno}", f"record is larger than {mb(limit)}, the reading"
                          " limit (--max-bytes)")  # fmt: skip
            continue
        found = from_line(raw, f"{name}:{lineno}", f"{doc_id}:{lineno}", options)
        if found is not None:
            yield found


def from_line(
    raw: bytes | str, where: str, fallback_id: str, options: ReadOptions
) -> Document | Problem | None:
    """A Document from one line of JSON Lines (None for a blank line). `warta.spark` reads
    big files line by line with this."""
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError) as err:  # also numbers over 4,300 digits, deep nesting
        return Problem(where, f"not valid JSON ({_short(err)})")
    return from_record(record, where, fallback_id, options)


def from_record(
    record: Any, where: str, fallback_id: str, options: ReadOptions
) -> Document | Problem:
    """A Document from one JSON record, using the configured field names."""
    f = options.fields
    if not isinstance(record, dict):
        return Problem(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get(f.text)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}"
        return Problem(where, f"field {f.text!r} is {found}, expected text (see --text-field)")
    record_id = record.get(f.id)
    return build_document(
        text,
        id=str(record_id) if record_id not in (None, "") else fallback_id,
        source=_str(record.get("source")) or where,
        options=options,
        url=_str(record.get(f.url)),
        outlet=_str(record.get(f.outlet)),
        title=_str(record.get(f.title)),
        published=record.get(f.published),
        language=_str(record.get(f.language)),
        author=_str(record.get("author")),
    )


def _read_array(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    try:
        records = json.loads(read_capped(stream, options.max_bytes))
    except (ValueError, RecursionError) as err:
        yield Problem(name, f"not a valid JSON array ({_short(err)})")
        return
    for i, record in enumerate(records, start=1):
        yield from_record(record, f"{name}: record {i}", f"{doc_id}:{i}", options)


def _first_byte(stream: BinaryIO) -> bytes:
    head = stream.peek(64) if hasattr(stream, "peek") else b""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _short(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at column {err.colno}"
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return (str(err).splitlines() or [type(err).__name__])[0][:120]
