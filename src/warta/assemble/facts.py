"""What one sentence says, as mentions with spans: the recognisers' output, gathered."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..countries import country_name, with_country
from ..geo.features import is_country
from ..geo.gazetteer import Gazetteer
from ..geo.place import PlaceMention
from ..model import Span
from ..recognise.actors import ActorMention, find_actors, identity_groups, unlisted_groups
from ..recognise.dates import DateMention, find_dates
from ..recognise.lexicon import Actor, Lexicon, Role, local_name
from ..recognise.numbers import Number, find_numbers
from ..recognise.phrases import Match, Token, phrase_key, tokenize
from ..recognise.places import find_places
from ..taxonomy import means_families


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """A sentence's tokens and every mention found in it."""

    index: int
    span: Span
    lang: Lexicon
    tokens: list[Token]
    matches: list[Match]
    numbers: list[Number]
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    # countries told as a nationality, not a place ("a US drone strike", "serangan udara AS")
    nationals: list[PlaceMention] = field(default_factory=list)
    # the matches by kind, filled on first use (rules ask for kinds hundreds of times a text)
    by_kind: dict[str, list[Match]] = field(default_factory=dict, repr=False, compare=False)

    def kinds(self, *kinds: str) -> list[Match]:
        """Matches of the given kinds, left to right."""
        index = self._index()
        if len(kinds) == 1:
            return list(index.get(kinds[0], ()))
        if not any(k in index for k in kinds):
            return []
        return [m for m in self.matches if m.kind in kinds]

    def has(self, kind: str, first: int = 0, last: int | None = None) -> bool:
        """Whether a match of this kind lies within tokens [first, last)."""
        stop = len(self.tokens) if last is None else last
        return any(first <= m.first and m.last <= stop for m in self._index().get(kind, ()))

    def _index(self) -> dict[str, list[Match]]:
        if self.matches and not self.by_kind:
            for m in self.matches:
                self.by_kind.setdefault(m.kind, []).append(m)
        return self.by_kind


def _nationality(p: PlaceMention, tokens: list[Token], lex: Lexicon) -> bool:
    """'dua orang Rusia', 'a New Zealand pilot': a country used for people or things."""
    if not p.candidates or not is_country(p.candidates[0]):
        return False
    after = tokens[p.last].text if p.last < len(tokens) else ""
    if after.lower() in lex.places.attributive_after:
        return True  # "the US dollar", "US drones struck ..."
    if p.first == 0:
        return False
    before = tokens[p.first - 1].key
    if before in lex.places.nationality_before:
        return True
    return before in lex.places.attributive_before and after[:1].islower()


DEMONYM_WORDS = 3  # the longest demonym, in words ("Papua New Guinean")


def _told_country(
    a: ActorMention, tokens: list[Token], nationals: list[PlaceMention], lex: Lexicon
) -> ActorMention:
    """A role told with its nationality ("Kenyan police", "Somali soldiers", "polisi Kenya",
    "tentara Myanmar") is that country's, wherever the event took place: Kenyan troops in
    Somalia are Kenya's military, not Somalia's."""
    if a.kind != "role":
        return a
    for p in nationals:
        # "polisi Kenya"; "Kenya troops", "Somalia security forces" (a country name used as
        # an adjective before the role, `attributive_after`)
        if (p.first == a.last or p.last == a.first) and p.candidates:
            return replace(a, country=p.candidates[0].country)
    told = demonym_before(tokens, a.first, lex.places.demonyms)
    return replace(a, country=told[1][0]) if told and len(told[1]) == 1 else a


def _paired_nationality(
    a: ActorMention, tokens: list[Token], matches: list[Match], lex: Lexicon
) -> list[ActorMention]:
    """A role told with two nationalities joined by "and" ("Ugandan and Kenyan police",
    "Indian and Pakistani troops") names both countries' forces: the mention of the first
    nationality's, over its words. The role itself carries the second's (`_told_country`), or
    a listed actor of the second nationality and the role names it ("Pakistani troops")."""
    demonyms = lex.places.demonyms
    told: tuple[str, Sequence[str], Role] | None = None
    if a.kind == "role" and a.role is not None:
        before = demonym_before(tokens, a.first, demonyms)
        told = (*before, a.role) if before else None
        own, head = a.country, a.first - len(before[0].split()) if before else 0
    elif a.kind == "actor" and a.actor is not None:
        told = _demonym_role(a, tokens, matches, demonyms)
        own, head = a.actor.country, a.first
    if not told or len(told[1]) != 1 or own != told[1][0]:
        return []
    joiner = head - 1
    if joiner < 1 or tokens[joiner].key not in lex.events.and_words:
        return []
    other = demonym_before(tokens, joiner, demonyms)
    if not other or len(other[1]) != 1 or other[1][0] == own:
        return []
    first = joiner - len(other[0].split())
    words = tokens[first:joiner]
    return [
        replace(
            a,
            start=words[0].start,
            end=words[-1].end,
            first=first,
            last=joiner,
            kind="role",
            text=other[0],
            actor=None,
            role=told[2],
            country=other[1][0],
        )
    ]


def _demonym_role(
    a: ActorMention,
    tokens: list[Token],
    matches: list[Match],
    demonyms: Mapping[str, Sequence[str]],
) -> tuple[str, Sequence[str], Role] | None:
    """A listed actor written as a demonym and a role noun ("Pakistani troops"): the demonym,
    its countries and the role, or None."""
    for n in range(min(DEMONYM_WORDS, a.last - a.first - 1), 0, -1):
        words = " ".join(t.text for t in tokens[a.first : a.first + n])
        role = next(
            (
                m.value
                for m in matches
                if m.kind == "role" and m.first == a.first + n and m.last == a.last
            ),
            None,
        )
        if (codes := demonyms.get(words)) and isinstance(role, Role):
            return words, codes, role
    return None


def demonym_before(
    tokens: list[Token], first: int, demonyms: Mapping[str, Sequence[str]]
) -> tuple[str, Sequence[str]] | None:
    """The demonym written right before token `first` ("Kenyan police", "Papua New Guinean
    troops") and its countries, or None."""
    for n in range(min(DEMONYM_WORDS, first), 0, -1):
        words = " ".join(t.text for t in tokens[first - n : first])
        if codes := demonyms.get(words):
            return words, codes
    return None


_STRIKE_FORCE_BEFORE = 2  # "a coalition strike", "the army's strikes"
_STRIKE_TARGET_REACH = 3  # "strikes on [the town of] Rafah", "strikes against [militant] positions"


def _strikes_read(
    matches: list[Match],
    tokens: list[Token],
    places: list[PlaceMention],
    nationals: list[PlaceMention],
    lex: Lexicon,
) -> list[Match]:
    """The sentence's matches with its strike words read (`_strike_read`); one inside a longer
    event phrase ("air strikes", "hunger strike") is that phrase's word, none of its own."""
    words = lex.events.markers.strike_words
    out = []
    for m in matches:
        if m.kind == "means" and m.last - m.first == 1 and tokens[m.first].key in words:
            if any(
                x.kind == "means"
                and x.first <= m.first
                and m.last <= x.last
                and x.last - x.first > 1
                for x in matches
            ):
                continue
            m = _strike_read(m, tokens, matches, places, nationals, lex)
        out.append(m)
    return out


def _strike_read(
    m: Match,
    tokens: list[Token],
    matches: list[Match],
    places: list[PlaceMention],
    nationals: list[PlaceMention],
    lex: Lexicon,
) -> Match:
    """A protest word that also names a strike from the air (`strike_words`: "strike") is an
    air strike when told so: a nationality or a country right before it ("an Israeli strike",
    "Iran strikes"), a force a word or two before it or after its agent word ("coalition strikes",
    "strikes by the air force"), or a place or armed target after a target word ("strikes on
    Rafah"). Else it stays a labour strike ("killed during a strike when police opened fire")."""
    if m.value != "protest":
        return m
    demonym = demonym_before(tokens, m.first, lex.places.demonyms)
    # "an Israeli strike", "a US strike", "Iran strikes": a country told right before it
    national = any(
        p.last == m.first and p.candidates and is_country(p.candidates[0])
        for p in (*nationals, *places)
    )
    kinds = {(x.kind, x.first, x.last) for x in matches}
    force_before = any(
        k == "strike_forces" and m.first - _STRIKE_FORCE_BEFORE <= last <= m.first
        for k, _, last in kinds
    )
    agent = next(
        (last for k, first, last in kinds if k == "passive_agent" and first == m.last), None
    )
    force_after = agent is not None and any(
        k == "strike_forces" and agent <= first <= agent + 1 for k, first, _ in kinds
    )
    target = next(
        (last for k, first, last in kinds if k == "strike_target_before" and first == m.last), None
    )
    hit = target is not None and (
        any(target <= p.first <= target + _STRIKE_TARGET_REACH for p in places)
        or any(
            k == "armed_targets" and target <= first <= target + _STRIKE_TARGET_REACH
            for k, first, _ in kinds
        )
    )
    if demonym or national or force_before or force_after or hit:
        return replace(m, value="air_strike")
    return m


def _titled(a: ActorMention, p: PlaceMention, tokens: list[Token]) -> bool:
    """'Kepala Desa Kariu', 'Kepala Distrik Dekai': a source's title ending in the feature
    noun that opens a place's name is the title of that place's head. Both stand: the
    speaker and the place ("Warga Desa Cikadu" is no title: the place alone)."""
    return (
        a.source is not None
        and p.cue is not None
        and a.first < p.first
        and a.last == p.first + 1
        and tokens[p.first].key == phrase_key(p.cue)[0]
    )


def _peoples_militia(a: ActorMention, p: PlaceMention) -> bool:
    """'Turkana and Samburu militias': a people's name told with a noun of its armed
    men (`identity_groups`) is the people's militia, though a place bears the name."""
    return (
        a.role is not None
        and a.role.category == "identity_militia"
        and a.first == p.first
        and a.last > p.last
    )


_EVENT_KINDS = frozenset({"means", "casualty", "reference_nouns"})
# relations that make a name the place where something happens (not "from X", "based in X")
_LOCATIVE = frozenset({"at", "in", "near", "south_of", "north_of", "east_of", "west_of", "between"})


def read_sentence(
    text: str,
    index: int,
    span: Span,
    lex: Lexicon,
    gazetteer: Gazetteer | None,
    published: date | None,
) -> SentenceFacts:
    """Run every recogniser over one sentence."""
    tokens = tokenize(text, span.start, span.end)
    matches = list(lex.index.scan(tokens))
    kinds = {m.kind for m in matches}
    # dates and counts matter only where an event or a casualty is told
    eventful = bool(kinds & _EVENT_KINDS)
    dates = find_dates(tokens, matches, lex, published) if eventful else []
    in_dates = {i for d in dates for i in range(d.first, d.last)}
    counted = "casualty" in kinds
    numbers = (
        [n for n in find_numbers(tokens, matches, lex) if n.first not in in_dates]
        if counted
        else []
    )
    found = find_places(text, tokens, matches, lex, gazetteer)
    # "the Pale Guerrilla Force": groups not listed, by their own name ("Burma Army" is a
    # state's: the gazetteer knows the country)
    matches += unlisted_groups(tokens, matches, lex, _country_word(gazetteer))
    # "Pokot cattle rustlers", "clashes between the Boranas and Gabras"
    placed = frozenset(i for p in found for i in range(p.first, p.last))
    matches += identity_groups(tokens, matches, lex, placed)
    # "Clashes were reported in Annaba": a name told with a locative relation word is the place,
    # though an actor or a medium bears it (find_places has kept it for that reason alone)
    sites = [p for p in found if p.relation in _LOCATIVE and not p.bare]
    actors = [
        a
        for a in find_actors(text, matches)
        if not any(
            (p.first <= a.first < p.last or a.first <= p.first < a.last)
            and not _titled(a, p, tokens)
            and not _peoples_militia(a, p)
            for p in sites
        )
    ]
    taken = {i for a in actors for i in range(a.first, a.last)}
    kept = [
        p
        for p in found
        if (p.first not in taken or any(_titled(a, p, tokens) for a in actors))
        and text[p.end : p.end + 1] != "-"
    ]
    # "U.S.-trained" names no place; "polisi Kenya", "a New Zealand pilot" name a nationality
    nationals = [p for p in kept if _nationality(p, tokens, lex)]
    places = [p for p in kept if p not in nationals]
    actors = [_told_country(a, tokens, nationals, lex) for a in actors]
    actors = [*actors, *(b for a in actors for b in _paired_nationality(a, tokens, matches, lex))]
    matches = _strikes_read(matches, tokens, places, nationals, lex)
    # "the Monywa PDF", "the Pakokku PDF attacked ...": a bare town written right before an
    # actor names where the group is from, not where the event is
    heads = {a.first for a in actors if a.kind == "actor"}
    places = [replace(p, relation="based_in") if p.bare and p.last in heads else p for p in places]
    actors = [_local_unit(a, places, tokens) for a in actors]
    states = _states_acting(places, tokens, matches, lex)
    if states:
        places = [p for p in places if p.first not in {a.first for a in states}]
        actors = sorted([*actors, *states], key=lambda a: a.first)
    places = _reindexed(found, places)
    return SentenceFacts(
        index, span, lex, tokens, matches, numbers, dates, places, actors, nationals
    )


_HOME_WORDS = 3  # "People's Defense Force - Thein Za Yat"


def _local_unit(a: ActorMention, places: list[PlaceMention], tokens: list[Token]) -> ActorMention:
    """A local unit named after its home ("the Khin-U PDF", "People's Defense Force - Thein
    Za Yat") under ACLED's name for it (data/local_units.tsv): the bare place right before
    the actor, or the capitalised words after a dash right after it."""
    if a.actor is None:
        return a
    home = next((p.name for p in places if p.bare and p.last == a.first), None)
    if home is None and a.last + 1 < len(tokens) and tokens[a.last].text in "-–":
        words = []
        for t in tokens[a.last + 1 : a.last + 1 + _HOME_WORDS]:
            if not t.text[:1].isupper():
                break
            words.append(t.text)
        home = " ".join(words) or None
    name = local_name(a.actor.name, home) if home else None
    return replace(a, actor=replace(a.actor, name=name)) if name else a


def _country_word(gazetteer: Gazetteer | None) -> Callable[[str], bool]:
    """Whether a word names a country in the gazetteer ("Burma")."""

    def named(word: str) -> bool:
        return gazetteer is not None and any(
            is_country(p) for p in gazetteer.lookup(word, limit=_COUNTRY_READINGS)
        )

    return named


_COUNTRY_READINGS = 3  # a country's name has it among its first readings


def _reindexed(found: list[PlaceMention], places: list[PlaceMention]) -> list[PlaceMention]:
    """The places kept, with their `anchor` and `partner` (indexes into `found`, the places
    read) turned into indexes into the places kept (None where that place was dropped)."""
    kept = {(p.first, p.last): k for k, p in enumerate(places)}

    def moved(i: int | None) -> int | None:
        return kept.get((found[i].first, found[i].last)) if i is not None else None

    return [
        replace(p, anchor=moved(p.anchor), partner=moved(p.partner))
        if p.anchor is not None or p.partner is not None
        else p
        for p in places
    ]


_ACT_REACH = 4  # tokens from a country named as a subject to the act or weapon it uses


def _states_acting(
    places: list[PlaceMention], tokens: list[Token], matches: list[Match], lex: Lexicon
) -> list[ActorMention]:
    """'Iran menembakkan rudal ke Israel', 'Russia shelled Kharkiv': a country opening a clause
    bare, right before a violent act it does (not one done to it: "Israel diserang", "Israel
    was hit"), is its state's forces, not the place of the act."""
    found = []
    markers = lex.events.markers
    violent = means_families()
    for p in places:
        if not (p.bare and p.candidates and is_country(p.candidates[0])):
            continue
        # the act right after it, or a weapon a few words on ("Iran fired dozens of missiles")
        opens = p.first == 0 or not tokens[p.first - 1].text[:1].isalnum()
        if not opens or p.last >= len(tokens) or not tokens[p.last].text[:1].isalpha():
            continue  # "troops of India and Pakistan fired", "Nepal's parties"
        acts = [
            m
            for m in matches
            if m.kind == "means"
            and violent.get(str(m.value)) == "violent"
            and p.last <= m.first <= p.last + _ACT_REACH
            and p.last < len(tokens)
            and tokens[p.last].text[:1].islower()
            and not any(t.text in ",.;:()" for t in tokens[p.last : m.first])
        ]
        if not acts or any(_done_to(tokens, m, markers) for m in acts):
            continue
        country = p.candidates[0].country
        if country_name(country) is None:
            continue
        # no country of its own: a state striking abroad is no hint where the act took place
        actor = Actor(with_country("Military Forces of {country}", country), "state_forces", None)
        found.append(ActorMention(p.start, p.end, p.first, p.last, "actor", p.name, actor=actor))
    return found


def _done_to(tokens: list[Token], m: Match, markers) -> bool:  # type: ignore[no-untyped-def]  # the language's Markers record
    """The act is told in the passive: its subject was hit ("diserang", "was hit")."""
    word = tokens[m.first].key
    if any(word.startswith(x) and len(word) > len(x) + 3 for x in markers.passive_prefixes):
        return True
    return any(tokens[i].key in markers.passive_aux for i in range(max(0, m.first - 2), m.first))
