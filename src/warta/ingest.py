"""Ingest: read, extract, store and merge, one document at a time, idempotently.

A document already in the store (same id, same cleaned text, or same URL) is skipped, so
running the same input twice adds nothing, and a run stopped midway picks up where it
stopped: every document is stored whole or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .merge import merge_new, report_of
from .model import Document
from .pipeline import Resources, event_families, extract
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestStats:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    reports: int = 0
    events_new: int = 0
    events_merged: int = 0

    def summary(self) -> str:
        return (
            f"{self.read} documents read: {self.stored} stored, {self.duplicates} already stored, "
            f"{self.failed} failed; {self.reports} events extracted: {self.events_new} new, "
            f"{self.events_merged} merged into events already known"
        )


def ingest(
    docs: Iterable[Document],
    store: Store,
    res: Resources,
    on_failure: Callable[[Document, Exception], None] | None = None,
) -> IngestStats:
    """Store every new document with its events, merging them into the store's events."""
    stats = IngestStats()
    families = event_families()
    for doc in docs:
        stats.read += 1
        if store.has_document(doc):
            stats.duplicates += 1
            continue
        try:
            result = extract(doc, res)
        except Exception as err:  # one bad document must not stop a batch
            stats.failed += 1
            log.debug("extraction of %s failed", doc.id, exc_info=True)
            if on_failure is not None:
                on_failure(doc, err)
            continue
        reports = [report_of(e, doc, families) for e in result.events]
        with (
            store.transaction()
        ):  # a document, its reports and the events they join: all or nothing
            store.add(result, reports)
            new, merged = merge_new(store, reports)
        stats.stored += 1
        stats.reports += len(reports)
        stats.events_new += new
        stats.events_merged += merged
    return stats
