"""Rows as CSV: a header of the given columns, then one line per row, streamed.

Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
carriage return, OWASP's rule) are written with a leading `'`, so opening an export in
Excel or LibreOffice cannot run what an article's outlet or an actor's name holds. A
number (`-6.2`, a negative longitude) is left as it is.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def write_csv(rows: Iterable[dict[str, str]], columns: Sequence[str], out: TextIO) -> int:
    """Write the header and each row (minimal quoting, '\\n' line ends); the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        written += 1
    return written


def neutralise(cell: str) -> str:
    """The cell, with a `'` before it when a spreadsheet would take it for a formula."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
