"""The fatalities policy: low/best/high from an event's attributed claims.

Policy "claims-range.v6" (docs/fatalities.md explains it):
- only counted claims of the kind count; "sejumlah"/"several" (no figure) give nothing;
- a figure that lumps kinds together ("selusin tewas atau hilang", killed or missing)
  counts for `high` only;
- each claimant's account is the sum of its figures for different groups of victims
  ("seven soldiers" and "more than 100 militants": 107), the largest where it repeats one;
  a named party's account spans the article, an unnamed source's ("a resident") or no one's
  its sentence (a sentence's groups of victims add up):
  two residents' competing totals are two accounts, never summed; a figure on no one's word
  told in a later sentence as more victims ("were also killed") or as the other side's dead
  joins the account of the toll told before it (`assemble/build._besides`), and one victim
  told alone with no count after a counted toll ("The driver died at the scene") is one of
  that toll, no account of its own (`assemble/build._one_of_toll`, v6);
- a boast is a figure a party gives about its enemy's dead; `best` is the lowest account
  that is not all boasts (ACLED's conservative rule), else the lowest boast, capped by any
  upper bound another account gives;
- casualties told, all of them wounded (or, in an act of political violence, taken alive:
  captured, abducted), are 0 dead (ACLED's code); no casualty told is None;
- `low` is the lowest lower bound among the accounts ("at least 12" gives 12, "up to 12"
  gives 0), `high` the highest account or lumped figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Claim, Fatalities
from .taxonomy import violent_types

POLICY = "claims-range.v6"
# kinds of loss whose victims are told alive: an event with only these has 0 dead. The
# captured are victims of a violent act only ("gunmen abducted 12 pupils"); an arrest is no
# casualty, and its toll stays unknown
WOUNDED = frozenset({"injured"})
ALIVE = frozenset({"injured", "captured"})


def alive_kinds(event_type: str | None) -> frozenset[str]:
    """The kinds of loss whose victims live, for an event of this type."""
    return ALIVE if event_type in violent_types() else WOUNDED


@dataclass(frozen=True, slots=True)
class _Account:
    total: int
    floor: int
    boast: bool
    capped: bool  # every figure is exact or an upper bound


def summarise(
    claims: Sequence[Claim],
    kind: str,
    boasts: Sequence[bool] = (),
    alive: frozenset[str] = WOUNDED,
) -> Fatalities | None:
    """low/best/high of one claim kind, or None when no claim gives a figure.

    `boasts[i]` tells whether claims[i] is a party's figure about its enemy's dead; `alive`
    the kinds of loss whose victims are told alive (`alive_kinds`)."""
    flags = list(boasts) + [False] * (len(claims) - len(boasts))
    counted = [
        (c, b)
        for c, b in zip(claims, flags, strict=False)
        if c.value is not None and (c.kind == kind or kind in c.also)
    ]
    if not counted:
        if kind == "killed" and _wounded_only(claims, alive):
            return Fatalities(0, 0, 0)
        return None
    firm = [(c, b) for c, b in counted if c.kind == kind and not c.also]
    lumped = [c for c, _ in counted if c.also]
    high = max(_top(c) for c, _ in counted)
    if not firm:
        return Fatalities(0, None, high)
    accounts = _accounts(firm)
    honest = [a for a in accounts if not a.boast]
    best = min(a.total for a in honest) if honest else min(a.total for a in accounts)
    caps = [_top(c) for c in lumped if c.qualifier in ("exact", "at_most")]
    if not honest and caps:
        best = min(best, *caps)
    low = min(a.floor for a in accounts)
    high = max(high, *(a.total for a in accounts))
    return Fatalities(min(low, best), best, max(high, best))


def _wounded_only(claims: Sequence[Claim], alive: frozenset[str]) -> bool:
    """Casualties told, all of them wounded or taken alive ("six people were injured",
    "mengalami luka tembak", "gunmen abducted 12 pupils"): no one killed, which ACLED codes
    0; no claim of the dead, counted or not. The missing and the displaced say nothing of
    deaths (the missing may be dead), so they alone leave the toll unknown."""
    return any(c.kind in alive for c in claims) and not any(
        c.kind == "killed" or "killed" in c.also for c in claims
    )


def _accounts(firm: list[tuple[Claim, bool]]) -> list[_Account]:
    """One account per claimant: figures for different victims summed, repeats merged."""
    by_claimant: dict[str, list[tuple[Claim, bool]]] = {}
    for c, b in firm:
        by_claimant.setdefault(_party(c), []).append((c, b))
    accounts = []
    for items in by_claimant.values():
        groups: dict[str, tuple[Claim, bool]] = {}
        for c, b in items:
            # a figure repeated in another sentence is one figure; a sentence's groups of
            # victims ("one policeman and one civilian") are each counted
            key = (
                str(c.value)
                if any(
                    x.value == c.value and x.evidence.start != c.evidence.start
                    for x, _ in items
                    if x is not c
                )
                else f"{c.evidence.start}:{(c.victims or '').lower()}"
            )
            if key not in groups or _value(c) > _value(groups[key][0]):
                groups[key] = (c, b)
        chosen = list(groups.values())
        accounts.append(
            _Account(
                total=sum(_value(c) for c, _ in chosen),
                floor=sum(_floor(c) for c, _ in chosen),
                boast=all(b for _, b in chosen),
                capped=all(c.qualifier in ("exact", "at_most") for c, _ in chosen),
            )
        )
    return accounts


def _party(c: Claim) -> str:
    """Whose account a claim is part of: a named party (an actor of the taxonomy) across the
    article; an unnamed source ("a resident", "sources") only within its sentence, since two
    residents' competing totals are two accounts, never one summed."""
    if c.claimant is None:
        # figures on no one's word: one account per sentence ("one policeman and one
        # civilian" is 2, told as a claim per group)
        return f"#{c.document_id}@{c.evidence.start}"
    if c.claimant.category is None:
        return f"{c.claimant.name}@{c.evidence.start}"
    return c.claimant.name


def _value(c: Claim) -> int:
    return c.value or 0


def _floor(c: Claim) -> int:
    return 0 if c.qualifier == "at_most" else _value(c)


def _top(c: Claim) -> int:
    return c.value_max if c.value_max is not None else _value(c)
