"""Everything a language's recognisers look for, read from data files into one phrase index.

Sources: the language's pack (warta.lang.pack: numbers, dates, events, reporting, places and
roles) and the language-independent data/actors.tsv and data/not_actors.tsv.
"""

from __future__ import annotations

import csv
import functools
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from importlib import resources
from types import MappingProxyType

from ..errors import DataFileError
from ..lang import schema
from ..lang.pack import LanguagePack, load_pack
from ..model import ActorCategory, ActorRef
from .phrases import Entry, PhraseIndex

# rules about word forms and word lists the assembler compares itself, not phrases to find
_NOT_PHRASES = frozenset(
    {"passive_prefixes", "plural_suffixes", "singular_endings", "plural_nouns",
     "singular_determiners", "intransitive_deaths", "subject_gap", "head_before", "identity",
     "counted_only", "object_before", "near_miss", "animals", "active_prefixed",
     "report_bridge"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of data/actors.tsv."""

    name: str
    category: ActorCategory
    country: str | None

    def ref(self, mention: str | None = None) -> ActorRef:
        return ActorRef(self.name, self.category, mention)


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun's actor template ("Military Forces of {country}")."""

    template: str
    category: ActorCategory
    armed: bool = True  # False: people of unknown identity ("orang tak dikenal")
    crowd: bool = False  # True: a party's supporters, a crowd when they clash (roles.toml)
    kind: str = ""  # "insurgents": ACLED may name them its own way in a country (taxonomy.toml)


@dataclass(frozen=True, slots=True)
class NotActor:
    """A channel, agency, monitor or organisation: a source of claims, never a place."""

    name: str
    kind: str
    speaks_for: str | None  # the actor whose claims it carries (Amaq: Islamic State)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's phrase index, beside the pack it was built from."""

    pack: LanguagePack
    index: PhraseIndex

    @property
    def code(self) -> str:
        return self.pack.code

    @property
    def numbers(self) -> schema.Numbers:
        return self.pack.numbers

    @property
    def dates(self) -> schema.Dates:
        return self.pack.dates

    @property
    def events(self) -> schema.Events:
        return self.pack.events

    @property
    def reporting(self) -> schema.Reporting:
        return self.pack.reporting

    @property
    def places(self) -> schema.Places:
        return self.pack.places


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


@functools.cache
def _abroad() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(
        {
            row["name"]: tuple(c for c in row["countries"].split("|") if c)
            for row in _tsv("actors_abroad.tsv")
        }
    )


def fights_abroad(name: str) -> bool:
    """Whether an actor of data/actors.tsv is known to fight in countries beyond its home
    (data/actors_abroad.tsv): its home country says little of where its events happen."""
    return name in _abroad()


def theatres(name: str) -> tuple[str, ...]:
    """The countries beyond its home an actor is known to fight in (data/actors_abroad.tsv):
    "French forces" in the Sahel, Wagner in the Central African Republic; for a group with no
    home (Islamic State Sahel Province) every country it fights in. Empty when not listed."""
    return _abroad().get(name, ())


@functools.cache
def _local_units() -> Mapping[str, str]:
    return MappingProxyType({r["name"]: r["local_name"] for r in _tsv("local_units.tsv")})


def local_name(name: str, place: str) -> str | None:
    """The name ACLED gives an actor's local unit from a home place (data/local_units.tsv):
    the PDF of Khin-U is "People's Defense Force - Khin-U". None when it names none so."""
    form = _local_units().get(name)
    return form.format(place=place) if form else None


@functools.cache
def _eras() -> Mapping[str, tuple[tuple[str, str], ...]]:
    eras: dict[str, list[tuple[str, str]]] = {}
    for row in _tsv("actor_eras.tsv"):
        eras.setdefault(row["name"], []).append((row["until"], row["earlier_name"]))
    return MappingProxyType({k: tuple(sorted(v)) for k, v in eras.items()})


def name_at(name: str, day: str | None) -> str:
    """The name ACLED coded an actor under on an ISO day (data/actor_eras.tsv): Islamic State
    Sahel Province is "Islamic State (Greater Sahara)" before March 2022. No day: today's."""
    if day:
        for until, earlier in _eras().get(name, ()):
            if day < until:
                return earlier
    return name


@functools.cache
def party_countries() -> dict[str, str]:
    """The country of each political party's name as written (data/parties.tsv)."""
    return {
        name.strip(): row["country"]
        for row in _tsv("parties.tsv")
        for name in row["names"].split("|")
        if name.strip()
    }


def _aliases(row: dict[str, str]) -> list[str]:
    names = [row["name"], *(a.strip() for a in row.get("aliases", "").split("|") if a.strip())]
    # "Pakistan Airforce": news writes the service as one word as often as two
    return names + [n.replace("Air Force", "Airforce") for n in names if "Air Force" in n]


def _category(row: dict[str, str]) -> ActorCategory:
    category = row["category"]
    if category not in typing.get_args(ActorCategory):
        raise DataFileError(f"data/actors.tsv: {row['name']}: unknown category {category!r}")
    return typing.cast(ActorCategory, category)


@functools.cache
def actor_entries() -> tuple[tuple[str, Entry], ...]:
    """Phrase entries of every listed actor and non-actor, shared by all languages."""
    items: list[tuple[str, Entry]] = []
    for row in _tsv("actors.tsv"):
        actor = Actor(row["name"], _category(row), row.get("country") or None)
        items.extend((alias, Entry("actor", actor)) for alias in _aliases(row))
    for row in _tsv("not_actors.tsv"):
        other = NotActor(row["name"], row.get("kind", ""), row.get("speaks_for") or None)
        items.extend((alias, Entry("not_actor", other)) for alias in _aliases(row))
    return tuple(items)


def _number_words(numbers: schema.Numbers) -> Iterator[tuple[str, int]]:
    """The number words, plus compounds of tens and units joined as the language joins them
    ("twenty-five")."""
    yield from numbers.words.items()
    tens = [(w, v) for w, v in numbers.words.items() if 20 <= v <= 90 and v % 10 == 0]
    units = [(w, v) for w, v in numbers.words.items() if 1 <= v <= 9 and len(w) > 2]
    for joiner in numbers.compound_joiners:
        for t, tv in tens:
            for u, uv in units:
                yield f"{t}{joiner}{u}", tv + uv


@functools.cache
def load_lexicon(code: str) -> Lexicon:
    """Index a language's pack once; the result is shared and immutable."""
    pack = load_pack(code)
    numbers, dates, events, reporting, places = (
        pack.numbers, pack.dates, pack.events, pack.reporting, pack.places
    )  # fmt: skip
    items: list[tuple[str, Entry]] = list(actor_entries())
    add = items.append
    for word, value in _number_words(numbers):
        add((word, Entry("numword", value)))
    items.extend((w, Entry("article", True)) for w in numbers.articles)
    for word, scale in numbers.scales.items():
        add((word, Entry("scale", scale)))
    for word, qualifier in numbers.qualifiers.items():
        add((word, Entry("qualifier", qualifier)))
    for word, vague in numbers.vague.items():
        add((word, Entry("vague", vague)))
    for i, word in enumerate(dates.weekdays):
        add((word, Entry("weekday", i)))
    for alias, word in dates.weekday_aliases.items():
        add((alias, Entry("weekday", dates.weekdays.index(word))))
    for i, word in enumerate(dates.months, start=1):
        add((word, Entry("month", i)))
    for alias, word in dates.month_aliases.items():
        add((alias, Entry("month", dates.months.index(word) + 1)))
    for phrase, relative in dates.relative.items():
        add((phrase, Entry("relative", relative)))
    items.extend((w, Entry("month_lead", True)) for w in dates.month_lead)
    items.extend((w, Entry("weekday_past", True)) for w in dates.weekday_past)
    items.extend((w, Entry("aggregate", True)) for w in dates.aggregate)
    items.extend((w, Entry("spread", True)) for w in dates.spread)
    items.extend((w, Entry("aggregate_before_date", True)) for w in dates.aggregate_before_date)
    items.extend((w, Entry("since_clause", True)) for w in dates.since_clause)
    items.extend((w, Entry("other_act_clause", True)) for w in dates.other_act_clause)
    items.extend((w, Entry("superlative", True)) for w in dates.superlative)
    for means, words in events.means.items():
        items.extend((w, Entry("means", means)) for w in words)
    for kind, words in events.casualty.items():
        items.extend((w, Entry("casualty", kind)) for w in words)
    for f in fields(events.markers):
        if f.name not in _NOT_PHRASES:
            items.extend((w, Entry(f.name, True)) for w in getattr(events.markers, f.name))
    items.extend((w, Entry("unit", True)) for w in events.units.words)
    for f in fields(pack.non_events):
        items.extend((w, Entry("non_event", f.name)) for w in getattr(pack.non_events, f.name))
    for key in ("after", "before", "claim_verbs", "via"):
        items.extend((w, Entry(f"report_{key}", True)) for w in getattr(reporting, key))
    for word in reporting.pronoun_verbs:
        add((word, Entry("report_after", True)))
        add((word, Entry("pronoun_verb", True)))
    items.extend((w, Entry("pronouns", True)) for w in reporting.pronouns)
    items.extend((w, Entry("self_reference", True)) for w in reporting.self_reference)
    items.extend((w, Entry("affiliation", True)) for w in reporting.affiliation)
    items.extend((w, Entry("body", True)) for w in reporting.bodies)
    items.extend((w, Entry("toll_reference", True)) for w in reporting.toll_reference)
    items.extend((w, Entry("impersonal", True)) for w in reporting.impersonal)
    for phrase, label in reporting.sources.items():
        add((phrase, Entry("source", label)))
    for phrase, relation in places.relations.items():
        add((phrase, Entry("relation", relation)))
    items.extend((w, Entry("feature", True)) for w in places.features)
    items.extend((w, Entry("organisation", True)) for w in places.organisations)
    for spec in pack.roles.role:
        role = Role(spec.actor, spec.category, spec.armed, spec.crowd, spec.kind)
        items.extend((w, Entry("role", role)) for w in spec.words)
    return Lexicon(pack=pack, index=PhraseIndex(items))
