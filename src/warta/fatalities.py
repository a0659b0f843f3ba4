"""The fatalities policy: low/best/high from an event's attributed claims.

Policy "claims-range.v1" (docs/fatalities.md explains it):
- only counted claims of the kind count; "sejumlah"/"several" (no figure) give nothing;
- a figure that lumps kinds together ("selusin tewas atau hilang", killed or missing)
  counts for `high` only;
- `best` is the lowest figure among the claims that are not a party's boast about its
  enemy's losses (ACLED's conservative rule); when only such boasts exist, the lowest boast,
  capped by any upper bound another account gives;
- `low` is the lowest lower bound of the counted claims ("at least 12" gives 12,
  "up to 12" gives 0); `high` the highest figure told, lumped or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import Claim, Fatalities

POLICY = "claims-range.v1"


def summarise(claims: Sequence[Claim], kind: str, boasters: Iterable[str] = ()) -> Fatalities | None:
    """low/best/high of one claim kind, or None when no claim gives a figure."""
    boasting = set(boasters)
    counted = [c for c in claims if c.value is not None and (c.kind == kind or kind in c.also)]
    if not counted:
        return None
    firm = [c for c in counted if c.kind == kind and not c.also]
    lumped = [c for c in counted if c not in firm]
    high = max(_top(c) for c in counted)
    if not firm:
        return Fatalities(0, None, high)
    honest = [c for c in firm if not _boast(c, boasting)]
    if honest:
        best = min(_value(c) for c in honest)
    else:
        best = min(_value(c) for c in firm)
        caps = [_top(c) for c in lumped + firm if c.qualifier in ("exact", "at_most") and not _boast(c, boasting)]
        if caps:
            best = min(best, *caps)
    low = min(_floor(c) for c in firm)
    return Fatalities(min(low, best), best, max(high, best))


def _boast(claim: Claim, boasters: set[str]) -> bool:
    """A figure given by the side that did the killing, about the other side's dead."""
    return claim.claimant is not None and claim.claimant.name in boasters


def _value(c: Claim) -> int:
    return c.value or 0


def _floor(c: Claim) -> int:
    return 0 if c.qualifier == "at_most" else _value(c)


def _top(c: Claim) -> int:
    return c.value_max if c.value_max is not None else _value(c)
