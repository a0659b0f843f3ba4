"""Exports: merged events as the files analysts load (JSON Lines, ACLED and UCDP GED CSV,
GeoJSON, Parquet). Each format streams; see docs/exports.md for every column's rule."""

from __future__ import annotations

import io
import logging
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, BinaryIO, Literal, TextIO

from ..model import MergedEvent
from ._common import Counted, ExportError
from .acled import ACLED_COLUMNS, acled_row, acled_rows
from .csvfile import write_csv
from .geojson import geojson_feature, geojson_features, write_geojson
from .jsonl import write_jsonl
from .notes import notes
from .parquet import PARQUET_COLUMNS, ParquetUnavailable, parquet_rows, write_parquet
from .ucdp import UCDP_COLUMNS, ucdp_row, ucdp_rows

# the formats, defined once: the CLI's --format and the API's ?format= are these types
Streamed = Literal["acled-csv", "ucdp-csv", "geojson", "jsonl"]  # text, served by the API too
Format = Literal[Streamed, "parquet"]
FORMATS: tuple[str, ...] = typing.get_args(Format)
# media type and file suffix of each streamed format
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "ucdp-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "MEDIA_TYPES",
    "PARQUET_COLUMNS",
    "UCDP_COLUMNS",
    "ExportError",
    "Format",
    "ParquetUnavailable",
    "Streamed",
    "acled_row",
    "acled_rows",
    "geojson_feature",
    "geojson_features",
    "notes",
    "parquet_rows",
    "ucdp_row",
    "ucdp_rows",
    "write",
]

log = logging.getLogger(__name__)


def write(events: Iterable[MergedEvent], fmt: str, out: BinaryIO | TextIO) -> int:
    """Write `events` to `out` in format `fmt`; the number of records written.

    Text formats accept a text or a binary stream (binary gets UTF-8); parquet needs a
    binary one (`sys.stdout.buffer`, a file opened "wb").
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    seen = Counted(events)
    if fmt == "parquet":
        if isinstance(out, io.TextIOBase):
            raise ExportError(
                "parquet is binary: give a binary stream (sys.stdout.buffer, open(path, 'wb'))"
            )
        return write_parquet(seen, out)  # type: ignore[arg-type]
    with _text(out) as text:
        if fmt == "jsonl":
            written = write_jsonl(seen, text)
        elif fmt == "acled-csv":
            written = write_csv(acled_rows(seen), ACLED_COLUMNS, text)
        elif fmt == "ucdp-csv":
            written = write_csv(ucdp_rows(seen), UCDP_COLUMNS, text)
            if seen.count > written:
                log.info(
                    "ucdp-csv: %d of %d events are not violent and were left out",
                    seen.count - written,
                    seen.count,
                )
        else:
            written = write_geojson(seen, text)
            if seen.count > written:
                log.warning(
                    "geojson: %d of %d events have no coordinates and were left out",
                    seen.count - written,
                    seen.count,
                )
    return written


@contextmanager
def _text(out: IO[str] | IO[bytes]) -> Iterator[TextIO]:
    if isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
        return
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[type-var]
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()
