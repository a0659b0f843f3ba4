"""Cross-document merging: reports of one real event, in any language, become one event.

Two reports are of the same event when (policy "blocks.v1"):
- they come from different documents (one document's events are already told apart);
- their types are of one family (the three violent ACLED types together, else the type);
- their date ranges overlap, widened by one day for a day, three for a week;
- their places lie within a distance that grows with geo precision (25 km at 1, 50 km at
  2, 150 km at 3, and in the same country);
- they share an actor, by canonical name, when both name actors ("ISIS" and "Negara
  Islam" are both "Islamic State").
Events are the connected components of that relation. Candidates are found by blocks
(country and a date window), so merging is not quadratic, and the result depends only on
the set of reports, not on the order they came in.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from . import codec, fatalities
from .geo.geometry import haversine_km
from .model import ActorRef, Document, Event, Evidence, MergedEvent, Source
from .store import Report, Store

POLICY = "blocks.v1"
MAX_KM = {1: 25.0, 2: 50.0, 3: 150.0}
SLACK_DAYS = {"day": 1, "week": 3, "month": 0, "year": 0}
WINDOW_DAYS = 10  # the date block searched for candidates
WINDOW_DEGREES = 1.5  # the space block: more than the widest MAX_KM
_PRECISION_ORDER = ("day", "week", "month", "year")


def report_of(event: Event, doc: Document, families: Mapping[str, str]) -> Report:
    """The merge view of an extracted event."""
    loc = event.location
    actors = tuple(
        sorted(
            {
                a.name
                for a in (event.actor1, event.actor2, *event.assoc_actor1, *event.assoc_actor2)
                if a
            }
        )
    )
    return Report(
        id=f"{doc.id}#{event.id}",
        document_id=doc.id,
        family=families.get(event.event_type, event.event_type),
        date=event.date,
        date_end=event.date_end,
        date_precision=event.date_precision,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        geo_precision=loc.precision if loc else None,
        country=loc.country if loc else None,
        actors=actors,
        record=codec.dumps(event),
    )


def same_event(a: Report, b: Report) -> str | None:
    """Why two reports tell one event, or None when they may not."""
    if a.document_id == b.document_id or a.family != b.family:
        return None
    if (
        a.date is None
        or b.date is None
        or "year" in (a.date_precision, b.date_precision)
        or not _dates_meet(a, b)
    ):
        return None
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None or a.country != b.country:
        return None
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if km > MAX_KM[max(a.geo_precision or 3, b.geo_precision or 3)]:
        return None
    shared = set(a.actors) & set(b.actors)
    if a.actors and b.actors and not shared:
        return None
    who = f"shared actors {', '.join(sorted(shared))}" if shared else "actors not contradicting"
    return f"{a.family}; dates {a.date}..{a.date_end} and {b.date}..{b.date_end} meet; {km:.0f} km apart; {who}"


def merge_new(store: Store, new: Iterable[Report]) -> tuple[int, int]:
    """Merge newly stored reports into the store's events (inside the store's transaction).

    Returns (events created, events that new reports joined). Only edges from new reports
    are computed: an existing event's reports are already connected, so the cost is the
    new reports' neighbours, not the size of the events they join."""
    new = list(new)
    if not new:
        return 0, 0
    pool: dict[str, Report] = {r.id: r for r in new}
    links: list[tuple[str, str, str]] = []
    old_events: set[str] = set()
    for report in new:
        for other in store.reports_near(report, WINDOW_DAYS, {report.country}, WINDOW_DEGREES):
            reason = same_event(report, other) if other.id != report.id else None
            if reason is None:
                continue
            links.append((report.id, other.id, reason))
            pool.setdefault(other.id, other)
            if (event_id := store.event_of(other.id)) is not None:
                old_events.add(event_id)
    carried: dict[str, str] = {}
    old_members: list[list[str]] = []
    for _event_id, members, lines in store.memberships(old_events):
        old_members.append(members)
        carried.update(_reasons_by_report(lines))
    for member in store.reports_of(old_events):
        pool.setdefault(member.id, member)
    groups = _components(sorted(pool), old_members, links)
    reasons = dict(carried)
    for a, b, why in sorted(links):
        later, earlier = max(a, b), min(a, b)
        reasons.setdefault(later, f"{earlier}: {why}")
    merged = [merged_event(store, [pool[i] for i in ids], reasons) for ids in groups]
    store.replace_events(old_events, merged)
    new_ids = {r.id for r in new}
    joined = sum(1 for ids in groups if not set(ids) <= new_ids)
    return len(groups) - joined, joined


def _components(
    ids: list[str], groups: list[list[str]], links: list[tuple[str, str, str]]
) -> list[list[str]]:
    """Connected components of reports: existing events hold together, links join."""
    index = {r: i for i, r in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        ra, rb = find(index[a]), find(index[b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for members in groups:
        for m in members[1:]:
            union(members[0], m)
    for a, b, _ in links:
        union(a, b)
    found: dict[int, list[str]] = {}
    for r in ids:
        found.setdefault(find(index[r]), []).append(r)
    return sorted(found.values())


def _reasons_by_report(lines: Iterable[str]) -> dict[str, str]:
    out = {}
    for line in lines:
        report, _, why = line.partition(" joined ")
        out[report] = why
    return out


def merged_event(store: Store, members: list[Report], why: dict[str, str]) -> MergedEvent:
    """One event from its reports, every claim and source kept, fields chosen by rule."""
    doc_ids = dict.fromkeys(r.document_id for r in members)
    return merge_reports(members, why, {doc_id: _source(store, doc_id) for doc_id in doc_ids})


def merge_reports(
    members: list[Report], why: Mapping[str, str], sources: Mapping[str, Source]
) -> MergedEvent:
    """`merged_event` without a store: each member's document as a Source, by document id
    (a document missing from `sources` is named by its id alone). Used by `warta.spark`."""
    members = sorted(members, key=lambda r: r.id)
    events = [r.event for r in members]
    parsed = dict(zip((r.id for r in members), events))
    ids = [r.id for r in members]
    kind = Counter((e.event_type, e.sub_event_type) for e in events).most_common(1)[0][0]
    dated = min(
        events, key=lambda e: (_PRECISION_ORDER.index(e.date_precision or "year"), e.date or "9999")
    )
    placed = min(events, key=lambda e: (e.location.precision or 3) if e.location else 9)
    claims = tuple(replace(c, document_id=r.document_id, evidence=_tag(c.evidence, r.document_id))
                   for r in members for c in parsed[r.id].claims)  # fmt: skip
    boasts = [c.boast for c in claims]
    actor1, actor2, assoc1, assoc2 = _actors(events)
    event = Event(
        id=hashlib.sha1("|".join(ids).encode()).hexdigest()[:16],
        event_type=kind[0],
        sub_event_type=kind[1],
        date=dated.date,
        date_end=dated.date_end,
        date_precision=dated.date_precision,
        location=placed.location,
        actor1=actor1,
        actor2=actor2,
        assoc_actor1=assoc1,
        assoc_actor2=assoc2,
        fatalities=fatalities.summarise(claims, "killed", boasts),
        injured=fatalities.summarise(claims, "injured", boasts),
        claims=claims,
        evidence=tuple(_tag(x, r.document_id) for r in members for x in parsed[r.id].evidence),
        confidence=round(
            min(0.95, max(e.confidence for e in events) + 0.05 * (len(members) - 1)), 2
        ),
        fatality_policy=fatalities.POLICY,
        triggers=tuple(dict.fromkeys(t for e in events for t in e.triggers)),
    )
    told_by = tuple(
        sources.get(doc_id) or Source(doc_id)
        for doc_id in dict.fromkeys(r.document_id for r in members)
    )
    reasons = tuple(
        f"{r.id} joined {why.get(r.id, 'through the reports it is linked to')}" for r in members[1:]
    )
    return MergedEvent(event, told_by, tuple(ids), reasons)


def _actors(
    events: list[Event],
) -> tuple[ActorRef | None, ActorRef | None, tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    first: dict[str, ActorRef] = {}
    side1: Counter[str] = Counter()
    side2: Counter[str] = Counter()
    for e in events:
        for side, refs in (
            (side1, (e.actor1, *e.assoc_actor1)),
            (side2, (e.actor2, *e.assoc_actor2)),
        ):
            for ref in refs:
                if ref is not None:
                    side[ref.name] += 1
                    first.setdefault(ref.name, ref)
    names1 = [n for n, _ in side1.most_common()]
    names2 = [n for n, _ in side2.most_common() if n not in names1[:1]]
    a1 = first[names1[0]] if names1 else None
    a2 = first[names2[0]] if names2 else None
    assoc1 = tuple(first[n] for n in names1[1:] if n not in names2[:1])
    assoc2 = tuple(first[n] for n in names2[1:] if n not in names1)
    return a1, a2, assoc1, assoc2


def _tag(e: Evidence, doc_id: str) -> Evidence:
    return replace(e, document_id=doc_id)


def _source(store: Store, doc_id: str) -> Source:
    return store.source(doc_id) or Source(doc_id)


def source_of(doc: Document) -> Source:
    """A document as the source of a merged event."""
    return Source(doc.id, doc.outlet, doc.url, doc.title, doc.published, doc.language)


def _dates_meet(a: Report, b: Report) -> bool:
    a0, a1 = _range(a)
    b0, b1 = _range(b)
    return a0 <= b1 and b0 <= a1


def _range(r: Report) -> tuple[date, date]:
    start = date.fromisoformat(r.date or "")
    end = date.fromisoformat(r.date_end or r.date or "")
    slack = timedelta(days=SLACK_DAYS.get(r.date_precision or "day", 0))
    return start - slack, end + slack
