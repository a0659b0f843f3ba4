"""Merged events as ACLED rows: ACLED's column names, order and codes (see docs/exports.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from types import MappingProxyType

from ..countries import country_name, region
from ..model import ActorRef, Event, MergedEvent
from ._common import (
    event_number,
    iso3,
    iso_numeric,
    main_actors,
    names,
    parse_date,
    source_names,
    span_days,
)
from .notes import notes

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's 'inter' codes by actor category.
INTER = MappingProxyType({
    "state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4,
    "rioters": 5, "protesters": 6, "civilians": 7, "external": 8,
})  # fmt: skip
# ACLED's disorder type by event type, and by sub-event type where the two differ.
DISORDER_BY_TYPE = MappingProxyType({
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
})  # fmt: skip
DISORDER_BY_SUB_TYPE = MappingProxyType({
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
})  # fmt: skip
TIME_PRECISION = MappingProxyType({"day": 1, "week": 2, "month": 3, "year": 3})

Value = str | int | float | None


def acled_rows(events: Iterable[MergedEvent]) -> Iterator[dict[str, str]]:
    """One ACLED row per event, every value a string ('' when unknown)."""
    for merged in events:
        yield acled_row(merged)


def acled_row(merged: MergedEvent) -> dict[str, str]:
    """An event as an ACLED row of strings."""
    return {k: _text(v) for k, v in acled_values(merged).items()}


def acled_values(merged: MergedEvent) -> dict[str, Value]:
    """An event's ACLED columns as typed values (None when unknown), in ACLED's order."""
    event = merged.event
    loc = event.location
    cc = loc.country if loc else None
    start = parse_date(event.date)
    inter1, inter2 = inter(event.actor1), inter(event.actor2)
    disorder = disorder_type(event)
    return {
        "event_id_cnty": f"{iso3(cc) or ''}{event_number(event.id)}",
        "event_date": start.isoformat() if start else None,
        "year": start.year if start else None,
        "time_precision": time_precision(event),
        "disorder_type": disorder,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "assoc_actor_1": names(event.assoc_actor1) or None,
        "inter1": inter1,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actor_2": names(event.assoc_actor2) or None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(event, disorder),
        "iso": iso_numeric(cc),
        "region": region(cc),
        "country": country_name(cc),
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.precision if loc and loc.precision in (1, 2, 3) else None,
        "source": "; ".join(source_names(merged)) or None,
        "source_scale": None,
        "notes": notes(merged),
        "fatalities": event.fatalities.best
        if event.fatalities and event.fatalities.best is not None
        else 0,
        "tags": f"review status={merged.review_status}"
        if merged.review_status != "unreviewed"
        else None,
        "timestamp": timestamp(merged),
    }


def inter(actor: ActorRef | None) -> int | None:
    """ACLED's inter code of an actor: 0 for no actor, None when its category is unknown."""
    if actor is None:
        return 0
    return INTER.get(actor.category) if actor.category else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """The two inter codes as one number, lower first, a missing actor's 0 last (12, 17, 20)."""
    if inter1 is None or inter2 is None:
        return None
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) == 2 else 0)


def disorder_type(event: Event) -> str | None:
    return DISORDER_BY_SUB_TYPE.get(event.sub_event_type) or DISORDER_BY_TYPE.get(event.event_type)


def civilian_targeting(event: Event, disorder: str | None) -> str | None:
    """'Civilian targeting' for political violence whose main actors include civilians."""
    if not disorder or not disorder.startswith("Political violence"):
        return None
    if any(a.category == "civilians" for a in main_actors(event)):
        return "Civilian targeting"
    return None


def time_precision(event: Event) -> int | None:
    """1 for a known day, 2 for a week (or a range of up to 7 days), 3 for a month or more."""
    if event.date_precision is None or parse_date(event.date) is None:
        return None
    if event.date_precision == "day":
        days = span_days(event) or 1
        return 1 if days == 1 else 2 if days <= 7 else 3
    return TIME_PRECISION.get(event.date_precision)


def timestamp(merged: MergedEvent) -> int | None:
    """The latest publication date among the event's sources, as Unix seconds (UTC midnight)."""
    days = [d for d in (parse_date(s.published) for s in merged.sources) if d is not None]
    if not days:
        return None
    latest = max(days)
    return int(datetime(latest.year, latest.month, latest.day, tzinfo=UTC).timestamp())


def _text(value: Value) -> str:
    return "" if value is None else str(value)
