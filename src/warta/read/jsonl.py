"""JSON Lines and JSON arrays of article records, field names configurable."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from itertools import count
from pathlib import PurePath
from typing import Any, BinaryIO, cast

from ..model import Document
from .bounds import mb, read_capped, skip_line
from .decode import looks_binary, utf16
from .document import Problem, ReadOptions, build_document


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """One document per record; a bad record is reported and skipped.

    A `.jsonl` or `.ndjson` file is JSON Lines whatever its first byte; another (`.json`,
    or a file sniffed as JSON) starting with `[` is read as one JSON array, and as JSON
    Lines when it is not a valid one. UTF-16 is decoded; binary data is one problem for
    the file, an empty file one warning."""
    head = _peek(stream)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n"):
        yield Problem(name, "empty file, no records in it", skipped=False)
        return
    codec = utf16(head)
    if codec:
        stream = cast(BinaryIO, _Recoded(stream, codec))
        head = _peek(stream)
    elif looks_binary(head) and looks_binary(head.split(b"\n", 1)[0]):
        yield Problem(name, "binary data, not JSON Lines")
        return
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[" and not _lines_by_name(name):
        data = read_capped(stream, options.max_bytes)
        try:
            records = json.loads(data)
        except (ValueError, RecursionError):
            stream = io.BytesIO(data)  # not one array: JSON Lines, one of them a list
        else:
            yield from _records(records, name, doc_id, options)
            return
    yield from _read_lines(stream, name, doc_id, options)


def _read_lines(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """Line by line; lines of binary data are one problem at the end, not one each."""
    limit = options.max_bytes
    binary: list[int] = []
    for lineno in count(1):
        raw = stream.readline(limit + 1)
        if not raw:
            break
        if len(raw) > limit and not raw.endswith(b"\n"):
            skip_line(stream)
            yield Problem(f"{name}:{lineno}", f"record is larger than {mb(limit)}, the reading"
                          " limit (--max-bytes)")  # fmt: skip
            continue
        if looks_binary(raw):
            binary.append(lineno)
            continue
        found = from_line(raw, f"{name}:{lineno}", f"{doc_id}:{lineno}", options)
        if found is not None:
            yield found
    if binary:
        more = f" (and {len(binary) - 1} more such lines, the last line {binary[-1]})"
        yield Problem(f"{name}:{binary[0]}", "binary data, not JSON" + more * (len(binary) > 1))


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


def _records(
    records: Any, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    if not isinstance(records, list):
        yield Problem(name, f"expected a JSON array, got {type(records).__name__}")
        return
    for i, record in enumerate(records, start=1):
        yield from_record(record, f"{name}: record {i}", f"{doc_id}:{i}", options)


def _lines_by_name(name: str) -> bool:
    """Whether the file's name says JSON Lines (`.jsonl`, `.ndjson`, compressed or not)."""
    suffixes = [s.lower() for s in PurePath(name).suffixes[-2:]]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz"):
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in (".jsonl", ".ndjson")


def _peek(stream: BinaryIO) -> bytes:
    try:
        return stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    except (OSError, ValueError):
        return b""


class _Recoded(io.RawIOBase):
    """A UTF-16 stream read as UTF-8 bytes, so JSON Lines are found line by line."""

    def __init__(self, stream: BinaryIO, codec: str) -> None:
        self.text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="")
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> bytes:
        if self.pending:
            line, self.pending = self.pending, b""
            return line
        return self.text.readline(-1 if size is None else size).encode("utf-8")

    def read(self, size: int | None = -1) -> bytes:
        data = self.pending + self.text.read(-1 if size is None else size).encode("utf-8")
        self.pending = b""
        return data

    def peek(self, size: int = 0) -> bytes:
        if not self.pending:
            self.pending = self.text.readline().encode("utf-8")
        return self.pending


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _short(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at column {err.colno}"
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return (str(err).splitlines() or [type(err).__name__])[0][:120]
