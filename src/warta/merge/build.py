"""Merged events as records: one MergedEvent from its reports, every claim and source kept,
fields chosen by rule (the same function for `warta ingest` and `warta spark`)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .. import codec, fatalities
from ..model import ActorRef, Document, Event, Evidence, Join, MergedEvent, Source
from ..store import Report, Store

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


def merged_event(store: Store, members: list[Report], joins: Iterable[Join] = ()) -> MergedEvent:
    """One event from its reports (with their records), every claim and source kept."""
    return merge_reports(members, joins, store.sources([r.document_id for r in members]))


def merge_reports(
    members: list[Report], joins: Iterable[Join], sources: Mapping[str, Source]
) -> MergedEvent:
    """`merged_event` without a store: each member's document as a Source, by document id
    (a document missing from `sources` is named by its id alone). `joins` are why each
    member after the first joined, in the order they joined."""
    members = sorted(members, key=lambda r: r.id)
    events = [r.event for r in members]
    parsed = dict(zip((r.id for r in members), events, strict=False))
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
        fatalities=fatalities.summarise(claims, "killed", boasts, fatalities.alive_kinds(kind[0])),
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
    return MergedEvent(event, told_by, tuple(ids), tuple(joins))


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


def source_of(doc: Document) -> Source:
    """A document as the source of a merged event."""
    return Source(doc.id, doc.outlet, doc.url, doc.title, doc.published, doc.language)
