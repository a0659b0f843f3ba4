"""ACLED-style notes: a one-sentence summary of a merged event, and who claimed which toll.

Built from the record's fields alone, never from free text: "On 11 April 2019, Islamic State
clashed with Military Forces of Syria near Jabal Bishri (Deir ez-Zor). Islamic State (via
Amaq) claimed 20 killed; pro-regime social media claimed at least 12 killed or missing."
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from ..model import ActorRef, Claim, Event, MergedEvent
from ._common import outlet_of, parse_date, place_phrase, unique

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# sub-event type -> the clause with both actors, only {s}, only {o}, and with neither.
# {s} is the side that acted (actor1), {o} the side acted on (actor2), except where
# ROLES says which side the protesters are.
FORMS: MappingProxyType[str, tuple[str, str, str, str]] = MappingProxyType({
    "Armed clash": (
        "{s} clashed with {o}", "{s} took part in an armed clash",
        "an armed clash involving {o} took place", "an armed clash took place"),
    "Government regains territory": (
        "{s} regained territory from {o}", "{s} regained territory",
        "government forces regained territory from {o}", "government forces regained territory"),
    "Non-state actor overtakes territory": (
        "{s} took over territory from {o}", "{s} took over territory",
        "a non-state actor took over territory from {o}", "a non-state actor took over territory"),
    "Chemical weapon": (
        "{s} used a chemical weapon against {o}", "{s} used a chemical weapon",
        "a chemical weapon was used against {o}", "a chemical weapon was used"),
    "Air/drone strike": (
        "{s} carried out an air/drone strike on {o}", "{s} carried out an air/drone strike",
        "an air/drone strike hit {o}", "an air/drone strike took place"),
    "Suicide bomb": (
        "{s} carried out a suicide bombing against {o}", "{s} carried out a suicide bombing",
        "a suicide bombing targeted {o}", "a suicide bombing took place"),
    "Shelling/artillery/missile attack": (
        "{s} shelled {o}", "{s} fired shells, artillery or missiles",
        "shells, artillery or missiles hit {o}", "shelling took place"),
    "Remote explosive/landmine/IED": (
        "{s} used an explosive device against {o}", "{s} used an explosive device",
        "an explosive device hit {o}", "an explosive device went off"),
    "Grenade": (
        "{s} threw a grenade at {o}", "{s} threw a grenade",
        "a grenade was thrown at {o}", "a grenade was thrown"),
    "Sexual violence": (
        "{s} committed sexual violence against {o}", "{s} committed sexual violence",
        "sexual violence against {o} took place", "sexual violence took place"),
    "Attack": (
        "{s} attacked {o}", "{s} carried out an attack",
        "an attack on {o} took place", "an attack took place"),
    "Abduction/forced disappearance": (
        "{s} abducted {o}", "{s} abducted people",
        "an abduction of {o} took place", "an abduction took place"),
    "Peaceful protest": (
        "{s} and {o} held a peaceful protest", "{s} held a peaceful protest",
        "{o} held a peaceful protest", "a peaceful protest took place"),
    "Protest with intervention": (
        "{s} intervened in a protest by {o}", "{s} intervened in a protest",
        "{o} held a protest that was met with intervention", "a protest was met with intervention"),
    "Excessive force against protesters": (
        "{s} used excessive force against {o}", "{s} used excessive force against protesters",
        "excessive force was used against {o}", "excessive force was used against protesters"),
    "Violent demonstration": (
        "{s} demonstrated violently against {o}", "{s} demonstrated violently",
        "a violent demonstration against {o} took place", "a violent demonstration took place"),
    "Mob violence": (
        "{s} carried out mob violence against {o}", "{s} carried out mob violence",
        "mob violence against {o} took place", "mob violence took place"),
    "Agreement": (
        "{s} and {o} reached an agreement", "{s} reached an agreement",
        "{o} reached an agreement", "an agreement was reached"),
    "Arrests": (
        "{s} arrested {o}", "{s} made arrests",
        "arrests of {o} took place", "arrests took place"),
    "Change to group/activity": (
        "{s} changed its group or activity, involving {o}", "{s} changed its group or activity",
        "a change to group or activity involving {o} took place",
        "a change to group or activity took place"),
    "Disrupted weapons use": (
        "{s} disrupted weapons use by {o}", "{s} disrupted weapons use",
        "weapons use by {o} was disrupted", "weapons use was disrupted"),
    "Headquarters or base established": (
        "{s} established a headquarters or base, involving {o}",
        "{s} established a headquarters or base",
        "a headquarters or base involving {o} was established",
        "a headquarters or base was established"),
    "Looting/property destruction": (
        "{s} looted or destroyed property of {o}", "{s} looted or destroyed property",
        "property of {o} was looted or destroyed", "property was looted or destroyed"),
    "Non-violent transfer of territory": (
        "{s} took over territory from {o} without fighting", "{s} took over territory without fighting",
        "{o} gave up territory without fighting", "territory changed hands without fighting"),
    "Other": (
        "{s} and {o} took part in a strategic development", "{s} took part in a strategic development",
        "{o} took part in a strategic development", "a strategic development took place"),
})  # fmt: skip
FALLBACK = (
    "{s} and {o} took part in an event ({kind})", "{s} took part in an event ({kind})",
    "{o} took part in an event ({kind})", "an event ({kind}) took place",
)  # fmt: skip
# Protest sub-events whose protesters stand as {s} ("first") or as {o} ("last").
ROLES = MappingProxyType({
    "Peaceful protest": "first",
    "Protest with intervention": "last",
    "Excessive force against protesters": "last",
})  # fmt: skip
QUALIFIERS = MappingProxyType(
    {"exact": "", "at_least": "at least ", "at_most": "up to ", "approx": "about "}
)


def notes(merged: MergedEvent) -> str:
    """The event in one sentence, then the tolls as each side claimed them."""
    event = merged.event
    first = _capitalise(_when(event) + _what(event) + _where(event)) + "."
    tolls = _tolls(merged)
    return f"{first} {tolls}" if tolls else first


def _when(event: Event) -> str:
    start = parse_date(event.date)
    if start is None:
        return ""
    end = parse_date(event.date_end) or start
    if event.date_precision == "year":
        return f"In {start.year}, "
    if event.date_precision == "month":
        return f"In {MONTHS[start.month - 1]} {start.year}, "
    if event.date_precision == "week":
        return f"In the week of {_day(start)}, "
    if end > start:
        return f"Between {_day(start)} and {_day(end)}, "
    return f"On {_day(start)}, "


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _what(event: Event) -> str:
    s, o = _roles(event)
    both, s_only, o_only, neither = FORMS.get(event.sub_event_type, FALLBACK)
    form = both if s and o else s_only if s else o_only if o else neither
    kind = event.sub_event_type or event.event_type
    return form.format(s=s.name if s else "", o=o.name if o else "", kind=kind)


def _roles(event: Event) -> tuple[ActorRef | None, ActorRef | None]:
    a1, a2 = event.actor1, event.actor2
    if _is(a1, "civilians") and not _is(a2, "civilians"):
        a1, a2 = a2, a1  # civilians are acted on, whichever column they stand in
    role = ROLES.get(event.sub_event_type)
    if role is None:
        return a1, a2
    swap = _is(a2, "protesters") and not _is(a1, "protesters")
    protesters, other = (a2, a1) if swap else (a1, a2)
    return (protesters, other) if role == "first" else (other, protesters)


def _is(actor: ActorRef | None, category: str) -> bool:
    return actor is not None and actor.category == category


def _where(event: Event) -> str:
    loc = event.location
    if loc is None or not loc.name:
        return ""
    admin = f" ({loc.admin1})" if loc.admin1 and loc.admin1 != loc.name else ""
    return f" {place_phrase(loc)}{admin}"


def _tolls(merged: MergedEvent) -> str:
    parts = unique(_toll(merged, c) for c in merged.event.claims)
    return _capitalise("; ".join(parts)) + "." if parts else ""


def _toll(merged: MergedEvent, claim: Claim) -> str:
    kinds = " or ".join(unique((claim.kind, *claim.also)))
    if claim.value is None or claim.qualifier == "unknown":
        figure = "an unknown number"
    elif claim.value_max is not None and claim.value_max != claim.value:
        figure = f"{QUALIFIERS.get(claim.qualifier, '')}{claim.value}-{claim.value_max}"
    else:
        figure = f"{QUALIFIERS.get(claim.qualifier, '')}{claim.value}"
    if claim.claimant is not None:
        via = f" (via {claim.via.name})" if claim.via is not None else ""
        return f"{claim.claimant.name}{via} claimed {figure} {kinds}"
    outlet = outlet_of(merged, claim.document_id)
    if outlet:
        return f"{outlet} reported {figure} {kinds}"
    return f"an unattributed report gave {figure} {kinds}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
