"""The analyst's desk: human verdicts and corrections laid over the machine's merged events.

A review is a value per field of an event ("type", "date", "location", "actor1", "actor2",
"fatalities", a claim's "claim:<document id>:<evidence start>", and "review_status"). The
store keeps them apart from the machine's events (table `reviews`, with every change in
`review_log`) and lays them over the event each time merging rewrites it, so a re-ingest or
a re-merge never undoes an edit: the edit wins, and a machine value that has changed since
the edit is kept beside it as a conflict. This module is the pure part: which fields exist,
checking a posted value, reading a field of an event, and applying values to an event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .errors import InputError
from .model import ActorRef, Fatalities, Location, MergedEvent
from .taxonomy import event_types

STATUSES = ("unreviewed", "accepted", "rejected", "edited")
FIELDS = ("type", "date", "location", "actor1", "actor2", "fatalities")
CATEGORIES = (
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters",
    "protesters", "civilians", "external",
)  # fmt: skip
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLAIM = re.compile(r"^claim:(.+):(\d+)$")


class ReviewError(InputError):
    """A review that cannot be recorded as asked (an unknown field, a bad value)."""


def claim_field(document_id: str | None, start: int) -> str:
    return f"claim:{document_id or ''}:{start}"


def check(field: str, value: Any, merged: MergedEvent) -> Any:
    """The value to store for a field, normalised; ReviewError when it is not acceptable."""
    if field == "review_status":
        if value not in STATUSES:
            raise ReviewError(f"review_status: expected one of {', '.join(STATUSES)}")
        return value
    if field == "type":
        kind, sub = _get(value, "event_type", str), _get(value, "sub_event_type", str)
        if kind not in event_types():
            raise ReviewError(f"type: unknown event type {kind!r}")
        if sub not in event_types()[kind]:
            raise ReviewError(f"type: {sub!r} is not a sub-event type of {kind!r}")
        return {"event_type": kind, "sub_event_type": sub}
    if field == "date":
        start = _get(value, "date", str)
        end = _get(value, "date_end", str, optional=True) or start
        precision = _get(value, "date_precision", str, optional=True) or "day"
        for day in (start, end):
            _check_date(day)
        if end < start:
            raise ReviewError(f"date: the end ({end}) is before the start ({start})")
        if precision not in ("day", "week", "month", "year"):
            raise ReviewError("date: date_precision must be day, week, month or year")
        return {
            "date": start,
            "date_end": None if end == start else end,
            "date_precision": precision,
        }
    if field == "location":
        name = _text(_get(value, "name", str), "location: name")
        lat, lon = _get(value, "lat", float), _get(value, "lon", float)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ReviewError("location: lat must be within [-90, 90] and lon within [-180, 180]")
        country = _get(value, "country", str, optional=True)
        if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise ReviewError("location: country must be an ISO 3166 alpha-2 code")
        precision = _get(value, "precision", int, optional=True) or 1
        if precision not in (1, 2, 3):
            raise ReviewError("location: precision must be 1, 2 or 3")
        loc = merged.event.location
        return {
            "name": name,
            "country": country.upper() if country else (loc.country if loc else None),
            "admin1": _opt_text(value, "admin1"),
            "admin2": _opt_text(value, "admin2"),
            "lat": float(lat),
            "lon": float(lon),
            "precision": precision,
        }
    if field in ("actor1", "actor2"):
        if value is None:
            return None
        name = _text(_get(value, "name", str), f"{field}: name")
        category = _get(value, "category", str, optional=True)
        if category is not None and category not in CATEGORIES:
            raise ReviewError(f"{field}: category must be one of {', '.join(CATEGORIES)}")
        return {"name": name, "category": category}
    if field == "fatalities":
        if value is None:
            return None
        low, best, high = (_get(value, k, int, optional=True) for k in ("low", "best", "high"))
        given = [v for v in (low, best, high) if v is not None]
        if not given or any(v < 0 or v > 10**7 for v in given):
            raise ReviewError("fatalities: give low, best and high as numbers from 0")
        best = best if best is not None else (high if high is not None else low)
        low = low if low is not None else best
        high = high if high is not None else best
        if not (low <= best <= high):  # type: ignore[operator]  # all three set by now
            raise ReviewError("fatalities: low <= best <= high")
        return {"low": low, "best": best, "high": high}
    if _CLAIM.match(field) is not None:
        if _claim_index(merged, field) is None:
            raise ReviewError(f"{field}: the event has no such claim")
        claimant = value.get("claimant") if isinstance(value, dict) else None
        number = _get(value, "value", int, optional=True)
        if claimant is not None and not isinstance(claimant, str):
            raise ReviewError(f"{field}: claimant must be a name or null")
        if number is not None and not 0 <= number <= 10**7:
            raise ReviewError(f"{field}: value must be a number from 0")
        return {"claimant": (claimant or "").strip() or None, "value": number}
    raise ReviewError(
        f"unknown field {field!r}; expected one of {', '.join(FIELDS)} or claim:<document>:<start>"
    )


def current(field: str, merged: MergedEvent) -> Any:
    """A field of an event as check() would store it (the before of an edit)."""
    e = merged.event
    if field == "review_status":
        return merged.review_status
    if field == "type":
        return {"event_type": e.event_type, "sub_event_type": e.sub_event_type}
    if field == "date":
        return {"date": e.date, "date_end": e.date_end, "date_precision": e.date_precision}
    if field == "location":
        loc = e.location
        if loc is None:
            return None
        return {"name": loc.name, "country": loc.country, "admin1": loc.admin1,
                "admin2": loc.admin2, "lat": loc.lat, "lon": loc.lon, "precision": loc.precision}  # fmt: skip
    if field in ("actor1", "actor2"):
        ref = getattr(e, field)
        return {"name": ref.name, "category": ref.category} if ref else None
    if field == "fatalities":
        f = e.fatalities
        return {"low": f.low, "best": f.best, "high": f.high} if f else None
    index = _claim_index(merged, field)
    if index is None:
        return None
    claim = e.claims[index]
    return {"claimant": claim.claimant.name if claim.claimant else None, "value": claim.value}


def apply(merged: MergedEvent, values: dict[str, Any]) -> MergedEvent:
    """The event with these reviewed values laid over it (fields it lacks are skipped)."""
    e = merged.event
    status = merged.review_status
    for field, value in values.items():
        if field == "review_status":
            status = value
        elif field == "type":
            e = replace(e, event_type=value["event_type"], sub_event_type=value["sub_event_type"])
        elif field == "date":
            e = replace(e, date=value["date"], date_end=value["date_end"],
                        date_precision=value["date_precision"])  # fmt: skip
        elif field == "location":
            old = e.location
            e = replace(e, location=Location(
                name=value["name"], country=value["country"], admin1=value["admin1"],
                admin2=value["admin2"], lat=value["lat"], lon=value["lon"],
                precision=value["precision"], relation="at",
                gazetteer_id=old.gazetteer_id if old and old.name == value["name"] else None,
            ))  # fmt: skip
        elif field in ("actor1", "actor2"):
            ref = ActorRef(value["name"], value["category"]) if value else None
            e = replace(e, actor1=ref) if field == "actor1" else replace(e, actor2=ref)
        elif field == "fatalities":
            e = replace(e, fatalities=Fatalities(**value) if value else None)
        elif (index := _claim_index(merged, field)) is not None:
            claim = e.claims[index]
            name = value["claimant"]
            claimant = (
                claim.claimant
                if claim.claimant and claim.claimant.name == name
                else (ActorRef(name) if name else None)
            )
            changed = replace(claim, claimant=claimant, value=value["value"])
            if value["value"] != claim.value:
                changed = replace(changed, value_max=None, figure=None)
            e = replace(e, claims=(*e.claims[:index], changed, *e.claims[index + 1 :]))
    return replace(merged, event=e, review_status=status)


def _claim_index(merged: MergedEvent, field: str) -> int | None:
    found = _CLAIM.match(field)
    if found is None:
        return None
    doc, start = found.group(1), int(found.group(2))
    for i, claim in enumerate(merged.event.claims):
        if (claim.document_id or "") == doc and claim.evidence.start == start:
            return i
    return None


def _get(value: Any, key: str, kind: type, *, optional: bool = False) -> Any:
    if not isinstance(value, dict):
        raise ReviewError(f"expected an object with {key!r}")
    found = value.get(key)
    if found is None:
        if optional:
            return None
        raise ReviewError(f"{key}: missing")
    if kind is float and isinstance(found, int) and not isinstance(found, bool):
        return float(found)
    if not isinstance(found, kind) or isinstance(found, bool):
        raise ReviewError(f"{key}: expected {'a number' if kind in (int, float) else 'text'}")
    return found


def _text(value: str, what: str) -> str:
    value = value.strip()
    if not value or len(value) > 200 or any(ord(ch) < 32 for ch in value):
        raise ReviewError(f"{what}: 1-200 printable characters")
    return value


def _opt_text(value: dict[str, Any], key: str) -> str | None:
    found = value.get(key)
    if found is None or (isinstance(found, str) and not found.strip()):
        return None
    if not isinstance(found, str):
        raise ReviewError(f"location: {key} must be text")
    return _text(found, f"location: {key}")


def _check_date(day: str) -> None:
    from datetime import date

    if not _DATE.match(day):
        raise ReviewError(f"date: {day!r} is not YYYY-MM-DD")
    try:
        date.fromisoformat(day)
    except ValueError as err:
        raise ReviewError(f"date: {day!r} is not a calendar date") from err
