"""Ingest: read, extract, store and merge, one document at a time, idempotently.

A document already in the store (same id, same cleaned text, or same URL) is skipped, so
running the same input twice adds nothing, and a run stopped midway picks up where it
stopped: every document is stored whole or not at all. Documents are committed together,
up to BATCH_DOCUMENTS or BATCH_SECONDS at a time (a commit costs as much as storing and
merging a document), so a run that is killed loses at most that batch, which the
re-run stores; another writer waits for the batch, not for the run.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .merge import merge_new, report_of
from .model import Document, Result
from .parallel import extract_in_process, keep
from .pipeline import Resources
from .store import BATCH_DOCUMENTS, Store
from .taxonomy import type_families

log = logging.getLogger(__name__)
BATCH_SECONDS = 0.5  # a batch's time since its first document, at most


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

    outcomes = extract_in_process(docs, res, keep, skip=store.stored_id)
    return store_results(outcomes, store, on_failure)


def store_results(
    outcomes: Iterable[tuple[Document, Result | Exception | None]],
    store: Store,
    on_failure: Callable[[Document, Exception], None] | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
) -> IngestStats:
    """Store documents already extracted (elsewhere, e.g. by `warta.parallel`), in order.

    Each outcome is the document's Result, the exception its extraction raised, or None
    for a document known to be stored already. A document is checked against the store
    again here, so one that repeats an earlier document of the same batch is skipped as
    it would be when extracting one document at a time."""
    stats = IngestStats()
    families = type_families()
    batch, began = 0, 0.0
    with contextlib.ExitStack() as open_transaction:  # rolled back on any error
        for doc, outcome in outcomes:
            stats.read += 1
            if outcome is None or store.stored_id(doc):
                stats.duplicates += 1
                continue
            if isinstance(outcome, Exception):
                stats.failed += 1
                if on_failure is not None:
                    on_failure(doc, outcome)
                continue
            reports = [report_of(e, doc, families) for e in outcome.events]
            if not batch:
                open_transaction.enter_context(store.transaction())
                began = time.monotonic()
            if store.stored_id(doc):  # another process stored it since the check above
                stats.duplicates += 1
            else:  # a document, its reports and their events: in one transaction
                store.add(outcome, reports)
                new, merged = merge_new(store, reports)
                stats.stored += 1
                stats.reports += len(reports)
                stats.events_new += new
                stats.events_merged += merged
            batch += 1
            if batch >= batch_documents or time.monotonic() - began >= BATCH_SECONDS:
                open_transaction.close()  # commits
                batch = 0
    return stats
