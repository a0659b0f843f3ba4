"""Actor mentions: listed actors, role nouns, references back to a group, and sources.

Listed actors come from data/actors.tsv (canonical ACLED-style names with aliases in every
language); role nouns ("tentara", "villagers", "gunmen") from lang/<code>/roles.toml become
actors once the country is known ("Military Forces of {country}"); "kelompok itu" / "the
group" points back to the last armed group named; channels, agencies and monitors
(data/not_actors.tsv) and unnamed sources ("sejumlah sumber") are claimants, never actors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from .. import countries
from ..countries import with_country
from .lexicon import Actor, Lexicon, NotActor, Role, load_lexicon
from .phrases import Match, Token, phrase_key

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


_LISTED = frozenset({"actor", "not_actor"})
_EVENT_WORDS = frozenset({"means", "casualty"})  # "Gunmen Attack Army Post": a headline
_NAME_WORDS = 7  # the longest run of words read as one group's name
_ACRONYM_IN_BRACKETS = re.compile(r"[A-Z][A-Z0-9-]{1,8}")


@dataclass(frozen=True, slots=True)
class _NameWords:
    """A language's words of groups' names (roles.toml [names]), lower-cased."""

    heads: frozenset[str]
    weak: frozenset[str]
    martial: frozenset[str]
    plain: frozenset[str]  # words no group's own: heads, joiners, state words, countries
    joiners: frozenset[str]
    head_first: bool
    faiths: frozenset[str]
    plural_endings: tuple[str, ...]
    plural_kept: tuple[str, ...]
    between: frozenset[str]


@functools.cache
def _name_words(code: str) -> _NameWords:
    lex = load_lexicon(code)
    names = lex.pack.roles.names

    def lower(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    nations = (*countries.names(), *lex.places.demonyms)
    return _NameWords(
        heads=lower(names.heads),
        weak=lower(names.weak_heads),
        martial=lower(names.martial),
        plain=lower((*names.heads, *names.weak_heads, *names.joiners, *names.state))
        | lower(w for name in nations for w in name.split()),
        joiners=lower(names.joiners),
        head_first=names.head_first,
        faiths=lower(names.faiths),
        plural_endings=tuple(lower(names.plural_endings)),
        plural_kept=tuple(lower(names.plural_kept)),
        between=lower(names.between),
    )


def unlisted_groups(
    tokens: list[Token], matches: list[Match], lex: Lexicon, country_word: Callable[[str], bool]
) -> list[Match]:
    """Armed groups named by their own name though data/actors.tsv does not list them: a run
    of capitalised words ending in a group's head noun ("the Pale Guerrilla Force", "Dawei
    Guerrilla Revolution Force (DGRF)"), or opened by one (`head_first`: "Laskar Jundullah"),
    read as a group of that name ("DGRF: Dawei Guerrilla Revolution Force", as ACLED writes
    a group with its acronym). A weak head ("Group", "Front") needs a word of armed struggle
    in the name; a name of only a state's words and countries ("Kenya Defence Forces",
    "Armed Police Force"; `country_word` tells a country's name the data does not) is a
    state's force, not a group; listed actors and bodies keep their words."""
    words = _name_words(lex.code)
    heads = words.heads | words.weak
    if not heads:
        return []
    listed = {i for m in matches if m.kind in _LISTED for i in range(m.first, m.last)}
    told = {i for m in matches if m.kind in _EVENT_WORDS for i in range(m.first, m.last)}
    found: list[Match] = []
    for i, tok in enumerate(tokens):
        key = tok.text.lower()
        if key not in heads or not tok.text[0].isupper() or i in listed:
            continue
        # of two heads in a row ("Guerrilla Force"), the outer one makes the name
        beside = i - 1 if words.head_first else i + 1
        if 0 <= beside < len(tokens) and tokens[beside].text.lower() in heads:
            continue
        first, last = _name_span(tokens, i, words, lex.pack.function_words)
        if last - first < 2 or (listed | told) & set(range(first, last)):
            continue
        if found and found[-1].last > first:
            continue
        said = [t.text.lower() for t in tokens[first:last]]
        if key in words.weak and not words.martial & set(said):
            continue  # a party's, a firm's or a medium's name ("National Alliance")
        if all(w in words.plain or country_word(w) for w in said):
            continue  # a state's force ("Kenya Defence Forces")
        name = " ".join(t.text for t in tokens[first:last])
        end = last
        if (
            last + 2 < len(tokens)
            and tokens[last].text == "("
            and tokens[last + 2].text == ")"
            and _ACRONYM_IN_BRACKETS.fullmatch(tokens[last + 1].text)
        ):
            name, end = f"{tokens[last + 1].text}: {name}", last + 3
        actor = Actor(name, "rebel_group", None)
        found.append(Match(first, end, tokens[first].start, tokens[end - 1].end, "actor", actor))
    return found


def _name_span(
    tokens: list[Token], head: int, words: _NameWords, function_words: frozenset[str]
) -> tuple[int, int]:
    """The run of capitalised words (with joiners between them) the head ends or opens."""
    step = 1 if words.head_first else -1
    edge = head
    i = head + step
    while 0 <= i < len(tokens) and abs(i - head) < _NAME_WORDS:
        word = tokens[i].text
        low = word.lower()
        if low in words.joiners:
            i += step
            continue
        # a function word ends the name, capitalised too ("The", "On" in a headline)
        if not (word[:1].isupper() and word[:1].isalpha()) or low in function_words:
            break
        edge = i
        i += step
    first, last = (head, edge + 1) if words.head_first else (edge, head + 1)
    return first, last


@functools.cache
def _people_nouns(code: str) -> Mapping[str, tuple[tuple[tuple[str, ...], Role], ...]]:
    """The `peoples` nouns of a language as token keys with their role, by first key, longest
    first."""
    names = load_lexicon(code).pack.roles.names
    nouns = [(phrase_key(n), Role(p.actor, p.category)) for p in names.peoples for n in p.words]
    by_first: dict[str, list[tuple[tuple[str, ...], Role]]] = {}
    for noun, role in sorted(nouns, key=lambda x: -len(x[0])):
        by_first.setdefault(noun[0], []).append((noun, role))
    return MappingProxyType({k: tuple(v) for k, v in by_first.items()})


def identity_groups(
    tokens: list[Token], matches: list[Match], lex: Lexicon, places: frozenset[int] = frozenset()
) -> list[Match]:
    """A people's or a clan's armed men told by its name and a noun of `peoples` ("Pokot
    cattle rustlers", "clashes between the Kipsigis and Maasai communities", "the Jibril and
    Matan clans", "Baloch separatists"): role mentions of ACLED's actor of that name ("Pokot
    Ethnic Militia ({country})", "Kipsigi Ethnic Militia", "Jibril Clan Militia", "Baloch
    Separatists"), the name's plural ending dropped (`plural_endings`: "Kipsigis": Kipsigi)
    and the country filled in as for any role. Two names told as the sides of a fight with no
    noun after them ("clashes between the Boranas and Gabras") are peoples too, unless a
    place (`places`: their token positions) bears one. Names the lexicon knows otherwise
    (actors, places' cues, months), countries' peoples and faiths are no such name."""
    nouns = _people_nouns(lex.code)
    if not nouns:
        return []
    words = _name_words(lex.code)
    head_first = words.head_first
    known = {i for m in matches for i in range(m.first, m.last)}
    keys = [t.key for t in tokens]
    ands = {w.lower() for w in lex.events.and_words}
    found: list[Match] = []
    in_noun: set[int] = set()  # "Cattle rustlers": "Cattle" is the noun's, no name
    for j in range(len(tokens)):
        for noun, people in nouns.get(keys[j], ()):
            if j in in_noun or tuple(keys[j : j + len(noun)]) != noun:
                continue
            in_noun.update(range(j, j + len(noun)))
            step = 1 if head_first else -1
            at = j + len(noun) if head_first else j - 1
            sides = [at]
            # "the Kipsigis and Maasai communities": both are the noun's
            if 0 <= at + 2 * step < len(tokens) and tokens[at + step].text.lower() in ands:
                sides.append(at + 2 * step)
            for i in sides:
                if not (0 <= i < len(tokens)) or not _a_peoples_name(
                    tokens[i].text, i in known, words, lex.pack.function_words
                ):
                    break
                name = _singular(tokens[i].text, words)
                role = replace(people, template=people.template.replace("{name}", name))
                if i == at:  # the name and the noun make one mention
                    first, last = (j, at + 1) if head_first else (at, j + len(noun))
                else:
                    first, last = i, i + 1
                found.append(
                    Match(first, last, tokens[first].start, tokens[last - 1].end, "role", role)
                )
            break
    taken = known | places | {i for m in found for i in range(m.first, m.last)}
    return found + _peoples_between(tokens, matches, lex, taken)


def _peoples_between(
    tokens: list[Token], matches: list[Match], lex: Lexicon, taken: set[int]
) -> list[Match]:
    """ "Clashes between the Boranas and Gabras", "fighting between Fulani and Konkomba
    herdsmen": two peoples' names after a `between` word in a sentence telling an act are
    the two sides, each the first `peoples` actor of its name ("Borana Ethnic Militia"),
    unless a role noun of a party's people, a crowd or a force follows them."""
    words = _name_words(lex.code)
    peoples = lex.pack.roles.names.peoples
    if not words.between or not peoples or not any(m.kind == "means" for m in matches):
        return []
    people = Role(peoples[0].actor, peoples[0].category)
    ands = {w.lower() for w in lex.events.and_words}
    articles = {m.first for m in matches if m.kind == "definite"}
    # "between Jubilee and Wiper supporters": a party's people or a crowd, no peoples
    parties = {
        m.first
        for m in matches
        if m.kind == "role" and m.value.category not in ("civilians", "identity_militia")
    }

    def name_at(i: int) -> int | None:
        i += i in articles  # "between the Boranas and ..."
        ok = i < len(tokens) and i not in taken
        return (
            i
            if ok and _a_peoples_name(tokens[i].text, False, words, lex.pack.function_words)
            else None
        )

    found: list[Match] = []
    for j, tok in enumerate(tokens):
        if tok.key not in words.between:
            continue
        x = name_at(j + 1)
        if x is None or x + 1 >= len(tokens) or tokens[x + 1].text.lower() not in ands:
            continue
        y = name_at(x + 2)
        if y is None or y + 1 in parties:
            continue
        for i in (x, y):
            name = _singular(tokens[i].text, words)
            role = replace(people, template=people.template.replace("{name}", name))
            found.append(Match(i, i + 1, tokens[i].start, tokens[i].end, "role", role))
    return found


def _singular(name: str, words: _NameWords) -> str:
    """A people's name without its plural ending ("Boranas": Borana), if the language has one."""
    low = name.lower()
    if low.endswith(words.plural_kept):
        return name
    end = next((e for e in words.plural_endings if low.endswith(e) and len(e) < len(low)), "")
    return name[: len(name) - len(end)]


def _a_peoples_name(
    word: str, known: bool, words: _NameWords, function_words: frozenset[str]
) -> bool:
    """A capitalised word the lexicon does not know, no country's people nor faith."""
    low = word.lower()
    return (
        not known
        and word[:1].isupper()
        and word[1:].islower()
        and low not in function_words
        and low not in words.plain
        and low not in words.faiths
    )
