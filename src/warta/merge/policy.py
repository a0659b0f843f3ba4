"""Merge policy v2 ("blocks.v2"): which reports are one event, decided one report at a time
against the event as a whole, in a canonical order, so the result depends on the set of
reports only. `docs/store.md` explains the rule and why it is order-independent.

- `may_link(a, b)`: two reports are linked (same country and family, within a week, close
  in place). Its connected components are the *blocks*: a report joins only an event one
  of whose reports it links to, so blocks are clustered independently (Spark) or one at a
  time (ingest).
- `Clusterer`: within a block, reports in canonical order (start date, then report id),
  each joining the best event formed so far that it is compatible with as a whole
  (`join_reason`), or beginning an event. An event's summary (`Cluster`) is updated
  incrementally as reports join it. Reports an analyst split apart never join one event
  (the store's `kept_apart`), whatever report comes later.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ..geo.geometry import EARTH_RADIUS_KM, haversine_km
from ..model import Join
from ..store import MAX_SPAN_DAYS, Report

POLICY = "blocks.v2"
MAX_KM = {1: 25.0, 2: 50.0, 3: 150.0}  # how far from the event's place, by geo precision
SLACK_DAYS = {"day": 1, "week": 3, "month": 0}  # a report's dates widened by their precision
BOUND_DAYS = {"day": 3, "week": 7, "month": 31}  # an event's span, at most (unless stated longer)
PRECISIONS = ("day", "week", "month")  # finest first; "year" and undated never merge
MAX_SLACK = max(SLACK_DAYS.values())
# The date reach of `may_link`: a report joins an event only when it links to one of the
# event's reports; a report that meets an event's span (plus slack) is always within this
# many days of one of them, since the span is made of its reports' ranges, each within
# slack of the others.
LINK_DAYS = 2 * MAX_SLACK + 1
WINDOW_DEGREES = 1.5  # the space block: more than the widest MAX_KM, in latitude
WINDOW_LON = 3 * WINDOW_DEGREES  # ... and in longitude (wider: meridians converge)
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180  # of latitude, the least a degree apart can be


Key = tuple[str, str]  # canonical order: start date, report id


def key(r: Report) -> Key:
    return (r.date or "", r.id)


def mergeable(r: Report) -> bool:
    """Whether a report can merge at all: dated (not to a year, no range over a month),
    placed, in a country."""
    if r.date is None or r.date_precision not in PRECISIONS or not r.country:
        return False
    if r.lat is None or r.lon is None:
        return False
    try:
        first, last = dates(r)
    except ValueError:
        return False
    return 0 <= (last - first).days < MAX_SPAN_DAYS


def dates(r: Report) -> tuple[date, date]:
    """A report's date range as stated (not widened)."""
    return _range(r.date, r.date_end)


@functools.lru_cache(maxsize=1 << 14)
def _range(start: str | None, end: str | None) -> tuple[date, date]:
    # merging reads the same few thousand dates again and again
    return date.fromisoformat(start or ""), date.fromisoformat(end or start or "")


def may_link(a: Report, b: Report) -> bool:
    """Whether two (mergeable) reports are linked: same family and country, date ranges
    within LINK_DAYS, places within the distance by geo precision. Its connected components
    are the blocks; a report joins an event only when it links to one of its reports, so an
    event never spans two blocks."""
    if a.family != b.family:
        return False
    a0, a1 = dates(a)
    b0, b1 = dates(b)
    if (b0 - a1).days > LINK_DAYS or (a0 - b1).days > LINK_DAYS:
        return False
    return km_within(a, b) is not None


def km_within(a: Report, b: Report) -> float | None:
    """The distance between two reports' places when within the distance their geo
    precisions allow (and the search box: 1.5 degrees of latitude, 4.5 of longitude), in
    one country; else None."""
    if a.country != b.country:
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    if abs(a.lat - b.lat) > WINDOW_DEGREES or abs(a.lon - b.lon) > WINDOW_LON:
        return None
    limit = MAX_KM[max(a.geo_precision or 3, b.geo_precision or 3)]
    if abs(a.lat - b.lat) * KM_PER_DEGREE > limit:  # farther apart north-south alone
        return None
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return km if km <= limit else None


def _rank(r: Report) -> int:
    return PRECISIONS.index(r.date_precision or "")


@dataclass
class Cluster:
    """An event while clustering: its members in canonical order and the summary a report
    is judged against (updated as each joins, never recomputed from all members)."""

    members: list[Report]
    joins: list[Join] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    place: Report | None = None  # the member with the most precise point (first of ties)
    rank: int = 9  # the finest date precision among members
    start: date = date.max  # the span: the date ranges of the finest members
    end: date = date.min
    bound: int = 0  # the longest span allowed, in days (inclusive)
    last: date = date.min  # the latest date of any member

    @property
    def seed(self) -> str:
        return self.members[0].id

    def absorb(self, r: Report, join: Join | None = None) -> None:
        """Add a report (already judged compatible, or the first) to the summary."""
        first, last = dates(r)
        rank = _rank(r)
        length = (last - first).days + 1
        if rank < self.rank:  # finer dates than any member: they define the span now
            self.rank, self.start, self.end = rank, first, last
            self.bound = max(BOUND_DAYS[PRECISIONS[rank]], length)
        elif rank == self.rank:
            self.start, self.end = min(self.start, first), max(self.end, last)
            self.bound = max(self.bound, length)
        if self.place is None or (r.geo_precision or 3) < (self.place.geo_precision or 3):
            self.place = r
        self.members.append(r)
        self.documents.add(r.document_id)
        self.actors.update(r.actors)
        self.last = max(self.last, last)
        if join is not None:
            self.joins.append(join)


def begin(r: Report) -> Cluster:
    c = Cluster([])
    c.absorb(r)
    return c


Apart = frozenset[tuple[str, str]]  # pairs of report ids (sorted) an analyst split apart


def join_reason(c: Cluster, r: Report, apart: Apart = frozenset()) -> Join | None:
    """Why report `r` may join event `c`, judged against the event as a whole (its span,
    place, actors and documents), or None when it may not. Reports an analyst split apart
    (`apart`) never join the same event."""
    place = c.place
    assert place is not None
    if r.document_id in c.documents or r.family != place.family:
        return None
    if apart and any((min(m.id, r.id), max(m.id, r.id)) in apart for m in c.members):
        return None
    first, last = dates(r)
    rank = _rank(r)
    slack = SLACK_DAYS[PRECISIONS[rank]]
    if rank < c.rank:  # finer: must lie within the event's span (widened by its slack)
        outer = SLACK_DAYS[PRECISIONS[c.rank]]
        if first < _shift(c.start, -outer) or last > _shift(c.end, outer):
            return None
        days = 0
    elif rank == c.rank:  # as fine: must meet the span, and the span stay within its bound
        days = max((first - c.end).days, (c.start - last).days, 0)
        if days > slack:
            return None
        span = (max(c.end, last) - min(c.start, first)).days + 1
        if span > max(c.bound, BOUND_DAYS[PRECISIONS[rank]], (last - first).days + 1):
            return None
    else:  # coarser: its range (widened) must hold the whole span
        if _shift(first, -slack) > c.start or _shift(last, slack) < c.end:
            return None
        days = 0
    shared = tuple(sorted(c.actors & set(r.actors)))
    if c.actors and r.actors and not shared:
        return None
    km = km_within(r, place)  # the dearest test last
    if km is None:
        return None
    if not any(may_link(r, m) for m in reversed(c.members)):
        return None  # near the event's place, but near none of its reports
    return Join(r.id, c.seed, r.family, days, round(km, 1), shared)


def _shift(d: date, days: int) -> date:
    return date.fromordinal(d.toordinal() + days)


class Clusterer:
    """Greedy clustering in canonical order. Feed reports with `add` in canonical order
    (start date, id); each joins the compatible event with the fewest days, then fewest km,
    then the earliest first report, or begins one. `resume` rebuilds an event from stored
    members (in canonical order) so that ingest can go on from the middle of a block."""

    def __init__(self, apart: Apart = frozenset()) -> None:
        self.apart = apart
        self.clusters: list[Cluster] = []
        self._open: list[Cluster] = []  # those that may still take reports

    def add(self, r: Report, among: Iterable[Cluster] | None = None) -> Cluster:
        """Add the next report; `among` narrows the events it is judged against to those
        that can be its best (ingest knows the rest would not take it, see `_recluster`)."""
        first = dates(r)[0]
        self._open = [c for c in self._open if not closed(c, first)]
        best: tuple[tuple[int, float, Key], Cluster, Join] | None = None
        for c in self._open if among is None else [c for c in among if not closed(c, first)]:
            join = join_reason(c, r, self.apart)
            if join is not None:
                rank = (join.days, join.km, key(c.members[0]))
                if best is None or rank < best[0]:
                    best = (rank, c, join)
        if best is None:
            c = begin(r)
            self.clusters.append(c)
            self._open.append(c)
            return c
        best[1].absorb(r, best[2])
        return best[1]

    def resume(self, members: Iterable[Report]) -> Cluster:
        """An event as stored (its members in canonical order), without its reasons: the
        caller puts them back if it writes the event again."""
        it = iter(members)
        c = begin(next(it))
        for r in it:
            c.absorb(r)
        self.clusters.append(c)
        self._open.append(c)
        return c


def closed(c: Cluster, first: date) -> bool:
    """Whether no report starting on `first` or later can join the event any more."""
    return _shift(max(c.end, c.last), MAX_SLACK) < first


def cluster(reports: Iterable[Report], apart: Apart = frozenset()) -> list[Cluster]:
    """The events of one block (or of any set of mergeable reports: blocks never interact)."""
    clusterer = Clusterer(apart)
    for r in sorted(reports, key=key):
        clusterer.add(r)
    return clusterer.clusters


def components(ids: Iterable[str], links: Iterable[tuple[str, str]]) -> Iterator[list[str]]:
    """Connected components (each sorted) of reports under links: the blocks."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[str, list[str]] = {}
    for i in sorted(parent):
        found.setdefault(find(i), []).append(i)
    yield from found.values()
