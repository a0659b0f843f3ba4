"""Ingest: read, extract, store and merge, one document at a time, idempotently.

A document already in the store (same id, same cleaned text, or same URL) is skipped, so
running the same input twice adds nothing, and a run stopped midway picks up where it
stopped: every document is stored whole or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .merge import merge_new, report_of
from .model import Document, Result
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

    def extracted() -> Iterator[tuple[Document, Result | Exception | None]]:
        for doc in docs:
            if store.has_document(doc):
                yield doc, None
                continue
            outcome: Result | Exception
            try:
                outcome = extract(doc, res)
            except Exception as err:  # one bad document must not stop a batch
                log.debug("extraction of %s failed", doc.id, exc_info=True)
                outcome = err
            yield doc, outcome

    return store_results(extracted(), store, on_failure)


def store_results(
    outcomes: Iterable[tuple[Document, Result | Exception | None]],
    store: Store,
    on_failure: Callable[[Document, Exception], None] | None = None,
) -> IngestStats:
    """Store documents already extracted (elsewhere, e.g. by `warta.parallel`), in order.

    Each outcome is the document's Result, the exception its extraction raised, or None
    for a document known to be stored already. A document is checked against the store
    again here, so one that repeats an earlier document of the same batch is skipped as
    it would be when extracting one document at a time."""
    stats = IngestStats()
    families = event_families()
    for doc, outcome in outcomes:
        stats.read += 1
        if outcome is None or store.has_document(doc):
            stats.duplicates += 1
            continue
        if isinstance(outcome, Exception):
            stats.failed += 1
            if on_failure is not None:
                on_failure(doc, outcome)
            continue
        reports = [report_of(e, doc, families) for e in outcome.events]
        with store.transaction():  # a document, its reports and their events: all or nothing
            if store.has_document(doc):  # another process stored it since the check above
                stats.duplicates += 1
                continue
            store.add(outcome, reports)
            new, merged = merge_new(store, reports)
        stats.stored += 1
        stats.reports += len(reports)
        stats.events_new += new
        stats.events_merged += merged
    return stats
