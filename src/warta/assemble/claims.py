"""Casualty claims of one sentence: a count, what happened to whom, and who says so.

A casualty word ("tewas", "membunuh", "killed", "wounded") takes the nearest count in its
clause, before or after it ("20 pejuang tewas", "membunuh 20 pejuang"); two casualty words
joined by "dan"/"and" share one count, and joined by "atau"/"or" make one figure of both
("selusin tentara terbunuh atau hilang": killed, also missing). The claimant is the speaker
of the nearest reporting verb ("kata X", "X mengklaim", "according to X", "X said").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import ClaimKind, Qualifier
from ..recognise.actors import ActorMention
from ..recognise.numbers import Number
from ..recognise.phrases import Match, phrase_key
from .facts import SentenceFacts, demonym_before

_BREAKS = frozenset('.;:"“”()[]')
_WINDOW = 6  # tokens between a count and its casualty word, at most
# means a protest may turn to; any other act told after a grievance word is the grievance
DEMONSTRATION = frozenset({"protest", "riot", "crowd_clash", "mob", "intervention"})


@dataclass(frozen=True, slots=True)
class ClaimFact:
    kind: ClaimKind
    value: int | None
    qualifier: Qualifier
    casualty: Match
    number: Number | None
    also: tuple[ClaimKind, ...] = ()
    value_max: int | None = None
    victims: str | None = None
    victim_first: int = 0
    victim_last: int = 0
    claimant: ActorMention | None = None
    via: ActorMention | None = None
    denied: bool = False
    own_side: bool = False  # the victims are the claimant's own ("pejuangnya", "its fighters")
    others: bool = False  # victims besides those counted already ("three other soldiers")
    speaker_hint: str | None = None  # "pronoun", or a name ("kata Dedi") to look up in the document
    risen: bool = False  # a toll grown since ("rose to 12"): it replaces the lower ones before
    besides: bool = False  # told as more victims ("was also killed"): added to the toll before

    @property
    def position(self) -> int:
        return self.casualty.first


def find_claims(facts: SentenceFacts) -> list[ClaimFact]:
    """Every counted (or vaguely counted) casualty claim in a sentence."""
    casualties = [
        c
        for c in _longest(facts.kinds("casualty"))
        if not _aim(facts, c)
        and not _charged(facts, c)
        and not _moved(facts, c)
        and not _near_miss(facts, c)
        and not self_inflicted(facts, c)
        and not _remains_apart(facts, c)
        and not _hypothetical(facts, c)
    ]
    numbers = _pair_numbers(facts, casualties)
    claims: list[ClaimFact] = []
    previous: ClaimFact | None = None
    wounds = {w.lower() for w in facts.lang.events.markers.wounds}
    counted_only = {w.lower() for w in facts.lang.events.markers.counted_only}
    for c in casualties:
        number = numbers.get(c.first)
        if (number is None or number.value is None) and _text_key(facts, c) in counted_only:
            continue  # "a number of pupils had been taken": no capture told
        if (
            number is None
            and _text_key(facts, c) in wounds
            and any(_remains(facts, x) for x in casualties)
        ):
            continue  # "the body of a man was found with gunshot wounds": the dead's wounds
        if number is not None and number.last == c.first and _text_key(facts, c) in wounds:
            # "mengalami tiga luka tembak": three wounds, not three wounded; "ia mengalami tiga
            # luka tembak", "he suffered three gunshot wounds": one wounded
            if _subject_pronoun(facts, number.first):
                claims.append(ClaimFact(c.value, 1, "exact", c, None))
            else:
                claims.append(ClaimFact(c.value, None, "unknown", c, None))
            previous = claims[-1]
            continue
        joined = _joined(facts, previous.casualty, c) if previous else None
        if number is None and previous is not None and joined:
            claim = _claim(facts, c, previous.number)
            if joined == "or" and previous.number is not None:
                claims[-1] = _with_also(previous, c.value)
                previous = claims[-1]
                continue
        elif number is not None:
            claim = _claim(facts, c, number)
        elif _negated(facts, c):
            claim = ClaimFact(c.value, 0, "exact", c, None)
        elif previous is not None and previous.kind != c.value and _them(facts, c, previous):
            # "kidnapped two villagers and killed them": the villagers, as another kind
            claim = replace(previous, kind=c.value, casualty=c, also=())
        elif _one_told(facts, c) and (joined_ones := _joined_singulars(facts, c)) > 1:
            claim = ClaimFact(c.value, joined_ones, "exact", c, None)  # "a man and his son died"
        elif _one_told(facts, c) and _singular(facts, c):
            claim = ClaimFact(c.value, 1, "exact", c, None)  # "a priest was shot dead"
        elif (
            _one_told(facts, c)
            and not _remains(facts, c)  # "the body of the rider": someone told, no death counted
            and (one := _definite_singular(facts, c))
            and (c.value != "captured" or _person_in(facts, *one))
        ):
            # "killed the driver": the victim is the noun phrase, not the subject
            claim = ClaimFact(c.value, 1, "exact", c, None, victims=_text(facts, *one),
                              victim_first=one[0], victim_last=one[1])  # fmt: skip
        elif _one_told(facts, c) and (one := _bare_singular(facts, c) or _object_before(facts, c)):
            # "Gunmen kill PF member", "shot Yadav, a contractor, dead": one victim, no count
            claim = ClaimFact(c.value, 1, "exact", c, None, victims=_text(facts, *one),
                              victim_first=one[0], victim_last=one[1])  # fmt: skip
        elif (added := _added_count(facts, c)) is not None:
            # "Komandan itu tewas bersama dua pengawalnya": the one told is not counted, the
            # two added are
            claim = _claim(facts, c, added)
        else:
            continue
        claims.append(claim)
        previous = claim
    used = {id(n) for n in numbers.values()} | {id(c.number) for c in claims if c.number}
    claims = [group for claim in claims for group in _groups(facts, claim, used)]
    claims = [group for claim in claims for group in _along_with(facts, claim, used)]
    claims = [
        replace(c, besides=_also_before(facts, c.casualty))
        for c in claims
        if not _animals(facts, c)
    ]
    return [c for claim in claims for c in _each_speaker(facts, _attribute(facts, claim))]


def _also_before(facts: SentenceFacts, c: Match) -> bool:
    """'1 FC soldier was also killed', 'seven soldiers also lost their lives', 'dua warga juga
    tewas': `markers.also` right before the casualty word tells victims besides those told."""
    return _word_before(facts, c, facts.lang.events.markers.also)


_REMAINS_REACH = (
    6  # tokens after a body word to a death word of its phrase ("the body of a dead soldier")
)
_CAUSE_REACH = (
    4  # tokens from an earlier_act word to a body word ("following the discovery of the body")
)


def _remains(facts: SentenceFacts, c: Match) -> bool:
    """A death word naming a dead person's body (`markers.remains`: "body of", "jenazah")."""
    return _text_key(facts, c) in {w.lower() for w in facts.lang.events.markers.remains}


def _remains_apart(facts: SentenceFacts, c: Match) -> bool:
    """A body that counts no death of its own: its phrase goes on with a death word ("the
    body of a dead soldier", "the body of a man who was killed by police": that word tells
    the death; a wound word tells how it was found, "the body of a man with gunshot wounds"),
    or it follows an `earlier_act` word in its clause ("riots broke out after the
    body of a teen was found", "setelah mayat seorang remaja ditemukan": what set the act
    off)."""
    if not _remains(facts, c):
        return False
    tokens = facts.tokens
    wounds = {w.lower() for w in facts.lang.events.markers.wounds}
    after = range(c.last, min(len(tokens), c.last + _REMAINS_REACH))
    for i in after:
        if not tokens[i].text[:1].isalnum():
            break
        if any(x.first == i and _text_key(facts, x) not in wounds for x in facts.kinds("casualty")):
            return True
    return any(
        x.last <= c.first <= x.last + _CAUSE_REACH
        and all(t.text[:1].isalnum() for t in tokens[x.last : c.first])
        for x in facts.kinds("earlier_act")
    )


def _them(facts: SentenceFacts, c: Match, previous: ClaimFact) -> bool:
    """A plural pronoun right after casualty word c (`markers.plural_after`: "killed them",
    "membunuh mereka") refers to the victims the claim before it counted."""
    if previous.number is None or not previous.value or previous.number.last > c.first:
        return False
    keys = [t.key for t in facts.tokens[c.last : c.last + 3]]
    return any(
        keys[: len(words)] == words
        for words in (w.lower().split() for w in facts.lang.events.markers.plural_after)
    )


_HYPOTHETICAL_NEAR = 3  # tokens from "whether" to its casualty word: "whether anyone was killed"


def _hypothetical(facts: SentenceFacts, c: Match) -> bool:
    """'it is not clear whether anyone was killed', 'apakah ada korban jiwa': a casualty a
    `hypothetical` word opens, a few words before it with no count or break between, is
    asked or supposed, not told."""
    tokens = facts.tokens
    return any(
        c.first - _HYPOTHETICAL_NEAR <= x.first
        and x.last <= c.first
        and all(t.text[:1].isalnum() for t in tokens[x.last : c.first])
        and not any(x.last <= n.first < c.first for n in facts.numbers)
        for x in facts.kinds("hypothetical")
    )


def _near_miss(facts: SentenceFacts, c: Match) -> bool:
    """'nearly lynched a priest', 'hampir tewas': a death that did not happen (`markers.
    near_miss` right before the casualty word)."""
    return _word_before(facts, c, facts.lang.events.markers.near_miss)


# the death words a suicide is told with ("killed himself", "tewas bunuh diri")
_SELF_KILLED = frozenset({"killed", "killing"})


def self_inflicted(facts: SentenceFacts, c: Match) -> bool:
    """'A soldier killed himself', 'seorang polisi tewas bunuh diri': a death or killing
    word (`killed`, `killing`) with a `markers.self_inflicted` phrase right after it is a
    suicide, no act of anyone's; unless a coordinator joins other victims to it ("killing
    himself and 12 others"). A suicide bombing is another event word ("blew himself up")."""
    if c.value not in _SELF_KILLED:
        return False
    keys = [t.key for t in facts.tokens]
    joined = facts.lang.events.and_words
    for words in sorted(
        (_words(p) for p in facts.lang.events.markers.self_inflicted), key=len, reverse=True
    ):
        end = c.last + len(words)
        if keys[c.last : end] == list(words):
            return not (end < len(keys) and keys[end] in joined)
    return False


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _word_before(facts: SentenceFacts, c: Match, words: tuple[str, ...]) -> bool:
    """Whether the word right before match c is one of `words`."""
    return c.first > 0 and facts.tokens[c.first - 1].key in {w.lower() for w in words}


def _animals(facts: SentenceFacts, claim: ClaimFact) -> bool:
    """'Over 100 camels have been killed', 'killing three people and 20 goats': the victims
    counted are animals (`markers.animals`), no one's death."""
    markers = facts.lang.events.markers
    animals = {w.lower() for w in markers.animals}
    tokens = facts.tokens
    plural = tuple(markers.plural_suffixes)
    for i in range(claim.victim_first, claim.victim_last):
        if tokens[i].key not in animals:
            continue
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if not (
            facts.has("role", i + 1, i + 2)
            or facts.has("members", i + 1, i + 2)
            or (plural and after.isalpha() and after.endswith(plural))
        ):
            return True  # not "cattle thieves", "cattle herders": people named by their animals
    return False


# (reason word kind, acts told before it, acts ending what it tells): a casualty told in what
# an arrest is charged with, or in what a protest is against, is that old act's
_REASONS = (
    ("charge", frozenset({"arrest"}), frozenset({"arrest"})),
    ("grievance", frozenset({"protest"}), DEMONSTRATION),
)


def _charged(facts: SentenceFacts, c: Match) -> bool:
    """'arrested a commander wanted in several cases, including the 2015 ambush in which four
    officers were killed': a casualty told in what an arrest is charged with (after a `charge`
    word, in its clause) is the old act's, not the arrest's. Likewise a casualty told in a
    protest's grievance ("protested against the ambush in which four officers were killed",
    "protested the killing of two students", "gathered to protest the killing of two", whose
    grievance words hold the protest word): an act of another kind must come between, or the
    casualty word must follow the grievance word right away, so "riots over fuel prices killed
    three" keeps its dead."""
    tokens = facts.tokens
    opening = set(facts.lang.events.markers.clause_opening)
    going_on = set(facts.lang.events.markers.clause_continuing)
    means = facts.kinds("means")
    articles = {*facts.lang.events.markers.definite, *facts.lang.events.markers.indefinite}
    for kind, acts, own in _REASONS:
        for x in facts.kinds(kind):
            if x.last > c.first or not any(m.value in acts and m.first < x.last for m in means):
                continue
            between = range(x.last, c.first)
            if any(tokens[i].key in opening for i in between) or any(
                m.value in own and x.last <= m.first < c.first for m in means
            ):
                continue
            if kind == "grievance" and not (
                all(tokens[i].key in articles for i in between)
                or any(m.value not in own and x.last <= m.first < c.first for m in means)
            ):
                continue
            if all(
                tokens[i].text[:1].isalnum()
                or (tokens[i].text == "," and i + 1 < c.first and tokens[i + 1].key in going_on)
                for i in between
            ):
                return True
    return False


def _aim(facts: SentenceFacts, c: Match) -> bool:
    """An aim, not a death (`markers.aim`): "threatened to kill a soldier", "berencana untuk
    membunuh": the phrase ends with the casualty word. Not when a word right before it tells
    the aim carried out (`markers.achieved`: "we were able to kill 35")."""
    markers = facts.lang.events.markers
    done = {w.lower() for w in markers.achieved}
    for phrase in markers.aim:
        words = phrase.lower().split()
        start = c.last - len(words)
        if start < 0 or [t.key for t in facts.tokens[start : c.last]] != words:
            continue
        if start == 0 or facts.tokens[start - 1].key not in done:
            return True
    return False


def _moved(facts: SentenceFacts, c: Match) -> bool:
    """'had been taken to hospital': a capture word going on into a move (`markers.moved`)
    tells people moved, not taken captive."""
    return c.value == "captured" and any(m.first < c.last < m.last for m in facts.kinds("moved"))


def _each_speaker(facts: SentenceFacts, claim: ClaimFact) -> list[ClaimFact]:
    """'the defence ministry and security sources have said', 'kata Kementerian Pertahanan
    dan sumber keamanan': speakers joined by 'and' each give the figure, a claim apiece, in
    the order named."""

    speaker = claim.claimant
    if speaker is None:
        return [claim]
    and_words = facts.lang.events.and_words
    victims = range(claim.victim_first, claim.victim_last)
    tokens = facts.tokens
    if speaker.first >= 2 and tokens[speaker.first - 1].key in and_words:
        before = next((a for a in facts.actors if a.last == speaker.first - 1), None)
        if before is not None and before.first not in victims:
            return [replace(claim, claimant=before), claim]
    if speaker.last + 1 < len(tokens) and tokens[speaker.last].key in and_words:
        after = next((a for a in facts.actors if a.first == speaker.last + 1), None)
        if after is not None and after.first not in victims:
            return [claim, replace(claim, claimant=after)]
    return [claim]


_SINGULAR_KINDS = frozenset({"killed", "injured", "captured"})


def _one_told(facts: SentenceFacts, c: Match) -> bool:
    """Casualty word c may tell one victim with no count: killed, injured or taken alive, but
    not by a seizing word (`markers.seize_words`: "seized a town" is no captive)."""
    if c.value not in _SINGULAR_KINDS:
        return False
    seize = {w.lower() for w in facts.lang.events.markers.seize_words}
    if c.value != "captured" or _text_key(facts, c) not in seize:
        return True
    return _person_in(facts, c.last, c.last + _SEIZED_NEAR + 1)  # "seized the pilot"


_SEIZED_NEAR = 2  # tokens from a seizing word to the person it takes: "seized the pilot"


def _person_in(facts: SentenceFacts, first: int, last: int) -> bool:
    """A person or group (an actor, a role, a fighters' noun) is named within [first, last):
    one taken alive ("kidnapped the priest"), not a place or a thing ("captured the town")."""
    return any(
        first <= a.first < last and a.kind in ("actor", "role") for a in facts.actors
    ) or facts.has("combatants", first, last)


def _singular(facts: SentenceFacts, c: Match) -> bool:
    """One victim told without a count: an indefinite noun or a pronoun right after the word
    ("killed a priest", "menewaskan seorang warga", "killing him"), or a singular subject
    marked before it ("a priest was shot dead", "seorang warga tewas")."""
    after = [m for m in facts.matches if m.first == c.last]
    if any(m.kind == "singular_after" for m in after):
        return True  # "opened fire on a councillor, killing him"
    if _shared_object(facts, c):
        return True  # "killing and robbing him"
    if _singular_subject(facts, c, after):
        return True  # "he died in hospital", "she later succumbed"
    if (
        any(m.kind == "indefinite" for m in after)
        and not any(m.kind in ("vague", "numword", "scale") and m.last - m.first > 1 for m in after)
        and not _weapon_at(facts, c.last + 1)  # "neutralized an IED": a thing, no victim
    ):
        return True
    animals = {w.lower() for w in facts.lang.events.markers.animals}
    return any(
        m.kind == "singular_before"
        and c.first - 4 <= m.first
        and m.last <= c.first
        and not _broken(facts, m.last, c.first)
        and not any(m.last <= n.first < c.first for n in facts.numbers)
        and not (m.first > 0 and facts.tokens[m.first - 1].key in animals)  # "a cow was killed"
        for m in facts.matches
    )


_NOUN_WORDS = 3  # words of a noun phrase after its determiner: "the truck driver"


def _definite_singular(facts: SentenceFacts, c: Match) -> tuple[int, int] | None:
    """One victim told by a determiner and a noun singular by its form (`markers.
    singular_determiners`, `plural_suffixes`, `plural_nouns`): the object right after the
    casualty word ("killed the driver", "shot his brother dead"), or the subject right before
    an intransitive death word (`intransitive_deaths`: "the clerk died in the fire", "the
    driver later died", "a 40-year-old man died"), also past a relative clause telling it
    wounded ("a man, who was injured in the blast, died"), or the noun a relative pronoun
    before the word refers to ("a gendarme who later died"). The victim's words (first,
    last), or None."""
    markers = facts.lang.events.markers
    determiners = {k for w in markers.singular_determiners for k in phrase_key(w)}
    tokens = facts.tokens
    if determiners and c.last < len(tokens) and tokens[c.last].key in determiners:
        end = c.last + 1
        links = {w.lower() for w in markers.head_before}  # "the son of the mayor": the son
        while (
            end < len(tokens)
            and end - c.last <= _NOUN_WORDS
            and (_noun_word(facts, end) or _party_word(facts, end))
            and tokens[end].key not in links
        ):
            end += 1
        if end > c.last + 1 and _noun_word(facts, end - 1) and _singular_head(facts, end - 1):
            return c.last + 1, end
        return None
    if _text_key(facts, c) not in {w.lower() for w in markers.intransitive_deaths}:
        return None
    head = c.first - 1
    if head > 0 and tokens[head].key in {w.lower() for w in markers.subject_gap}:
        head -= 1
    opening = determiners | _indefinites(facts)  # "a 40-year-old man died"
    if head > 0 and facts.has("relative_pronoun", head, head + 1):
        # "wounding a girl and a gendarme who later died": the noun before the pronoun
        before = head - 2 if head > 1 and tokens[head - 1].text == "," else head - 1
        return _subject_at(facts, before, opening, anywhere=True)
    if one := _subject_at(facts, head, opening):
        return one
    wounded = _wounded_before(facts, head)  # "a man, who was injured in the blast, died"
    return _subject_at(facts, wounded, opening) if wounded is not None else None


def _subject_at(
    facts: SentenceFacts, head: int, determiners: set[str], anywhere: bool = False
) -> tuple[int, int] | None:
    """A singular noun phrase ending at token head and opening its clause with one of the
    determiners ("the driver", "a 40-year-old man"), or `anywhere` in it (the noun a relative
    pronoun refers to): its words (first, last), or None."""
    tokens = facts.tokens
    start, words = head, 0
    while start > 0:
        if not _age_part(facts, start):
            if words == _NOUN_WORDS or not _noun_word(facts, start):
                return None
            words += 1
        if tokens[start - 1].key in determiners:
            opens = anywhere or (
                start - 1 == 0 or tokens[start - 2].text in _BREAKS or tokens[start - 2].text == ","
            )
            return (start, head + 1) if opens and _singular_head(facts, head) else None
        start -= 1
    return None


def _age_part(facts: SentenceFacts, i: int) -> bool:
    """Token i tells a victim's age: the age word, or the figure and hyphen right before it
    ("40", "-", "year-old" of "a 40-year-old man")."""
    return any(m.kind == "age" and m.first - _AGE_LEAD <= i < m.last for m in facts.matches)


_AGE_LEAD = 2  # tokens of a figure before its age word: "40", "-"


def _indefinites(facts: SentenceFacts) -> set[str]:
    return {k for w in facts.lang.events.markers.indefinite for k in phrase_key(w)}


_RELATIVE_WORDS = 30  # tokens of a relative clause between a subject and its death word


def _wounded_before(facts: SentenceFacts, head: int) -> int | None:
    """'A man, who was injured in a petrol bomb attack on Saturday, died in hospital', 'Seorang
    petani yang terluka dalam serangan itu meninggal': a relative clause telling the subject
    wounded, right before an intransitive death word. The last token of its subject, or None."""
    tokens = facts.tokens
    end = head + 1
    for i in range(head, max(-1, head - _RELATIVE_WORDS), -1):
        if tokens[i].text in _BREAKS:
            return None
        if facts.has("relative_pronoun", i, i + 1):
            if not any(
                m.kind == "casualty" and m.value == "injured" and i < m.first < end
                for m in facts.matches
            ):
                return None
            return i - 2 if i > 1 and tokens[i - 1].text == "," else i - 1
    return None


_BARE_WORDS = 4  # words of a victim told with no article: "mobile phone company employee"
_PEOPLE = frozenset({"role", "members", "combatants"})
# what a word of a victim told with no article may be told as besides a plain word: a name
# of people or of a body ("PF member", "mobile phone company employee")
_BARE_KINDS = frozenset(
    {*_PEOPLE, "actor", "not_actor", "organisation", "body", "feature", "seized_places"}
)


def _bare_singular(facts: SentenceFacts, c: Match) -> tuple[int, int] | None:
    """One victim told with no article or count right after an active casualty word, as
    headlines tell it ("Suspected cadres kill PF member", "gunman kills civilian", "killed
    former separatist leader"): a few words ending in a person's noun (a role, a member, a
    fighter) singular by its form. Killed and injured only, not after a passive auxiliary,
    and only in a language that marks the plural on the noun (`plural_suffixes`): "menewaskan
    warga" may be one or many. The victim's words (first, last), or None."""
    markers = facts.lang.events.markers
    if c.value not in ("killed", "injured") or not markers.plural_suffixes:
        return None
    tokens = facts.tokens
    if c.first > 0 and tokens[c.first - 1].key in markers.passive_aux:
        return None
    people = [
        m
        for m in facts.matches
        if m.kind in _PEOPLE and c.last <= m.first and m.last <= c.last + _BARE_WORDS
    ]
    if not people:
        return None
    end = max(m.last for m in people)
    head = min(m.first for m in people if m.last == end)
    # not 'and', 'of' ("death sentence of its leader": the head is before it) or a determiner
    closed = {
        *facts.lang.events.and_words,
        *(k for w in (*markers.head_before, *markers.singular_determiners) for k in phrase_key(w)),
    }
    for i in range(c.last, end):
        if (
            not tokens[i].text.replace("-", "").isalpha()
            or tokens[i].key in closed
            or (
                i < head
                and any(m.first <= i < m.last and m.kind not in _BARE_KINDS for m in facts.matches)
            )
            or any(n.first <= i < n.last for n in facts.numbers)
            or any(d.first <= i < d.last for d in facts.dates)
        ):
            return None
    return (c.last, end) if _singular_head(facts, end - 1) else None


_OBJECT_WORDS = 10  # tokens between an act word and its casualty phrase: "shot <victim> dead"


def _object_before(facts: SentenceFacts, c: Match) -> tuple[int, int] | None:
    """One victim told between an act word and a casualty phrase that follows its object
    (`markers.object_before`: "shot Yadav, a contractor, dead", "beat a young man to death",
    "shot a senior police official, DSP ... dead"): the object opens with an indefinite
    article, a singular pronoun ("him"), a name or a determiner before a singular noun. The
    victim's words (first, last), or None."""
    markers = facts.lang.events.markers
    tokens = facts.tokens
    keys = [t.key for t in tokens[max(0, c.last - 3) : c.last]]
    phrase = next(
        (
            words
            for w in markers.object_before
            if (words := w.lower().split()) and keys[len(keys) - len(words) :] == words
        ),
        None,
    )
    if phrase is None or c.last - len(phrase) > c.first:
        return None
    end = c.last - len(phrase)
    act = next(
        (m for m in reversed(facts.kinds("means")) if m.last < end and end - m.last <= _OBJECT_WORDS),
        None,
    )  # fmt: skip
    if act is None:
        return None
    first = act.last
    and_words = facts.lang.events.and_words
    if any(t.text in _BREAKS or t.key in and_words for t in tokens[first:end]) or any(
        first <= n.first < end for n in facts.numbers if n.value != 1 or n.first != first
    ):
        return None
    if any(m.kind in ("casualty", "means") and first <= m.first < end for m in facts.matches):
        return None
    determiners = {k for w in markers.singular_determiners for k in phrase_key(w)}
    singular = (
        facts.has("indefinite", first, first + 1)
        or facts.has("singular_after", first, first + 1)
        or (tokens[first].key in determiners and first + 1 < end and _singular_head(facts, end - 1))
        or _name_at(facts, first) is not None  # a name, even a town's: "shot Musa dead"
    )  # fmt: skip
    return (first, end) if singular else None


def _noun_word(facts: SentenceFacts, i: int) -> bool:
    """Token i may be a word of a victim's noun phrase: a lower-case word (or one with "'s")
    that no other recogniser reads as a relation, an act, a count or a verb."""
    text = facts.tokens[i].text
    if not (text.replace("-", "").replace("'", "").isalpha() and text[:1].islower()):
        return False
    if facts.tokens[i].key in facts.lang.events.and_words:
        return False
    return not any(
        m.first <= i < m.last
        and m.kind in ("relation", "casualty", "means", "report_before", "report_after",
                       "passive_aux", "including")
        for m in facts.matches
    ) and not any(n.first <= i < n.last for n in facts.numbers)  # fmt: skip


def _party_word(facts: SentenceFacts, i: int) -> bool:
    """Token i is a word of a party's name or a nationality told before a victim's noun ("the
    Taliban commander", "the Afghan minister"), which ends in a lower-case noun of its own."""
    return any(a.first <= i < a.last and a.kind == "actor" for a in facts.actors) or any(
        n.first <= i < n.last for n in facts.nationals
    )


def _singular_head(facts: SentenceFacts, i: int) -> bool:
    """The noun at token i is singular by its form."""
    markers = facts.lang.events.markers
    key = facts.tokens[i].key
    if key in {w.lower() for w in markers.plural_nouns} or key.endswith("'s"):
        return False
    plural = key.endswith(tuple(markers.plural_suffixes)) and not key.endswith(
        tuple(markers.singular_endings)
    )
    return not plural


_CONJUNCT_WORDS = 5  # words of one victim told after its article: "a suspected police informer"


def _joined_singulars(facts: SentenceFacts, c: Match) -> int:
    """How many single victims are joined by 'and' as the subject right before a casualty
    word with no count, each opened by an indefinite article or a singular possessive
    (`markers.singular_possessive`): "a woman and her son were killed" is 2, "a nurse and a
    teacher were shot dead" 2. Only passive auxiliaries may stand between the subject and
    the word; 0 or 1 when no such pair is told. (Where the article is a count, as "seorang",
    the count is paired first and this is not reached.)"""
    tokens = facts.tokens
    markers = facts.lang.events.markers
    aux = {k for w in markers.passive_aux for k in phrase_key(w)}
    and_words = facts.lang.events.and_words
    openers = {k for w in markers.singular_possessive for k in phrase_key(w)}
    indefinite = {m.first for m in facts.kinds("indefinite") if m.last - m.first == 1}
    end = c.first
    while end > 0 and tokens[end - 1].key in aux:
        end -= 1
    count = 0
    while end > 0:
        start = next(
            (
                q
                for q in range(end - 1, max(-1, end - 1 - _CONJUNCT_WORDS), -1)
                if q in indefinite
                or tokens[q].key in openers
                or (count and _definite_first(facts, q, end))
            ),
            None,
        )
        if start is None or any(
            t.text in _BREAKS or t.text == "," or t.key in and_words for t in tokens[start:end]
        ):
            break
        if any(start <= n.first < end for n in facts.numbers if n.first != start):
            break
        if facts.has("relative_pronoun", start, end):
            break  # "a girl and a gendarme who later died": the gendarme (`_definite_singular`)
        count += 1
        if start == 0 or tokens[start - 1].key not in and_words:
            break
        end = start - 1
    return count


def _shared_object(facts: SentenceFacts, c: Match) -> bool:
    """'killing and robbing him': a singular pronoun after 'and' and one more verb is the
    object of the casualty word too."""
    tokens, at = facts.tokens, c.last
    return (
        at + 2 < len(tokens)
        and tokens[at].key in facts.lang.events.and_words
        and tokens[at + 1].key.isalpha()
        and facts.has("singular_after", at + 2, at + 3)
    )


def _definite_first(facts: SentenceFacts, q: int, end: int) -> bool:
    """'The military informant and a police officer were killed': a singular noun phrase
    opening its clause with a determiner (`singular_determiners`) may open the first of the
    victims joined by 'and'."""
    tokens = facts.tokens
    determiners = {k for w in facts.lang.events.markers.singular_determiners for k in phrase_key(w)}
    return (
        tokens[q].key in determiners
        and (q == 0 or tokens[q - 1].text in _BREAKS or tokens[q - 1].text == ",")
        and end - q > 1
        and all(_noun_word(facts, i) for i in range(q + 1, end))
        and _singular_head(facts, end - 1)
    )


def _singular_subject(facts: SentenceFacts, c: Match, after: list[Match]) -> bool:
    """A singular pronoun as the subject right before a casualty word (`markers.
    singular_subject`; one word may come between: "he later died", "ia tewas"), or a casualty
    phrase that tells one victim by its form (`markers.singular_words`: "lost his life").
    Not when an object follows the word ("he killed the guards": he is the killer)."""
    markers = facts.lang.events.markers
    if {phrase_key(w) for w in markers.singular_words} & {
        tuple(t.key for t in facts.tokens[c.first : c.last])
    }:
        return True
    if any(m.kind in ("definite", "indefinite", "article") for m in after):
        return False
    return _subject_pronoun(facts, c.first)


def _subject_pronoun(facts: SentenceFacts, end: int) -> bool:
    """A singular pronoun (`markers.singular_subject`) ends within two words before token end,
    with no break, comma, casualty or act word between ("he later died", "ia mengalami")."""
    subject = {k for w in facts.lang.events.markers.singular_subject for k in phrase_key(w)}
    for i in range(end - 1, max(-1, end - 3), -1):
        token = facts.tokens[i]
        if token.key in subject:
            return True
        if (
            token.text in _BREAKS
            or token.text == ","
            or any(m.first <= i < m.last and m.kind in ("casualty", "means") for m in facts.matches)
        ):
            return False
    return False


def _groups(facts: SentenceFacts, claim: ClaimFact, used: set[int]) -> list[ClaimFact]:
    """A count of several groups of victims told together, a claim per group: "three
    civilians and five police" is 3 civilians and 5 police, "two herdsmen and a suspected
    bandit" 2 and 1 (an 'and' before another count or 'a'). The fatalities policy adds a
    sentence's groups into one account."""
    if claim.value is None or claim.number is None or claim.victim_last <= claim.victim_first:
        return [claim]

    and_words = facts.lang.events.and_words
    before = _groups_before(facts, claim, used, and_words)
    found: list[ClaimFact] = []
    first_end = claim.victim_last
    for i in range(claim.victim_first, _groups_end(facts, claim)):
        if facts.tokens[i].key not in and_words or _in_aside(facts, claim, i):
            continue
        if facts.has("including", claim.victim_first, i):
            continue  # "ten civilians including Fulani herders and three Dogon": a part
        nxt = i + 1
        number = next((n for n in facts.numbers if n.first == nxt), None)
        if _weapon_at(facts, number.last if number is not None else nxt + 1):
            continue  # "arrested two suspects and a grenade exploded": a thing, no victims
        if number is not None and id(number) not in used and number.value:
            used.add(id(number))
            last = _phrase_end(facts, number.last)
            found.append(
                replace(
                    claim,
                    value=number.value,
                    qualifier=number.qualifier,
                    number=number,
                    value_max=number.value_max,
                    victims=_text(facts, number.last, last),
                    victim_first=number.last,
                    victim_last=last,
                )  # fmt: skip
            )
        elif any(m.kind == "indefinite" and m.first == nxt for m in facts.matches):
            last = _phrase_end(facts, nxt + 1)
            found.append(
                replace(
                    claim,
                    value=1,
                    qualifier="exact",
                    number=None,
                    value_max=None,
                    victims=_text(facts, nxt + 1, last),
                    victim_first=nxt + 1,
                    victim_last=last,
                )  # fmt: skip
            )
        else:
            continue
        first_end = min(first_end, i)
    if not found:
        return [*before, claim]
    head = replace(
        claim,
        victims=_text(facts, claim.victim_first, first_end),
        victim_last=first_end,
    )
    return [*before, head, *found]


_GROUP_REACH = 10  # tokens after a count (told after its casualty word) to look for more groups


def _weapon_at(facts: SentenceFacts, i: int) -> bool:
    """A weapon's word (a `means` match) opens the phrase at token i."""
    return any(m.first == i for m in facts.kinds("means"))


def _groups_end(facts: SentenceFacts, claim: ClaimFact) -> int:
    """Where to stop looking for more groups of a claim's victims: the end of its victims, or
    for a count told after its casualty word the end of its clause, a few words on ("korban
    tewas adalah seorang guru berusia 34 tahun dan seorang mantri": the mantri is a group
    past the guru's phrase)."""
    number = claim.number
    if number is None or number.last <= claim.casualty.first:
        return claim.victim_last
    tokens = facts.tokens
    end = claim.victim_last
    stop = min(len(tokens), claim.victim_first + _GROUP_REACH)
    while end < stop and not (
        tokens[end].text in _BREAKS
        or tokens[end].text == ","
        or any(
            m.first == end and m.kind in _NOT_VICTIMS and m.kind != "passive_aux"
            for m in facts.matches
        )
    ):
        end += 1
    return end


# words that end a group of victims told with 'and' (the verb of another clause, a part named)
_NOT_VICTIMS = frozenset(
    {"casualty", "report_before", "report_after", "means", "including", "passive_aux",
     "yet_to_happen"}
)  # fmt: skip
_BEFORE_WORDS = 4  # words of a group told before 'and' after its count or article, at most


def _groups_before(
    facts: SentenceFacts, claim: ClaimFact, used: set[int], and_words: tuple[str, ...]
) -> list[ClaimFact]:
    """Groups of victims joined by 'and' before the one a count told before its casualty word
    opens: "three soldiers and two civilians were killed" (the count nearest the word is two),
    "seorang guru dan seorang kepala desa tewas". Each is a count (or an indefinite article) a
    few words before the 'and', with no break, casualty word or other count between; a
    possessive may open the group the count tells ("a commander and his two guards": 3)."""
    number = claim.number
    if number is None or number.last > claim.casualty.first:
        return []
    tokens = facts.tokens
    found: list[ClaimFact] = []
    at = number.first  # the first token of the group found last
    # "a commander and his two guards": the possessive opens the group after the 'and'
    possessive = {k for w in facts.lang.events.markers.singular_possessive for k in phrase_key(w)}
    if at >= 3 and tokens[at - 1].key in possessive and tokens[at - 2].key in and_words:
        at -= 1
    while at >= 2 and tokens[at - 1].key in and_words:
        conj = at - 1
        start = next(
            (
                q
                for q in range(conj - 1, max(-1, conj - 1 - _CONJUNCT_WORDS), -1)
                if any(n.first == q for n in facts.numbers)
                or any(m.kind == "indefinite" and m.first == q for m in facts.matches)
            ),
            None,
        )
        if start is None or any(
            t.text in _BREAKS or t.text == "," or t.key in and_words for t in tokens[start:conj]
        ):
            break
        if conj - start - 1 > _BEFORE_WORDS or any(
            m.kind in _NOT_VICTIMS
            and start < m.first < conj
            # "an alleged commander", "a suspected militant": a reporting word right after the
            # article describes the victim
            and not (m.kind == "report_before" and m.first == start + 1)
            for m in facts.matches
        ):
            break  # "a house was raided and 1 militant was killed": a clause, not a group
        n = next((n for n in facts.numbers if n.first == start), None)
        if n is not None and (id(n) in used or not n.value or n.last > conj or _modifier(facts, n)):
            break
        if n is not None:
            if any(start < x.first < conj for x in facts.numbers):
                break
            used.add(id(n))
            group = replace(claim, value=n.value, qualifier=n.qualifier, number=n,
                            value_max=n.value_max, victims=_text(facts, n.last, conj),
                            victim_first=n.last, victim_last=conj)  # fmt: skip
        else:
            if any(start < x.first < conj for x in facts.numbers):
                break
            group = replace(claim, value=1, qualifier="exact", number=None, value_max=None,
                            victims=_text(facts, start + 1, conj), victim_first=start + 1,
                            victim_last=conj)  # fmt: skip
        found.insert(0, group)
        at = start
    return found


_ALONG_REACH = 10  # tokens from a casualty word to "along with" and its count


def _along_with(facts: SentenceFacts, claim: ClaimFact, used: set[int]) -> list[ClaimFact]:
    """More victims added to a count (`markers.along_with`): "X was killed in a US air strike
    along with two other fighters" is 1 and 2. Each added count is a group of the same claim
    (the fatalities policy adds a claim's groups). A count before the casualty word with one
    added before it ("73 soldiers, in addition to 26 civilians, were killed") is left alone:
    such a sentence often sums two acts told apart after it."""
    if claim.value is None:
        return [claim]
    tokens = facts.tokens
    phrases = [w.lower().split() for w in facts.lang.events.markers.along_with]

    def opens(i: int) -> int:
        """The length of an along-with phrase at token i, or 0."""
        keys = [t.key for t in tokens[i : i + 3]]
        return max((len(p) for p in phrases if p and keys[: len(p)] == p), default=0)

    def fresh(first: int) -> Number | None:
        n = next((n for n in facts.numbers if n.first == first), None)
        return n if n is not None and id(n) not in used and n.value else None

    def group(n: Number, first: int, last: int) -> ClaimFact:
        used.add(id(n))
        return replace(claim, value=n.value, qualifier=n.qualifier, number=n,
                       value_max=n.value_max, victims=_text(facts, first, last),
                       victim_first=first, victim_last=last)  # fmt: skip

    for i in range(claim.casualty.last, min(len(tokens), claim.casualty.last + _ALONG_REACH)):
        if tokens[i].text in _BREAKS or any(
            m.kind == "casualty" and m.first == i for m in facts.matches
        ):
            break
        if (k := opens(i)) and (n := fresh(i + k)) is not None:
            return [claim, group(n, n.last, _phrase_end(facts, n.last))]
    return [claim]


def _added_count(facts: SentenceFacts, c: Match) -> Number | None:
    """The count right after an along-with phrase in the clause after casualty word c."""
    tokens = facts.tokens
    for i in range(c.last + 1, min(len(tokens), c.last + _ALONG_REACH)):
        if tokens[i - 1].text in _BREAKS:
            return None
        if _added_before(facts, i):
            found = next((n for n in facts.numbers if n.first == i and n.value), None)
            if found is not None:
                return found
    return None


def _added_before(facts: SentenceFacts, first: int) -> bool:
    """An along-with phrase (`markers.along_with`) ends right before token `first`."""
    keys = [t.key for t in facts.tokens[max(0, first - 3) : first]]
    return any(
        (words := w.lower().split()) and keys[len(keys) - len(words) :] == words
        for w in facts.lang.events.markers.along_with
    )


def _longest(matches: list[Match]) -> list[Match]:
    """Casualty words, dropping those inside a longer one ("mati" in "ditembak mati")."""
    ordered = sorted(matches, key=lambda m: (m.first, -(m.last - m.first)))
    kept: list[Match] = []
    for m in ordered:
        if kept and m.first < kept[-1].last:
            continue
        kept.append(m)
    return kept


def _pair_numbers(facts: SentenceFacts, casualties: list[Match]) -> dict[int, Number]:
    """Each casualty word's count, nearest pairs first; a count serves one word only."""
    asides = [_including_aside(facts, c.first) for c in casualties]  # once a word, not a pair
    subjects = [_long_subject(facts, c) for c in casualties]
    options = sorted(
        (gap, side, ci, ni)
        for ci, c in enumerate(casualties)
        for ni, n in enumerate(facts.numbers)
        if (found := _distance(facts, c, n, asides[ci], subjects[ci])) is not None
        for gap, side in [found]
    )
    paired: dict[int, Number] = {}
    used: set[int] = set()
    for _, _, ci, ni in options:
        c = casualties[ci]
        if c.first not in paired and ni not in used:
            paired[c.first] = facts.numbers[ni]
            used.add(ni)
    return paired


def _distance(
    facts: SentenceFacts, c: Match, n: Number, aside: range | None, subject: Number | None = None
) -> tuple[int, int] | None:
    """(gap in tokens, 0 before / 1 after) between a casualty word and a count that may go with
    it; `aside` is the casualty word's including aside (`_including_aside`), `subject` the
    count opening its long subject (`_long_subject`)."""
    if n.value is None and n.qualifier != "unknown":
        return None
    if subject is not None and n.last <= c.first:
        if n is subject:
            return c.first - n.last, 0
        if subject.last <= n.first:
            return None  # "20 militants ..., including 3 suicide bombers, were killed": a part
    if aside is not None and aside.start <= n.first < aside.stop:
        return None  # "Six soldiers, including two officers, were killed": a part, not the count
    if n.last <= c.first:
        gap, side, lo, hi = c.first - n.last, 0, n.last, c.first
        if gap > _WINDOW + _ASIDES_REACH + (len(aside) if aside is not None else 0):
            return None  # more than asides can take back: no scan of the sentence between
        for span in _asides(facts, lo, hi, aside):
            # the count before an aside: "Empat tentara Irak, termasuk seorang perwira, tewas",
            # "Two KNF (Kuki National Front) members were killed"
            gap -= len(span)
            if gap > _WINDOW or _broken(facts, lo, span.start):
                return None
            lo = span.stop
    elif n.first >= c.last and not _after_aux(facts, c):
        gap, side, lo, hi = n.first - c.last, 1, c.last, n.first
    else:
        return None
    if gap > _WINDOW:  # first, before anything that scans the sentence (every pair is tried)
        return None
    if n.first > 0 and facts.tokens[n.first - 1].key in facts.lang.numbers.ordinal:
        return None
    if _modifier(facts, n):
        return None  # "killed a 76-year-old villager": an age, not a count
    if n.last < len(facts.tokens) and facts.has("unit", n.last, n.last + 1):
        return None
    if side == 1 and any(t.text == "," for t in facts.tokens[lo:hi]):
        return None  # "injured, three of them critically"
    if side == 1 and _clause_between(facts, n, lo, hi):
        return None  # "one official died and several civilians were injured": another clause's
    if side == 1 and facts.has("passive_agent", lo, hi):
        return None  # "wounded by five masked gunmen": the count names who did it
    if side == 1 and _added_before(facts, n.first):
        return None  # "tewas bersama dua pengawalnya": more victims, added (`_along_with`)
    if side == 0 and (facts.has("indefinite", c.last, c.last + 1) or _bare_singular(facts, c)):
        return None  # "4 militants gunned down a journalist": the victim follows, one
    if _broken(facts, lo, hi, passive_report=side == 0):
        return None
    return gap, side


_SUBJECT_REACH = 14  # tokens from a count to its casualty word across its noun's modifiers
# what may not stand in a count's long subject: another act, speaker, clause or verb
_NOT_SUBJECT = frozenset(
    {"casualty", "means", "report_before", "report_after", "passive_aux", "clause_opening"}
)


def _long_subject(facts: SentenceFacts, c: Match) -> Number | None:
    """The count opening the subject of a passive casualty word (or an intransitive death
    word) farther than a count's usual reach, its noun told with what describes it: "Five
    policemen escorting a passenger bus have been killed", "At least three militants (with no
    known affiliations) and a soldier of the Frontier Corps were killed", "20 militants
    belonging to the TTP and LeI, including 3 suicide bombers, were killed", "Lima prajurit
    yang mengawal truk logistik menuju Sugapa di Intan Jaya tewas". The count opens
    its clause; between it and the verb stand no other act, speaker or verb of ours, no
    clause break, an 'and' only before another group ('a', a count) or a name, and any other
    count is a part (after an including word), another group (after 'and') or vague."""
    markers = facts.lang.events.markers
    tokens = facts.tokens
    aux = {k for w in markers.passive_aux for k in phrase_key(w)}
    end = c.first
    while end > 0 and tokens[end - 1].key in aux:
        end -= 1
    word = tokens[c.first].key
    if (
        end == c.first
        and _text_key(facts, c) not in {w.lower() for w in markers.intransitive_deaths}
        and not any(word.startswith(p) and len(word) > len(p) + 3 for p in markers.passive_prefixes)
    ):
        return None  # not "were killed", "died", "ditembak mati"
    lo = max(0, end - _SUBJECT_REACH - _ASIDE_WORDS)
    subject = next(
        (
            n
            for n in facts.numbers
            if lo <= n.first
            and n.last < end
            and (n.first == 0 or tokens[n.first - 1].text in _BREAKS or tokens[n.first - 1].text == ",")
        ),
        None,
    )  # fmt: skip
    if subject is None or not subject.value or subject.vague:
        return None  # "Ratusan warga menghadiri pemakaman ...": a crowd, told vaguely
    if facts.has("relative_pronoun", max(0, end - 2), end):
        return None  # "... the funeral of fighters who died": the relative's dead, no count
    span = range(subject.last, end)
    bracketed = sum(len(a) for a in _asides(facts, subject.last, end, None))
    if not _WINDOW < len(span) - bracketed <= _SUBJECT_REACH:
        return None
    if _modifier(facts, subject) or facts.has("unit", subject.last, subject.last + 1):
        return None
    and_words = facts.lang.events.and_words
    if any(t.text in _BREAKS and t.text not in "()" for t in tokens[subject.last : end]):
        return None
    part = next((m.first for m in facts.kinds("including") if m.first in span), end)
    if any(
        m.kind in _NOT_SUBJECT and m.first in span and (m.kind != "means" or m.first < part)
        for m in facts.matches
    ):
        return None  # an act named in a part ("including 3 suicide bombers") is a kind of victim
    for i in span:
        if tokens[i].key in and_words and not (
            i + 1 < end
            and (
                facts.has("indefinite", i + 1, i + 2)
                or any(n.first == i + 1 for n in facts.numbers)
                or _capital(tokens[i + 1].text)
            )
        ):
            return None  # "Two gunmen stormed the town and residents were killed": a clause
    for n in facts.numbers:
        if (
            n.first in span
            and n.value
            and not (tokens[n.first - 1].key in and_words or part < n.first)
        ):
            return None
    return subject


def _clause_between(facts: SentenceFacts, n: Number, lo: int, hi: int) -> bool:
    """Count n, told after a casualty word past an 'and' or a word opening a clause
    (`clause_opening`: "while", "when") within [lo, hi), is the subject of a casualty word of
    its own that follows it in its clause: "four were shot and killed while one is missing",
    "one official died and several civilians were injured", "tewas dan dua warga luka-luka";
    not "korban tewas kemudian bertambah menjadi 12 orang"."""
    words = {
        *facts.lang.events.and_words,
        *(w.lower() for w in facts.lang.events.markers.clause_opening),
    }
    if not any(t.key in words for t in facts.tokens[lo:hi]):
        return False
    ahead = range(n.last, min(len(facts.tokens), n.last + _WINDOW + _ASIDES_REACH + 1))
    for m in facts.kinds("casualty"):
        between = facts.tokens[n.last : m.first]
        commas = sum(t.text == "," for t in between)
        # an aside between two commas is no clause break: "four others, two soldiers and two
        # policemen, were injured"
        if (
            m.first in ahead
            and not any(t.text in _BREAKS for t in between)
            and commas in (0, 2)
            and (commas or m.first - n.last <= _WINDOW)
        ):
            return True
    return False


def _modifier(facts: SentenceFacts, n: Number) -> bool:
    """A figure that describes someone, not a count of people: an age, told by an age word
    after it (`markers.age`: "a 76-year-old villager", "a man 40 years old") or between
    commas after a name ("Ujjal, 40, a bus driver, was killed")."""
    tokens = facts.tokens
    hyphen = n.last + 1 < len(tokens) and tokens[n.last].text == "-"
    if hyphen and tokens[n.last + 1].text[:1].isupper():
        return True  # "a 100-Household head": a title, not a count
    at = n.last + hyphen
    keys = tuple(t.key for t in tokens[at : at + 3])
    if any(
        (words := phrase_key(w)) and keys[: len(words)] == words
        for w in facts.lang.events.markers.age
    ):
        return True
    return (
        n.first >= 2
        and n.last < len(tokens)
        and tokens[n.first].text.isdecimal()
        and tokens[n.first - 1].text == ","
        and tokens[n.last].text == ","
        and _capital(tokens[n.first - 2].text)
        and tokens[n.first - 2].text.isalpha()
    )


_ASIDE_WORDS = 12  # words of an aside told between a count and its casualty word, at most
_ASIDES_REACH = 2 * (_ASIDE_WORDS + 2)  # tokens two bracketed asides take up, at most


def _including_aside(facts: SentenceFacts, at: int) -> range | None:
    """The aside closed right before the casualty word at `at` that names a part of the
    victims ("Six soldiers, including two officers, were killed", "Empat tentara, termasuk
    seorang perwira, tewas"), from its opening comma to its closing one; or one that runs on
    to the verb with no closing comma ("Two troopers including an officer of the CRPF were
    killed"), from the including word (or the comma before it) to the verb's auxiliaries."""
    tokens = facts.tokens
    aux = facts.lang.events.markers.passive_aux
    end = at - 1
    while end > 0 and tokens[end].key in aux:
        end -= 1  # "..., including two officers, were killed"
    if end < 1:
        return None
    closed = tokens[end].text == ","
    for m in facts.kinds("including"):
        if m.last >= end + (not closed) or end - m.last > _ASIDE_WORDS:
            continue
        inside = tokens[m.last : end + (not closed)]
        if any((t.text in _BREAKS and t.text not in "()") or t.text == "," for t in inside):
            continue  # a name in brackets may come inside: "an officer of the CRPF (India)"
        if any(x.kind == "casualty" and m.last <= x.first <= end for x in facts.matches):
            continue
        comma = m.first >= 1 and tokens[m.first - 1].text == ","
        if closed and comma:
            return range(m.first - 1, end + 1)
        if not closed and _count_heads(facts, m.first):
            return range(m.first - comma, end + 1)
    return None


def _count_heads(facts: SentenceFacts, at: int) -> bool:
    """A count's noun phrase runs up to token `at`, with no verb of its own between ("Two
    troopers including ..."; not "Dua pekerja dilaporkan termasuk di antara enam orang", where
    the two are among the six)."""
    before = [n for n in facts.numbers if n.last <= at and at - n.last <= _WINDOW]
    if not before:
        return False
    lo = max(n.last for n in before)
    return not any(
        m.kind in _NOT_VICTIMS or m.kind == "impersonal"
        for m in facts.matches
        if lo <= m.first < at
    ) and not any(t.text in _BREAKS for t in facts.tokens[lo:at])


def _asides(facts: SentenceFacts, lo: int, hi: int, aside: range | None) -> list[range]:
    """The asides between a count (ending at `lo`) and its casualty word (at `hi`), in order:
    the including aside, and any short aside in brackets ("(KNF)", "(di antaranya tujuh
    pelajar)"), which adds a name or a part of the victims and breaks nothing."""
    tokens = facts.tokens
    spans = [aside] if aside is not None and lo <= aside.start and aside.stop <= hi else []
    opened: int | None = None
    for i in range(lo, hi):
        text = tokens[i].text
        if text == "(":
            opened = i
        elif text == ")" and opened is not None:
            if 0 < i - opened - 1 <= _ASIDE_WORDS and not any(
                t.text in _BREAKS for t in tokens[opened + 1 : i]
            ):
                spans.append(range(opened, i + 1))
            opened = None
        elif text in _BREAKS:
            opened = None
    spans.sort(key=lambda r: r.start)
    return [
        s for k, s in enumerate(spans) if not any(o.start < s.start < o.stop for o in spans[:k])
    ]


def _in_aside(facts: SentenceFacts, claim: ClaimFact, i: int) -> bool:
    """Token i of a claim's victims lies inside an aside ("(among them seven pupils and four
    women)", "including three men and a woman"): a part of them, not another group."""
    if claim.number is None or claim.number.last > claim.casualty.first:
        return False
    spans = _asides(
        facts, claim.victim_first, claim.victim_last, _including_aside(facts, claim.casualty.first)
    )
    return any(i in s for s in spans)


def _after_aux(facts: SentenceFacts, c: Match) -> bool:
    """'were injured', 'were also killed': the count is the subject, before the verb."""
    aux = facts.lang.events.markers.passive_aux
    tokens = facts.tokens
    if c.first > 0 and tokens[c.first - 1].key in aux:
        return True
    between = c.first - 1  # one adverb between: "also", "reportedly"
    return (
        c.first > 1
        and tokens[c.first - 2].key in aux
        and tokens[between].text.isalpha()
        and tokens[between].text.islower()
        and not any(n.first <= between < n.last for n in facts.numbers)
    )


def _broken(facts: SentenceFacts, lo: int, hi: int, passive_report: bool = False) -> bool:
    """True when a clause break, another count's casualty word or a reporting verb lies between.
    `passive_report`: a reporting verb right before the casualty word at `hi` tells how the
    count is known, not who speaks ("12 warga dilaporkan tewas", "13 soldiers were confirmed
    dead", "were reported to have been killed": `markers.report_bridge`), so it breaks
    nothing."""
    scare = _scare_quotes(facts, lo, hi)
    if any(t.text in _BREAKS and i not in scare for i, t in enumerate(facts.tokens[lo:hi], lo)):
        return True
    bridges = {tuple(w.lower().split()) for w in facts.lang.events.markers.report_bridge}
    return any(
        m.kind in ("casualty", "report_before", "report_after", "including")
        and lo <= m.first
        and m.last <= hi
        and not (
            passive_report
            and m.kind.startswith("report_")
            and (m.last == hi or tuple(t.key for t in facts.tokens[m.last : hi]) in bridges)
        )
        for m in facts.matches
    )


QUOTES = frozenset('"“”')  # quotation marks, straight and curly
_SCARE_WORDS = 3  # words inside scare quotes at most: '12 "terrorists"', 'tiga "anggota KKB"'


def _scare_quotes(facts: SentenceFacts, lo: int, hi: int) -> set[int]:
    """Positions of quote marks between lo and hi that set a few words apart ('12 "bandits"
    were killed', '30 of the assailants were "neutralised"'): a writer's distance from a
    word, not a quotation breaking the clause."""
    tokens = facts.tokens
    marks = [i for i, t in enumerate(tokens) if t.text in QUOTES]
    found: set[int] = set()
    for a, b in zip(marks, marks[1:], strict=False):
        inside = tokens[a + 1 : b]
        if (
            a not in found
            and 0 < len(inside) <= _SCARE_WORDS
            and all(t.text not in _BREAKS and t.text != "," for t in inside)
        ):
            found.update((a, b))
    return {i for i in found if lo <= i < hi}


def _joined(facts: SentenceFacts, a: Match, b: Match) -> str | None:
    """'and' or 'or' when casualty words a and b are joined by a coordinator alone."""
    between = facts.tokens[a.last : b.first]
    if len(between) != 1:
        return None
    coordinators = facts.lang.events.coordinators
    for label in ("and", "or"):
        if between[0].key in coordinators.get(label, ()):
            return label
    return None


def _claim(facts: SentenceFacts, c: Match, n: Number | None) -> ClaimFact:
    if n is None:
        return ClaimFact(c.value, None, "unknown", c, None)
    if n.last <= c.first:
        v_first, v_last = n.last, c.first
    else:
        v_first, v_last = n.last, _phrase_end(facts, n.last)
    victims = _text(facts, v_first, v_last)
    value = n.value
    others = any(t.key in facts.lang.reporting.other_victims for t in facts.tokens[v_first:v_last])
    return ClaimFact(c.value, value, n.qualifier, c, n, value_max=n.value_max, victims=victims,
                     victim_first=v_first, victim_last=v_last, own_side=_own(facts, v_first, v_last),
                     others=others, risen=_risen(facts, n))  # fmt: skip


def _risen(facts: SentenceFacts, n: Number) -> bool:
    """'the death toll rose to 12', 'jumlah korban bertambah menjadi 12': a toll grown since."""
    before = [t.key for t in facts.tokens[max(0, n.first - 3) : n.first]]
    return any(
        before[len(before) - len(words) :] == words
        for phrase in facts.lang.reporting.toll_risen
        if (words := phrase.lower().split()) and len(words) <= len(before)
    )


def _own(facts: SentenceFacts, first: int, last: int) -> bool:
    """'pejuangnya', 'tentara mereka', 'its fighters': the victims belong to the speaker."""
    reporting = facts.lang.reporting
    suffixes = reporting.possessive_suffix
    words = set(reporting.possessive_words)
    tokens = facts.tokens[first:last]
    return any(
        (suffixes and t.key.endswith(suffixes) and len(t.key) > 5) or t.key in words for t in tokens
    )


def _phrase_end(facts: SentenceFacts, start: int) -> int:
    """End of the noun phrase after a count: up to a break, a relation word or a verb we know."""
    stop = min(len(facts.tokens), start + 5)
    for i in range(start, stop):
        if facts.tokens[i].text in _BREAKS or facts.tokens[i].text == ",":
            return i
        if any(m.first == i and m.kind in ("relation", "casualty", "means", "report_before", "report_after")
               for m in facts.matches):  # fmt: skip
            return i
    return stop


def _text_key(facts: SentenceFacts, m: Match) -> str:
    return " ".join(t.text.lower() for t in facts.tokens[m.first : m.last])


def _text(facts: SentenceFacts, first: int, last: int) -> str | None:
    if last <= first:
        return None
    return " ".join(t.text for t in facts.tokens[first:last])


def _with_also(claim: ClaimFact, kind: ClaimKind) -> ClaimFact:

    return replace(claim, also=(*claim.also, kind))


def _negated(facts: SentenceFacts, c: Match) -> bool:
    """'tidak ada korban jiwa', 'no one was killed', 'no immediate reports of casualties',
    'belum ada laporan mengenai korban jiwa' (up to three words between): a count of zero;
    not 'did not give a toll', whose casualty word is a thing not given, not deaths denied."""
    lo = max(0, c.first - 4)
    if c.first > 0 and facts.has("indefinite", c.first - 1, c.first):
        return False
    # a negation inside a name of someone ("orang tak dikenal", unknown persons) denies nothing
    named = {i for a in facts.actors for i in range(a.first, a.last)} | {
        i for m in facts.kinds("role") if m.last - m.first > 1 for i in range(m.first, m.last)
    }
    return any(
        m.kind == "negation" and lo <= m.first < c.first and m.first not in named
        for m in facts.matches
    )


def _attribute(facts: SentenceFacts, claim: ClaimFact) -> ClaimFact:
    """Add the claimant (and channel) of the nearest reporting verb, and any denial."""

    denial = facts.kinds("denial")
    denied = any(d.first < claim.position for d in denial) and not _identity_denied(facts, claim)
    # "were reported killed": a verb right before the casualty word names no speaker, nor
    # does one in the passive ("are reported to be among", `impersonal`)
    passive = {i for m in facts.kinds("impersonal") for i in range(m.first, m.last)}
    verbs = [
        v
        for v in facts.kinds("report_before", "report_after")
        if not (claim.number is not None and claim.number.last < v.last == claim.casualty.first)
        and v.first not in passive
    ]
    if not verbs:
        return replace(claim, denied=denied)

    # of "kata" and "kata juru bicara", the longer, unless a speaker's name runs across its end
    # ("kata juru bicara militer": the role "juru bicara militer" speaks)
    def straddled(v: Match) -> bool:
        return any(a.first < v.last < a.last for a in facts.actors)

    # the nearest verb with a speaker: "The army said that, according to its own count, ...",
    # "..., according to a video it obtained": a verb naming no one leaves it to the next
    speaker, hint = None, None
    for verb in sorted(
        verbs,
        key=lambda v: (abs(v.first - claim.position), v.first, straddled(v), v.first - v.last),
    ):
        speaker, hint = _speaker(facts, _goes_on_from(facts, verb, verbs), claim)
        if speaker is not None or hint is not None:
            break
    via = next((a for a in facts.actors if a.other is not None and _after_via(facts, a)), None)
    if speaker is not None and speaker.other is not None and via is None:
        via = speaker
    return replace(claim, claimant=speaker, via=via, denied=denied, speaker_hint=hint)


def _identity_denied(facts: SentenceFacts, claim: ClaimFact) -> bool:
    """'denied that the two dead were its members', 'membantah dua korban tewas itu adalah
    anggotanya': a copula of `markers.identity` right after the casualty word makes the
    victims the subject of what is denied, so who they were is denied, not their count."""
    after = [t.key for t in facts.tokens[claim.casualty.last :]]
    return any(
        after[: len(words)] == words
        for phrase in facts.lang.events.markers.identity
        if (words := phrase.lower().split())
    )


def _goes_on_from(facts: SentenceFacts, verb: Match, verbs: list[Match]) -> Match:
    """'A leader of the CJTF, a vigilante group that fights alongside the army, put the toll
    higher, saying ...': a participle (`participles`) speaks with the voice of the reporting
    verb before it in the sentence, whose subject the aside between commas does not hide."""
    keys = [t.key for t in facts.tokens[: verb.last]]
    opening = next(
        (
            verb.last - len(words)
            for w in facts.lang.reporting.participles
            if (words := w.lower().split()) and keys[len(keys) - len(words) :] == words
        ),
        None,
    )  # "seraya mengatakan" is read as its "mengatakan"
    if verb.kind != "report_before" or opening is None or opening > verb.first:
        return verb
    earlier = [v for v in verbs if v.kind == "report_before" and v.last <= opening]
    return earlier[-1] if earlier else verb


def _speaker(
    facts: SentenceFacts, verb: Match, claim: ClaimFact
) -> tuple[ActorMention | None, str | None]:
    """Who speaks through a reporting verb: a mention, or a hint (a pronoun, a person's name)."""
    inside_victims = range(claim.victim_first, claim.victim_last)
    people = [a for a in facts.actors if a.first not in inside_victims]
    after = [a for a in people if a.first >= verb.last]
    if verb.kind == "report_before" and _inverted(facts, verb, after):
        verb = replace(verb, kind="report_after")
    if verb.kind == "report_after":
        if any(m.kind == "pronoun_verb" and m.first == verb.first for m in facts.matches):
            return None, "pronoun"
        if any(m.kind == "pronouns" and m.first == verb.last for m in facts.matches):
            return None, "pronoun"  # "kata sumber tersebut": the source just named
        author = _author(facts, after, verb.last, _clause_end(facts, verb.last))
        if author is not None:
            return author, None
        body = _body_after(facts, verb.last, _clause_end(facts, verb.last))
        if after and after[0].first - verb.last <= 2:
            head = _apposition_head(facts, after)
            if (
                head.kind in ("role", "source")
                and body is not None
                and body.first <= head.first
                and body.last > head.last
            ):  # "the regional military administration", not "military"
                return body, None
            if head.kind == "source":
                head = _described(facts, head, _clause_end(facts, verb.last))
            return head, None
        if body is not None:
            return body, None
        name = _name_at(facts, verb.last)
        if name is None:
            return None, None
        # "according to Rami Abdel Rahman, the head of the Syrian Observatory"
        end = _clause_end(facts, verb.last)
        body = _speaks_for(facts, [a for a in after if a.last <= end], verb.last, end)
        return (body, None) if body else (None, name)
    if _pronoun_before(facts, verb.first):
        return None, "pronoun"
    limit = verb.first
    if (
        limit > 0 and facts.tokens[limit - 1].text == ","
    ):  # "ISWAP, in a claim published by Amaq, said"
        opening = [i for i in range(limit - 1) if facts.tokens[i].text == ","]
        limit = opening[-1] if opening else limit
    before = [a for a in people if a.last <= limit]
    if before and limit - before[-1].last <= 8:
        subject = _head_before_aside(facts, people, before[-1], limit)
        if subject is not None:
            return subject, None
        if before[-1].kind == "source":  # "a spokesman for the French embassy"
            owner = _owner(facts, people, before[-1])  # "a Taliban spokesman"
            body = owner or _body(facts, before[-1].last, verb.first)
            return body or _described(facts, before[-1], verb.first), None
        return before[-1], None
    # "Kareem al-Nouri, a spokesman for the Popular Mobilisation Forces, said": who the
    # speaker between the commas speaks for; "a spokeswoman for the US embassy confirmed"
    inside = [a for a in people if limit <= a.first and a.last <= verb.first]
    # a body named head first before the aside describing it: "Komite X, kelompok relawan
    # setempat, mengatakan" is the committee's word, not the volunteers'
    body = _headed_body(facts, limit) if not before else None
    body = body or _speaks_for(facts, inside, _clause_start(facts, limit), verb.first)
    if body is not None:
        return body, None
    # "Musa Dogo, who lost his brother in the attack, said": the name before the aside
    name = _name_before(facts, verb.first) or (
        _name_before(facts, limit) if limit < verb.first else None
    )
    return (before[-1] if before else None), name


_OPENS_INVERSION = frozenset({",", '"', "”", "'", "’"})


def _inverted(facts: SentenceFacts, verb: Match, after: list[ActorMention]) -> bool:
    """'Six soldiers were killed, said the army', '"...," said Musa Adamu, a resident': a verb
    of `reporting.inverted` right after a comma or a closing quote, with a party or a name
    right after it (an article between) that ends its clause, names its speaker after it, as
    "kata X" does; "said the army had ..." tells what the army did."""
    tokens = facts.tokens
    words = {w.lower() for w in facts.lang.reporting.inverted}
    if (
        verb.first == 0
        or tokens[verb.first - 1].text not in _OPENS_INVERSION
        or _text_key(facts, verb) not in words
    ):
        return False
    party = next((a for a in after if 0 <= a.first - verb.last <= 1), None)
    end = party.last if party is not None else verb.last
    if party is None:
        while end < len(tokens) and _name_at(facts, end) is not None:
            end += 1  # "Musa Adamu"
        if end == verb.last:
            return False
    return end == len(tokens) or tokens[end].text in _BREAKS or tokens[end].text == ","


def _head_before_aside(
    facts: SentenceFacts, people: list[ActorMention], found: ActorMention, limit: int
) -> ActorMention | None:
    """'JNIM, the al Qaeda affiliate in the Sahel, claimed responsibility and said': a party
    named inside an aside between commas describes the party named right before the aside,
    which is the one that speaks."""
    tokens = facts.tokens
    closing = next((i for i in range(found.last, limit) if tokens[i].text == ","), None)
    opening = next((i for i in range(found.first - 1, -1, -1) if tokens[i].text in ",.;:"), None)
    if closing is None or opening is None or tokens[opening].text != ",":
        return None
    if any(opening < v.first < closing for v in facts.kinds("report_before", "report_after")):
        return None
    return next((a for a in people if a.last == opening and a.kind in ("actor", "not_actor")), None)


_HEADED_REACH = 12  # tokens back from a verb (or the aside before it) to a body's head word
_BODY_TAIL = 3  # tokens between a body's name and its verb: "(NUG)", "sebelumnya"


def _headed_body(facts: SentenceFacts, hi: int) -> ActorMention | None:
    """A body no recogniser knows, named head first right before its reporting verb (or the
    aside before it): "Pemerintah Persatuan Nasional (NUG), ..., menyebut", "Pemerintah
    negara bagian Darfur Utara sebelumnya menyebut". Lower-case words stand inside the name
    only with a capitalised word after them."""
    heads = set(facts.lang.reporting.body_heads)
    tokens = facts.tokens
    lo = hi
    while lo > 0 and hi - lo < _HEADED_REACH and tokens[lo - 1].text not in '.;:"“”':
        lo -= 1
    for first in range(lo, hi):
        if tokens[first].key not in heads or not _capital(tokens[first].text):
            continue
        last = _head_first_end(facts, first, hi)
        if last > first + 1 and hi - last <= _BODY_TAIL:
            return _named(facts, first, last, short=_acronym_after(facts, last, hi + 1))
    return None


_LOWER_INSIDE = 2  # lower-case words inside a name before its next capitalised one


def _head_first_end(facts: SentenceFacts, first: int, hi: int) -> int:
    """Where a body's name opened by its head word at `first` ends: over capitalised words,
    and lower-case ones with a capitalised word of the name soon after ("Organisasi
    Internasional untuk Migrasi", "Pemerintah negara bagian Darfur Utara"), not one that
    opens another party ("Komite Perlawanan El Fasher kepada Radio Dabanga": an `audience`
    word, or a party the recognisers know)."""
    tokens = facts.tokens
    starts = {a.first for a in facts.actors}
    audience = set(facts.lang.reporting.audience)
    last = first + 1
    while last < hi and tokens[last].text.isalpha() and tokens[last].key not in audience:
        if not _capital(tokens[last].text):
            ahead = [
                i
                for i in range(last + 1, min(hi, last + 1 + _LOWER_INSIDE))
                if _capital(tokens[i].text)
            ]
            if not ahead or ahead[0] in starts:
                break
        elif last in starts and last > first + 1:
            break
        last += 1
    return last


_BODY_AFTER_WORDS = 4  # words of a body's name after a verb: "the Aamin ambulance service"


def _body_after(facts: SentenceFacts, i: int, hi: int) -> ActorMention | None:
    """A body no recogniser knows named right after a reporting verb, ended by `bodies` words
    ("according to the Aamin ambulance service", "the regional military administration") or
    opened by a `body_heads` word, capitalised ("menurut Badan Penanggulangan Bencana")."""
    tokens = facts.tokens
    first = i + any(facts.has(k, i, i + 1) for k in ("article", "definite"))
    heads = set(facts.lang.reporting.body_heads)
    if first < hi and tokens[first].key in heads and _capital(tokens[first].text):
        last = _head_first_end(facts, first, hi)
        if last == first + 1:
            return None
        return _named(facts, first, last, short=_acronym_after(facts, last, hi + 1))
    last = first
    and_words = facts.lang.events.and_words
    while last < min(hi, first + _BODY_AFTER_WORDS) and not facts.has("body", last, last + 1):
        if not tokens[last].text.isalpha():
            return None
        if tokens[last].key in and_words and any(a.last == last for a in facts.actors):
            return None  # "according to witnesses and hospital sources": two speakers
        last += 1
    if last == first or last >= hi or not facts.has("body", last, last + 1):
        return None
    while last < hi and facts.has("body", last, last + 1):
        last += 1
    return _named(facts, first, last)


_DOCUMENT_WORDS = 2  # "a statement", "a joint statement"


def _author(
    facts: SentenceFacts, after: list[ActorMention], i: int, hi: int
) -> ActorMention | None:
    """The party a document told right after a reporting verb is by: "according to a statement
    by the army", "citing a report from the police" are the army's and the police's word,
    not a body called "statement by the army". None when not told so."""
    tokens = facts.tokens
    first = i + any(facts.has(k, i, i + 1) for k in ("article", "indefinite", "definite"))
    for at in range(first + 1, min(hi, first + 1 + _DOCUMENT_WORDS)):
        if not tokens[at - 1].text.isalpha() or any(a.first == at - 1 for a in after):
            return None
        if facts.has("passive_agent", at, at + 1) or facts.has("affiliation", at, at + 1):
            party = at + 1 + any(facts.has(k, at + 1, at + 2) for k in ("article", "definite"))
            return next((a for a in after if a.first == party and a.kind != "source"), None)
    return None


def _owner(
    facts: SentenceFacts, people: list[ActorMention], source: ActorMention
) -> ActorMention | None:
    """The party named right before a source's role: "a Taliban spokesman", "an al-Shabaab
    commander", a role told in the possessive ("the army's spokesman")."""
    named = next(
        (a for a in people if a.last == source.first and a.kind in ("actor", "not_actor")), None
    )
    if named is not None:
        return named
    role = next((m for m in facts.kinds("owner_role") if m.last == source.first), None)
    if role is None:
        return None
    text = " ".join(t.text for t in facts.tokens[role.first : role.last])
    return ActorMention(role.start, role.end, role.first, role.last, "role", text, role=role.value)


_DESCRIPTION_WORDS = 2  # "a charity", "a local clinic"
_BODY_WORDS = ("organisation", "body")  # "yayasan", "embassy": words of a body's name


def _described(facts: SentenceFacts, source: ActorMention, hi: int) -> ActorMention:
    """An unnamed source told with the unnamed body it belongs to is named by that
    description, as written: "an official from a charity" is the "official from a charity",
    "seorang pejabat dari sebuah yayasan" the "pejabat dari sebuah yayasan"."""
    tokens = facts.tokens
    at = source.last
    if not (
        at + 2 < hi
        and facts.has("affiliation", at, at + 1)
        and any(facts.has(k, at + 1, at + 2) for k in ("indefinite", "article", "definite"))
    ):
        return source
    last = at + 2
    while (
        last < min(hi, at + 2 + _DESCRIPTION_WORDS)
        and tokens[last].text.isalpha()
        and tokens[last].text.islower()
        and not any(m.first == last and m.kind not in _BODY_WORDS for m in facts.matches)
    ):
        last += 1
    if last == at + 2:
        return source
    first = source.first + any(
        facts.has(k, source.first, source.first + 1) for k in ("indefinite", "article", "definite")
    )
    label = " ".join(t.text for t in tokens[first:last])
    return replace(source, end=tokens[last - 1].end, last=last, source=label)


def _speaks_for(
    facts: SentenceFacts, inside: list[ActorMention], lo: int, hi: int
) -> ActorMention | None:
    """Who a described speaker speaks for: an actor or known body named in the description
    ("a spokesman for the Popular Mobilisation Forces"), else a body no recogniser knows
    (`_body`), else the description's own role ("a police spokesman")."""
    named = [a for a in inside if a.kind in ("actor", "not_actor")]
    if named:
        return named[-1]
    body = _body(facts, lo, hi)
    if body is not None and all(body.first <= a.first and a.last <= body.last for a in inside):
        return body  # "the European Union Police Mission", not its "Police"
    return _apposition_head(facts, inside) if inside else body


def _clause_start(facts: SentenceFacts, i: int) -> int:
    while i > 0 and facts.tokens[i - 1].text not in _BREAKS:
        i -= 1
    return i


def _clause_end(facts: SentenceFacts, i: int) -> int:
    while i < len(facts.tokens) and facts.tokens[i].text not in _BREAKS:
        i += 1
    return i


def _body(facts: SentenceFacts, lo: int, hi: int) -> ActorMention | None:
    """A body no recogniser knows, named where a speaker is described: "Al Jazeera's
    Jennifer Glasse", "an officer with the European Union Police Mission", "a spokeswoman
    for the US embassy" (capitalised words, the last may be a lower-case `bodies` word).
    A place is no body ("a resident of Gao"); nor is an owner with no name after it
    ("Mali's defence minister")."""
    tokens = facts.tokens
    for i in range(lo, hi):
        word = tokens[i].text
        if word.endswith(("'s", "’s")) and word[:1].isupper():  # "Al Jazeera's"
            first = i
            while first > lo and _capital(tokens[first - 1].text):
                first -= 1
            if i + 1 < hi and _capital(tokens[i + 1].text):  # a person's name follows
                return _named(facts, first, i + 1, strip=2)
        elif facts.has("affiliation", i, i + 1):
            first = i + 1
            article = facts.has("article", first, first + 1) or facts.has(
                "definite", first, first + 1
            )
            first += article
            last = first
            while last < hi and (
                _capital(tokens[last].text)
                or (last > first and tokens[last].text in ("of", "for", "and")
                    and last + 1 < hi and _capital(tokens[last + 1].text))
            ):  # fmt: skip
                last += 1
            if last == first:
                continue
            if last < hi and facts.has("body", last, last + 1):
                return _named(facts, first, last + 1)  # "the US embassy"
            if not _place_at(facts, first, last) and (article or last - first > 1):
                # not one bare word: "officials of Gao"
                return _named(facts, first, last, short=_acronym_after(facts, last, hi))
    return None


_ACRONYM_REACH = 4  # tokens from a body's name to its acronym: "Mission in Afghanistan (EUPOL)"


def _acronym_after(facts: SentenceFacts, last: int, hi: int) -> str | None:
    """The acronym given in brackets right after a body's name, "(EUPOL)", "(MSF)"."""
    tokens = facts.tokens
    for i in range(last, min(last + _ACRONYM_REACH, hi - 2)):
        word = tokens[i + 1].text
        if tokens[i].text == "(" and tokens[i + 2].text == ")":
            return word if len(word) > 1 and word.isalpha() and word.isupper() else None
        if tokens[i].text in _BREAKS or tokens[i].text == ",":
            return None
    return None


def _place_at(facts: SentenceFacts, first: int, last: int) -> bool:
    return any(p.first < last and first < p.last for p in facts.places)


def _capital(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _named(
    facts: SentenceFacts, first: int, last: int, strip: int = 0, short: str | None = None
) -> ActorMention:
    words = [t.text for t in facts.tokens[first:last]]
    words[-1] = words[-1][: len(words[-1]) - strip]
    text = " ".join(words)
    start, end = facts.tokens[first].start, facts.tokens[last - 1].end - strip
    label = f"{text} ({short})" if short else text
    return ActorMention(start, end, first, last, "source", text, source=label)


def _name_at(facts: SentenceFacts, i: int) -> str | None:
    """A capitalised word at token i that no recogniser claimed: a person's name."""
    if i >= len(facts.tokens):
        return None
    tok = facts.tokens[i]
    covered = any(m.first <= i < m.last for m in facts.matches)
    return tok.text if tok.text[:1].isupper() and tok.text.isalpha() and not covered else None


def _name_before(facts: SentenceFacts, i: int) -> str | None:
    """The last word of a name right before a verb ("Dedi Saragih mengatakan")."""
    return _name_at(facts, i - 1) if i > 0 else None


def _pronoun_before(facts: SentenceFacts, i: int) -> bool:
    return any(m.kind == "pronouns" and i - 2 <= m.first < i for m in facts.matches)


def sentence_speakers(facts: SentenceFacts) -> list[ActorMention]:
    """Who speaks in a sentence, in order, whether or not a figure is told."""
    found = []
    for verb in facts.kinds("report_before", "report_after"):
        dummy = ClaimFact("killed", None, "unknown", verb, None)
        speaker, _ = _speaker(facts, verb, dummy)
        if speaker is not None:
            found.append(speaker)
    return found


def speaker_hints(facts: SentenceFacts) -> list[str]:
    """Who speaks in a sentence with no party told for them, as `speaker_hint` holds it: a
    person's name ("Raja Kariu menyebut ...", "Baterfi said ...": its last word) or
    "pronoun" ("katanya", "he said")."""
    found = []
    for verb in facts.kinds("report_before", "report_after"):
        dummy = ClaimFact("killed", None, "unknown", verb, None)
        speaker, hint = _speaker(facts, verb, dummy)
        if speaker is None and hint is not None:
            found.append(hint)
    return found


def source_label(facts: SentenceFacts, source: ActorMention) -> str:
    """An unnamed source's label, with the people of the country it serves when they are
    named right before it ("Syrian state TV", "the Afghan interior ministry")."""
    label = source.source or source.text
    told = demonym_before(facts.tokens, source.first, facts.lang.places.demonyms)
    return f"{told[0]} {label}" if told else label


def people_named(facts: SentenceFacts) -> dict[str, ActorMention]:
    """Names told right after an actor ("Kapendam ... Letkol Inf Dedi Saragih"): each word of
    the name maps to the actor, so a later "kata Dedi" is a claim of that actor."""
    named: dict[str, ActorMention] = {}
    for a in facts.actors:
        if a.kind not in ("actor", "role"):
            continue
        for i in range(a.last, min(a.last + 8, len(facts.tokens))):
            tok = facts.tokens[i]
            if (
                tok.text in _BREAKS
                or tok.text == ","
                or any(m.first == i and m.kind != "role" for m in facts.matches)
            ):
                break
            if tok.text[:1].isupper() and tok.text.isalpha():
                named[tok.text] = a
    return named


def _apposition_head(facts: SentenceFacts, run: list[ActorMention]) -> ActorMention:
    """The name at the end of 'milisi pro-rezim Liwa al-Quds (Brigade Yerusalem)': the most
    specific of mentions that follow each other with at most one token between."""
    head = run[0]
    for a in run[1:]:
        if a.first - head.last > 1:
            break
        if a.kind in ("actor", "not_actor"):
            head = a
    return head


def speaker_spans(facts: SentenceFacts) -> set[int]:
    """Token positions of those who only speak ("kata X", "X said", "according to X"):
    claimants, not actors. Who claims a deed ("X mengklaim telah membunuh") stays an actor,
    and so does who is told of in the passive ("clashes between youths and police were
    reported")."""
    spans: set[int] = set()
    claims = {m.first for m in facts.kinds("report_claim_verbs")}
    aux = set(facts.lang.events.markers.passive_aux)
    for verb in facts.kinds("report_before"):
        if verb.first in claims or _self_reference_after(facts, verb):
            continue
        if verb.first > 0 and facts.tokens[verb.first - 1].key in aux:
            continue  # "clashes between youths and police were reported": told, nobody speaks
        for a in reversed([a for a in facts.actors if a.last <= verb.first]):
            if verb.first - a.last > 6 or _broken_before(facts, a.last, verb.first):
                break
            spans.update(range(a.first, a.last))
    for verb in facts.kinds("report_after"):
        after = [a for a in facts.actors if a.first >= verb.last]
        if after and after[0].first - verb.last <= 2:
            head = _apposition_head(facts, after)
            for a in after:
                if a.first > head.last:
                    break
                spans.update(range(a.first, a.last))
    return spans


def _self_reference_after(facts: SentenceFacts, verb: Match) -> bool:
    """'said it carried out', 'mengatakan pihaknya': the speaker did it too."""
    return any(
        m.kind == "self_reference" and verb.last <= m.first <= verb.last + 1 for m in facts.matches
    )


def _broken_before(facts: SentenceFacts, lo: int, hi: int) -> bool:
    """A clause break or an event word between a speaker and its verb."""
    if any(t.text in _BREAKS for t in facts.tokens[lo:hi]):
        return True
    return any(m.kind in ("means", "casualty") and lo <= m.first < hi for m in facts.matches)


def _after_via(facts: SentenceFacts, a: ActorMention) -> bool:
    return any(m.kind == "report_via" and 0 <= a.first - m.last <= 3 for m in facts.matches)
