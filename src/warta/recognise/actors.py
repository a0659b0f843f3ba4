"""Actor mentions: listed actors, role nouns, references back to a group, and sources.

Listed actors come from data/actors.tsv (canonical ACLED-style names with aliases in every
language); role nouns ("tentara", "villagers", "gunmen") from lang/<code>/roles.toml become
actors once the country is known ("Military Forces of {country}"); "kelompok itu" / "the
group" points back to the last armed group named; channels, agencies and monitors
(data/not_actors.tsv) and unnamed sources ("sejumlah sumber") are claimants, never actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..countries import with_country
from .lexicon import Actor, NotActor, Role
from .phrases import Match

_KINDS = {"actor": 4, "not_actor": 4, "role": 2, "group_reference": 3, "source": 1}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Someone named in a sentence: span, and what is known of who it is."""

    start: int
    end: int
    first: int
    last: int
    kind: str  # actor, role, group_reference, not_actor, source
    text: str
    actor: Actor | None = None
    role: Role | None = None
    other: NotActor | None = None
    source: str | None = None  # label of an unnamed source ("unnamed sources")
    country: str | None = None  # a role's country as told ("Kenyan police", "polisi Kenya")

    @property
    def armed_group(self) -> bool:
        return self.actor is not None and self.actor.category in (
            "rebel_group", "political_militia", "identity_militia",
        )  # fmt: skip


def find_actors(text: str, matches: list[Match]) -> list[ActorMention]:
    """Actor-like mentions of a sentence, longest first where they overlap, left to right."""
    candidates = [
        m for m in matches if m.kind in _KINDS and not _another_bodys_acronym(text, m, matches)
    ]
    candidates.sort(key=lambda m: (-(m.last - m.first), -_KINDS[m.kind], m.first))
    taken: set[int] = set()
    found: list[ActorMention] = []
    sources = {(m.first, m.last): m.value for m in candidates if m.kind == "source"}
    for m in candidates:
        span = set(range(m.first, m.last))
        if span & taken:
            continue
        taken |= span
        mention = _mention(text, m)
        label = sources.get((m.first, m.last))
        if label and mention.source is None:
            mention = replace(mention, source=label)
        found.append(mention)
    return sorted(found, key=lambda a: a.start)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _another_bodys_acronym(text: str, m: Match, matches: list[Match]) -> bool:
    """ "supporters of New Democratic Front (NDF)": an actor's acronym in brackets after a name
    whose capitalised words spell it is that body's (a Sri Lankan party), not the actor's (the
    Syrian NDF), unless the name before it is the actor's too ("Chinland Defense Force (CDF)")
    or shares a word with it."""
    letters = text[m.start : m.end]
    if m.kind != "actor" or not _ACRONYM.fullmatch(letters) or text[m.start - 1 : m.start] != "(":
        return False
    initials: list[str] = []
    spelled: set[str] = set()
    for word in reversed(_WORD.findall(text[: m.start - 1])[-3 * len(letters) :]):
        if word[0].isupper():
            initials.append(word[0])
            spelled.add(word.lower())
        elif initials and len(word) > 3:
            break  # function words ("of", "the", "and") may stand inside the name
        if len(initials) == len(letters):
            break
    if "".join(reversed(initials)) != letters:
        return False
    # a name sharing a word with the actor's may be a spelling of it ("Bangladesh Chattra
    # League (BCL)")
    own = {w.lower() for w in _WORD.findall(m.value.name) if len(w) > 3}
    return not spelled & own and not any(
        o.kind == "actor" and o.value == m.value and o.end <= m.start and o.last >= m.first - 1
        for o in matches
    )


def _mention(text: str, m: Match) -> ActorMention:
    surface = text[m.start : m.end]
    base = (m.start, m.end, m.first, m.last, m.kind, surface)
    if m.kind == "actor":
        return ActorMention(*base, actor=m.value)
    if m.kind == "role":
        return ActorMention(*base, role=m.value)
    if m.kind == "not_actor":
        return ActorMention(*base, other=m.value)
    if m.kind == "source":
        return ActorMention(*base, source=m.value)
    return ActorMention(*base)


def role_actor(role: Role, country: str | None) -> Actor | None:
    """The actor a role noun names in a country, by ISO code ("Police Forces of Indonesia").
    With the country unknown, "Rioters ({country})" is still rioters and "Police Forces of
    {country}" still the police: named without it, their category kept for typing."""
    return Actor(with_country(role.template, country), role.category, None)
