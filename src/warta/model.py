"""The records warta reads and writes: documents, their segments, and coded events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Language = str  # an ISO 639-1 code warta has data for, "ms", or "unknown"
DatePrecision = Literal["day", "week", "month", "year"]
ActorCategory = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
]
ClaimKind = Literal["killed", "injured", "missing", "captured", "displaced"]
Qualifier = Literal["exact", "at_least", "at_most", "approx", "unknown"]
# how an event relates to a named place ("di dekat X": near; "based in X": based_in)
PlaceRelation = Literal[
    "at", "in", "near", "north_of", "south_of", "east_of", "west_of", "northeast_of",
    "northwest_of", "southeast_of", "southwest_of", "outside", "between", "from", "to",
    "based_in", "base", "border",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: cleaned text and what is known about where it came from."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    language: Language | None = None
    author: str | None = None
    source: str | None = None  # the file (and record) it was read from


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of a document's text, with the language it is written in."""

    start: int
    end: int
    language: Language


@dataclass(frozen=True, slots=True)
class Segments:
    """A document's text cut into paragraphs, sentences and tokens, all as offsets."""

    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Span, ...]
    tokens: tuple[Span, ...]
    language: Language | None = None  # the document's, as given or detected


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted stretch of the document that supports a field."""

    start: int
    end: int
    text: str
    document_id: str | None = None  # set in a merged event, whose evidence spans documents


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str
    category: ActorCategory | None = None
    mention: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None  # ACLED geo precision: 1, 2 or 3
    relation: str | None = None  # "at", "near", "south_of", "between", ...
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    value: int | None
    qualifier: Qualifier
    claimant: ActorRef | None
    evidence: Evidence
    via: ActorRef | None = None
    victims: str | None = None
    value_max: int | None = None  # the top of a range ("10-15 killed")
    figure: str | None = None  # the count as written ("setidaknya selusin", "at least 11")
    boast: bool = False  # a party's figure about its enemy's dead (see docs/fatalities.md)
    document_id: str | None = None  # set on the claims of a merged event: whose report it is
    also: tuple[ClaimKind, ...] = ()  # kinds lumped into the same figure ("killed or missing")


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int | None
    best: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_end: str | None
    date_precision: DatePrecision | None
    location: Location | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    fatalities: Fatalities | None
    evidence: tuple[Evidence, ...]
    assoc_actor1: tuple[ActorRef, ...] = ()
    assoc_actor2: tuple[ActorRef, ...] = ()
    injured: Fatalities | None = None
    claims: tuple[Claim, ...] = ()
    confidence: float = 0.0
    fatality_policy: str | None = None
    triggers: tuple[str, ...] = ()  # the event words as written ("mengepung", "ambushed")


@dataclass(frozen=True, slots=True)
class Source:
    """A document that reports a merged event."""

    document_id: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Join:
    """Why a report joined a merged event (merge policy v2): the fields it was judged on."""

    report: str  # the report that joined
    event: str  # the report that began the event (its first in canonical order)
    family: str  # the family of types both are of
    days: int  # days between the report's date range and the event's span (0: they meet)
    km: float  # distance from the event's place
    actors: tuple[str, ...] = ()  # actors shared with the event (none: one side names none)

    def text(self) -> str:
        who = (
            f"shared actors {', '.join(self.actors)}" if self.actors else "actors not contradicting"
        )
        plural = "" if self.days == 1 else "s"
        when = "within its span" if self.days == 0 else f"{self.days} day{plural} from its span"
        return f"{self.report} joined {self.event}: {self.family}; {when}; {self.km:.0f} km from its place; {who}"


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real event as the store holds it: the merged record, its sources, and the
    per-document reports it was merged from (with why each joined)."""

    event: Event  # claims carry document_id; evidence offsets index their own document
    sources: tuple[Source, ...]
    reports: tuple[str, ...]  # ids of the extracted events merged here
    merge_reasons: tuple[Join, ...] = ()  # one per report after the first
    review_status: str = "unreviewed"  # accepted, rejected, edited: see review.py


@dataclass(frozen=True, slots=True)
class Result:
    """What one document yields: the document and the events it reports."""

    document: Document
    events: tuple[Event, ...] = field(default_factory=tuple)
