"""ACLED's event types and sub-types, and how warta picks them: data/taxonomy.toml, read once.

Every part of warta that needs a fact of the taxonomy (which types are violent, the sub-types
of a type, the family a type belongs to for merging, the colour the map gives it) asks here;
the UI receives the same facts from `GET /api/taxonomy`.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any


@functools.cache
def taxonomy() -> Mapping[str, Any]:
    """data/taxonomy.toml as read: types, violent, precedence, generic, means, colours."""
    return MappingProxyType(
        tomllib.loads((resources.files("warta.data") / "taxonomy.toml").read_text("utf-8"))
    )


@functools.cache
def event_types() -> Mapping[str, tuple[str, ...]]:
    """ACLED's six event types, each with its sub-types, in the codebook's order."""
    return MappingProxyType({t: tuple(subs) for t, subs in taxonomy()["types"].items()})


@functools.cache
def violent_types() -> frozenset[str]:
    """Battles, Explosions/Remote violence and Violence against civilians."""
    return frozenset(taxonomy()["violent"])


@functools.cache
def generic_means() -> frozenset[str]:
    """Means that name an act loosely ("attack"): a more specific later mention may be it."""
    return frozenset(taxonomy().get("generic", ()))


@functools.cache
def named_means() -> frozenset[str]:
    """Means told inside an actor's name ("Syrian warplanes"): they tell the means of an act
    the sentence tells, never an act of their own."""
    return frozenset(taxonomy().get("named_means", ()))


@functools.cache
def remote_means() -> frozenset[str]:
    """Means of remote violence ([family] "remote"): air strikes, shelling, explosives."""
    return frozenset(m for m, f in taxonomy()["family"].items() if f == "remote")


@functools.cache
def from_afar_means() -> frozenset[str]:
    """Means of fire from afar (air strikes, shelling): another act than a fight on the ground
    told beside them on the same day ([family] from_afar)."""
    return frozenset(taxonomy()["family"].get("from_afar", ()))


@functools.cache
def type_families() -> Mapping[str, str]:
    """Event type -> family: "violent" for the three violent types, else the type itself.
    Reports of one family may be one event; an arrest after an ambush is another."""
    return MappingProxyType({t: "violent" if t in violent_types() else t for t in event_types()})


@functools.cache
def means_families() -> Mapping[str, str]:
    """Each means' family within a document ([family]): "violent" for the families of
    violence (remote, fight, abduction, sexual), "any" for those that join whatever event is
    told (burning, looting), else the family itself; tellings of one family may be one event,
    an arrest after an ambush is another."""
    families = taxonomy()["family"]
    violence = set(families["violence"])
    anywhere = set(families.get("joins_any", ()))  # burning and looting: whichever event is told
    return MappingProxyType({
        m: "violent" if family in violence else "any" if family in anywhere else family
        for m, family in families.items()
        if isinstance(family, str)
    })  # fmt: skip


@functools.cache
def demonstration_means() -> frozenset[str]:
    """Means that make Protests or Riots: coded whatever the demonstration is about."""
    return frozenset(m for m, f in taxonomy()["family"].items() if f == "demonstration")


@functools.cache
def policing_means() -> frozenset[str]:
    """Means of force used on a crowd ([family] policing): told with state forces right after
    a demonstration, the force used on it (shots, arrests), not an act of their own."""
    return frozenset(taxonomy()["family"].get("policing", ()))


@functools.cache
def policing_unnamed_means() -> frozenset[str]:
    """Means of force only the state uses on a crowd ([family] policing_unnamed: arrests, tear
    gas, "intervened"): told right after a demonstration with nobody named but the crowd, they
    are still the force used on it."""
    return frozenset(taxonomy()["family"].get("policing_unnamed", ()))


@functools.cache
def policing_only_means() -> frozenset[str]:
    """Means that tell an act only as the force used on a demonstration told right before
    ([family] policing_only: "Police intervened."); joining none, they tell nothing."""
    return frozenset(taxonomy()["family"].get("policing_only", ()))


@functools.cache
def one_operation_means() -> frozenset[str]:
    """Means whose act told across a country is still one event (a round-up, a nationwide
    ceasefire): a spreading phrase makes no total of them ([family] one_operation)."""
    families = taxonomy()["family"]
    one = set(families.get("one_operation", ()))
    return frozenset(m for m, f in families.items() if isinstance(f, str) and f in one)


def for_clients() -> dict[str, Any]:
    """What the UI and API clients need: types with sub-types, the violent ones, colours."""
    return {
        "types": [{"name": t, "sub_types": list(subs)} for t, subs in event_types().items()],
        "violent": sorted(violent_types()),
        "colours": dict(taxonomy()["colours"]),
    }
