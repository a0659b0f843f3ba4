"""Rows as CSV: a header of the given columns, then one line per row, streamed."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO


def write_csv(rows: Iterable[dict[str, str]], columns: Sequence[str], out: TextIO) -> int:
    """Write the header and each row (minimal quoting, '\\n' line ends); the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written
