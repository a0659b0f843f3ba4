"""The pipeline: one Document in, its Result out; a pure function of the document.

read -> language -> segment -> recognise -> assemble -> resolve. Heavy state (language
data, the gazetteer) lives in a Resources object built once per process and passed in,
so `extract` runs the same in a loop, a process pool or a Spark task.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from .assemble.build import Context, build_event
from .assemble.events import assemble
from .assemble.facts import DEMONYM_WORDS, SentenceFacts, read_sentence
from .countries import country_name
from .errors import InputError, WartaError
from .geo.features import ADMIN1, LOCAL_ADMIN, REGION, is_country
from .geo.gazetteer import Gazetteer
from .geo.geometry import haversine_km
from .geo.normalise import fold, name_similarity, normalise
from .geo.place import ELSEWHERE, Place, PlaceMention
from .geo.resolve import resolve
from .geo.units import units_spelled
from .lang import reader_of
from .lang.frequency import zipf
from .lang.segment import Segments, segment
from .limits import Limits
from .model import Document, Event, Result, Span
from .read.clean import dateline_span
from .recognise.actors import ActorMention
from .recognise.dates import DateMention
from .recognise.lexicon import (
    Actor,
    Lexicon,
    fights_abroad,
    load_lexicon,
    party_countries,
    theatres,
)
from .recognise.places import lookup, place_rules
from .taxonomy import generic_means, means_families, taxonomy

log = logging.getLogger(__name__)
T = TypeVar("T")


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
        """The language data for a paragraph's language (its own pack, a close language's
        that reads it, or English's)."""
        return load_lexicon(reader_of(code) or "en")


# This process's resources, by (gazetteer, limits): the one place a worker process (a pool
# worker, a Spark executor, the API's extraction process) keeps what it loaded.
_HELD: dict[tuple[str | None, Limits | None], Resources] = {}


def process_resources(gazetteer: Path | str | None, limits: Limits | None = None) -> Resources:
    """The Resources of this process for a gazetteer and limits, loaded on first use."""
    key = (str(gazetteer) if gazetteer is not None else None, limits)
    if key not in _HELD:
        _HELD[key] = Resources.load(gazetteer, limits)
    return _HELD[key]


_WARM_UP = (
    "Polisi mengatakan dua warga tewas ditembak orang tak dikenal di Kabupaten Nduga, Papua, Senin.",
    "Two soldiers were killed when gunmen attacked a checkpoint near Maiduguri on Monday, police said.",
)


def extract_or_error(
    task: Callable[[Document, Resources], T], doc: Document, res: Resources
) -> T | Exception:
    """The one per-document step of every runner (ingest, the worker pool, Spark, the API):
    `task(doc, res)` (`extract`, or extract and render), or the exception it raised, logged, so
    that one bad document never stops a batch."""
    try:
        return task(doc, res)
    except Exception as err:
        log.debug("extraction of %s failed", doc.id, exc_info=True)
        return err


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
    if doc.language is None:  # left by the reader for the worker to detect
        doc = replace(doc, language=seg.language)
    langs = [p.language for p in seg.paragraphs]
    starts = [p.start for p in seg.paragraphs]
    sentences: list[SentenceFacts] = []
    for i, span in enumerate(seg.sentences):
        para = max(j for j, s in enumerate(starts) if s <= span.start) if starts else 0
        lex = res.lexicon(langs[para] if langs else doc.language)
        sentences.append(read_sentence(doc.text, i, span, lex, res.gazetteer, published))
    head = dateline_span(doc.text)
    sentences = _drop_surnames(_count_from_told_days(sentences))
    places, filed_at = _resolve_places(sentences, res.gazetteer, head)
    sentences = _drop_stray_initials(sentences, places)
    drafts = assemble(
        sentences,
        published,
        generic_means(),
        means_families(),
        lambda f: places[f.index],
        head,
        headline=_headline(doc, seg, sentences, res),
    )
    main = _main_country(places, filed_at)
    fallback = (
        _main_place(places, main)
        or _country_place(res.gazetteer, main)
        or _origin_place(places)
        or _country_place(res.gazetteer, _groups_country(sentences))
        or _country_place(res.gazetteer, _forces_country(sentences))
        or _unit_in_names(sentences, res.gazetteer)
    )
    ctx = Context(
        doc_id=doc.id,
        text=doc.text,
        published=published,
        taxonomy=taxonomy(),
        groups=MappingProxyType(_group_references(sentences)),
        nationals=MappingProxyType(_told_nationalities(sentences)),
        fallback_place=fallback,
        country=fallback.country if fallback else None,
        told_groups=tuple(
            (a.start, a.actor)
            for f in sentences
            for a in f.actors
            if a.armed_group and a.actor is not None
        ),
        gang_marked=frozenset(f.index for f in sentences if f.has("gang_hallmarks")),
    )
    events = [e for d in drafts if (e := build_event(d, ctx)) is not None]
    return Result(doc, _unique_ids(events))


def _headline(
    doc: Document, seg: Segments, sentences: list[SentenceFacts], res: Resources
) -> SentenceFacts | None:
    """The article's headline read like a sentence: its title when the reader found one,
    else a first paragraph of one sentence that more paragraphs follow."""
    if doc.title:
        lex = res.lexicon(seg.paragraphs[0].language if seg.paragraphs else doc.language)
        return read_sentence(doc.title, -1, Span(0, len(doc.title)), lex, res.gazetteer, None)
    paras, sents = seg.paragraphs, seg.sentences
    if len(paras) > 1 and len(sents) > 1 and sents[1].start >= paras[1].start:
        return sentences[0]
    return None


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _unique_ids(events: list[Event]) -> tuple[Event, ...]:
    """Two events told in one sentence have the same evidence, so the same id: the later ones
    get a hash of the id and their rank, so every event of a document keeps an id of its own."""
    seen: Counter[str] = Counter()
    out = []
    for e in events:
        seen[e.id] += 1
        rank = seen[e.id]
        out.append(e if rank == 1 else replace(e, id=_sha1(f"{e.id}:{rank}")[:16]))
    return tuple(out)


def extract_all(docs: Iterable[Document], res: Resources) -> Iterator[Result]:
    """Results of many documents, in order."""
    for doc in docs:
        yield extract(doc, res)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _resolve_places(
    sentences: list[SentenceFacts], gazetteer: Gazetteer | None, dateline: tuple[int, int] = (0, 0)
) -> tuple[dict[int, list[tuple[PlaceMention, Place | None]]], Place | None]:
    """Each sentence's place mentions with the place chosen for them, in document context.

    The dateline's place ("MOGADISHU (Reuters) -", "Doha, Qatar -") is where the report was
    filed: no event's place, and only a hint for the others, since an outlet files from its
    own city whatever country the news is from; it is returned apart."""
    inside = [pm for f in sentences for pm in f.places if dateline[0] <= pm.start < dateline[1]]
    body = _document_indexed(
        [
            (f.places, [not dateline[0] <= pm.start < dateline[1] for pm in f.places])
            for f in sentences
        ]
    )
    hints = [
        a.actor.country
        for f in sentences
        for a in f.actors
        if a.actor is not None and a.actor.country
    ]
    # a group with no home country fights in a few (Islamic State Sahel Province: Mali, Niger,
    # Burkina Faso): its events lie in those, though not next door to them (a state told by its
    # name alone, "Iran menembakkan rudal", also carries no country: its forces are no such group)
    homeless = [
        code
        for f in sentences
        for a in f.actors
        if a.actor is not None and not a.actor.country and a.actor.category != "state_forces"
        for code in theatres(a.actor.name)
    ]
    hints += [code for f in sentences for code in demonym_countries(f)]
    # a role told with its country's name ("Kenya troops", "polisi Kenya"): no place, a hint
    hints += [
        a.country
        for f in sentences
        for a in f.actors
        if a.role is not None and a.country and not _abroad_role(f, a)
    ]
    hints += [code for f in sentences for code in parties_named(f)]
    hints += _province_in_names(sentences, gazetteer)
    # where state forces are known to serve besides home ("French forces" in Burkina Faso);
    # a group's known fronts are no such hint (JNIM's reach into Benin would bring Benin's
    # namesakes of Burkinabe villages back)
    serving = {
        code
        for f in sentences
        for a in f.actors
        if a.actor is not None and a.actor.country and a.actor.category == "state_forces"
        for code in theatres(a.actor.name)
    }
    filed = resolve(inside) if gazetteer is not None and inside else [None] * len(inside)
    filed_at = next((p for p in filed if p is not None), None)
    country = filed_at.country if filed_at is not None else None
    chosen = (
        resolve(body, country=country, hints=hints, theatres=serving, fronts=homeless)
        if gazetteer is not None and body
        else [None] * len(body)
    )
    if gazetteer is not None and body:
        spelled = _units_told(body, chosen, hints, gazetteer)
        if spelled is not None:
            body = spelled
            chosen = resolve(body, country=country, hints=hints, theatres=serving, fronts=homeless)
    by_sentence: dict[int, list[tuple[PlaceMention, Place | None]]] = {
        f.index: [] for f in sentences
    }
    picks = iter(chosen)
    for f in sentences:
        for pm in f.places:
            if not dateline[0] <= pm.start < dateline[1]:
                by_sentence[f.index].append((pm, next(picks)))
    return by_sentence, filed_at


UNIT_FEATURES = frozenset({"adm1", "adm2", "adm3", "county"})


def _units_told(
    mentions: list[PlaceMention],
    chosen: Sequence[Place | None],
    hints: list[str],
    gazetteer: Gazetteer,
) -> list[PlaceMention] | None:
    """The mentions again, with readings for the units told with their kind that the gazetteer
    lacks under the name written ("Samlot district": Srok Samlot; "Sohbat-pur district":
    Sohbatpur District; `warta.geo.units`), or None when there are none. A near
    spelling counts only in a country the document already points to: its actors, peoples
    and parties, its places, its unit words."""
    told = [
        k
        for k, m in enumerate(mentions)
        if not m.candidates and m.feature in UNIT_FEATURES and m.relation not in ELSEWHERE
    ]
    if not told:
        return None
    countries = set(hints) | {p.country for p in chosen if p is not None and p.country}
    countries |= {c for m in mentions for c in m.countries}
    out = list(mentions)
    found = False
    for k in told:
        m = mentions[k]
        name = m.name
        if m.cue and name.lower().startswith(m.cue.lower()):
            name = name[len(m.cue) :]  # "Kabupaten X": the cue written as part of the name
        readings = units_spelled(gazetteer, name, countries, only=m.countries)
        if readings:
            out[k] = replace(m, candidates=readings)
            found = True
    return out if found else None


def _document_indexed(
    per_sentence: list[tuple[list[PlaceMention], list[bool]]],
) -> list[PlaceMention]:
    """One list of the document's place mentions kept (each sentence's places, and which of
    them to keep), each `anchor` and `partner` (an index among its own sentence's places:
    "X, 10 km east of Y") turned into an index into that list, or None when not kept."""
    out: list[PlaceMention] = []
    for places, keep in per_sentence:
        at: dict[int, int] = {}
        for k, wanted in enumerate(keep):
            if wanted:
                at[k] = len(at) + len(out)
        for k, pm in enumerate(places):
            if not keep[k]:
                continue
            if pm.anchor is not None or pm.partner is not None:
                pm = replace(
                    pm,
                    anchor=None if pm.anchor is None else at.get(pm.anchor),
                    partner=None if pm.partner is None else at.get(pm.partner),
                )
            out.append(pm)
    return out


def _told_nationalities(sentences: list[SentenceFacts]) -> dict[str, str]:
    """The one country a document tells for each role ("Zambian soldiers ... two soldiers
    were killed"): the role's bare mentions are of that country too. A role told with two
    nationalities ("Thai and Cambodian soldiers") gets none."""
    told: dict[str, set[str]] = {}
    for f in sentences:
        for a in f.actors:
            if a.role is not None and a.country is not None:
                told.setdefault(a.role.template, set()).add(a.country)
    return {template: next(iter(codes)) for template, codes in told.items() if len(codes) == 1}


def demonym_countries(f: SentenceFacts) -> list[str]:
    """The countries whose people the sentence names ("Kenyan police", "Somali residents"):
    hints for the resolver, as the actors' countries are. A people's word before a noun of
    foreigners, firms or envoys (`abroad_after` of places.toml: "Venezuelan migrants", "a
    Polish oil firm") is none: they are met away from home."""
    demonyms = f.lang.places.demonyms
    if not demonyms:
        return []
    abroad = {w.lower() for w in f.lang.places.abroad_after}
    units = {c for c, kind in f.lang.places.cue_types.items() if kind in _UNIT_KINDS}
    words = [t.text for t in f.tokens]
    words = [
        "" if _before_abroad(words, i, abroad) or _people_of_unit(words, i, units) else w
        for i, w in enumerate(words)
    ]
    return [code for codes in _names_in(words, demonyms, DEMONYM_WORDS) for code in codes]


# the kinds of `cue_types` that are administrative units
_UNIT_KINDS = frozenset({"adm1", "adm2", "adm3", "county"})


def _people_of_unit(words: list[str], i: int, units: set[str]) -> bool:
    """Whether word `i` (a capitalised word) names a unit with the unit's word after it ("the
    Somali region", "Afar Region"): Ethiopia's region, no Somali people."""
    return words[i][:1].isupper() and i + 1 < len(words) and words[i + 1].lower() in units


def _before_abroad(words: list[str], i: int, abroad: set[str]) -> bool:
    """Whether word `i` (a capitalised word) stands before a noun of `abroad`, next to it or
    one lower-case word further ("a Polish oil firm")."""
    if not abroad or not words[i][:1].isupper():
        return False
    after = words[i + 1 : i + 3]
    if after and after[0].lower() in abroad:
        return True
    return len(after) == 2 and after[0][:1].islower() and after[1].lower() in abroad


def _abroad_role(f: SentenceFacts, a: ActorMention) -> bool:
    """A role told with a people's word that names foreigners ("Venezuelan citizens"): its
    country is no hint of the event's (`abroad_after` of places.toml)."""
    words = a.text.lower().split()
    return bool(words) and words[-1] in {w.lower() for w in f.lang.places.abroad_after}


def _names_in(words: list[str], table: Mapping[str, T], longest: int) -> list[T]:
    """The values of the names of `table` written in `words` (up to `longest` words each,
    opening with a capital), left to right, the longest name at each word first."""
    found: list[T] = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            value = table.get(" ".join(words[i : i + n]))
            if value:
                found.append(value)
                i += n
                break
        else:
            i += 1
    return found


PARTY_WORDS = 5  # the longest party name, in tokens ("Coalition for Reforms and Democracy")


def parties_named(f: SentenceFacts) -> list[str]:
    """The countries of the political parties the sentence names ("Likud", "Colorado Party",
    `data/parties.tsv`): hints for the resolver, as demonyms are."""
    words = [_POSSESSIVE_S.sub("", t.text) for t in f.tokens]
    return _names_in(words, party_countries(), PARTY_WORDS)


_POSSESSIVE_S = re.compile(r"['’]s$")


def _main_country(
    places: dict[int, list[tuple[PlaceMention, Place | None]]], filed_at: Place | None
) -> str | None:
    """The document's country: the dateline's when the text names places there too or none
    at all, else the most often named ("Doha, Qatar - ... in Syria's Hasakah" is Syria's
    news, filed from the outlet's city)."""
    counts: Counter[str] = Counter(
        p.country
        for pairs in places.values()
        for pm, p in pairs
        if p is not None and p.country and pm.relation not in ("from", "based_in", "border")
    )
    if filed_at is not None and filed_at.country and (not counts or filed_at.country in counts):
        return filed_at.country
    if not counts:
        # no place resolved, but a unit word only one country uses ("Dholpara upazila": BD),
        # or a people's word before a place noun ("a small Kenyan town": KE)
        counts.update(
            (pm.countries or pm.people)[0]
            for pairs in places.values()
            for pm, _ in pairs
            if len(pm.countries or pm.people) == 1
            and pm.relation not in ("from", "based_in", "border")
        )
    return counts.most_common(1)[0][0] if counts else None


ONE_AREA_KM = 50.0  # towns this close tell of one area
BARE_TOWN_POPULATION = 100_000  # a smaller town named bare does not spread a report
ORIGIN_SIMILARITY = 0.8  # a place people come from counts only under a name this like its own


def _main_place(
    places: dict[int, list[tuple[PlaceMention, Place | None]]], country: str | None
) -> Place | None:
    """The narrowest place the document names in its main country (the first named among
    equals), for events told in a sentence that names none: "an incursion into Gayeri
    (Gayeri, Komondjari). Burkinabe forces killed three militants" happened at Gayeri."""
    named = [
        (pm, p)
        for pairs in places.values()
        for pm, p in pairs
        if p is not None
        and country is not None
        and p.country == country
        and pm.relation not in ("from", "based_in", "border")
    ]
    if not named:
        return None
    # a town only when the document's towns are one area; an article of events in several
    # towns places an event it tells without a place at the unit they share, not at a town
    # of another event
    # a town named as where another lies ("in Petrolina, Pernambuco": Pernambuco read as its
    # capital) is no town of another event
    towns = [p for pm, p in named if _level(p) == 0 and (pm.relation != "in" or pm.bare)] or [
        p for _, p in named if _level(p) == 0
    ]
    # a small town named bare (no relation word, no feature noun) is weaker than one told with
    # them: it does not spread the report when the told towns are one area ("in Barra Mansa,
    # Rio de Janeiro, police went to the Paraiso de Cima neighbourhood": the São Paulo Paraíso
    # of 6,000 a bare "Paraiso" reads is no second town of the report; a bare Nairobi is)
    weak = [p for pm, p in named if pm.bare and p.population < BARE_TOWN_POPULATION]
    told = [t for t in towns if all(t is not p for p in weak)]
    if told:
        towns = told
    if towns and all(
        haversine_km(towns[0].lat, towns[0].lon, t.lat, t.lon) <= ONE_AREA_KM for t in towns
    ):
        return towns[0]
    units = [pair for pair in named if _level(pair[1]) > 0]
    return min(units, key=lambda pair: (_level(pair[1]), pair[0].start))[1] if units else None


def _origin_place(places: dict[int, list[tuple[PlaceMention, Place | None]]]) -> Place | None:
    """For a document that names no other place: the first town or unit its people are told
    to come from or be based in ("Youths from Kapsabet protested", "a shopkeeper based in Kitui"),
    where such local news happens. A country is no such place: people "from Uganda" or
    "said to come from Sudan" are foreigners where the event happened."""
    for pairs in places.values():
        for pm, p in pairs:
            if (
                p is not None
                and pm.relation in ("from", "based_in")
                and not is_country(p)
                and (p.feature_code in ADMIN1 or _spelled_like(p, pm))
            ):
                return p
    return None


def _spelled_like(p: Place, pm: PlaceMention) -> bool:
    """A reading under a name like the one written ("Kakamega" for "Kakamenga"), not one met
    only through a far alternate name (a village whose name meets one of a
    capital's old names is no capital): a weak hint needs a sure reading."""
    return name_similarity(normalise(p.name), normalise(pm.name)) >= ORIGIN_SIMILARITY


def _groups_country(sentences: list[SentenceFacts]) -> str | None:
    """For a document that names no place at all: the one country of the armed groups,
    militias and parties it names (actors, and the parties of `data/parties.tsv`: "ODM
    supporters protested ..." is Kenyan news), when none
    of them is known to fight abroad too (`data/actors_abroad.tsv`: JNIM is coded to Mali and
    fights in Burkina Faso). State forces are read after it (`_forces_country`): they serve
    abroad too often to stand beside groups."""
    groups = _named_actors(sentences, lambda a: a.category not in _NO_HOME)
    countries = {a.country for a in groups} | {c for f in sentences for c in parties_named(f)}
    if len(countries) != 1 or any(fights_abroad(a.name) for a in groups):
        return None
    return countries.pop()


def _forces_country(sentences: list[SentenceFacts]) -> str | None:
    """For a document that names no place and whose groups give no country: the one country
    of the state forces it names ("Kenya Defence Forces", "the Burkinabe army"), when no armed
    group or militia of another country is named, and none of those forces is known to serve
    abroad (`data/actors_abroad.tsv`: France's forces in the Sahel). A force told only by a
    nationality word in a role ("a Senegalese peacekeeper", "Chadian students") gives none,
    but police told with their country ("Kenyan police", "polisi Kenya") do: police serve at
    home (`_police_countries`)."""
    forces = _named_actors(sentences, lambda a: a.category == "state_forces")
    police = _police_countries(sentences)
    countries = {a.country for a in forces} | police
    groups = {a.country for a in _named_actors(sentences, lambda a: a.category not in _NO_HOME)}
    if len(countries) != 1 or any(fights_abroad(a.name) for a in forces):
        return None
    # police fight a foreign group at home ("Al Shabaab attacked a Kenyan police post")
    if not groups <= countries and not police:
        return None
    return countries.pop()


# the ACLED template of police, a state's forces that serve only at home (unlike its military:
# peacekeepers, troops abroad); a role of it told with a nationality gives that country
_POLICE_TEMPLATE = "Police Forces of {country}"


def _police_countries(sentences: list[SentenceFacts]) -> set[str]:
    """The countries of the police roles told with their nationality ("Kenyan police",
    "a Pakistani policeman", "polisi Kenya"), when the document names no other country's
    people: in "Kenyan and Ugandan police" the role carries one of two."""
    police = {
        a.country
        for f in sentences
        for a in f.actors
        if a.role is not None and a.country and a.role.template == _POLICE_TEMPLATE
    }
    return police if police and _peoples_told(sentences) <= police else set()


def _peoples_told(sentences: list[SentenceFacts]) -> set[str]:
    """The countries whose people the document names, but for a people's word before a border
    word ("near the Somali border" names a border, `border_after` of places.toml)."""
    found: set[str] = set()
    for f in sentences:
        demonyms = f.lang.places.demonyms
        border = {w.lower() for w in f.lang.places.border_after}
        words = [t.text for t in f.tokens]
        words = [
            "" if i + 1 < len(words) and words[i + 1].lower() in border else w
            for i, w in enumerate(words)
        ]
        found.update(c for codes in _names_in(words, demonyms, DEMONYM_WORDS) for c in codes)
    return found


def _named_actors(sentences: list[SentenceFacts], keep: Callable[[Actor], bool]) -> set[Actor]:
    """The dictionary actors with a home country the document names that `keep` accepts."""
    return {
        a.actor
        for f in sentences
        for a in f.actors
        if a.actor is not None and a.actor.country and keep(a.actor)
    }


# categories whose actors say nothing of where a story happens
_NO_HOME = frozenset({"state_forces", "external", "civilians", "protesters", "rioters"})


UNIT_IN_NAME_LETTERS = 4  # "Mon" may be a day's abbreviation; a province's name is longer


def _unit_in_names(sentences: list[SentenceFacts], gazetteer: Gazetteer | None) -> Place | None:
    """For a document that names no place and whose actors give no country: the one province
    or country named inside the names of its organisations and bodies ("the All Uttarakhand
    Parents Association", "Nepal Police", "the Balochistan Assembly"), a run of two or more
    capitalised words that the recogniser read as no place. Only a name whose one reading
    among first-level units and countries is spelled as written ("Central" is a province of
    many countries, "Punjab" of two), when the people and actors the text names are of no
    other country; the province when one is named, else the country (precision 3)."""
    if gazetteer is None:
        return None
    found = _units_in_names(sentences, gazetteer)
    countries = {p.country for p in found.values()}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    others = {c for f in sentences for c in demonym_countries(f)} | {
        a.actor.country for a in (m for f in sentences for m in f.actors) if a.actor is not None
    }
    if others - {country, None}:
        return None
    units = [p for p in found.values() if not is_country(p)]
    if len(units) == 1:
        return units[0]
    return next((p for p in found.values() if is_country(p)), None)


def _province_in_names(sentences: list[SentenceFacts], gazetteer: Gazetteer | None) -> list[str]:
    """The country of the provinces named inside the names of the document's bodies ("the
    Sindh Revenue Board", "the Balochistan Assembly"), when they are of one country: a hint
    for the resolver, as an actor's country is ("clerks of the Sindh Revenue Board rallied at
    the Hyderabad railway station": Pakistan's Hyderabad, not India's). A province is rarely
    named for a body abroad, unlike a country ("the Israel embassy")."""
    if gazetteer is None:
        return []
    found = _units_in_names(sentences, gazetteer, spelled=True)
    countries = {p.country for p in found.values() if not is_country(p) and p.country}
    # only to choose among the readings of the text's places ("the Atacama Miners Union" in
    # a Panamanian town's note tells of no Chilean place)
    read = {p.country for f in sentences for pm in f.places for p in pm.candidates}
    return list(countries) if len(countries) == 1 and countries <= read else []


def _units_in_names(
    sentences: list[SentenceFacts], gazetteer: Gazetteer, *, spelled: bool = False
) -> dict[str, Place]:
    """The provinces and countries named inside the names of a document's organisations and
    bodies (`_unit_in_names`), by id; `spelled`: only those spelled as written ("Avelino" is
    no Avellino)."""
    found: dict[str, Place] = {}
    for f in sentences:
        # a place the recogniser read keeps its own relation ("troops withdrawn from Kenya")
        read = {i for pm in f.places for i in range(pm.first, pm.last)}
        words = ["" if i in read else t.text for i, t in enumerate(f.tokens)]
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and words[j][:1].isupper():
                j += 1
            if j - i >= 2:
                for n in (1, 2):
                    for k in range(i, j - n + 1):
                        name = " ".join(words[k : k + n])
                        place = _unit_named(name, gazetteer, f.lang.code)
                        if place is not None and (not spelled or fold(place.name) == fold(name)):
                            found[place.id] = place
            i = j + 1
    return found


def _unit_named(name: str, gazetteer: Gazetteer, code: str) -> Place | None:
    """The province or country spelled as `name`, when every place spelled so lies in
    its country ("Busia" is a Ugandan district and a Kenyan town: neither) and a province's
    name is no common word ("South", a Rwandan province: `common_word_zipf` of places.toml),
    but where the language's texts are written (`home_countries`: "Aceh" in Indonesian)."""
    if len(name) < UNIT_IN_NAME_LETTERS:
        return None
    key = normalise(name)
    spelled = [p for p in lookup(gazetteer, name) if normalise(p.name) == key]
    readings = [p for p in spelled if p.feature_code in ADMIN1 or is_country(p)]
    # one country's (its gazetteer sources may each hold the province: the first, best prior)
    if not readings or len({p.country for p in spelled}) != 1:
        return None
    rules = place_rules(code)
    unit = readings[0]
    if (
        not is_country(unit)
        and unit.country not in rules.home_countries
        and rules.common_zipf
        and zipf(name, code) >= rules.common_zipf
    ):
        return None
    return unit


def _level(place: Place) -> int:
    """0 for a town or site, 1 for a district, 2 for a province or region, 3 for a country."""
    if is_country(place):
        return 3
    if place.feature_code in REGION or place.feature_class == "L":
        return 2
    return 1 if place.feature_code in LOCAL_ADMIN else 0


def _country_place(gazetteer: Gazetteer | None, iso2: str | None) -> Place | None:
    """A country as a gazetteer place, for events told with no place of their own."""
    if gazetteer is None or iso2 is None:
        return None
    name = country_name(iso2) or iso2
    found = [p for p in gazetteer.lookup(name, country=iso2) if is_country(p)]
    return found[0] if found else None


def _count_from_told_days(sentences: list[SentenceFacts]) -> list[SentenceFacts]:
    """ "The day before", "sehari sebelumnya": counted back from the last day the text told
    before it ("on Saturday ... The day before, ..." is Friday), not from publication; with
    no day told before it, from publication, as read."""
    if not any(d.kind == "told" for f in sentences for d in f.dates):
        return sentences
    last: date | None = None
    out: list[SentenceFacts] = []
    for f in sentences:
        moved: dict[int, DateMention] = {}
        for d in sorted(f.dates, key=lambda d: d.start):
            if d.kind == "told":
                if last is not None and last.toordinal() > d.back:  # not before year 1
                    day = last - timedelta(days=d.back)
                    moved[d.start] = replace(d, date=day, date_end=day)
            elif d.date is not None and d.precision == "day" and d.date == d.date_end:
                last = d.date
        out.append(replace(f, dates=[moved.get(d.start, d) for d in f.dates]) if moved else f)
    return out


def _surnames(sentences: list[SentenceFacts]) -> set[str]:
    """Words the document uses as a person's last name: the capitalised word after a given
    name that opens a name in running text and that nothing knows ("oposisi, Miguel Uribe",
    "insiden Miguel Uribe ditembak"), where it was read as no place."""
    found: set[str] = set()
    for f in sentences:
        toks = f.tokens
        pairs = [
            i
            for i in range(1, len(toks) - 1)
            if _capital_word(toks[i].text)
            and _capital_word(toks[i + 1].text)
            and (toks[i - 1].text == "," or toks[i - 1].text.islower())
        ]
        if not pairs:
            continue
        rules = place_rules(f.lang.code)
        spans = [(m.first, m.last) for m in f.matches]
        spans += [(m.first, m.last) for m in rules.index.scan(toks)]
        spans += [(p.first, p.last) for p in f.places]
        spans += [(a.first, a.last) for a in f.actors]
        known = {i for first, last in spans for i in range(first, last)}
        placed = {i for p in f.places for i in range(p.first, p.last)}
        for i in pairs:
            if i not in known and toks[i].key not in rules.common and i + 1 not in placed:
                found.add(toks[i + 1].key)
    return found


def _capital_word(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and text[1:].islower()


def _drop_surnames(sentences: list[SentenceFacts]) -> list[SentenceFacts]:
    """A lone name without a cue that the document elsewhere gives as a person's last name
    is that person ("Aksi penembakan terhadap Uribe" after "Miguel Uribe"), not a place."""
    surnames = _surnames(sentences)
    if not surnames:
        return sentences

    def person(p: PlaceMention, f: SentenceFacts) -> bool:
        return p.last - p.first == 1 and p.cue is None and f.tokens[p.first].key in surnames

    return [
        f
        if not any(person(p, f) for p in f.places)
        else replace(f, places=[p for p in f.places if not person(p, f)])
        for f in sentences
    ]


INITIALS_MAX = 2  # "AA", "AR": initials as news gives people (3 letters are many groups: KIA, NPA)


def _initials(mention: ActorMention) -> bool:
    """A group named only by a short acronym of capitals ("AA"), the way news names people
    by their initials ("tersangka AA", "AA, putra anggota DPRD")."""
    return mention.text.isalpha() and mention.text.isupper() and len(mention.text) <= INITIALS_MAX


def _drop_stray_initials(
    sentences: list[SentenceFacts], places: dict[int, list[tuple[PlaceMention, Place | None]]]
) -> list[SentenceFacts]:
    """Drop a national armed group named only by its short acronym when nothing else in the
    document is of its country: no place there, and the group never named in full. "AA" in
    a report of a beating in Serang is a suspect's initials, not the Arakan Army; state forces
    ("TNI", "IDF") serve abroad and keep their acronyms."""
    resolved = {p.country for pairs in places.values() for _, p in pairs if p is not None}
    if not resolved:
        return sentences
    named = {
        a.actor.name
        for f in sentences
        for a in f.actors
        if a.actor is not None and not _initials(a)
    }

    def stray(a: ActorMention) -> bool:
        return (
            a.armed_group
            and a.actor is not None
            and a.actor.country is not None
            and a.actor.country not in resolved
            and a.actor.name not in named
            and _initials(a)
        )

    return [
        f
        if not any(stray(a) for a in f.actors)
        else replace(f, actors=[a for a in f.actors if not stray(a)])
        for f in sentences
    ]


REFERENCE_OF_GAP = 2  # "rebels of the ADF": at most two words between a reference and its group


def _group_references(sentences: list[SentenceFacts]) -> dict[int, Actor]:
    """'kelompok itu', 'the group', 'rebels': the last armed group named before, by mention
    start; or the group named right after it ("rebels of the Allied Democratic Forces",
    "pemberontak dari kelompok X"), which the reference only introduces."""
    found: dict[int, Actor] = {}
    last: Actor | None = None
    for f in sentences:
        for a in f.actors:
            if a.armed_group and a.actor is not None:
                last = a.actor
            elif a.kind == "group_reference":
                named = next(
                    (
                        g.actor
                        for g in f.actors
                        if g.armed_group
                        and g.actor is not None
                        and a.last <= g.first <= a.last + REFERENCE_OF_GAP
                    ),
                    last,
                )
                if named is not None:
                    found[a.start] = named
    return found
