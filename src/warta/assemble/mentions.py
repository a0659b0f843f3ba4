"""Event mentions of one sentence, and the sentence's own flags (aggregate, background).

An event mention is an event word ("serangan", "disergap", "killed") with what the words
around it say: whether it points back to an event already told ("serangan itu", "kedua
serangan", "the ambush"), opens a new one ("serangan lain", "a separate attack"), or is
planned, hypothetical or negated (then it is no mention at all).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..recognise.actors import ActorMention
from ..recognise.dates import DateMention
from ..recognise.phrases import Match, Token
from ..taxonomy import demonstration_means, named_means, one_operation_means
from .claims import DEMONSTRATION, find_claims, self_inflicted
from .facts import SentenceFacts

_ARMED_GROUPS = frozenset({"rebel_group", "political_militia", "identity_militia"})
_NEAR = 4  # tokens within which a marker applies to an event word
_PREVENTED_NEAR = 10  # "the march planned for Monday in Harare was called off"
# A sentence dated this long before publication tells history, not news.
BACKGROUND_DAYS = 60
_YEAR_HEAD = 3  # tokens: "In 2013, ...", "Pada tahun 2013 ..."


@dataclass(frozen=True, slots=True)
class Mention:
    first: int
    last: int
    start: int
    end: int
    means: str  # a key of data/taxonomy.toml [means], "casualties" or "reference"
    anaphoric: bool = False
    both: bool = False
    new: bool = False
    passive: bool = False
    suffered: bool = False  # "a convoy came under attack": whoever is told with it was hit
    similar: bool = False  # "aksi serupa": a new act of the kind of the one referred to


def _spread(facts: SentenceFacts) -> bool:
    """Whether a phrase spreads the sentence's acts over a country or a run; an attributive one
    (`spread_attributive`) before a content word tells of that noun ("during a nationwide
    transport blockade")."""
    attributive = facts.lang.dates.spread_attributive
    function_words = facts.lang.pack.function_words
    for m in facts.kinds("spread"):
        after = facts.tokens[m.last] if m.last < len(facts.tokens) else None
        told = " ".join(t.key for t in facts.tokens[m.first : m.last])
        if (
            told in attributive
            and after is not None
            and after.text.isalpha()
            and after.key not in function_words
        ):
            continue
        return True
    return False


def sentence_flags(
    facts: SentenceFacts, published: date | None, dated_next: bool = False
) -> set[str]:
    """'aggregate' (a total over a period or a country) and 'background' (history). Stories
    ACLED does not code (accidents, disasters, trials) are left out in events.assemble.
    `dated_next`: the next sentence names the day of an act, so a series this one tells ("a
    series of suicide attacks on military convoys" / "Three blasts on Tuesday struck army
    convoys") is that day's, not a run over a period."""
    flags = set()
    lead = {m.last for m in facts.kinds("aggregate_before_date")}
    # "sepanjang 2023", "since 2009"; not "since Wednesday" within the last week, when the
    # operation being told began (`since_dated`)
    since = {m.last for m in facts.kinds("since_clause")}
    # nor "hingga Selasa sore" (as of Tuesday afternoon): one day this week is no period
    led = [
        d
        for d in facts.dates
        if d.first in lead
        and not ((d.first in since or d.precision == "day") and _this_week(d, published))
    ]
    earlier = since_dated(facts, published)
    others = other_act_dated(facts)
    one_day = any(
        d.precision == "day"
        for d in facts.dates
        if d not in led and d.first not in earlier and d.first not in others
    )
    if (
        any(not _compared(facts, a) for a in facts.kinds("aggregate"))
        or led
        or (earlier and not one_day and _toll_before_since(facts))
        or (_spread(facts) and not one_day and not dated_next and not _one_operation(facts))
    ):
        flags.add("aggregate")
    told = [b for b in facts.kinds("background") if not _describes_speaker(facts, b.first, b.last)]
    if told and not _recent_day(facts, published):
        flags.add("background")
    # a demonstration dated to a recent day of its own ("On 8 May 2020, supporters took to the
    # streets ... after the court ruled for fresh elections on 2 July"): a date in it told with
    # no year is of what it is about, a plan ahead read as last year's, not history. Other acts,
    # and dates with their year ("held before on 21 March 2025"), keep the check
    own_day = _recent_day(facts, published) and _protested(facts)
    ahead = ahead_dated(facts, published) | grievance_dated(facts, published)
    if published is not None:
        for d in facts.dates:
            if (own_day and not _year_written(facts, d)) or d.first in ahead:
                continue
            # a bare year inside the sentence names something else's time ("soldiers who
            # took part in the 2011 coup protested"); at its head, or told as the time of an
            # act ("the embassy attack in Sanaa in 2008") in a sentence naming no recent day,
            # it dates the sentence; a "since" clause's date in a sentence dated to a day of
            # its own is the earlier act's ("killing three on Wednesday, the first deaths
            # since the group began its attacks in November")
            if (
                d.first in others
                or (d.first in earlier and one_day)
                or _describes_speaker(facts, d.first, d.last)
                or (
                    d.kind == "year"
                    and d.first > _YEAR_HEAD
                    and not (
                        _year_told(facts, d)
                        and not _recent_day(facts, published)
                        and not _protested(facts)
                    )
                )
            ):
                continue
            if d.date_end is not None and (published - d.date_end).days > BACKGROUND_DAYS:
                flags.add("background")
    return flags


_SPEAKER_REACH = 3  # tokens from a speaker's name to the comma opening its description


def _describes_speaker(facts: SentenceFacts, first: int, last: int) -> bool:
    """A history word in the description of who speaks, set off by commas between the name
    and its reporting verb ("NUG, pemerintahan bayangan yang dibentuk penentang kudeta,
    menyebut ...", "the Observatory, a monitor founded in 2006, said ..."): it tells who the
    speaker is, not that the sentence is history."""
    tokens = facts.tokens
    opened = next((i for i in range(first - 1, -1, -1) if tokens[i].text == ","), None)
    closed = next((i for i in range(last, len(tokens)) if tokens[i].text == ","), None)
    if opened is None or closed is None:
        return False
    if any(t.text in _CLAUSE_BREAKS and t.text not in ",()" for t in tokens[opened:closed]):
        return False
    if not any(r.first == closed + 1 for r in facts.kinds("report_before")):
        return False
    before = tokens[opened - 1].text if opened > 0 else ""
    return (
        before == ")"
        or (before[:1].isupper() and opened > 1)
        or any(a.last <= opened and opened - a.last <= _SPEAKER_REACH for a in facts.actors)
    )


def grievance_dated(facts: SentenceFacts, published: date | None) -> set[int]:
    """Where the dates of a demonstration's grievance are: "protested against the dismissal of
    colleagues announced in January", told in June. A date long past, told
    after a grievance word that follows the demonstration word, dates what was protested
    against: neither history of the sentence nor the demonstration's day. A date told with
    its year ("a march against the merger in December 2023") keeps the check: the
    sentence may tell that earlier demonstration."""
    if published is None or not _protested(facts):
        return set()
    protest = demonstration_means()
    starts = [m.first for m in facts.kinds("means") if m.value in protest]
    if not starts:
        return set()
    grievances = [g.last for g in facts.kinds("grievance") if g.first > min(starts)]
    return {
        d.first
        for d in facts.dates
        if (end := d.date_end or d.date) is not None
        and (published - end).days > BACKGROUND_DAYS
        and not _year_written(facts, d)
        and any(g <= d.first for g in grievances)
    }


_AHEAD_DAYS = 31


def ahead_dated(facts: SentenceFacts, published: date | None) -> set[int]:
    """Where the dates still ahead are: "a campaigner for the June 20 vote was shot",
    told on June 12. A date told with no year is read as the last one on or before
    publication (a year back here); told as what names a thing (no date word such as "on",
    "in", "pada" right before it), with its reading in the next year ahead of publication
    within a month, it is of something to come: neither history nor the day of the act
    told. "pada 7 Oktober" stays last year's: it tells when something happened."""
    if published is None:
        return set()
    dates = facts.lang.dates
    leads = {*dates.month_lead, *dates.date_lead}
    found = set()
    for d in facts.dates:
        end = d.date_end or d.date
        if (
            d.kind != "absolute"
            or end is None
            or _year_written(facts, d)
            or (d.first > 0 and facts.tokens[d.first - 1].key in leads)
        ):
            continue
        try:
            next_year = end.replace(year=end.year + 1)
        except ValueError:  # 29 February
            continue
        if published < next_year and (next_year - published).days <= _AHEAD_DAYS:
            found.add(d.first)
    return found


_COMPARED_REACH = 8  # tokens from a superlative to the period it is measured over


def _compared(facts: SentenceFacts, period: Match) -> bool:
    """'one of the largest military operations in recent years': a period told after a
    superlative in its clause frames a comparison, not a total."""
    return any(
        period.first - _COMPARED_REACH <= s.last <= period.first
        and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[s.last : period.first])
        for s in facts.kinds("superlative")
    )


_SINCE_REACH = 10  # tokens from "since" to the date of its clause, at most
_SINCE_RECENT_DAYS = 7  # a week: the undated news of events.UNDATED_NEWS_DAYS
_CLAUSE_BREAKS = frozenset(',.;:"“”()[]')


def _this_week(d: DateMention, published: date | None) -> bool:
    """The date lies within the week before publication."""
    end = d.date_end or d.date
    return published is not None and end is not None and (published - end).days < _SINCE_RECENT_DAYS


def since_dated(facts: SentenceFacts, published: date | None) -> set[int]:
    """Where the dates of 'since' clauses are ("since taking Idlib city in March", "since
    the offensive began on May 1"): each dates an earlier act, not the sentence's. A date
    right after the word ("since Wednesday") is a total's start (`aggregate_before_date`);
    one of the last week ("since the group began its offensive on Tuesday") is the start of
    the operation being told, and still dates it."""
    found = set()
    for s in facts.kinds("since_clause"):
        for d in facts.dates:
            if (
                not _this_week(d, published)
                and s.last < d.first <= s.last + _SINCE_REACH
                and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[s.last : d.first])
            ):
                found.add(d.first)
    return found


_OTHER_ACT_REACH = 12  # tokens from "in retaliation for" to the date of its clause, at most


def other_act_dated(facts: SentenceFacts) -> set[int]:
    """Where the dates of clauses of another act are (`other_act_clause`: "a reprisal for the
    losses Boko Haram suffered in a Tuesday raid", "ahead of June 7 elections", "sebagai
    balasan atas serangan Selasa"): each dates the act answered or still ahead, neither the
    sentence's event nor history. When the clause tells that act with an event word of its
    own ("menanggapi serangan di dekat Kom pada hari Rabu"), the date is that word's, as read."""
    return {
        d.first
        for s in facts.kinds("other_act_clause")
        for d in facts.dates
        if s.last <= d.first <= s.last + _OTHER_ACT_REACH
        and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[s.last : d.first])
        and not any(s.last <= x.first < d.first for x in facts.kinds("means"))
    }


def _toll_before_since(facts: SentenceFacts) -> bool:
    """'At least 462 people were killed since the offensive began on May 1': a toll told
    before a 'since' clause is a total since then."""
    first = min((s.first for s in facts.kinds("since_clause")), default=len(facts.tokens))
    return any(c.value and c.casualty.last <= first for c in find_claims(facts))


def _one_operation(facts: SentenceFacts) -> bool:
    """Every act the sentence tells is of a kind told once across places ("signed a
    nationwide ceasefire", "troops were deployed across the region"), or the sentence tells
    only peaceful demonstrations and counts no dead or hurt ("staged nationwide protests")."""
    means = {m.value for m in facts.kinds("means")}
    if means == {"protest"} and not any(c.value for c in find_claims(facts)):
        return True  # "staged nationwide protests", "a nationwide strike": one day's action
    return bool(means) and means <= one_operation_means()


def _protested(facts: SentenceFacts) -> bool:
    """The sentence tells a demonstration: a year in it is of what it is about ("to demand
    justice for the leader assassinated in 1987"), and protests are news whatever they are
    about."""
    protest = demonstration_means()
    return any(m.value in protest for m in facts.kinds("means"))


def _year_written(facts: SentenceFacts, d: DateMention) -> bool:
    """The date is told with its year ("21 March 2025", not "on 2 July", "in June")."""
    return any(t.text.isdigit() and len(t.text) == 4 for t in facts.tokens[d.first : d.last])


def _year_told(facts: SentenceFacts, d: DateMention) -> bool:
    """'in 2008', 'pada 2008': a year led by a date word is the time of what is told."""
    if d.first == 0:
        return False
    dates = facts.lang.dates
    return facts.tokens[d.first - 1].key in {*dates.month_lead, *dates.date_lead}


def _recent_day(facts: SentenceFacts, published: date | None) -> bool:
    """The sentence dates its act to a day near publication ("On 9 May 2020, workers of a
    company which closed down years ago protested"): its background words tell of something
    else."""
    return published is not None and any(
        d.precision == "day"
        and d.date is not None
        and abs((published - d.date).days) <= BACKGROUND_DAYS
        for d in facts.dates
    )


def armed_named(facts: SentenceFacts) -> bool:
    """An armed group or a country's military is named in the sentence."""
    return any(
        a.armed_group
        or (a.actor is not None and a.actor.name.startswith("Military Forces"))
        or (a.role is not None and a.role.category in _ARMED_GROUPS and a.role.armed)
        for a in facts.actors
    )


def find_mentions(facts: SentenceFacts) -> list[Mention]:
    """Event words of a sentence that tell an act that happened, left to right."""
    found: list[Mention] = []
    taken: set[int] = set()
    demands = _crowd_demands(facts)
    words = sorted(
        [*facts.kinds("means", "reference_nouns"), *_gatherings(facts), *demands],
        key=lambda m: (m.first, m.first - m.last),
    )
    actor_tokens = {i for a in facts.actors for i in range(a.first, a.last)}
    taken.update(i for d in facts.dates for i in range(d.first, d.last))  # "March 28" is no march
    # "heart attack", "bom waktu": an idiom's event word is none
    taken.update(i for x in facts.kinds("figurative") for i in range(x.first, x.last))
    in_names: list[Match] = []  # "Syrian warplanes bombed ...": the act's means, in a name
    for m in words:
        span = set(range(m.first, m.last))
        if span <= actor_tokens and m.kind == "means" and m.value in named_means():
            in_names.append(m)
            continue
        if (
            span & taken
            or span <= actor_tokens
            or _blocked(facts, m)
            or _names_people(facts, m)
            or _names_site(facts, m)
            or _in_a_name(facts, m)
            or _suffering_verb(facts, m)
            or (
                facts.has("background", m.first, m.last)
                and _describes_speaker(facts, m.first, m.last)
            )
        ):
            continue
        taken |= span
        mention = _mention(facts, m)
        if m in demands:  # a verb told by its crowd ("the city demanded"): no pointer before it
            mention = replace(mention, anaphoric=False)
        found.append(mention)
        closing = _closing_pointer(facts, m)
        if closing is not None:  # the phrase's other event words are of this mention
            taken.update(range(m.last, closing))
    # "an IED killed two soldiers, the device was planted by X", "militants planted bombs that
    # hurt a doctor": in a sentence telling an act of its own, a word that tells who did an act
    # (`attribution`) is that act's, not a back-reference, and who it names is the act's
    if any(f.means != "reference" for f in found):
        own = {(x.first, x.last) for x in facts.kinds("attribution")}
        found = [f for f in found if f.means != "reference" or (f.first, f.last) not in own]
    if found and in_names:
        found = sorted([*found, *(_mention(facts, m) for m in in_names)], key=lambda f: f.first)
    return found


_PURPOSE_REACH = 12  # tokens from a gathering word to its purpose: "gathered at the square in Tel Aviv to demand"


def _gatherings(facts: SentenceFacts) -> list[Match]:
    """'Merchants gathered in the city hall to demand ...': a gathering word with a protest's
    purpose after it in its clause is a demonstration word (a `protest` means)."""
    purposes = facts.kinds("gathering_purpose")
    return [
        replace(g, kind="means", value="protest")
        for g in facts.kinds("gathering")
        if any(
            g.last <= p.first <= g.last + _PURPOSE_REACH
            and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[g.last : p.first])
            for p in purposes
        )
    ]


# tokens from protesters to what they ask for: "demonstrators outside the ministry of labour demanded"
_DEMAND_REACH = 8


def _crowd_demands(facts: SentenceFacts) -> list[Match]:
    """'Demonstrators demanded unpaid wages', 'para demonstran menuntut ...': what protesters ask
    for or speak against (`crowd_demand`), told a few words after them in their clause, is a
    demonstration word (a `protest` means)."""
    crowds = [
        a.last
        for a in facts.actors
        if a.kind == "role" and a.role is not None and a.role.category == "protesters"
    ]
    return [
        replace(x, kind="means", value="protest")
        for x in facts.kinds("crowd_demand")
        if any(
            end <= x.first <= end + _DEMAND_REACH
            and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[end : x.first])
            for end in crowds
        )
    ]


def blocked_arrests(facts: SentenceFacts) -> set[int]:
    """Where the sentence's arrests that are no act are (planned, negated, of would-be
    brawlers): their counts ("6 ditangkap") are no captives of an act either; nor are the
    captives a release frees ("released three hostages")."""
    stopped = {m.first for m in facts.kinds("means") if m.value == "arrest" and _blocked(facts, m)}
    # "released three hostages": the captives of a release are freed, not taken
    return stopped | {
        c.first for c in facts.kinds("casualty") if c.value == "captured" and _released(facts, c)
    }


def _names_people(facts: SentenceFacts, m: Match) -> bool:
    """'hartal supporters', 'demonstrated that', 'pelaku tawuran': the event word names people
    or a claim, not an act; so does an abduction word after a release word ("released three
    hostages", "membawa pulang sandera"): the people freed."""
    return any(
        (x.kind == "not_protest_after" and x.first == m.last and m.value == "protest")
        or (x.kind == "perpetrators" and x.last == m.first)
        for x in facts.matches
    ) or (m.value == "abduction" and _released(facts, m))


_RELEASED_REACH = 3  # tokens from a release word to the abduction word: "freed the three hostages"


def _released(facts: SentenceFacts, m: Match) -> bool:
    return any(
        m.first - _RELEASED_REACH <= x.last <= m.first
        and not any(not t.text[:1].isalnum() for t in facts.tokens[x.last : m.first])
        for x in facts.kinds("released")
    )


def _names_site(facts: SentenceFacts, m: Match) -> bool:
    """'the Karma mine', 'the Inata gold mine': a site word (`site`) after a name or a
    `site_before` word ("gold") names a place, not a weapon."""
    if not any(x.kind == "site" and (x.first, x.last) == (m.first, m.last) for x in facts.matches):
        return False
    if facts.has("site_before", max(0, m.first - 2), m.first):
        return True
    before = facts.tokens[m.first - 1].text if m.first > 1 else ""
    return before[:1].isupper() and not before.isupper()


def _in_a_name(facts: SentenceFacts, m: Match) -> bool:
    """'kata Komite Perlawanan El Fasher', 'Brigade Serangan Cepat': an event word written
    with a capital inside a sentence, between two more words written so, is a word of a name
    (a committee, a unit), not an act. One capitalised word before it alone may name a weapon's
    model ("3 Grad Missiles", "Patriot Missile batteries"), still a means. Not in a line
    written in title case (a subheading, a headline), where every word has a capital."""
    tokens = facts.tokens
    if m.first < 2 or m.last >= len(tokens) or _title_case(tokens):
        return False
    return all(_capitalised(tokens[i].text) for i in (m.first - 1, m.first, m.last))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


TITLE_CASE_SHARE = 0.6  # of a line's words written with a capital: a title, not a sentence


def _title_case(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def implicit_mention(facts: SentenceFacts, casualty: Match) -> Mention:
    """A casualty word standing for its event when no event word is told ("kematian 10 pejuang")."""
    return Mention(casualty.first, casualty.last, casualty.start, casualty.end, "casualties",
                   passive=_passive(facts, casualty))  # fmt: skip


def _mention(facts: SentenceFacts, m: Match) -> Mention:
    reference = m.kind == "reference_nouns"
    before = _markers_before(facts, m.first)
    closing = _closing_pointer(facts, m)
    # "Serangan bersama roket lainnya itu": a marker inside the closed phrase is its inner noun's
    after = _markers_after(facts, m.last) if closing is None else set()
    both = "both" in before
    indefinite = any(
        x.kind == "indefinite" and m.first - 4 <= x.first < m.first for x in facts.matches
    )
    definite = (
        "definite" in before and _passive(facts, m) and not indefinite and not _of_new(facts, m)
    )
    right_after = {x.kind for x in facts.matches if x.first == m.last}
    # "serangan tersebut", "that attack": the noun itself points back, whatever the sentence
    # opens with ("Sementara itu, TPNPB mengklaim ... dalam serangan tersebut")
    pointed = (
        "anaphoric_after" in right_after
        or (_pointer_before(facts, m.first) and not _of_new(facts, m))
        or closing is not None
    )
    opener = any(
        (x.kind == "new_event_sentence" or (x.kind == "new_event_sentence_placed" and facts.places))
        and x.first <= 1
        for x in facts.matches
    )
    # "a subsequent offensive": the marker is in the event phrase's own words
    inside = any(x.kind == "new_event_before" and x.first < m.first < x.last for x in facts.matches)
    new = (
        "new_event_before" in before
        or inside
        or "new_event_after" in after
        or (opener and not pointed and not reference and not _earlier_means(facts, m))
    )
    similar = reference and any(
        x.kind == "similar" and (x.first == m.last or x.last == m.first) for x in facts.matches
    )
    new = new or similar
    # "a province-wide operation", "an operation": a reference noun told with an indefinite
    # article opens its act, it refers back to none
    anaphoric = not new and ((reference and not indefinite) or both or definite or pointed)
    means = "reference"
    if not reference:  # what the words around an event word make of its means
        means = _seized_what(facts, m)
        means = _aimed_at_no_one(facts, m, means)
        means = _held(facts, m, means)
        means = _thrown(facts, m, means)
    return Mention(m.first, m.last, m.start, m.end, means, anaphoric, both, new,
                   _passive(facts, m), _suffered_before(facts, m.first), similar)  # fmt: skip


def _of_new(facts: SentenceFacts, m: Match) -> bool:
    """'The body of a man was found', 'the bodies of three farmers', 'the killing of a
    student': the sentence's first event word, whose "of" phrase brings in someone new (an
    indefinite article or a count); its "the" is grammar's, no pointer back to an event told.
    Not after another act ("blocked police from taking the body of a man who was killed":
    the protest's, and the body an old death's)."""
    if any(x.first < m.first for x in facts.kinds("means")):
        return False
    heads = {w.lower() for w in facts.lang.events.markers.head_before}
    at = m.last
    if facts.tokens[m.last - 1].key not in heads:
        if at >= len(facts.tokens) or facts.tokens[at].key not in heads:
            return False
        at += 1
    return any(x.kind == "indefinite" and x.first == at for x in facts.matches) or any(
        n.first == at for n in facts.numbers
    )


_SEIZE_NEAR = 2  # "seized the pilot", "seized a local chief"; not "seized boats with Colombian military insignia"


def _seized_what(facts: SentenceFacts, m: Match) -> str:
    """'seized a truck' takes goods (looting), 'seized the pilot' a person (abduction), 'seized
    the town of Ariha' a place (territory): a seizing word (`seize_words`) abducts only when a
    person or group is named right after it, and takes territory when a place is."""
    if m.value != "abduction" or not any(
        x.kind == "seize_words" and x.first == m.first for x in facts.matches
    ):
        return str(m.value)
    person = any(
        m.last <= a.first <= m.last + _SEIZE_NEAR and a.kind in ("actor", "role")
        for a in facts.actors
    ) or any(x.kind == "combatants" and m.last <= x.first <= m.last + 2 for x in facts.matches)
    if person:
        return "abduction"
    if _seized_ground(facts, m):
        return "territory"
    # "seized the town of Ariha", "seized Kidal": a place taken right after the word is
    # territory ("seized livestock in the village of Tambao" took goods there)
    starts = {p.first for p in facts.places} | {x.first for x in facts.kinds("feature")}
    place = m.last in starts or (
        m.last + 1 in starts and not any(x.first == m.last for x in facts.kinds("relation"))
    )
    return "territory" if place else "looting"


_SEIZED_GROUND_NEAR = 4  # "seized [the largest remaining] military base"


def _seized_ground(facts: SentenceFacts, m: Match) -> bool:
    """'seized more territory', 'seized the largest remaining military base': ground or a post
    (`seized_places`) a few words after the seizing word, no preposition or stop between ("seized
    weapons from a military base" took the weapons)."""
    for x in facts.kinds("seized_places"):
        if not m.last <= x.first <= m.last + _SEIZED_GROUND_NEAR:
            continue
        between = facts.tokens[m.last : x.first]
        if any(not t.text[:1].isalnum() for t in between) or any(
            r.kind == "relation" and m.last <= r.first < x.first for r in facts.matches
        ):
            continue
        return True
    return False


_WEAPONS = frozenset({"ied", "grenade", "explosion", "shelling", "suicide_bomb", "incendiary"})
_HELD_NEAR = 3  # "recovered two hand grenades"


def _held(facts: SentenceFacts, m: Match, means: str) -> str:
    """'recovered two hand grenades', 'armed with a grenade', 'menyita bom rakitan': a weapon
    held, seized or found is no act of remote violence ("held": a seizure when nothing else
    is told, else part of the event told); one defused ("menetralkan dua bom rakitan") is
    disrupted weapons use."""
    if means not in _WEAPONS:
        return means
    near = [x for x in facts.matches if x.last <= m.first and m.first - x.last < _HELD_NEAR]
    if any(x.kind == "disarmed" for x in near):  # "menetralkan dua bom rakitan": defused
        return "disrupted"
    held = (
        any(x.kind == "held" for x in near)
        or any(x.kind == "held" and _listed(facts, x.last, m.first) for x in facts.matches)
        or _told_after(facts, m)
    )
    return "held" if held else means


_HELD_AFTER = 2  # tokens between: "an IED [workshop] destroyed", "grenades [had been] found"


def _told_after(facts: SentenceFacts, m: Match) -> bool:
    """A holding or defusing word told after the weapon word, in the passive or closing its
    clause ("an IED workshop destroyed, and", "two grenades were recovered", "bom rakitan itu
    dijinakkan"): the weapon is its object, not the means of an act (held: a defusing told so
    is typed by its own event word, "were defused"). Not an active verb with an object after
    it ("a bomb destroyed the house"), nor a second act joined to it ("were bombed and
    destroyed")."""
    tokens = facts.tokens
    joined = facts.lang.events.and_words
    for x in facts.matches:
        if x.kind not in ("held", "disarmed") or not m.last <= x.first <= m.last + _HELD_AFTER:
            continue
        between = tokens[m.last : x.first]
        # "were bombed and destroyed": a second act of the same subject, no object
        if any(not t.text[:1].isalnum() or t.key in joined for t in between) or any(
            y.kind == "means" and m.last <= y.first < x.first for y in facts.matches
        ):
            continue
        closing = x.last >= len(tokens) or not tokens[x.last].text[:1].isalnum()
        if closing or _passive(facts, x):
            return True
    return False


_THROWN_BEFORE = 4  # "threw [a hand-made] bomb", "threw [three homemade] bombs"


def _thrown(facts: SentenceFacts, m: Match, means: str) -> str:
    """'threw a homemade bomb at the truck', 'a bomb was thrown into the compound', 'melemparkan
    bom': a bomb word (`explosion`, no kind of its own) with a throwing word (`thrown`) right
    before it in its clause, or right after it in the passive, is a bomb thrown by hand: the
    Grenade sub-type (ACLED codes hand-thrown explosives so), not a planted or remote one."""
    if means != "explosion":
        return means
    tokens = facts.tokens
    for x in facts.kinds("thrown"):
        if x.last <= m.first:
            between = tokens[x.last : m.first]
            near = m.first - x.last <= _THROWN_BEFORE
        else:
            between = tokens[m.last : x.first]
            near = m.last <= x.first <= m.last + _HELD_AFTER and _passive(facts, x)
        if near and not any(t.text in _CLAUSE_BREAKS for t in between):
            return "grenade"
    return means


_LIST_NEAR = 12  # "seized [rifles, ammunition, two motorbikes and] a grenade"
_AND_NEAR = 3  # "seized two rifles [and a hand] grenade"


def _listed(facts: SentenceFacts, first: int, last: int) -> bool:
    """'seized rifles, ammunition, two motorbikes and a grenade': the words between a holding
    word and a weapon word are a list of things, the weapon the list's last: commas (or one
    "and" right before the weapon's phrase) the only punctuation, no act (but other weapons listed), actor, place, preposition or clause
    opening word between."""
    if not first < last <= first + _LIST_NEAR:
        return False
    between = facts.tokens[first:last]
    if any(not t.text[:1].isalnum() and t.text != "," for t in between):
        return False
    # a list, its first item right after the word ("a car carrying a ward official exploded",
    # "fuel seized, and an IED workshop destroyed": none); two items joined by "and" alone
    # when the weapon's phrase follows it ("seized two rifles and a grenade")
    joined = facts.lang.events.and_words
    ands = [i for i, t in enumerate(between) if t.key in joined]
    paired = bool(ands) and len(between) - ands[-1] <= _AND_NEAR
    if between[0].text == "," or not (paired or any(t.text == "," for t in between)):
        return False
    opening = set(facts.lang.events.markers.clause_opening)
    if any(t.key in opening for t in between):
        return False
    if any(first <= a.first < last for a in facts.actors) or any(
        first <= p.first < last for p in facts.places
    ):
        return False
    return not any(
        first <= x.first < last
        and x.kind in ("means", "relation", "casualty")
        and not (x.kind == "means" and x.value in _WEAPONS)  # "two AK rifles, a grenade, ..."
        for x in facts.matches
    )


def _aimed_at_no_one(facts: SentenceFacts, m: Match, means: str) -> str:
    """'fired shots into the air', 'tembakan peringatan': a shooting (or a warning volley)
    aimed at no one, in a sentence that tells no demonstration and no casualty, is a show of
    force ("warning": ACLED's Strategic developments, Other), not an attack."""
    hurt = any(
        c.value in ("killed", "injured") and not facts.has("negation", max(0, c.first - 2), c.first)
        for c in facts.kinds("casualty")
    )
    if means not in ("shooting", "intervention") or hurt:
        return means
    aimless = any(
        x.kind == "into_the_air" and m.first <= x.first <= m.last + _NEAR for x in facts.matches
    )
    demonstration = any(
        x.kind == "means" and x.value in DEMONSTRATION and not m.first <= x.first < m.last
        for x in facts.matches
    )
    return "warning" if aimless and not demonstration else means


def _pointer_before(facts: SentenceFacts, first: int) -> bool:
    """'that attack', 'the deadly attack': a pointing word right before the event word, or
    one word before it; not 'The militants burnt', where the word between names who acted."""
    actor_tokens = {i for a in facts.actors for i in range(a.first, a.last)}
    return any(
        x.kind == "anaphoric_before"
        and (
            x.last == first
            or (x.last == first - 1 and x.last not in actor_tokens and not _describes(facts, x))
        )
        and not facts.has("combatants", x.last, first)
        for x in facts.matches
    )


def _describes(facts: SentenceFacts, pointer: Match) -> bool:
    """'Students from the village protested': the pointer opens a noun after a preposition
    (`modifier_lead`) right after an actor; the phrase describes the actor, whose act the
    event word tells; so does one after people told by a `members` word ("members of the
    union marched"); and a pointer right after an actor opens a clause about it ("police
    that later dispersed them")."""
    ends = {a.last for a in facts.actors} | {x.last for x in facts.kinds("members")}
    # "police that later dispersed them": right after an actor, a pointer opens a clause
    # about it, no noun phrase of the act
    return pointer.first in ends or any(
        x.last == pointer.first and x.first in ends for x in facts.kinds("modifier_lead")
    )


_PHRASE_REACH = 6  # tokens of a subject phrase between its event noun and its pointer


def _closing_pointer(facts: SentenceFacts, m: Match) -> int | None:
    """'Serangan berbarengan dengan rentetan rudal lainnya itu menyebabkan ...': a pointer
    (`anaphoric_after`) closing the noun phrase an event noun opens the sentence with points
    back with the whole phrase, though words stand between (event words among them are of
    the phrase: no event of their own); no casualty or reporting word, and no punctuation,
    may lie between. Where the pointer is, or None."""
    if m.first > 0:
        return None
    for x in facts.kinds("anaphoric_after"):
        if not m.last < x.first <= m.last + _PHRASE_REACH:
            continue
        between = facts.tokens[m.last : x.first]
        if any(not t.text[:1].isalnum() for t in between) or any(
            y.kind in ("casualty", "report_before", "report_after", "since_clause")
            and m.last <= y.first < x.first
            for y in facts.matches
        ):
            return None
        return x.first
    return None


def _earlier_means(facts: SentenceFacts, m: Match) -> bool:
    return any(x.kind == "means" and x.first < m.first for x in facts.matches)


def _markers_before(facts: SentenceFacts, first: int) -> set[str]:
    return {m.kind for m in facts.matches if first - 2 <= m.first and m.last <= first}


def _markers_after(facts: SentenceFacts, last: int) -> set[str]:
    return {m.kind for m in facts.matches if last <= m.first and m.last <= last + _NEAR}


def _blocked(facts: SentenceFacts, m: Match) -> bool:
    """Planned, hypothetical, threatened, prevented or negated: not an act that happened. An
    arrest of people about to brawl ("ditangkap saat hendak tawuran") prevents a crime: no
    act of ACLED's either."""
    if _unreal(facts, m) or self_inflicted(facts, m):
        return True
    if m.value == "arrest" and any(
        x.kind == "means" and x.value in _BRAWLS and _unreal(facts, x) for x in facts.matches
    ):
        return True
    return (
        _reason(facts, m, "grievance", "protest", DEMONSTRATION)
        or _reason(facts, m, "charge", "arrest", frozenset({"arrest"}))
        or _earlier_riot(facts, m)
    )


_EARLIER_NEAR = (
    4  # tokens from "following" to the riot it tells ("after the intense protests and riots")
)


def _earlier_riot(facts: SentenceFacts, m: Match) -> bool:
    """'relatives held protests, demanding news of the inmates following a riot at the colony
    last month': a riot right after an `earlier_act` word (no punctuation between), in a
    sentence that told a protest before it, is what the protest is about; not when told as
    breaking out ("after the speeches riots broke out")."""
    if m.value not in _BRAWLS:
        return False
    if any(m.last <= x.first <= m.last + 1 for x in facts.kinds("yet_to_happen")):
        return False
    return any(
        x.kind == "earlier_act"
        and 0 <= m.first - x.last <= _EARLIER_NEAR
        and all(t.text[:1].isalnum() for t in facts.tokens[x.last : m.first])
        and any(
            y.kind == "means" and y.value == "protest" and y.last <= x.first for y in facts.matches
        )
        for x in facts.matches
    )


def _unreal(facts: SentenceFacts, m: Match) -> bool:
    for marker in facts.matches:
        if marker.kind in ("plan", "hypothetical") and m.first - _NEAR <= marker.first < m.first:
            return True
        if (
            marker.kind == "negation"
            and m.first - 2 <= marker.first < m.first
            and not any(a.first <= marker.first < a.last for a in facts.actors)
        ):  # "Orang tak dikenal menembak ...": the "tak" of a name negates nothing
            return True
        if marker.kind == "prevented" and m.last <= marker.first <= m.last + _PREVENTED_NEAR:
            return True
        if (
            marker.kind == "before_act"
            and m.first - _NEAR <= marker.first < m.first
            and any(m.last <= x.first <= m.last + 1 for x in facts.kinds("yet_to_happen"))
        ):  # "sebelum tawuran terjadi": stopped before it began
            return True
    return False


# acts whose would-be doers' arrest is crime prevention
_BRAWLS = frozenset({"mob", "riot", "crowd_clash"})


_REASON_NEAR = 6


def _reason(facts: SentenceFacts, m: Match, marker: str, act: str, own: frozenset[str]) -> bool:
    """An act told as the reason for the sentence's protest or arrest, not an act of its own:
    'protested against the killing of ...', 'memprotes penembakan ...' (grievance words);
    'arrested ... for their alleged involvement in arson attacks', 'ditangkap terkait
    penembakan' (charge words)."""
    if m.value in own or not _told(facts, act):
        return False
    opening = set(facts.lang.events.markers.clause_opening)
    return any(
        x.kind == marker
        and x.first < m.first
        and not any(t.key in opening for t in facts.tokens[x.last : m.first])
        and not _clause_joined(facts, x.last, m.first)
        and (m.first - _REASON_NEAR <= x.first or _one_clause(facts, x.last, m.first, own))
        for x in facts.matches
    )


def _clause_joined(facts: SentenceFacts, first: int, last: int) -> bool:
    """'arrested two suspects and a grenade exploded', 'menangkap dua tersangka dan sebuah
    granat meledak': an "and" between a reason word and an act, then an indefinite article and
    an event word told as the subject of an event word or a happening word right after it,
    joins a clause of its own; what follows it is no reason ("suspected of the shooting and the
    arson attack" stays one)."""
    tokens = facts.tokens
    and_words = facts.lang.events.and_words
    indefinite = facts.lang.events.markers.indefinite
    verbs = {x.first for x in facts.matches if x.kind in ("means", "yet_to_happen")}
    heads = {x.first for x in facts.kinds("means") if x.last in verbs and x.first <= last}
    return any(
        tokens[i].key in and_words and tokens[i + 1].key in indefinite and i + 2 in heads
        for i in range(first, min(last, len(tokens) - 2))
    )


def _told(facts: SentenceFacts, act: str) -> bool:
    told = any(x.kind == "means" and x.value == act for x in facts.matches)
    if act == "protest" and not told:  # "demonstrators demanded the release of the detained"
        told = bool(_gatherings(facts) or _crowd_demands(facts))
    return told


def in_grievance(facts: SentenceFacts, a: ActorMention) -> bool:
    """'Traders gathered to protest the killing of two colleagues by robbers': someone told
    in what the sentence's protest is against (after a `grievance` word, in its clause: no
    punctuation, clause opening word or act of the protest's own between) after the act
    protested, is a side of that act, not of the protest. With no act between ("the strike
    was against members of X") the word tells no grievance."""
    if not _told(facts, "protest"):
        return False
    opening = set(facts.lang.events.markers.clause_opening)
    acts = [m.first for m in facts.kinds("means") if m.value not in DEMONSTRATION]
    return any(
        x.last <= a.first
        and any(x.last <= m < a.first for m in acts)
        and not any(t.key in opening for t in facts.tokens[x.last : a.first])
        and _one_clause(facts, x.last, a.first, DEMONSTRATION)
        for x in facts.kinds("grievance")
    )


def _one_clause(facts: SentenceFacts, first: int, last: int, own: frozenset[str]) -> bool:
    """No punctuation and no act of the protest's (or arrest's) own between two tokens: 'to
    protest against massacres targeting the community in the area of X in the wake of a
    militant attack' is all what the protest is against; 'demanding justice, marched and
    attacked' is not. A clause opening word ("when", "then", "lalu") ends it at any reach; a
    comma right before a word going on with a list ("including", "termasuk") does not."""
    tokens = facts.tokens
    going_on = set(facts.lang.events.markers.clause_continuing)
    stops = [
        i
        for i in range(first, last)
        if not tokens[i].text[:1].isalnum()
        # "wanted in several cases, including the 2015 ambush": a comma going on with a list
        and not (tokens[i].text == "," and i + 1 < last and tokens[i + 1].key in going_on)
    ]
    return not stops and not any(
        x.kind == "means" and x.value in own and first <= x.first < last for x in facts.matches
    )


def _suffering_verb(facts: SentenceFacts, m: Match) -> bool:
    """'An army truck hit a landmine': the verb that makes its subject the one hit
    (`suffered_before`) is no act of its own when an event word follows it (an article may come
    between); the event word is the act, and its subject the side hit."""
    markers = facts.lang.events.markers
    keys = [t.key for t in facts.tokens[m.first : m.last]]
    if keys not in [phrase.split() for phrase in markers.suffered_before]:
        return False
    nxt = m.last
    if nxt < len(facts.tokens) and facts.tokens[nxt].key in (
        *markers.indefinite,
        *markers.definite,
    ):
        nxt += 1
    return any(x.first == nxt for x in facts.kinds("means"))


def _suffered_before(facts: SentenceFacts, first: int) -> bool:
    """'A convoy came under attack', 'a truck hit a landmine': the verb before the event
    word (an article may come between) makes its subject the one hit."""
    markers = facts.lang.events.markers
    keys = [t.key for t in facts.tokens[:first]]
    if keys and keys[-1] in (*markers.indefinite, *markers.definite):
        keys.pop()
    return any(
        keys[-len(words) :] == words
        for words in (phrase.split() for phrase in markers.suffered_before)
        if len(keys) >= len(words)
    )


def _passive(facts: SentenceFacts, m: Match) -> bool:
    """'disergap', 'were killed': the subject is the target, the agent follows."""
    word = facts.tokens[m.first].key
    markers = facts.lang.events.markers
    if word not in markers.active_prefixed and any(
        word.startswith(p) and len(word) > len(p) + 3 for p in markers.passive_prefixes
    ):
        return True
    aux = facts.lang.events.markers.passive_aux
    # "there were explosions", "there was an attack": an auxiliary after an existential word
    # tells that the act happened, no passive
    there = set(facts.lang.events.markers.existential)

    def existential(at: int) -> bool:
        return at > 0 and facts.tokens[at - 1].key in there

    if m.first > 0 and facts.tokens[m.first - 1].key in aux:
        return not existential(m.first - 1)
    # one word between ("was reportedly killed", "were badly beaten", "were also destroyed")
    return (
        m.first > 1
        and facts.tokens[m.first - 2].key in aux
        and not existential(m.first - 2)
        and facts.tokens[m.first - 1].key.isalpha()
        and not any(x.first <= m.first - 1 < x.last and x.kind != "also" for x in facts.matches)
    )
