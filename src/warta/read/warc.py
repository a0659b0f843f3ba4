"""WARC and WARC.gz crawls: the article of each HTML response record."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .document import Problem, ReadOptions
from .html import from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(
    stream: BinaryIO, name: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """One document per HTML response record; other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    checked = _GzipCheck(stream)
    n = 0
    records = iter(ArchiveIterator(checked))
    while True:
        n += 1
        where = f"{name}: record {n}"
        try:
            record = next(records, None)
            if record is None:
                if checked.cut_off():
                    raise EOFError("the compressed file ends inside a record")
                return
            payload = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0):
                raise EOFError("record ends before its Content-Length")
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as err:
            yield Problem(where, f"truncated or corrupt WARC record ({_first_line(err)})")
            return
        except Exception as err:  # noqa: BLE001 - warcio fails in other ways on corrupt records
            reason = f"{type(err).__name__}: {_first_line(err)}"
            yield Problem(where, f"truncated or corrupt WARC record ({reason})")
            return
        if record.rec_type != "response" or not _is_html(record):
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        key = (url or where).encode("utf-8", "surrogatepass")  # names may hold any bytes
        record_id = hashlib.sha1(key).hexdigest()[:16]
        yield from from_html(payload, f"{where} <{url}>", record_id, options, url=url)


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

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._gzip: bool | None = None
        self._member: zlib._Decompress | None = None

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if self._gzip is None and data:
            self._gzip = data[:2] == b"\x1f\x8b"
        if self._gzip:
            self._follow(data)
        return data

    def _follow(self, data: bytes) -> None:
        while data:
            if self._member is None:
                self._member = zlib.decompressobj(wbits=31)
            try:
                self._member.decompress(data)
            except zlib.error:
                return  # not gzip after all; warcio reports what it makes of it
            data = self._member.unused_data
            if self._member.eof:
                self._member = None

    def cut_off(self) -> bool:
        """True when the data ended partway through a gzip member."""
        return self._member is not None and not self._member.eof
