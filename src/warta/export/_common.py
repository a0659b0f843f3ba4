"""What several export formats derive alike from a merged event: numbers, dates, sources, places."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TypeVar

from ..errors import WartaError
from ..model import ActorRef, Event, Location, MergedEvent
from ..taxonomy import violent_types

T = TypeVar("T")


class ExportError(WartaError):
    """An export could not be written as asked."""


VIOLENT_TYPES = violent_types()
ID_HEX_DIGITS = 12  # 48 bits: no collisions to expect below a few million events


def event_number(event_id: str) -> int:
    """A stable number for an event: its id's first 12 hex digits (a hash of the id if not hex)."""
    head = event_id[:ID_HEX_DIGITS]
    try:
        if len(head) == ID_HEX_DIGITS:
            return int(head, 16)
    except ValueError:
        pass
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:ID_HEX_DIGITS], 16)


@functools.cache
def iso3(iso2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 of an alpha-2 code ('SYR' for SY)."""
    found = _pycountry(iso2)
    return str(found.alpha_3) if found is not None else None


@functools.cache
def iso_numeric(iso2: str | None) -> int | None:
    """ISO 3166-1 numeric of an alpha-2 code (760 for SY), as ACLED's `iso` column holds it."""
    found = _pycountry(iso2)
    return int(found.numeric) if found is not None else None


def _pycountry(iso2: str | None):  # type: ignore[no-untyped-def]
    if not iso2:
        return None
    import pycountry

    return pycountry.countries.get(alpha_2=iso2.upper())


def parse_date(text: str | None) -> date | None:
    """The calendar date at the start of an ISO date or datetime string, or None."""
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def span_days(event: Event) -> int | None:
    """How many calendar days the event's date range covers (1 for a single day)."""
    start = parse_date(event.date)
    if start is None:
        return None
    end = parse_date(event.date_end) or start
    return max(1, (end - start).days + 1)


def coordinates(event: Event) -> tuple[float, float] | None:
    """(lon, lat) of the event's place, when it has both."""
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return (loc.lon, loc.lat)


def source_names(merged: MergedEvent) -> list[str]:
    """Each distinct outlet reporting the event, in source order; a document's id when it has no outlet."""
    return unique(s.outlet or s.document_id for s in merged.sources)


def outlet_of(merged: MergedEvent, document_id: str | None) -> str | None:
    """The outlet of one of the event's source documents."""
    for s in merged.sources:
        if s.document_id == document_id:
            return s.outlet
    return None


def names(actors: Iterable[ActorRef]) -> str:
    """Actor names joined the way ACLED joins associated actors."""
    return "; ".join(unique(a.name for a in actors))


def main_actors(event: Event) -> tuple[ActorRef, ...]:
    return tuple(a for a in (event.actor1, event.actor2) if a is not None)


AT_PLACE = frozenset({"at", "in", "to", "from", "based_in"})  # the event is at the place itself
PAIR = " – "  # how a place "between A and B" is named: "A – B"


def is_between(loc: Location) -> bool:
    """A point between two named places."""
    return loc.relation == "between" and PAIR in loc.name


def place_phrase(loc: Location) -> str:
    """Where, in words: 'in Jakarta', 'near Jabal Bishri', 'between As Sukhnah and Deir ez-Zor'."""
    if is_between(loc):
        return "between " + loc.name.replace(PAIR, " and ", 1)
    relation = loc.relation or "at"
    if relation in AT_PLACE:
        return f"in {loc.name}"
    if relation == "between":  # the partner was not placed
        return f"near {loc.name}"
    return f"{relation.replace('_', ' ')} {loc.name}"


def unique(items: Iterable[T]) -> list[T]:
    """Items without repeats, first occurrence first."""
    return list(dict.fromkeys(items))


class Counted(Iterator[T]):
    """An iterator that counts what it has handed out."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.count = 0

    def __next__(self) -> T:
        item = next(self._items)
        self.count += 1
        return item
