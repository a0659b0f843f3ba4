"""Merging into the store as documents arrive (`warta ingest`), and re-merging a whole
store (`warta merge`), both giving exactly the events `cluster` gives for the set of
reports stored, whatever the order they came in.

A new report is added to its block (the blocks of the stored reports it may link to are
joined into one). Clustering a block in canonical order decides each report from the
reports before it only, so the stored events before the new report stand: they are
resumed from the store (no report is re-judged), and clustering goes on from the new
report, through the block's later reports, until no event that changed can take another
report (its span plus slack is past). Only the events that changed are rewritten. The work
per report is the events of its block still open at its date and the block's reports of
the next few days, not the block, the event or the store.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta

from .. import codec
from ..model import Join, MergedEvent, Source
from ..store import Report, Store
from .build import merge_reports, merged_event
from .policy import (
    LINK_DAYS,
    MAX_SLACK,
    MAX_SPAN_DAYS,
    POLICY,
    WINDOW_DEGREES,
    WINDOW_LON,
    Apart,
    Cluster,
    Clusterer,
    cluster,
    components,
    dates,
    key,
    may_link,
    mergeable,
)

log = logging.getLogger(__name__)


def merge_new(store: Store, new: Iterable[Report]) -> tuple[int, int]:
    """Merge newly stored reports into the store's events (inside the store's transaction).

    Returns (events created, events that new reports joined)."""
    if store.merge_policy() != POLICY:
        remerge(store)
        return 0, 0
    created = joined = 0
    apart = store.kept_apart()
    for report in sorted(new, key=key):
        if not mergeable(report):
            store.replace_events([], [merged_event(store, [report])])
            created += 1
            continue
        alone = _add(store, report, apart)
        created += alone
        joined += not alone
    return created, joined


def _add(store: Store, report: Report, apart: Apart) -> bool:
    """Merge one stored report into its block; whether it began an event of its own."""
    blocks: set[str] = set()
    for block, day, end, lat, lon, precision in store.linked_blocks(
        report, LINK_DAYS, WINDOW_DEGREES
    ):
        if block not in blocks and may_link(
            report,
            replace(report, date=day, date_end=end, lat=lat, lon=lon, geo_precision=precision),
        ):
            blocks.add(block)
    if not blocks:  # a block of its own: an event of its own
        store.set_block([report.id], report.id)
        store.replace_events([], [merged_event(store, [report])])
        return True
    label = min(blocks)
    if len(blocks) > 1:  # joined into one: the largest keeps its label
        sizes = store.block_sizes(blocks)
        label = max(sorted(blocks), key=lambda b: sizes.get(b, 0))
        store.relabel_blocks(blocks - {label}, label)
    store.set_block([report.id], label)
    return _recluster(store, label, report, apart)


def _recluster(store: Store, block: str, new: Report, apart: Apart) -> bool:
    start = dates(new)[0]
    here = key(new)
    # the events that may take the new report or a later one (those with a report reaching
    # within the slack of its date), resumed from their stored members before the new
    # report, with the reasons stored for them
    reach = start - timedelta(days=MAX_SLACK)
    since = (reach - timedelta(days=MAX_SPAN_DAYS)).isoformat()
    prefix = store.block_events(block, since, here, reach.isoformat())
    members = store.event_members(prefix)
    old_seed: dict[str, str] = {}  # report id -> the first report of its stored event
    old_last: dict[str, date] = {}  # event id -> its latest member date
    event_of: dict[str, str] = {}
    resumed: dict[int, tuple[str, int]] = {}  # id(cluster) -> (stored event, members resumed)
    clusterer = Clusterer(apart)
    seeded: dict[str, Cluster] = {}  # first report id -> its event being clustered
    for eid, rs in sorted(members.items(), key=lambda item: key(min(item[1], key=key))):
        _remember(eid, rs, old_seed, old_last, event_of)
        before = [r for r in rs if key(r) < here]
        if before:  # the stored reasons are read only for the events written again
            c = clusterer.resume(before)
            resumed[id(c)] = (eid, len(before))
            seeded[c.seed] = c

    dirty_old: set[str] = set()  # stored events whose members changed
    dirty_new: dict[int, Cluster] = {}  # events to write, by id()
    changed: dict[int, Cluster] = {}  # events whose members differ from the stored so far
    horizon = start  # the latest date an event that changed reaches
    for r, e in _scan(store, block, new.date or "", members, event_of, old_seed, old_last):
        if key(r) < here:
            continue
        first = dates(r)[0]
        if r.id != new.id and (first - horizon).days > MAX_SLACK:
            break  # every event that changed is closed: later reports stay as stored
        c = clusterer.add(r, _rivals(r, e, old_seed, seeded, changed))
        seeded.setdefault(c.seed, c)
        if r.id == new.id or old_seed.get(r.id) != c.seed:
            if e is not None:
                dirty_old.add(e)
                horizon = max(horizon, old_last[e])
                if (lost := seeded.get(old_seed[r.id])) is not None:
                    changed[id(lost)] = lost
            dirty_new[id(c)] = c
            changed[id(c)] = c
        if id(c) in dirty_new:
            horizon = max(horizon, c.end, c.last)
    # events begun by the first report of a stored event that changed: written again too
    seeds_changed = {members[e][0].id for e in dirty_old if members.get(e)}
    for c in clusterer.clusters:
        if c.seed in seeds_changed:
            dirty_new[id(c)] = c
    for c in dirty_new.values():
        dirty_old.update(event_of[r.id] for r in c.members if r.id in event_of)
    _restore_joins(store, [(c, resumed[id(c)]) for c in dirty_new.values() if id(c) in resumed])
    _write(store, dirty_old, list(dirty_new.values()))
    home = next(c for c in dirty_new.values() if any(r.id == new.id for r in c.members))
    return len(home.members) == 1


def _rivals(
    r: Report,
    event: str | None,
    old_seed: dict[str, str],
    seeded: dict[str, Cluster],
    changed: dict[int, Cluster],
) -> list[Cluster] | None:
    """The events a stored report can now join, when fewer than all (None): those that
    changed, and the one it was in. An event that has not changed has the members it had
    when the report was first clustered, so it takes the report as it did then or not at
    all; the best of them for the report was its own event, so that is still the best
    unless one that changed beats it. When its own event changed (or its first report went
    elsewhere), the next best may be any: it is judged against all."""
    if event is None:
        return None
    seed = old_seed[r.id]
    if seed == r.id:  # it began its event: no unchanged event took it
        return list(changed.values())
    home = seeded.get(seed)
    if home is None or id(home) in changed:
        return None
    return [*changed.values(), home]


def _scan(
    store: Store,
    block: str,
    since: str,
    members: dict[str, list[Report]],
    event_of: dict[str, str],
    old_seed: dict[str, str],
    old_last: dict[str, date],
) -> Iterator[tuple[Report, str | None]]:
    """A block's reports from a date on, in canonical order, read a page at a time (small
    pages first: clustering usually stops a few reports on), the stored members of their
    events read with each page (one query a page, not one an event)."""
    after: tuple[str, str] | None = None
    size = 8
    while True:
        page = store.block_reports(block, since, after, limit=size)
        more = store.event_members({e for _, e in page if e is not None and e not in members})
        for eid, rs in more.items():
            _remember(eid, rs, old_seed, old_last, event_of)
        members.update(more)
        yield from page
        if len(page) < size:
            return
        after = key(page[-1][0])
        size = min(2 * size, 1024)


def _remember(
    eid: str,
    rs: list[Report],
    old_seed: dict[str, str],
    old_last: dict[str, date],
    event_of: dict[str, str],
) -> None:
    rs.sort(key=key)
    for r in rs:
        old_seed[r.id] = rs[0].id
        event_of[r.id] = eid
    old_last[eid] = max(dates(r)[1] for r in rs)


def _restore_joins(store: Store, clusters: list[tuple[Cluster, tuple[str, int]]]) -> None:
    """Put back the stored reasons of the members each resumed event began with, before
    the reasons of the reports that joined it since."""
    stored = store.event_joins(eid for _, (eid, _) in clusters)
    for c, (eid, count) in clusters:
        joins = {j["report"]: j for j in stored.get(eid, [])}
        kept = [joins[r.id] for r in c.members[1:count] if r.id in joins]
        c.joins[:0] = [codec.from_dict(Join, j) for j in kept]


def _write(store: Store, old: set[str], clusters: list[Cluster]) -> None:
    full = {r.id: r for r in store.reports_by_id(r.id for c in clusters for r in c.members)}
    sources = store.sources([r.document_id for r in full.values()])  # one query for all
    events = [merge_reports([full[r.id] for r in c.members], c.joins, sources) for c in clusters]
    store.replace_events(old, events)


def merge_all(reports: Iterable[Report], sources: Mapping[str, Source]) -> list[MergedEvent]:
    """The merged events of a set of reports (with records), by id: blocks, then each
    block clustered. What `warta spark` computes in a distributed way, on one machine."""
    groups = groups_of(list(reports))
    merged = [merge_reports(members, joins, sources) for members, joins, _ in groups]
    return sorted(merged, key=lambda m: m.event.id)


def groups_of(
    reports: list[Report], apart: Apart = frozenset()
) -> list[tuple[list[Report], list[Join], str | None]]:
    """Each event of a set of reports: (members, joins, block), by the policy; reports in
    `apart` (an analyst's splits) are never one event."""
    able = [r for r in reports if mergeable(r)]
    by_id = {r.id: r for r in able}
    out: list[tuple[list[Report], list[Join], str | None]] = [
        ([r], [], None) for r in reports if not mergeable(r)
    ]
    for block in components(by_id, links(able)):
        for c in cluster((by_id[i] for i in block), apart):
            out.append((c.members, c.joins, block[0]))
    return out


def links(reports: list[Report]) -> Iterable[tuple[str, str]]:
    """Every pair of reports that `may_link`, found through a grid (cells as large as the
    link's reach, so linked reports are in the same or a touching cell)."""
    cells: dict[tuple[str, str, int, int, int], list[Report]] = {}
    for r in reports:
        cells.setdefault(grid_cell(r), []).append(r)
    for (family, country, t, y, x), here in cells.items():
        for dt, dy, dx in itertools.product((-1, 0, 1), repeat=3):
            for b in cells.get((family, country, t + dt, y + dy, x + dx), ()):
                for a in here:
                    if a.id < b.id and may_link(a, b):
                        yield a.id, b.id


def grid_cell(r: Report) -> tuple[str, str, int, int, int]:
    """A report's grid cell: as long as the farthest start dates of linked reports, as
    wide as the link's box."""
    assert r.lat is not None and r.lon is not None
    days = dates(r)[0].toordinal() // (LINK_DAYS + MAX_SPAN_DAYS)
    return (r.family, r.country or "", days, int(r.lat // WINDOW_DEGREES), int(r.lon // WINDOW_LON))


def remerge(store: Store) -> int:
    """Merge a whole store again by this policy (inside its transaction): every event is
    rebuilt from its reports. Returns the number of events."""
    log.info("re-merging %s by %s", store.path, POLICY)
    reports = list(store.all_reports())
    store.drop_events()
    count = 0
    for members, joins, block in groups_of(reports, store.kept_apart()):
        store.set_block([r.id for r in members], block)
        full = store.reports_by_id(r.id for r in members)
        store.replace_events([], [merged_event(store, full, joins)])
        count += 1
    store.set_merge_policy(POLICY)
    return count
