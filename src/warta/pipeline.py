"""The pipeline: one Document in, its Result out; a pure function of the document.

read -> language -> segment -> recognise -> assemble -> resolve. Heavy state (language
data, the gazetteer) lives in a Resources object built once per process and passed in,
so `extract` runs the same in a loop, a process pool or a Spark task.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import signal
import threading
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .assemble.build import Context, build_event
from .assemble.events import assemble
from .assemble.facts import SentenceFacts, read_sentence
from .countries import country_name
from .errors import InputError, WartaError
from .geo.gazetteer import Gazetteer
from .geo.place import Place
from .geo.resolve import resolve
from .lang import available_langs
from .lang.segment import segment
from .limits import Limits
from .model import Document, Result
from .read.clean import dateline_end
from .recognise.lexicon import Actor, Lexicon, load_lexicon
from .recognise.places import PlaceMention

log = logging.getLogger(__name__)


@functools.cache
def taxonomy() -> MappingProxyType[str, Any]:
    """data/taxonomy.toml: ACLED types and how means map to them."""
    return MappingProxyType(
        tomllib.loads((resources.files("warta.data") / "taxonomy.toml").read_text("utf-8"))
    )


class DocumentTooLarge(InputError):
    """A document's text is over Limits.max_chars."""


class ExtractionTimeout(WartaError):
    """A document's extraction took longer than Limits.seconds."""


@dataclass(frozen=True)
class Resources:
    """Per-process state the pipeline reads: the gazetteer (optional) and language data."""

    gazetteer: Gazetteer | None = None
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def load(cls, gazetteer: Path | str | None = None, limits: Limits | None = None) -> Resources:
        """Open the gazetteer (default: $WARTA_GAZETTEER or ./var/gazetteer.sqlite)."""
        from .geo.paths import default_path

        limits = limits or Limits()
        path = Path(gazetteer) if gazetteer else default_path()
        if not path.is_file():
            log.warning(
                "no gazetteer at %s: events get no coordinates (run `warta gazetteer build`)", path
            )
            return cls(None, limits).warm()
        return cls(Gazetteer.open(path), limits).warm()

    def warm(self) -> Resources:
        """Build the language data and caches now (a second or so), so the first document's
        time limit measures its own work, not warta's start-up."""
        unbounded = Resources(self.gazetteer, Limits(self.limits.max_chars, 0))
        for text in _WARM_UP:
            extract(Document(id="warm-up", text=text, published="2024-01-02"), unbounded)
        return self

    def lexicon(self, code: str | None) -> Lexicon:
        """The language data for a paragraph's language (Malay reads with Indonesian's)."""
        if code == "ms":
            code = "id"
        return load_lexicon(code if code in available_langs() else "en")


_WARM_UP = (
    "Polisi mengatakan dua warga tewas ditembak orang tak dikenal di Kabupaten Nduga, Papua, Senin.",
    "Two soldiers were killed when gunmen attacked a checkpoint near Maiduguri on Monday, police said.",
)


def extract(doc: Document, res: Resources) -> Result:
    """The events one document reports, within the size and time limits of `res.limits`."""
    limit = res.limits
    if len(doc.text) > limit.max_chars:
        raise DocumentTooLarge(
            f"{len(doc.text):,} characters of text, over the limit of {limit.max_chars:,} (--max-chars)"
        )
    with _time_limit(limit.seconds):
        return _extract(doc, res)


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after `seconds` (SIGALRM: the main thread only;
    elsewhere, such as a server's worker threads, the block runs unbounded)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s (--time-limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract(doc: Document, res: Resources) -> Result:
    published = _date(doc.published)
    seg = segment(doc.text, doc.language, tokens=False)
    langs = [p.language for p in seg.paragraphs]
    starts = [p.start for p in seg.paragraphs]
    sentences: list[SentenceFacts] = []
    for i, span in enumerate(seg.sentences):
        para = max(j for j, s in enumerate(starts) if s <= span.start) if starts else 0
        lex = res.lexicon(langs[para] if langs else doc.language)
        sentences.append(read_sentence(doc.text, i, span, lex, res.gazetteer, published))
    head = dateline_end(doc.text)
    places, filed_at = _resolve_places(sentences, res.gazetteer, head)
    drafts = assemble(
        sentences, published, _generic(), _families(), lambda f: places[f.index], head
    )
    fallback = _country_place(res.gazetteer, _main_country(places, filed_at))
    ctx = Context(
        doc_id=doc.id,
        text=doc.text,
        published=published,
        taxonomy=taxonomy(),
        groups=MappingProxyType(_group_references(sentences)),
        fallback_place=fallback,
        country=fallback.country if fallback else None,
    )
    events = [e for d in drafts if (e := build_event(d, ctx)) is not None]
    return Result(doc, tuple(events))


def extract_all(docs: Iterable[Document], res: Resources) -> Iterator[Result]:
    """Results of many documents, in order."""
    for doc in docs:
        yield extract(doc, res)


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(taxonomy().get("generic", ()))


@functools.cache
def event_families() -> MappingProxyType[str, str]:
    """ACLED event type -> family: "violent" for the three violent types, else the type."""
    violent = set(taxonomy()["violent"])
    return MappingProxyType({t: "violent" if t in violent else t for t in taxonomy()["types"]})


@functools.cache
def _families() -> MappingProxyType[str, str]:
    """Each means' family: "violent" for ACLED's three violent types, else its event type.
    Acts of one family may be one event; an arrest after an ambush is another."""
    violence = set(taxonomy()["family"]["violence"])
    anywhere = set(taxonomy()["family"].get("joins_any", ()))
    return MappingProxyType({
        m: "violent" if family in violence else "any" if family in anywhere else family
        for m, family in taxonomy()["family"].items()
        if isinstance(family, str)
    })  # fmt: skip


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _resolve_places(
    sentences: list[SentenceFacts], gazetteer: Gazetteer | None, skip_before: int = 0
) -> tuple[dict[int, list[tuple[PlaceMention, Place | None]]], Place | None]:
    """Each sentence's place mentions with the place chosen for them, in document context.

    The dateline's place ("MOGADISHU (Reuters) -") is where the report was filed: it helps
    resolve the other places but is no event's place; it is returned apart."""
    mentions = [pm for f in sentences for pm in f.places]
    chosen = (
        resolve(mentions, gazetteer)
        if gazetteer is not None and mentions
        else [None] * len(mentions)
    )
    by_sentence: dict[int, list[tuple[PlaceMention, Place | None]]] = {
        f.index: [] for f in sentences
    }
    k = 0
    filed_at: Place | None = None
    for f in sentences:
        for pm in f.places:
            if pm.start >= skip_before:
                by_sentence[f.index].append((pm, chosen[k]))
            elif filed_at is None:
                filed_at = chosen[k]
            k += 1
    return by_sentence, filed_at


def _main_country(
    places: dict[int, list[tuple[PlaceMention, Place | None]]], filed_at: Place | None
) -> str | None:
    """The document's country: the dateline's, else the most often named."""
    if filed_at is not None and filed_at.country:
        return filed_at.country
    counts: Counter[str] = Counter(
        p.country
        for pairs in places.values()
        for pm, p in pairs
        if p is not None and p.country and pm.relation not in ("from", "based_in")
    )
    return counts.most_common(1)[0][0] if counts else None


def _country_place(gazetteer: Gazetteer | None, iso2: str | None) -> Place | None:
    """A country as a gazetteer place, for events told with no place of their own."""
    if gazetteer is None or iso2 is None:
        return None
    name = country_name(iso2) or iso2
    found = [p for p in gazetteer.lookup(name, country=iso2) if p.feature_code.startswith("PCL")]
    return found[0] if found else None


def _group_references(sentences: list[SentenceFacts]) -> dict[int, Actor]:
    """'kelompok itu', 'the group': the last armed group named before, by mention start."""
    found: dict[int, Actor] = {}
    last: Actor | None = None
    for f in sentences:
        for a in f.actors:
            if a.armed_group and a.actor is not None:
                last = a.actor
            elif a.kind == "group_reference" and last is not None:
                found[a.start] = last
    return found
