"""Bounds on one document's work, so one pathological page cannot stall a batch.

The defaults are those of `warta extract`, `ingest`, `spark` and `serve`
(`--max-chars`, `--time-limit`); reading has its own bound, `ReadOptions.max_bytes`.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CHARS = 2_000_000  # characters of cleaned text
SECONDS = 5.0  # wall-clock time of one document's extraction


@dataclass(frozen=True)
class Limits:
    """What `pipeline.extract` allows one document."""

    max_chars: int = MAX_CHARS  # characters of cleaned text
    seconds: float = SECONDS  # wall-clock time of its extraction (0: no limit)
