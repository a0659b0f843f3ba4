"""Everything a language's recognisers look for, read from data files into one phrase index.

Sources: lang/<code>/{numbers,dates,events,reporting,places,roles}.toml and the
language-independent data/actors.tsv and data/not_actors.tsv.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import DataFileError
from ..model import ActorRef
from .phrases import Entry, PhraseIndex

_NOT_PHRASES = frozenset({"passive_prefixes"})  # rules about word forms, read by the assembler


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of data/actors.tsv."""

    name: str
    category: str
    country: str | None

    def ref(self, mention: str | None = None) -> ActorRef:
        return ActorRef(self.name, self.category, mention)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun's actor template ("Military Forces of {country}")."""

    template: str
    category: str


@dataclass(frozen=True, slots=True)
class NotActor:
    """A channel, agency, monitor or organisation: a source of claims, never a place."""

    name: str
    kind: str
    speaks_for: str | None  # the actor whose claims it carries (Amaq: Islamic State)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's phrase index and the tables its recognisers need."""

    code: str
    index: PhraseIndex
    numbers: MappingProxyType[str, Any]
    dates: MappingProxyType[str, Any]
    events: MappingProxyType[str, Any]
    reporting: MappingProxyType[str, Any]
    places: MappingProxyType[str, Any]


def _toml(code: str, name: str) -> dict[str, Any]:
    path = resources.files("warta.lang") / code / name
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"lang/{code}/{name}: {err}") from err


def _tsv(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("warta.data") / name
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for lineno, row in enumerate(
        csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2
    ):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(f"data/{name}: row {lineno}: wrong number of columns")
        yield row


def _aliases(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a.strip() for a in row.get("aliases", "").split("|") if a.strip())]


@functools.cache
def actor_entries() -> tuple[tuple[str, Entry], ...]:
    """Phrase entries of every listed actor and non-actor, shared by all languages."""
    items: list[tuple[str, Entry]] = []
    for row in _tsv("actors.tsv"):
        actor = Actor(row["name"], row["category"], row.get("country") or None)
        items.extend((alias, Entry("actor", actor)) for alias in _aliases(row))
    for row in _tsv("not_actors.tsv"):
        other = NotActor(row["name"], row.get("kind", ""), row.get("speaks_for") or None)
        items.extend((alias, Entry("not_actor", other)) for alias in _aliases(row))
    return tuple(items)


def _number_words(words: dict[str, int]) -> Iterator[tuple[str, int]]:
    """The number words, plus hyphenated compounds of tens and units ("twenty-five")."""
    yield from words.items()
    tens = [(w, v) for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0]
    units = [(w, v) for w, v in words.items() if 1 <= v <= 9 and len(w) > 2]
    for t, tv in tens:
        for u, uv in units:
            yield f"{t}-{u}", tv + uv


@functools.cache
def load_lexicon(code: str) -> Lexicon:
    """Read a language's data once; the result is shared and immutable."""
    numbers = _toml(code, "numbers.toml")
    dates = _toml(code, "dates.toml")
    events = _toml(code, "events.toml")
    reporting = _toml(code, "reporting.toml")
    places = _toml(code, "places.toml")
    roles = _toml(code, "roles.toml")
    items: list[tuple[str, Entry]] = list(actor_entries())
    add = items.append
    for word, value in _number_words(numbers.get("words", {})):
        add((word, Entry("numword", value)))
    for word, value in numbers.get("scales", {}).items():
        add((word, Entry("scale", value)))
    for word, value in numbers.get("qualifiers", {}).items():
        add((word, Entry("qualifier", value)))
    for word, (qualifier, floor) in numbers.get("vague", {}).items():
        add((word, Entry("vague", (qualifier, floor))))
    for i, word in enumerate(dates.get("weekdays", ())):
        add((word, Entry("weekday", i)))
    for alias, word in dates.get("weekday_aliases", {}).items():
        add((alias, Entry("weekday", dates["weekdays"].index(word))))
    for i, word in enumerate(dates.get("months", ()), start=1):
        add((word, Entry("month", i)))
    for alias, word in dates.get("month_aliases", {}).items():
        add((alias, Entry("month", dates["months"].index(word) + 1)))
    for phrase, spec in dates.get("relative", {}).items():
        add((phrase, Entry("relative", MappingProxyType(spec))))
    for word in dates.get("month_lead", ()):
        add((word, Entry("month_lead", True)))
    for word in dates.get("weekday_past", ()):
        add((word, Entry("weekday_past", True)))
    for phrase in dates.get("aggregate", ()):
        add((phrase, Entry("aggregate", True)))
    for phrase in dates.get("aggregate_before_date", ()):
        add((phrase, Entry("aggregate_before_date", True)))
    for means, words in events.get("means", {}).items():
        items.extend((w, Entry("means", means)) for w in words)
    for kind, words in events.get("casualty", {}).items():
        items.extend((w, Entry("casualty", kind)) for w in words)
    for marker, words in events.get("markers", {}).items():
        if marker not in _NOT_PHRASES:
            items.extend((w, Entry(marker, True)) for w in words)
    items.extend((w, Entry("unit", True)) for w in events.get("units", {}).get("words", ()))
    for key in ("after", "before", "claim_verbs", "via"):
        items.extend((w, Entry(f"report_{key}", True)) for w in reporting.get(key, ()))
    for word in reporting.get("pronoun_verbs", ()):
        add((word, Entry("report_after", True)))
        add((word, Entry("pronoun_verb", True)))
    for key in ("pronouns", "self_reference"):
        items.extend((w, Entry(key, True)) for w in reporting.get(key, ()))
    for phrase, label in reporting.get("sources", {}).items():
        add((phrase, Entry("source", label)))
    for phrase, relation in places.get("relations", {}).items():
        add((phrase, Entry("relation", relation)))
    items.extend((w, Entry("feature", True)) for w in places.get("features", ()))
    items.extend((w, Entry("organisation", True)) for w in places.get("organisations", ()))
    for spec in roles.get("role", ()):
        role = Role(spec["actor"], spec["category"])
        items.extend((w, Entry("role", role)) for w in spec.get("words", ()))
    return Lexicon(
        code=code,
        index=PhraseIndex(items),
        numbers=MappingProxyType(numbers),
        dates=MappingProxyType(dates),
        events=MappingProxyType(events),
        reporting=MappingProxyType(reporting),
        places=MappingProxyType(places),
    )
