"""Merged events as a flat Parquet table: ACLED's columns, typed, plus warta's own.

pyarrow is imported on first use, so the other formats work without it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from ..model import MergedEvent
from ._common import ExportError
from .acled import ACLED_COLUMNS, acled_values

BATCH_ROWS = 10_000
INTS = frozenset({
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
    "fatalities", "fatalities_low", "fatalities_high",
})  # fmt: skip
FLOATS = frozenset({"latitude", "longitude", "confidence"})
DATES = frozenset({"event_date", "date_end"})
LONGS = frozenset({"timestamp"})
WARTA_COLUMNS = (
    "id", "date_end", "fatalities_low", "fatalities_high", "confidence", "review_status",
)  # fmt: skip
PARQUET_COLUMNS = (*ACLED_COLUMNS, *WARTA_COLUMNS)


class ParquetUnavailable(ExportError):
    """Parquet export was asked for without pyarrow installed."""


def parquet_rows(events: Iterable[MergedEvent]) -> Iterator[dict[str, Any]]:
    """One typed row per event: ACLED's columns, then warta's id, date_end, fatalities range
    and confidence; None where unknown."""
    for merged in events:
        event = merged.event
        row: dict[str, Any] = acled_values(merged)
        row["event_date"] = _date(row["event_date"])
        row["id"] = event.id
        row["date_end"] = _date(event.date_end) or row["event_date"]
        row["fatalities_low"] = event.fatalities.low if event.fatalities else None
        row["fatalities_high"] = event.fatalities.high if event.fatalities else None
        row["confidence"] = event.confidence
        row["review_status"] = merged.review_status
        yield row


def write_parquet(
    events: Iterable[MergedEvent], out: IO[bytes], batch_rows: int = BATCH_ROWS
) -> int:
    """Write the table in row groups of `batch_rows`; the number of rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise ParquetUnavailable("parquet export needs pyarrow: pip install pyarrow") from err
    schema = pa.schema([(name, _type(pa, name)) for name in PARQUET_COLUMNS])
    written = 0
    with pq.ParquetWriter(_Tracked(out), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in parquet_rows(events):
            batch.append(row)
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                written += len(batch)
                batch = []
        if batch or not written:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written


def _type(pa: Any, name: str) -> Any:
    if name in INTS:
        return pa.int32()
    if name in LONGS:
        return pa.int64()
    if name in FLOATS:
        return pa.float64()
    if name in DATES:
        return pa.date32()
    return pa.string()


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class _Tracked(io.RawIOBase):
    """A write-only stream that knows its position, so Parquet can go to a pipe."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._pos = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._out.write(view.tobytes())
        self._pos += len(view)
        return len(view)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:  # the caller owns `out`; only flush it
        if not self.closed:
            self.flush()
        super().close()
