"""WARC and WARC.gz crawls: the article of each HTML response record.

A corrupt record (a wrong Content-Length, a damaged header, a broken gzip member) is
reported, and reading goes on from the next record: in a file, the next line that starts
"WARC/1." (the next gzip member in a WARC.gz) after the bad record's start. Standard
input cannot be searched like that, so a corrupt record ends it. A Content-Length that
is only a little short (warcio finds no blank line after the record, then recovers) is
a warning on that record: its page may have lost its end.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Document
from .bounds import BOMB_RATIO, CompressionBomb, mb
from .document import Problem, ReadOptions
from .html import from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MARKERS = {False: b"\nWARC/1.", True: b"\x1f\x8b\x08"}  # a record's start: plain, gzip
_SCAN = 2**20  # bytes read at a time when looking for the next record


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """One document per HTML response record; other records are passed over."""
    base = _tell(stream)
    n = 0
    while True:
        part = _Part(stream, name, options, n)
        yield from part.items()
        n = part.n
        if part.bad is None:
            return
        if (
            base is None
            or (resume := _next_start(stream, base + part.bad_at + 1, part.gzip)) is None
        ):
            yield part.bad
            return
        yield Problem(part.bad.where, f"{part.bad.message}; skipped {resume - base - part.bad_at:,}"
                      " bytes to the next record")  # fmt: skip
        stream.seek(resume)
        base = resume


class _Part:
    """The records from the stream's position to the end or to the first corrupt one."""

    def __init__(self, stream: BinaryIO, name: str, options: ReadOptions, n: int) -> None:
        self.stream, self.name, self.options, self.n = stream, name, options, n
        self.checked = _GzipCheck(stream, name, options.max_bytes)
        self.bad: Problem | None = None  # the corrupt record that ended this part
        self.bad_at = 0  # its offset from where this part started

    @property
    def gzip(self) -> bool:
        return bool(self.checked.gzip)

    def items(self) -> Iterator[Document | Problem]:
        from warcio.exceptions import ArchiveLoadFailed

        records = _records(self.checked)
        limit = self.options.max_bytes
        while True:
            self.n += 1
            where = f"{self.name}: record {self.n}"
            if self.checked.bomb is not None:
                yield Problem(where, self.checked.bomb)
                return
            warnings = records.err_count
            try:
                record = next(records, None)
                if records.err_count > warnings:  # the previous record's length was wrong
                    yield Problem(f"{self.name}: record {self.n - 1}", "its Content-Length does not"
                                  " match its content; the page may be cut", skipped=False)  # fmt: skip
                if record is None:
                    if self.checked.cut_off():
                        raise EOFError("the compressed file ends inside a record")
                    return
                payload = record.content_stream().read(limit + 1)
                if len(payload) > limit:
                    yield Problem(where, f"record is larger than {mb(limit)}, the reading limit"
                                  " (--max-bytes)")  # fmt: skip
                    continue
                if getattr(record.raw_stream, "limit", 0):
                    raise EOFError("record ends before its Content-Length")
            except CompressionBomb as err:
                yield Problem(where, str(err))
                return
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as err:
                self.bad_at = records.offset  # where the record that failed starts
                self.bad = Problem(where, f"truncated or corrupt WARC record ({_first_line(err)})")
                return
            except Exception as err:  # noqa: BLE001 - warcio fails in other ways on corrupt records
                reason = f"{type(err).__name__}: {_first_line(err)}"
                self.bad_at = records.offset
                self.bad = Problem(where, f"truncated or corrupt WARC record ({reason})")
                return
            if record.rec_type != "response" or not _is_html(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            key = (url or where).encode("utf-8", "surrogatepass")  # names may hold any bytes
            record_id = hashlib.sha1(key).hexdigest()[:16]
            yield from from_html(payload, f"{where} <{url}>", record_id, self.options, url=url)


def _records(checked: _GzipCheck) -> Any:
    """warcio's record iterator, minus the multi-line warning it writes to stderr on a wrong
    Content-Length: `err_count` counts those, and `_Part` reports them as warnings."""
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):  # type: ignore[misc]  # warcio is untyped
        INC_RECORD = ""

    return Records(checked)


def _tell(stream: BinaryIO) -> int | None:
    """The stream's position, or None when it cannot seek back (standard input)."""
    try:
        return stream.tell() if stream.seekable() else None
    except (OSError, ValueError):
        return None


def _next_start(stream: BinaryIO, after: int, gzip: bool) -> int | None:
    """The offset of the first record start at or after `after`, or None."""
    marker = _MARKERS[gzip]
    skip = 0 if gzip else 1  # the plain marker begins with the newline before "WARC/"
    stream.seek(after - skip)
    pos, tail = after - skip, b""
    while chunk := stream.read(_SCAN):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            return pos - len(tail) + found + skip
        tail = data[-(len(marker) - 1) :]
        pos += len(chunk)
    return None


def _first_line(err: BaseException) -> str:
    lines = str(err).splitlines()
    return lines[0][:120] if lines else type(err).__name__


def _is_html(record: object) -> bool:
    http = getattr(record, "http_headers", None)
    if http is None:
        return False
    status = http.get_statuscode()
    ctype = (http.get_header("Content-Type") or "").lower()
    return status == "200" and ctype.startswith(_HTML_TYPES)


class _GzipCheck:
    """Passes bytes through to warcio and follows the gzip members they hold, because
    warcio ends silently at a cut-off member instead of saying so."""

    def __init__(self, raw: BinaryIO, name: str, limit: int) -> None:
        self._raw, self._name, self._limit = raw, name, limit
        self.gzip: bool | None = None
        self._member: zlib._Decompress | None = None
        self._in = self._out = 0  # compressed bytes read, decompressed bytes seen
        self.bomb: str | None = None  # why the input is a compression bomb, once it shows
        self._bomb_at = 0  # decompressed bytes when it showed

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if self.gzip is None and data:
            self.gzip = data[:2] == b"\x1f\x8b"
        if self.gzip:
            self._in += len(data)
            self._follow(data)
            if self.bomb is None and self._out > self._limit and self._out > BOMB_RATIO * self._in:
                self.bomb = (
                    f"expands more than {BOMB_RATIO}x ({mb(self._out)} from {mb(self._in)} so"
                    " far): refused as a compression bomb"
                )
                self._bomb_at = self._out
            # warcio reads ahead: the record it is in finishes, the bomb then stops the file
            # (`_Part` checks `bomb` between records), and within a record `limit` more
            # bytes is all it may expand to.
            if self.bomb is not None and self._out > self._bomb_at + self._limit:
                raise CompressionBomb(self.bomb)
        return data

    def _follow(self, data: bytes) -> None:
        while data:
            if self._member is None:
                self._member = zlib.decompressobj(wbits=31)
            try:
                self._out += len(self._member.decompress(data))
            except zlib.error:
                return  # not gzip after all; warcio reports what it makes of it
            data = self._member.unused_data
            if self._member.eof:
                self._member = None

    def cut_off(self) -> bool:
        """True when the data ended partway through a gzip member."""
        return self._member is not None and not self._member.eof
