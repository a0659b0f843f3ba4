"""Violent merged events as UCDP GED rows: GED's 49 columns, filled as far as warta knows."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from types import MappingProxyType

from ..countries import country_name, region
from ..model import ActorRef, Claim, Event, MergedEvent
from ._common import (
    AT_PLACE,
    VIOLENT_TYPES,
    coordinates,
    event_number,
    is_between,
    parse_date,
    place_phrase,
    span_days,
    unique,
)

UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3
NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia", "external"})
# ACLED geo precision -> GED where_prec (1 exact place, 2 within about 25 km, 4 first-order
# administrative division); a place "between" two others is GED's 5.
WHERE_PREC = MappingProxyType({1: 1, 2: 2, 3: 4})
BETWEEN_PREC = 5
DATE_PREC = MappingProxyType({"week": 3, "month": 4, "year": 5})
# GED's five regions from ACLED's, with the countries where the two draw the line apart.
UCDP_REGION = MappingProxyType({
    "Western Africa": "Africa", "Middle Africa": "Africa", "Eastern Africa": "Africa",
    "Southern Africa": "Africa", "Northern Africa": "Africa",
    "Middle East": "Middle East",
    "South Asia": "Asia", "Southeast Asia": "Asia", "East Asia": "Asia",
    "Caucasus and Central Asia": "Asia", "Central Asia": "Asia", "Oceania": "Asia",
    "Europe": "Europe",
    "North America": "Americas", "Central America": "Americas", "South America": "Americas",
    "Caribbean": "Americas",
})  # fmt: skip
UCDP_REGION_BY_COUNTRY = MappingProxyType(
    {"EG": "Middle East", "AM": "Europe", "AZ": "Europe", "GE": "Europe"}
)

Value = str | int | float | None


def ucdp_rows(events: Iterable[MergedEvent]) -> Iterator[dict[str, str]]:
    """One GED row per violent event (Battles, Explosions/Remote violence, Violence against
    civilians); other events are left out."""
    for merged in events:
        if merged.event.event_type in VIOLENT_TYPES:
            yield ucdp_row(merged)


def ucdp_row(merged: MergedEvent) -> dict[str, str]:
    """An event as a GED row of strings ('' when unknown)."""
    return {k: "" if v is None else str(v) for k, v in ucdp_values(merged).items()}


def ucdp_values(merged: MergedEvent) -> dict[str, Value]:
    """An event's GED columns as typed values (None when unknown), in GED's order."""
    event = merged.event
    loc = event.location
    cc = loc.country if loc else None
    start = parse_date(event.date)
    end = parse_date(event.date_end) or start
    kind = type_of_violence(event)
    side_a, side_b = sides(event, kind)
    point = coordinates(event)
    best = event.fatalities.best if event.fatalities else None
    row: dict[str, Value] = dict.fromkeys(UCDP_COLUMNS)
    row.update({
        "id": event_number(event.id),
        "year": start.year if start else None,
        "type_of_violence": kind,
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": len(merged.sources),
        "source_article": _per_source(s.url or s.document_id for s in merged.sources),
        "source_office": _per_source(s.outlet for s in merged.sources),
        "source_date": _per_source(_day(s.published) for s in merged.sources),
        "source_headline": _per_source(s.title for s in merged.sources),
        "source_original": "; ".join(unique(filter(None, map(_claimant, event.claims)))) or None,
        "where_prec": where_prec(event),
        "where_coordinates": loc.name if loc else None,
        "where_description": _where_description(event),
        "adm_1": loc.admin1 if loc else None,
        "adm_2": loc.admin2 if loc else None,
        "latitude": point[1] if point else None,
        "longitude": point[0] if point else None,
        "geom_wkt": f"POINT ({point[0]} {point[1]})" if point else None,
        "priogrid_gid": priogrid_gid(point[1], point[0]) if point else None,
        "country": country_name(cc),
        "region": ucdp_region(cc),
        "date_prec": date_prec(event),
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "deaths_civilians": best if kind == ONE_SIDED else None,
        "best": best,
        "high": event.fatalities.high if event.fatalities else None,
        "low": event.fatalities.low if event.fatalities else None,
    })  # fmt: skip
    return row


def type_of_violence(event: Event) -> int | None:
    """GED's 3 (one-sided) when civilians are hit, 1 (state-based) with state forces on a
    side, 2 (non-state) between two non-state armed actors; None when it cannot be told."""
    if event.event_type not in VIOLENT_TYPES:
        return None
    cats = [a.category for a in (event.actor1, event.actor2) if a is not None]
    if event.event_type == "Violence against civilians" or "civilians" in cats:
        return ONE_SIDED
    if "state_forces" in cats:
        return STATE_BASED
    if len(cats) == 2 and all(c in NON_STATE_ARMED for c in cats):
        return NON_STATE
    return None


def sides(event: Event, kind: int | None) -> tuple[str | None, str | None]:
    """GED's side A and side B: the state first in state-based violence, the perpetrator
    first and the civilians second in one-sided violence."""
    a, b = event.actor1, event.actor2
    if kind == STATE_BASED and _is(b, "state_forces") and not _is(a, "state_forces"):
        a, b = b, a
    if kind == ONE_SIDED:
        if _is(a, "civilians") and not _is(b, "civilians"):
            a, b = b, a
        return (a.name if a else None), (b.name if b else "Civilians")
    return (a.name if a else None), (b.name if b else None)


def where_prec(event: Event) -> int | None:
    loc = event.location
    if loc is None or loc.precision is None or loc.precision not in WHERE_PREC:
        return None
    if is_between(loc):
        return BETWEEN_PREC
    return WHERE_PREC[loc.precision]


def date_prec(event: Event) -> int | None:
    """GED's 1 exact day, 2 a 2-6 day range, 3 a week, 4 a month, 5 longer or a year."""
    if event.date_precision is None or parse_date(event.date) is None:
        return None
    if event.date_precision != "day":
        return DATE_PREC[event.date_precision]
    days = span_days(event) or 1
    return 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5


def priogrid_gid(lat: float, lon: float) -> int | None:
    """The PRIO-GRID cell (0.5 degrees, numbered row by row from -90, -180) holding a point."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    row = min(359, math.floor((lat + 90) * 2))
    col = min(719, math.floor((lon + 180) * 2))
    return row * 720 + col + 1


def ucdp_region(iso2: str | None) -> str | None:
    """GED's region (Africa, Americas, Asia, Europe, Middle East) of a country."""
    if not iso2:
        return None
    return UCDP_REGION_BY_COUNTRY.get(iso2) or UCDP_REGION.get(region(iso2) or "")


def _is(actor: ActorRef | None, category: str) -> bool:
    return actor is not None and actor.category == category


def _claimant(claim: Claim) -> str | None:
    if claim.claimant is None:
        return None
    via = f" (via {claim.via.name})" if claim.via is not None else ""
    return f"{claim.claimant.name}{via}"


def _where_description(event: Event) -> str | None:
    loc = event.location
    if loc is None or not loc.name or (loc.relation or "at") in AT_PLACE:
        return None
    return place_phrase(loc)


def _day(published: str | None) -> str | None:
    day = parse_date(published)
    return day.isoformat() if day else published


def _per_source(items: Iterable[str | None]) -> str | None:
    """One entry per source, in source order ('' for one not known), so the lists line up."""
    values = [i or "" for i in items]
    return "; ".join(values) if any(values) else None
