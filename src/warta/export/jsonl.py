"""Merged events as JSON Lines: the full record, one per line, as `codec` writes it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from .. import codec
from ..model import MergedEvent


def write_jsonl(events: Iterable[MergedEvent], out: TextIO) -> int:
    """One `codec.dumps` line per event; the number written."""
    written = 0
    for merged in events:
        out.write(codec.dumps(merged) + "\n")
        written += 1
    return written
