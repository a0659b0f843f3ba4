"""Merging into the store as documents arrive (`warta ingest`), and re-merging a whole
store (`warta merge`), both giving exactly the events `cluster` gives for the set of
reports stored, whatever the order they came in.

A new report is added to its block (the blocks of the stored reports it may link to are
joined into one). Clustering a block in canonical order decides each report from the
reports before it only, so the stored events before the new report stand: the events the
new report links to are resumed from the store (their members before it), and clustering
goes on from the new report through the block's later reports until no event that changed
can take another report (its span plus slack is past). A later report is judged again only
when its decision can differ (its event is being clustered again, or it links to a member
of an event that changed); any other report keeps its event unread. Only the events that
changed are rewritten. The work per report is the events it links to and the block's
reports of the next few days, not the block, the event or the store, so it does not grow
with the region's other towns or the corpus.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

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
    near: set[str] = set()  # the stored events of the reports it links to
    for block, day, end, lat, lon, precision, event in store.linked_blocks(
        report, LINK_DAYS, WINDOW_DEGREES
    ):
        if may_link(
            report,
            replace(report, date=day, date_end=end, lat=lat, lon=lon, geo_precision=precision),
        ):
            blocks.add(block)
            if event is not None:
                near.add(event)
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
    return _Recluster(store, label, report, apart).run(near)


class _Recluster:
    """Clustering a block again from a new report on, reading only what can change.

    An event takes a report only when one of its members links to it, so the new report
    is judged against the stored events it links to, resumed from their members before it.
    A later report of the block is judged again only when its decision can differ: its
    event is being clustered again (resumed, begun again, or changed), or it links to a
    member of an event that changed. Any other report keeps its event, untouched and
    unread, and an event is resumed (from its stored members before the report that needs
    it) only when a report judged again needs it. The events written are those
    `cluster` gives for the block, as when every report of the block is judged again."""

    def __init__(self, store: Store, block: str, new: Report, apart: Apart) -> None:
        self.store, self.block, self.new = store, block, new
        self.clusterer = Clusterer(apart)
        self.members: dict[str, list[Report]] = {}  # stored event -> its reports, in order
        self.event_of: dict[str, str] = {}  # report id -> its stored event
        self.seeded: dict[str, Cluster] = {}  # first report id -> its event being clustered
        self.loaded: set[str] = set()  # stored events being clustered again
        self.resumed: dict[int, tuple[str, int]] = {}  # id(cluster) -> (event, members resumed)
        self.dirty_old: set[str] = set()  # stored events whose members changed
        self.dirty_new: dict[int, Cluster] = {}  # events to write, by id()
        self.changed: dict[int, Cluster] = {}  # events whose members differ from the stored

    def run(self, near: set[str]) -> bool:
        new, here = self.new, key(self.new)
        self._resume(near, here)
        horizon = dates(new)[0]  # the latest date an event that changed reaches
        for r, e in _scan(self.store, self.block, new.date or ""):
            if key(r) < here:
                continue
            if r.id != new.id:
                if (dates(r)[0] - horizon).days > MAX_SLACK:
                    break  # every event that changed is closed: later reports stay as stored
                if e is not None and not self._open_to(r, e):
                    continue  # judged as before: it stays in its stored event
            if e is not None:
                self._read([e])
            c = self.clusterer.add(r, self._rivals(r, e))
            self.seeded.setdefault(c.seed, c)
            seed = self._seed(r.id)
            if e is not None and seed == c.seed:
                self.loaded.add(e)
            if r.id == new.id or seed != c.seed:
                if e is not None:
                    self.dirty_old.add(e)
                    horizon = max(horizon, max(dates(m)[1] for m in self.members[e]))
                    if (lost := self.seeded.get(seed or "")) is not None:
                        self.changed[id(lost)] = lost
                self.dirty_new[id(c)] = c
                self.changed[id(c)] = c
            if id(c) in self.dirty_new:
                horizon = max(horizon, c.end, c.last)
        return self._finish()

    def _seed(self, report_id: str) -> str | None:
        e = self.event_of.get(report_id)
        return self.members[e][0].id if e is not None else None

    def _read(self, events: Iterable[str]) -> None:
        """The stored members of events (once each)."""
        more = self.store.event_members(e for e in events if e not in self.members)
        for eid, rs in more.items():
            rs.sort(key=key)
            self.members[eid] = rs
            for r in rs:
                self.event_of[r.id] = eid

    def _resume(self, events: Iterable[str], before: tuple[str, str]) -> None:
        """Stored events as they were before a report (their members before it), those not
        being clustered already (the stored reasons are read only if they are written)."""
        events = [e for e in events if e not in self.loaded and e not in self.dirty_old]
        self._read(events)
        for eid in sorted(events, key=lambda e: key(self.members[e][0])):
            done = [r for r in self.members[eid] if key(r) < before]
            if done:
                c = self.clusterer.resume(done)
                self.resumed[id(c)] = (eid, len(done))
                self.seeded[c.seed] = c
                self.loaded.add(eid)

    def _open_to(self, r: Report, e: str) -> bool:
        """Whether a later report's decision can differ from the stored one: its event is
        being clustered again, or an event that changed may take it."""
        return (
            e in self.loaded
            or e in self.dirty_old
            or any(may_link(r, m) for c in self.changed.values() for m in c.members)
        )

    def _rivals(self, r: Report, event: str | None) -> list[Cluster] | None:
        """The events a report can now join, when fewer than all (None): those that
        changed, and the one it was in. An event that has not changed has the members it
        had when the report was first clustered, so it takes the report as it did then or
        not at all; the best of them for the report was its own event, so that is still
        the best unless one that changed beats it. When its own event changed (or its first
        report went elsewhere), the next best may be any: every stored event it links to
        is resumed, and it is judged against all."""
        if event is None:  # the new report (its linked events are resumed already)
            if r.id != self.new.id:
                self._resume(self._linked(r), key(r))
            return None
        seed = self.members[event][0].id
        if seed == r.id:  # it began its event: no unchanged event took it
            return list(self.changed.values())
        if event not in self.loaded and event not in self.dirty_old:
            self._resume([event], key(r))
        home = self.seeded.get(seed)
        if home is None or id(home) in self.changed:
            self._resume(self._linked(r), key(r))
            return None
        return [*self.changed.values(), home]

    def _linked(self, r: Report) -> set[str]:
        """The stored events of the block's reports that link to a report."""
        return {
            event
            for block, day, end, lat, lon, precision, event in self.store.linked_blocks(
                r, LINK_DAYS, WINDOW_DEGREES
            )
            if block == self.block
            and event is not None
            and may_link(
                r, replace(r, date=day, date_end=end, lat=lat, lon=lon, geo_precision=precision)
            )
        }

    def _finish(self) -> bool:
        """Write the events that changed; whether the new report began an event of its own."""
        # events begun by the first report of a stored event that changed: written again too
        seeds = {self.members[e][0].id for e in self.dirty_old if self.members.get(e)}
        for c in self.clusterer.clusters:
            if c.seed in seeds:
                self.dirty_new[id(c)] = c
        written = list(self.dirty_new.values())
        for c in written:
            self.dirty_old.update(self.event_of[r.id] for r in c.members if r.id in self.event_of)
        _restore_joins(
            self.store, [(c, self.resumed[id(c)]) for c in written if id(c) in self.resumed]
        )
        _write(self.store, self.dirty_old, written)
        home = next(c for c in written if any(r.id == self.new.id for r in c.members))
        return len(home.members) == 1


def _scan(store: Store, block: str, since: str) -> Iterator[tuple[Report, str | None]]:
    """A block's reports from a date on, in canonical order, each with its stored event,
    read a page at a time (small pages first: clustering usually stops a few reports on)."""
    after: tuple[str, str] | None = None
    size = 8
    while True:
        page = store.block_reports(block, since, after, limit=size)
        yield from page
        if len(page) < size:
            return
        after = key(page[-1][0])
        size = min(2 * size, 1024)


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
