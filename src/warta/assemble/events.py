"""Assembly: the events a document reports, one record per real event.

For each sentence (see mentions.py, claims.py), in document order:
1. a sentence that tells a total over a period or a country ("selama bulan lalu", "di
   seluruh Suriah") or history ("Didirikan pada tahun 2013") yields no event and no claim;
2. places, dates, claims and actors attach to the nearest event word; a date told after a
   reporting verb ("kata X ... pada hari Jumat") is the report's date, not the event's;
3. event words of one sentence form one telling unless a marker ("serangan lain",
   "a separate attack") or a clash of places or days keeps them apart;
4. each telling joins an event already told when it points back ("serangan itu", "kedua
   serangan": the first event of the last sentence that told one), when it names the same
   place or day, or when, naming neither, it uses the same specific means ("pengepungan"
   after "mengepung"); otherwise it is a new event.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..geo.features import ADMIN1, breadth, is_broad
from ..geo.geometry import haversine_km
from ..geo.normalise import normalise
from ..geo.place import Place, PlaceMention
from ..recognise.actors import ActorMention
from ..recognise.dates import DateMention
from ..recognise.phrases import Token, phrase_key, tokenize
from ..taxonomy import (
    demonstration_means,
    from_afar_means,
    policing_means,
    policing_only_means,
    policing_unnamed_means,
    remote_means,
    taxonomy,
)
from .claims import (
    QUOTES,
    ClaimFact,
    find_claims,
    people_named,
    sentence_speakers,
    speaker_hints,
    speaker_spans,
)
from .facts import SentenceFacts
from .mentions import (  # fmt: skip
    Mention,
    ahead_dated,
    armed_named,
    blocked_arrests,
    find_mentions,
    grievance_dated,
    implicit_mention,
    in_grievance,
    other_act_dated,
    sentence_flags,
    since_dated,
)

SAME_PLACE_KM = 25.0
CONFLICT_KM = 50.0
_SKIP_RELATIONS = frozenset({"from", "to", "based_in", "border"})


LEAD_SENTENCES = 2  # the headline (or first sentence) and the lead


@dataclass
class Telling:
    """One event as one sentence tells it."""

    facts: SentenceFacts
    mentions: list[Mention]
    places: list[tuple[PlaceMention, Place | None]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    report_dates: list[DateMention] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)
    actors: list[tuple[ActorMention, str]] = field(default_factory=list)  # (mention, role)

    @property
    def anaphoric(self) -> bool:
        return any(m.anaphoric for m in self.mentions) and not self.new

    @property
    def new(self) -> bool:
        return any(m.new for m in self.mentions)

    @property
    def both(self) -> bool:
        return any(m.both for m in self.mentions)

    @property
    def implicit(self) -> bool:
        return all(m.means == "casualties" for m in self.mentions)

    def resolved_places(self) -> list[Place]:
        """Places precise enough to tell events apart (not a whole province or country); a
        place named as where another lies ("the Idlib city of Jisr al-Shughur", "X, Y": Y)
        after the places it holds."""
        found = [(pm, p) for pm, p in self.places if p is not None and not is_broad(p)]
        return [p for pm, p in sorted(found, key=lambda x: _holds(x[0]))]

    def named_place(self) -> bool:
        """A town the gazetteer knows is named, though resolution left it unplaced (a namesake
        abroad only, in a story the text places in another country): it still anchors."""
        return any(p is None and pm.candidates for pm, p in self.places)

    def day(self) -> date | None:
        return next((d.date for d in self.dates if d.precision == "day" and d.date), None)


def _holds(pm: PlaceMention) -> bool:
    return pm.relation == "in" and not pm.bare


@dataclass
class Draft:
    """An event being assembled from its tellings."""

    tellings: list[Telling] = field(default_factory=list)
    # the town of the act told just before, for a second act told with no place of its own
    # ("Meanwhile, ISIL said ... its fighters had carried out two suicide attacks on Wednesday
    # ... inside the refinery complex" after the battle near Baiji): where the story is
    beside: Place | None = None

    def add(self, telling: Telling) -> None:
        self.tellings.append(telling)

    @property
    def means(self) -> set[str]:
        return {m.means for t in self.tellings for m in t.mentions}

    def place(self) -> Place | None:
        return next((p for t in self.tellings for p in t.resolved_places()), None)

    def day(self) -> date | None:
        return next((d for t in self.tellings if (d := t.day())), None)

    def province(self) -> Place | None:
        """The province the event is placed at, when it has no town of its own."""
        if self.place() is not None:
            return None
        places = (p for t in self.tellings for _, p in t.places if p is not None)
        return next((p for p in places if p.feature_code in ADMIN1), None)


@dataclass
class DocumentState:
    """What assembly remembers across sentences."""

    drafts: list[Draft] = field(default_factory=list)
    touched: list[list[Draft]] = field(default_factory=list)  # per sentence, in order
    recent: list[Draft] = field(default_factory=list)  # most recently touched last
    last_sentence_with_events: int = -1
    people: dict[str, ActorMention] = field(default_factory=dict)  # a person's name -> their actor
    last_speaker: ActorMention | None = None
    spoke: int = -1  # the last sentence a speaker spoke in, by a reporting verb
    published: date | None = None
    frame: tuple[int, ActorMention] | None = None  # (sentence, speaker) of "According to X, ..."
    digressions: set[int] = field(default_factory=set)  # sentences of history or totals
    headline_violence: bool = False  # the headline names a violent act ("Dalang Penembakan X")
    lead_words: frozenset[str] = frozenset()  # the words of the headline and the lead

    def remember(self, facts: SentenceFacts) -> None:
        """Names and speakers of a sentence, for later pronouns and "kata Dedi"."""
        self.people.update(people_named(facts))
        speakers = sentence_speakers(facts)
        if speakers:
            self.last_speaker = speakers[-1]
            self.spoke = facts.index
        elif hints := speaker_hints(facts):
            # "Raja Kariu menyebut ...": a later "katanya" is that person's, not the party who
            # spoke before; the party a name stands for when one was told ("kata Dedi")
            if hints[-1] != "pronoun":
                self.last_speaker = self.people.get(hints[-1])
            self.spoke = facts.index
        if speakers or facts.kinds("report_before", "report_after", "impersonal"):
            # a new speaker, or a reporting verb of its own, ends the last frame
            self.frame = (facts.index, speakers[0]) if speakers and _framing(facts) else None

    def framed(self, facts: SentenceFacts, telling: Telling) -> None:
        """'Menurut laporan Al Jazeera, rudal itu ... Serangan itu menewaskan sepuluh
        orang': figures on no one's word in the sentences just after one opened by an
        attribution (FRAME_REACH, with no speaker or reporting verb between) are that
        speaker's, unless the sentence has a reporting verb of its own."""
        if self.frame is None or not 0 < facts.index - self.frame[0] <= FRAME_REACH:
            return
        if facts.kinds("report_before", "report_after", "impersonal"):
            return
        _speak_for(telling, self.frame[1])

    def resolve_speaker(self, claim: ClaimFact) -> ClaimFact:
        """Fill a claim's claimant from its hint: a pronoun or a person named before."""
        if claim.claimant is not None or claim.speaker_hint is None:
            return claim
        if claim.speaker_hint == "pronoun":
            who = self.last_speaker
        else:
            who = self.people.get(claim.speaker_hint)
        return replace(claim, claimant=who) if who is not None else claim

    def quote_goes_on(self, facts: SentenceFacts) -> ActorMention | None:
        """'"They came at dawn," a resident said. "Six soldiers were killed."': a sentence all
        in quotation marks, with no reporting verb of its own, right after a sentence a
        speaker spoke in, goes on with that speaker's words: the speaker, or None."""
        if facts.index != self.spoke + 1 or not _all_quoted(facts.tokens):
            return None
        if facts.kinds("report_before", "report_after", "pronoun_verb", "impersonal"):
            return None
        return self.last_speaker

    def gap(self, sentence: int) -> int:
        """Sentences from the last that told an event to this one, not counting digressions
        (history, totals: "Pelaku pernah dipenjara karena ... pada 2017") between them."""
        last = self.last_sentence_with_events
        return sentence - last - sum(1 for i in self.digressions if last < i < sentence)

    def touch(self, draft: Draft, sentence: int) -> None:
        while len(self.touched) <= sentence:
            self.touched.append([])
        if draft not in self.touched[sentence]:
            self.touched[sentence].append(draft)
        if draft in self.recent:
            self.recent.remove(draft)
        self.recent.append(draft)
        self.last_sentence_with_events = sentence

    def center(self, before: int) -> Draft | None:
        """The first event told in the last sentence before `before` that told any."""
        for i in range(min(before, len(self.touched)) - 1, -1, -1):
            if self.touched[i]:
                return self.touched[i][0]
        return None


def assemble(
    sentences: list[SentenceFacts],
    published: date | None,
    generic: frozenset[str],
    families: Mapping[str, str],
    resolve_places,
    dateline: tuple[int, int] = (0, 0),
    headline: SentenceFacts | None = None,
) -> list[Draft]:  # type: ignore[no-untyped-def]  # resolve_places is a callable whose type would import pipeline
    """Drafts of the events the sentences report, in the order first told. The dateline
    ("MAIDUGURI, Nigeria, March 28 (Reuters) -") dates and places the report, not an event;
    `headline` is the article's headline read like a sentence (its title, or a first
    paragraph of one sentence), when it has one."""
    state = DocumentState(published=published)
    state.headline_violence = headline is not None and any(
        families.get(m.means) == "violent" for m in find_mentions(headline)
    )
    # a headline or lead about an accident, a disaster, a trial or a crime: the article's
    # deaths and acts are of that story, not political violence, unless a sentence names an
    # armed group or a military with them
    lead = sentences[:LEAD_SENTENCES]
    state.lead_words = frozenset(
        t.key for f in (*lead, *([headline] if headline else [])) for t in f.tokens
    )
    # a headline framing a trial or a tally ("Laporan Akhir Tahun: ...") does too; a crime
    # word in a headline ("Korban Kartel Narkoba") is too loose a frame to drop its acts
    # a headline about a trial or a tally frames every act the article tells, whoever did it
    # ("2 Anggota TNI yang Serang Warga Dituntut 8-9 Bulan Penjara"): only a demonstration
    # told in it is news of its own
    framed = headline is not None and any(m.value in _WHOEVER for m in headline.kinds("non_event"))
    story_not_event = framed or any(facts.kinds("non_event") for facts in lead)
    # a market report ("the rupiah weakens on the Iran-Israel conflict") or a reaction piece
    # ("North Korea backs Iran"): the wars it mentions are context, whoever fights them
    context_only = any(m.value == "market" for f in lead for m in f.kinds("non_event")) or (
        headline is not None and _reaction(headline)
    )
    for n, facts in enumerate(sentences):
        dated_next = facts.index < COUNT_SENTENCES and _tells_its_day(
            facts, sentences[n + 1] if n + 1 < len(sentences) else None, published, families
        )
        if sentence_flags(facts, published, dated_next):
            state.digressions.add(facts.index)
        else:
            other_story = framed or _other_story(facts, story_not_event) or context_only
            courts = [m.first for m in facts.kinds("non_event") if m.value == "court"]
            tellings = tellings_of(facts, resolve_places(facts), state, dateline)
            for telling in tellings:
                # under a trial's headline, any trial word frames the sentence's protest
                tried = bool(courts) if framed else _tried(courts, telling)
                if other_story and (tried or not _demonstration(telling)):
                    continue  # an accident's dead, a trial's shooting: no event of ACLED's
                state.framed(facts, telling)
                _place_telling(state, telling, facts.index, generic, families)
            _confirmed(state, facts, told=bool(tellings))
            if not tellings:
                _place_dated(state, facts, resolve_places(facts))
        state.remember(facts)
    drafts = _several_attributed(_several_dated(state.drafts))
    return _commentary_dropped(_summaries_dropped(drafts))


def _tells_its_day(
    facts: SentenceFacts,
    after: SentenceFacts | None,
    published: date | None,
    families: Mapping[str, str],
) -> bool:
    """The sentence after tells an act of a kind this one tells, on a day of the week before
    publication ("a series of suicide attacks on military convoys" / "Three blasts on Tuesday
    struck army convoys"): the day of this sentence's acts too."""
    if after is None or published is None:
        return False
    if not any(
        d.precision == "day"
        and d.date is not None
        and 0 <= (published - d.date).days <= UNDATED_NEWS_DAYS
        for d in after.dates
    ):
        return False

    def kinds(f: SentenceFacts) -> set[str]:
        return {families.get(m.means, "") for m in find_mentions(f)} - {"", "any"}

    return bool(kinds(facts) & kinds(after))


def _summaries_dropped(drafts: list[Draft]) -> list[Draft]:
    """'The deaths occurred in two separate incidents on Saturday' (`several`): a sentence
    telling several acts at once, when the article goes on to tell acts one by one, is their
    summary, not an event of its own; alone (a note of two shootings) it is the event."""

    def first(d: Draft) -> int:
        return min(t.facts.index for t in d.tellings)

    def summary(d: Draft) -> bool:
        return all(t.facts.kinds("several") for t in d.tellings)

    return [
        d
        for d in drafts
        if not (summary(d) and any(first(o) > first(d) and not summary(o) for o in drafts))
    ]


SEVERAL_REACH = 3  # sentences after "in two separate incidents on Saturday" that tell them


def _several_dated(drafts: list[Draft]) -> list[Draft]:
    """'The deaths occurred in two separate incidents on Saturday. One barrel bomb hit ...
    In the second attack, ...': acts told one by one right after a sentence telling several
    at once, with no date of their own, took place on that sentence's day."""
    for t in (t for d in drafts for t in d.tellings if t.facts.kinds("several") and t.dates):
        for draft in drafts:
            told = any(0 < x.facts.index - t.facts.index <= SEVERAL_REACH for x in draft.tellings)
            undated = not any(x.dates or x.report_dates for x in draft.tellings)
            if told and undated:
                draft.tellings[0].dates.extend(t.dates)
    return drafts


def _all_quoted(tokens: list[Token]) -> bool:
    """The sentence opens with a quotation mark and closes it at its end (only punctuation
    after the closing mark); a quotation closed in a later sentence may be another's words."""
    marks = [i for i, t in enumerate(tokens) if t.text in QUOTES]
    return (
        len(marks) == 2 and marks[0] == 0 and all(not t.text.isalnum() for t in tokens[marks[1] :])
    )


def _speak_for(telling: Telling, speaker: ActorMention) -> None:
    """The telling's figures on no one's word become `speaker`'s."""
    telling.claims[:] = [
        replace(c, claimant=speaker) if c.claimant is None and c.value is not None else c
        for c in telling.claims
    ]


def _several_attributed(drafts: list[Draft]) -> list[Draft]:
    """'Barrel bombs killed at least 75 people, according to medical sources. The deaths
    occurred in two separate incidents on Saturday. ... In the second attack, at least 55
    people were killed': figures on no one's word told one by one right after a sentence
    telling several acts at once are the word of whoever gave the toll just before it."""
    tellings = [t for d in drafts for t in d.tellings]
    for t in (t for t in tellings if t.facts.kinds("several")):
        before = [
            c.claimant
            for x in tellings
            if x.facts.index == t.facts.index - 1
            for c in x.claims
            if c.claimant is not None and c.value is not None
        ]
        if not before:
            continue
        for x in tellings:
            if 0 < x.facts.index - t.facts.index <= SEVERAL_REACH:
                _speak_for(x, before[0])
    return drafts


def _confirmed(state: DocumentState, facts: SentenceFacts, told: bool) -> None:
    """The speaker of a sentence that stands behind the figures just told is the claimant of
    the figures that had none of the event just told (its last sentence and the one before
    it that told it too): one confirming or giving the toll
    (`toll_reference` after a reporting verb, in a sentence telling no event of its own:
    "Kementerian Kesehatan Lebanon mengonfirmasi jumlah korban tersebut", "The health
    ministry confirmed the toll"), or one telling those casualties again with no count of
    its own ("Medical sources said several people were also wounded", "Sumber medis
    mengatakan warga sipil termasuk di antara korban tewas")."""
    verbs = facts.kinds("report_before", "report_after")
    if not verbs or facts.index == 0 or facts.index - 1 >= len(state.touched):
        return
    toll = not told and any(r.first >= verbs[0].last for r in facts.kinds("toll_reference"))
    if not toll and not _told_again(facts):
        return
    speakers = sentence_speakers(facts)
    if not speakers:
        return
    for draft in state.touched[facts.index - 1]:
        run = _told_run(state, draft, facts.index - 1)
        for t in draft.tellings:
            if t.facts.index in run:
                _speak_for(t, speakers[-1])


CONFIRM_REACH = 2  # sentences of one event's figures a confirming speaker stands behind


def _told_run(state: DocumentState, draft: Draft, last: int) -> range:
    """The sentences, ending at `last`, that told `draft` one after another (CONFIRM_REACH
    at most): "Empat tentara tewas ... Dua tentara lainnya terluka. Menurut sumber keamanan,
    ...": the speaker after them stands behind both figures."""
    first = last
    while last - first + 1 < CONFIRM_REACH and first > 0 and draft in state.touched[first - 1]:
        first -= 1
    return range(first, last + 1)


def _told_again(facts: SentenceFacts) -> bool:
    """Casualties told after a reporting verb with no count: the figures told before."""
    verb = facts.kinds("report_before", "report_after")[0]
    casualties = [c for c in facts.kinds("casualty") if c.first >= verb.last]
    return bool(casualties) and all(c.value is None for c in find_claims(facts))


def _place_dated(
    state: DocumentState, facts: SentenceFacts, places: list[tuple[PlaceMention, Place | None]]
) -> None:
    """'Iraqi special forces fled Ramadi on Sunday as the fighters breached their last
    holdout': a sentence telling no act of its own that names the place of an event told with
    no date, and a day of the last week (not a statement's: "said on Monday"), dates that
    event."""
    if state.published is None:
        return
    verbs = facts.kinds("report_before", "report_after")
    days = [
        d
        for d in facts.dates
        if d.precision == "day"
        and d.date is not None
        and 0 <= (state.published - d.date).days <= UNDATED_NEWS_DAYS
        and not any(0 <= d.first - r.last <= 3 for r in verbs)
    ]
    named = {p.id for _, p in places if p is not None and not is_broad(p)}
    if not days or not named:
        return
    for draft in state.drafts:
        place = draft.place()
        undated = not any(t.dates or t.report_dates for t in draft.tellings)
        if undated and place is not None and place.id in named:
            draft.tellings[0].dates.append(days[0])


FRAME_OPENING = 2  # "Adapun menurut ...", "But according to ...": the attribution opens it
FRAME_REACH = 2  # sentences after it an opening attribution still frames


def _framing(facts: SentenceFacts) -> bool:
    """Whether an attribution of `framing` opens the sentence ("According to X, ...")."""
    words = facts.lang.pack.reporting.framing
    for m in facts.kinds("report_after"):
        said = " ".join(t.key for t in facts.tokens[m.first : m.last])
        if m.first <= FRAME_OPENING - 1 and any(said == w.lower() for w in words):
            return True
    return False


def _commentary_dropped(drafts: list[Draft]) -> list[Draft]:
    """An article whose lead tells no act is commentary, a statement or a profile: the acts
    it tells later with no date of their own and on nobody's word are its background
    ("Retaking Tikrit avenged the Speicher massacre"), not news; one a source tells ("Iraqi
    forces said they had retaken Husaybah") is news, and so is one told in the sentence right
    after such news ("Fighting also took place in the city of Ad-Dali")."""
    if any(min(t.facts.index for t in d.tellings) < COUNT_SENTENCES for d in drafts):
        return drafts
    news = [d for d in drafts if any(t.dates or _told_by_someone(t) for t in d.tellings)]
    told = {t.facts.index for d in news for t in d.tellings}
    return [d for d in drafts if d in news or min(t.facts.index for t in d.tellings) - 1 in told]


def _told_by_someone(t: Telling) -> bool:
    return bool(t.facts.kinds("report_before", "report_after"))


def _reaction(headline: SentenceFacts) -> bool:
    """A reaction's headline ("Korea Utara Dukung Iran", "Minister urges restraint"): a stance
    word and no act told (an urged attack is no act)."""
    return bool(headline.kinds("stance")) and not find_mentions(headline)


def _other_story(facts: SentenceFacts, story_not_event: bool) -> bool:
    """The sentence tells a story ACLED does not code: a trial (whoever is on trial) or a
    tally, or an accident, disaster or crime in which no armed group or military is named."""
    cues = {m.value for m in facts.kinds("non_event")}
    return bool(cues & _WHOEVER) or bool(cues or story_not_event) and not armed_named(facts)


# stories that are no event whoever they name: a trial, a tally ("the group said in its
# year-end report")
_WHOEVER = frozenset({"court", "review"})


def _tried(courts: list[int], telling: Telling) -> bool:
    """The sentence's trial words (where they are: `courts`) frame its demonstration when one
    comes before it ("the court sentenced five students for protesting"); told after it,
    they are of what the demonstrators rallied about ("marched to the court as the
    murder trial opened", "in support of a man who was convicted"), unless the
    demonstration word follows a relative pronoun ("students who protested were convicted")."""
    protest = demonstration_means()
    first = min((m.first for m in telling.mentions if m.means in protest), default=None)
    # "students who protested were convicted": the demonstration tells who was tried
    relative = first is not None and telling.facts.has("relative_pronoun", max(0, first - 2), first)
    return bool(courts) and (first is None or min(courts) < first or relative)


def _demonstration(telling: Telling) -> bool:
    """Protests and riots are ACLED's events whatever they are about."""
    return any(m.means in demonstration_means() for m in telling.mentions)


def tellings_of(
    facts: SentenceFacts,
    places: list[tuple[PlaceMention, Place | None]],
    state: DocumentState | None = None,
    dateline: tuple[int, int] = (0, 0),
) -> list[Telling]:
    """The sentence's event words grouped into tellings, with what attaches to each."""
    claims = [c for c in find_claims(facts) if not c.denied]
    if state is not None:
        claims = [state.resolve_speaker(c) for c in claims]
        speaker = state.quote_goes_on(facts)
        if speaker is not None:
            claims = [
                replace(c, claimant=speaker) if c.claimant is None and c.value is not None else c
                for c in claims
            ]
    mentions = find_mentions(facts)
    if not mentions and claims:
        stopped = blocked_arrests(facts)
        claims = [c for c in claims if c.casualty.first not in stopped]
    if not mentions and claims:
        mentions = [implicit_mention(facts, claims[0].casualty)]
    if not mentions:
        return []
    slots: dict[int, Telling] = {}
    for i, m in enumerate(mentions):
        slots[i] = Telling(facts, [m])
    for pm, place in places:
        i = _nearest(mentions, pm.first, prefer="before")
        if (pm.relation in _SKIP_RELATIONS and not _landed(mentions[i], pm)) or _inside_actor(
            facts, pm.first
        ):
            continue
        if not (
            mentions[i].last <= pm.first and _reported(facts, mentions[i], pm)
        ):  # "kata Dedi di Jayapura"
            slots[i].places.append((pm, place))
    earlier = since_dated(facts, state.published if state is not None else None)
    earlier |= other_act_dated(facts)
    published = state.published if state is not None else None
    earlier |= ahead_dated(facts, published) | grievance_dated(facts, published)
    for d in facts.dates:
        if d.kind == "year" or dateline[0] <= d.start < dateline[1] or d.first in earlier:
            continue
        i = _nearest(mentions, d.first, prefer="before")
        (slots[i].report_dates if _reported(facts, mentions[i], d) else slots[i].dates).append(d)
    for c in claims:
        slots[_nearest(mentions, c.position, prefer="before")].claims.append(c)
    speakers = speaker_spans(facts)
    for a in facts.actors:
        if (
            a.kind in ("not_actor", "source")
            or a.first in speakers
            or _refuge(facts, a)
            or a.first in jurisdictions(facts)
            or _responder(facts, a)
            or _blamer(facts, a)
            or (in_grievance(facts, a) and _category(a) not in _CROWDS)
        ):
            continue
        i = _nearest(mentions, a.first, prefer="after")
        if _gathers_after(facts, mentions[i], a):
            continue
        slots[i].actors.append((a, _role(facts, mentions[i], a)))
    return _group(facts, [slots[i] for i in range(len(mentions))])


def _group(facts: SentenceFacts, singles: list[Telling]) -> list[Telling]:
    """Merge a sentence's single-mention tellings into tellings of distinct events. A reference
    ("the attack", "the body of a man who was shot dead") keeps a new act told after it apart,
    unless that act's means is what the reference is of ("an ambush initiated by the
    detonation of an IED followed by gunfire": one ambush)."""
    grouped: list[Telling] = []
    for t in singles:
        current = grouped[-1] if grouped else None
        if (
            current is not None
            and not t.new
            and (t.anaphoric or _compatible(current, t))
            and not (
                current.mentions[-1].anaphoric
                and not current.new
                and not t.anaphoric
                and not _means_of(current, t)
            )
        ):
            current.mentions += t.mentions
            current.places += t.places
            current.dates += t.dates
            current.report_dates += t.report_dates
            current.claims += t.claims
            current.actors += t.actors
        else:
            grouped.append(t)
    return grouped


def _means_of(current: Telling, t: Telling) -> bool:
    """'the detonation of an IED': the telling's first word tells what the reference just
    before it is of (`markers.head_before` and an article at most between)."""
    ref, tokens = current.mentions[-1], t.facts.tokens
    links = {w.lower() for w in t.facts.lang.events.markers.head_before}
    between = tokens[ref.last : t.mentions[0].first]
    return (
        ref.anaphoric
        and bool(between)
        and between[0].key in links
        and len(between) <= OF_WORDS
        and all(t.facts.has("article", i, i + 1) for i in range(ref.last + 1, t.mentions[0].first))
    )


OF_WORDS = 2  # "of", "of an": between a reference and the means it is of


def _compatible(a: Telling, b: Telling) -> bool:
    """Two tellings of one sentence may be one event: no clash of days or places."""
    if a.day() and b.day() and a.day() != b.day():
        return False
    pa, pb = a.resolved_places(), b.resolved_places()
    if not (pa and pb):
        return True
    # a town and the district it lies in are no clash ("in Sugapa, Intan Jaya")
    reach = CONFLICT_KM * (1 + 2 * max(breadth(pa[0]), breadth(pb[0])))
    return haversine_km(pa[0].lat, pa[0].lon, pb[0].lat, pb[0].lon) <= reach


_LANDED_NEAR = 4  # tokens from a remote means to the place it was fired to


def _landed(m: Mention, pm: PlaceMention) -> bool:
    """'serangan rudal ke Israel', 'fired rockets into Saudi Arabia': where remote weapons
    were fired to is where they struck, the act's place (a 'to' place is else a destination:
    "fled to Chad")."""
    return (
        pm.relation == "to"
        and m.means in remote_means()
        and m.last <= pm.first <= m.last + _LANDED_NEAR
    )


def _place_telling(
    state: DocumentState,
    t: Telling,
    sentence: int,
    generic: frozenset[str],
    families: Mapping[str, str],
) -> None:
    """Join the telling to an event already told, or start a new one. What is told only
    inside a quotation ("Kami menghimbau ...", "This could destroy ...") or in a subheading
    adds to events the article tells, never starts one: quoted words are views, warnings and
    plans far more often than news, and a subheading names what the text under it tells."""
    _kind_of_referred(state, t, sentence)
    targets = _targets(state, t, sentence, generic, families)
    if targets is None:
        return
    several = t.facts.kinds("several")
    if several:  # "in two separate incidents": two counts acts, not the dead
        starts = {x.first for x in several}
        t.claims[:] = [c for c in t.claims if c.number is None or c.number.last not in starts]
    if not targets and (_quoted(t) or _subheading(t.facts)):
        return
    if not targets:
        draft = Draft(beside=_beside(state, t, sentence))
        state.drafts.append(draft)
        targets = [draft]
    for draft in targets:
        draft.add(t if draft is targets[0] else Telling(t.facts, t.mentions, actors=t.actors))
        state.touch(draft, sentence)


def _beside(state: DocumentState, t: Telling, sentence: int) -> Place | None:
    """The town of the event told in the sentences just before (or further back, on the same
    day), for a new act told there with no place of its own (nor a place named that the
    resolver left unplaced), and with no date or a day: an act dated only by a week or a
    month ("Awal bulan ini, Amaq merilis video ...") is told apart from the story's acts."""
    if not state.recent:
        return None
    if any(d.precision != "day" for d in t.dates + t.report_dates):
        return None
    recent = state.recent[-1]
    place = recent.place()
    # a province named only around the act ("the governor of Homs province ... said") that
    # holds the town before: the act is still told there
    if any(
        p is None or not is_broad(p) or place is None or not _in_province(place, p)
        for _, p in t.places
    ):
        return None
    day = t.day()
    if state.gap(sentence) > BESIDE_GAP and not (day is not None and day == recent.day()):
        return None
    return place


BESIDE_GAP = 2  # sentences from the last act told to a second act told with no place


def _kind_of_referred(state: DocumentState, t: Telling, sentence: int) -> None:
    """'Di Yogyakarta, aksi serupa ... juga berujung bentrok': a reference noun marked as
    similar tells a new act of the kind of the event it refers to (the last told), so it takes
    that event's most telling means (a riot, a protest), not none."""
    if not any(m.similar for m in t.mentions):
        return
    center = state.center(sentence)
    if center is None:
        return
    order = taxonomy()["precedence"]
    kinds = [m for m in center.means if m in order and m not in ("reference", "casualties")]
    if not kinds:
        return
    means = min(kinds, key=order.index)
    t.mentions[:] = [replace(m, means=means) if m.similar else m for m in t.mentions]


SUBHEADING_TOKENS = 8  # a subheading is at most this many tokens long
_SENTENCE_ENDS = frozenset('.!?"”»)…')


def _subheading(facts: SentenceFacts) -> bool:
    """A short line past the headline with no closing stop ("Deadly clashes in Idlib",
    "Bentrokan di perbatasan"): a subheading names what the paragraphs under it tell, and
    starts no event of its own."""
    tokens = facts.tokens
    return (
        facts.index > 0
        and 0 < len(tokens) <= SUBHEADING_TOKENS
        and tokens[-1].text not in _SENTENCE_ENDS
    )


_QUOTES_OPEN = frozenset('"“«')
_QUOTES_CLOSE = frozenset('"”»')


def _quoted(t: Telling) -> bool:
    """Every event word of the telling lies inside a quotation in its sentence (a quotation
    of a few words at least: 'Kelompok itu "mengepung" ...' only marks a word)."""
    spans = _quotations(t.facts.tokens)
    reported = _reported_quotations(t.facts)
    return all(
        any(lo < m.first < hi and lo not in reported for lo, hi in spans) for m in t.mentions
    )


def _reported_quotations(facts: SentenceFacts) -> set[int]:
    """Opening quotes right after a complement word ('said that the "army is bombing ..."',
    'mengatakan bahwa "pasukan telah ..."', an article or a definite word may come between):
    the quoted words are the speaker's report, told as a fact like the sentence around it."""
    markers = facts.lang.events.markers
    little = {*markers.definite, *markers.indefinite}
    opened = set()
    for c in facts.kinds("complement"):
        i = c.last
        if i < len(facts.tokens) and facts.tokens[i].key in little:
            i += 1
        if i < len(facts.tokens) and facts.tokens[i].text in _QUOTES_OPEN:
            opened.add(i)
    return opened


QUOTATION_TOKENS = 4  # a quotation is at least this many tokens long


def _quotations(tokens: list[Token]) -> list[tuple[int, int]]:
    """(opening, closing) token positions of the sentence's quotations; one left open runs
    to the sentence's end."""
    spans, start = [], None
    for i, tok in enumerate(tokens):
        closes = tok.text in _QUOTES_CLOSE and (tok.text != '"' or start is not None)
        if start is not None and closes:
            spans.append((start, i))
            start = None
        elif tok.text in _QUOTES_OPEN:
            start = i
    if start is not None:
        spans.append((start, len(tokens)))
    return [(lo, hi) for lo, hi in spans if hi - lo > QUOTATION_TOKENS]


def _targets(
    state: DocumentState,
    t: Telling,
    sentence: int,
    generic: frozenset[str],
    families: Mapping[str, str],
) -> list[Draft] | None:
    """Drafts the telling belongs to; [] for a new event; None to drop it."""
    if {m.means for m in t.mentions} <= policing_only_means():
        # "Police intervened.": the force used on the demonstration just told, else nothing
        only = _policed(state, t, sentence)
        return [only] if only is not None else None
    anchored = bool(t.resolved_places() or t.day() or t.named_place())
    if sentence >= LEAD_SENTENCES and _months_before(t, state.published):
        return None  # "two weeks of clashes in April" in a piece of May: background
    if t.new or _before_the_act(t):
        return []
    if t.implicit:
        return _implicit_target(state, t, sentence)
    if _toll_only(t):
        recent = state.recent[-1] if state.recent and state.gap(sentence) <= 1 else None
        if recent is not None and _compatible_draft(recent, t):
            return [recent]
    if t.both and len(state.recent) >= 2:
        return state.recent[-2:]
    policed = _policed(state, t, sentence)
    if t.anaphoric:
        center = state.center(sentence)
        if (
            center is not None
            and _compatible_draft(center, t)
            and _points_to(center, t, families)
            and not _before(center, t, state.published)
        ):
            return [center]
        # "Police used teargas to disperse the crowd": force only the state uses on a crowd,
        # told back to the demonstration ("they clashed" may be other gatherings)
        if not anchored and not (policed is not None and _acts_told(t) <= policing_unnamed_means()):
            # the article's news told only by reference in its lead ("memburu pelaku
            # penembakan terhadap tokoh oposisi ... pelaku utama serangan tersebut"): an act
            # nobody told before is still the act the reference names
            told_by_reference = (
                center is None
                and sentence < COUNT_SENTENCES
                and state.headline_violence
                and any(families.get(m.means) == "violent" for m in t.mentions)
            )
            return [] if t.claims or told_by_reference else None
    if policed is not None:
        return [policed]
    specific = {m.means for m in t.mentions} - generic - {"reference", "casualties"}
    if anchored:
        best = _best_match(state, t, families)
        if (
            best is None and specific
        ):  # "took a pilot hostage" ... "seized the pilot at Paro airstrip"
            recent = state.recent[-1] if state.recent and state.gap(sentence) <= 2 else None
            if (
                recent is not None
                and recent.means & specific
                and _unanchored_or_same(recent, t)
                and not _also_elsewhere(recent, t)
            ):
                best = recent
        if (
            best is None
            and _bare_lead(state, sentence, t)
            and _kindred(state.drafts[0], t, families)
            and not _also_elsewhere(state.drafts[0], t)
        ):
            best = state.drafts[0]  # the lead's act, told again with its place and time
        return [best] if best else []
    if specific:
        same = [
            d
            for d in reversed(state.recent)
            if d.means & specific and not _before(d, t, state.published)
        ]
        if same:
            return [same[0]]
    recent = state.recent[-1] if state.recent and state.gap(sentence) <= 2 else None
    if (
        recent is not None
        and (t.dates or t.report_dates)
        and _afar_beside(recent, t)
        and not _before(recent, t, state.published)
        and _beside(state, t, sentence) is not None
    ):
        return []  # placed beside the fight (_beside): another act, by another side
    if (
        recent is not None
        and _kindred(recent, t, families)
        and not _before(recent, t, state.published)
    ):
        return [recent]
    # the first act a document tells in its lead is its news, even with no place, day or count
    # (not a plan: "will", "could" before its event word; "a bill which will limit" after is
    # about something else)
    opens = t.mentions[0].first
    first = (
        sentence <= 1
        and not state.drafts
        and not any(x.first < opens for x in t.facts.kinds("plan", "hypothetical"))
    )
    # a count with no place and no date of its own starts an event only in the lead: later,
    # joining none, it is a total or history ("In Israel, 67 soldiers and six civilians were
    # killed" deep in a piece on last year's war)
    dated = bool(t.dates or t.report_dates)  # "Awal bulan ini, Amaq merilis video ..."
    # ... or when a source tells it right after the news ("However, sources told Al Jazeera
    # that the fighters killed 27 people in two suicide attacks")
    sourced = _told_by_someone(t) and bool(state.drafts) and state.gap(sentence) <= 1
    counted = t.claims and not t.implicit and (sentence < COUNT_SENTENCES or dated or sourced)
    if not counted and not first and state.drafts and _taken_from_the_lead(state, t):
        return [state.drafts[0]]
    return [] if counted or first else None


def _taken_from_the_lead(state: DocumentState, t: Telling) -> bool:
    """A capture told late with no place or day of its own, of one victim named by a
    determiner (`markers.referring_determiners`) and a noun the headline or lead told ("...
    mengaku telah menyandera sang pilot" after "Pilot pesawat ... belum diketahui
    keberadaannya"): the lead's news."""
    tokens = t.facts.tokens
    determiners = {
        k for w in t.facts.lang.events.markers.referring_determiners for k in phrase_key(w)
    }
    return any(
        c.kind == "captured"
        and c.value == 1
        and c.casualty.last + 1 < len(tokens)
        and tokens[c.casualty.last].key in determiners
        and tokens[c.casualty.last + 1].key in state.lead_words
        for c in t.claims
    )


_CROWD_SIDES = frozenset({"state_forces", "civilians", "protesters", "rioters"})


def _before_the_act(t: Telling) -> bool:
    """'two bombs carried by female suicide bombers were detonated ahead of the attack': an
    act told as coming before the act referred to ("ahead of the attack", "sebelum serangan
    itu") is an earlier act, not more of that one."""
    own = [m.last for m in t.mentions if m.means not in ("reference", "casualties")]
    refs = [r.first for r in t.facts.kinds("reference_nouns")]
    return bool(own) and any(
        0 <= x.first - max(own) <= BEFORE_REACH and any(0 <= r - x.last <= 1 for r in refs)
        for x in t.facts.kinds("before_act")
    )


BEFORE_REACH = 2  # tokens from an act word to the "ahead of" right after it
ALSO_REACH = 3  # tokens between "also" and the event word it marks


def _also_elsewhere(draft: Draft, t: Telling) -> bool:
    """'Heavy fighting has also continued in the Idlib city of Jisr al-Shughur' after the
    seizure of a base in Idlib: one more act, told at a town of its own beyond the event's
    (SAME_PLACE_KM), is another act, however near its kind and its province."""
    places, theirs = t.resolved_places(), draft.place()
    if not places or theirs is None or places[0].id == theirs.id:
        return False
    if haversine_km(places[0].lat, places[0].lon, theirs.lat, theirs.lon) <= SAME_PLACE_KM:
        return False
    return any(
        abs(x.first - m.first) <= ALSO_REACH or abs(x.first - m.last) <= ALSO_REACH
        for x in t.facts.kinds("also")
        for m in t.mentions
    )


# force only used on a crowd, whose deaths are its toll ("fired on protesters, killing one");
# a clash told with deaths ("clashed with the prison guards, killing one") is the crowd's own fight
_FORCE_ON_CROWDS = frozenset({"shooting", "intervention"})


def _policed(state: DocumentState, t: Telling, sentence: int) -> Draft | None:
    """'Protests turned violent on Monday ... Residents reported hearing gunfire as police
    and gendarmes moved back in', 'Police arrested 14 protesters': gunfire or arrests
    ([family] policing) told with state forces right after a demonstration, naming no armed
    group and no other place or day, are the force used on that demonstration, not an act of
    their own. The demonstration may be named with them ("The police intervened in the
    protest and arrested ..."); arrests and tear gas, which only the state uses so, join with
    nobody named but the crowd ("Several arrests were made", "Five demonstrators were
    detained"). Deaths told with shots or tear gas are their toll ("Police fired on the
    protesters, killing one"), as "menembaki ... dan menewaskan" already read."""
    if not state.recent or state.gap(sentence) > 2:
        return None
    # the demonstration among the acts the last sentence told ("blocked police from taking
    # the body of a man killed by police": the protest, not the killing it is about)
    last = state.touched[state.last_sentence_with_events]
    recent = next(
        (d for d in reversed(state.recent) if d in last and d.means & demonstration_means()),
        None,
    )
    if recent is None:
        return None
    # tear gas told on its own is force used on a crowd too, though a demonstration word
    told = {m.means for m in t.mentions} - (demonstration_means() - policing_means())
    if told & _FORCE_ON_CROWDS:
        told -= _DEADLY  # "Soldiers fired on protesters, killing one": the force's toll
    if not told or not told <= policing_means():
        return None
    if t.facts.kinds("charge", "perpetrators"):
        return None  # "arrested two suspects in connection with the killing": another case
    if "arrest" in told and any(c.value == "killed" for c in t.facts.kinds("casualty")):
        return None  # "died in the police station after being arrested": a death in custody
    kinds = {_category(a) for a, _ in t.actors if not _crowd_reference(state, a)}
    # with no force named, a time of its own or one person told by a pronoun makes it another
    # arrest ("He was arrested in mid-September": the man the demonstration is for)
    unnamed = told <= policing_unnamed_means() and not t.dates and not _pronoun_subject(t)
    if not ("state_forces" in kinds or unnamed) or not kinds <= _CROWD_SIDES:
        return None
    return recent if _unanchored_or_same(recent, t) else None


def _crowd_reference(state: DocumentState, a: ActorMention) -> bool:
    """'Police dispersed the group', 'membubarkan kelompok itu' after a demonstration: a group
    reference with no armed group told before it points back to the crowd, not to an armed
    side."""
    return a.kind == "group_reference" and not any(
        x.armed_group for d in state.drafts for told in d.tellings for x, _ in told.actors
    )


_PRONOUN_REACH = 2  # tokens from a singular pronoun to the act it is the subject of


def _pronoun_subject(t: Telling) -> bool:
    """'He was arrested': a singular pronoun (`singular_subject`) right before an act word."""
    pronouns = set(t.facts.lang.events.markers.singular_subject)
    tokens = t.facts.tokens
    return any(
        tokens[i].key in pronouns
        for m in t.mentions
        for i in range(max(0, m.first - _PRONOUN_REACH), m.first)
    )


# a crowd told in a protest's grievance is still the protest's own side ("police fired after
# protesters threw stones")
_CROWDS = frozenset({"protesters", "rioters"})


def _category(a: ActorMention) -> str | None:
    if a.actor is not None:
        return a.actor.category
    return a.role.category if a.role is not None else None


def _months_before(t: Telling, published: date | None) -> bool:
    """The telling is dated only by months wholly before the month of publication ("In
    April, gunmen fired on the party's office", "pada Maret lalu"): past the lead, an act
    told so is the story's background, not its news."""
    if published is None or not t.dates:
        return False
    start = published.replace(day=1)
    return all(d.precision == "month" and (d.date_end or d.date or start) < start for d in t.dates)


COUNT_SENTENCES = 4  # the first sentences, where a count alone may tell the news


def _bare_lead(state: DocumentState, sentence: int, t: Telling) -> bool:
    """'AQAP has reported the death of a senior figure in a US air strike. SITE said ... al-Ansi
    had been killed ... in the port city of Mukalla last month': the only event so far, told in
    the lead with no place and no time, and this the sentence right after it: a telling that
    anchors a kindred act is the lead's act told in full, not another. A lead with a place and
    no time is so too for a telling that gives the day and no place ("attacks on an army
    headquarters near Fallujah" / "detonated car bombs near the headquarters on Sunday")."""
    if len(state.drafts) != 1 or state.gap(sentence) > 1:
        return False
    lead = state.drafts[0]
    told = {x.facts.index for x in lead.tellings}
    return (
        sentence not in told
        and min(told) < LEAD_SENTENCES
        and not any(
            x.dates
            or x.report_dates
            or (x.places and t.resolved_places() and not _near_lead(state, lead, t))
            for x in lead.tellings
        )
    )


def _near_lead(state: DocumentState, lead: Draft, t: Telling) -> bool:
    """The telling names only towns within reach of the lead's, on a day of the lead's news
    ("convoys northeast and southeast of Fallujah" / "Three blasts on Tuesday struck army
    convoys travelling in Anbar to take part in an offensive aimed at retaking Ramadi"; not
    "an attack on a Kabul hotel last week")."""
    place = lead.place()
    return (
        place is not None
        and not _before(lead, t, state.published)
        and all(
            haversine_km(p.lat, p.lon, place.lat, place.lon) <= CONFLICT_KM
            for p in t.resolved_places()
        )
    )


def _kindred(draft: Draft, t: Telling, families: Mapping[str, str]) -> bool:
    """Whether a telling's means can be the same act as the event's ("kontak tembak" after an
    ambush: yes; an arrest or a capture of territory after an ambush: no)."""
    mine = {
        families[m.means] for m in t.mentions if m.means in families and m.means != "casualties"
    } - {"any"}  # burning and looting belong to whatever event is being told
    theirs = {families[m] for m in draft.means if m in families} or {families["casualties"]}
    told = {m.means for m in t.mentions}
    if (
        "demonstration" in theirs
        and told & set(taxonomy()["family"].get("turns_violent", ()))
        and not told & remote_means()
    ):
        # "They threw stones at the police and clashed with them" after a protest: the fight
        # told with a riot word is the demonstration turning violent, not an act of its own
        mine.discard("violent")
    if "demonstration" in theirs and _crowd_did_it(t) and not told & (remote_means() | _DEADLY):
        # "The demonstrators hurled a petrol bomb at a police officer" after the march: the
        # crowd's own violence, whatever the word, is the demonstration turning violent (a
        # killing stays an act of its own: the deaths of a protest are the force used on it)
        mine.discard("violent")
    return not mine or mine <= theirs


_DEADLY = frozenset({"killing", "casualties"})


def _crowd_did_it(t: Telling) -> bool:
    """Whether the telling's doer is a demonstration's crowd (protesters or rioters told as
    acting), with no armed group named in it."""
    kinds = {_category(a) for a, _ in t.actors}
    return kinds <= _CROWD_SIDES and any(
        role == "agent" and _category(a) in ("protesters", "rioters") for a, role in t.actors
    )


def _points_to(draft: Draft, t: Telling, families: Mapping[str, str]) -> bool:
    """Whether the telling's back-reference can name the event: "the attack" any violent act,
    "the ceasefire" only an agreement ("despite the ceasefire" after a clash tells no more of
    the clash)."""
    pointing = [m for m in t.mentions if m.anaphoric]
    return _kindred(draft, Telling(t.facts, pointing), families)


def _before(draft: Draft, t: Telling, published: date | None = None) -> bool:
    """A telling dated wholly before the event's day tells an earlier act ("after the riots
    in the prisons the previous week"), not this one. An event told with no date of its own
    is news of the last few days: a telling of a week before it ("an attack on a guesthouse
    last week") is another act too."""
    day = draft.day()
    if (
        day is None
        and published is not None
        and published.toordinal() > UNDATED_NEWS_DAYS  # not in the first days of year 1
        and not any(x.dates for x in draft.tellings)
    ):
        day = published - timedelta(days=UNDATED_NEWS_DAYS)
    ends = [d.date_end or d.date for d in t.dates if d.date is not None]
    return day is not None and bool(ends) and max(ends) < day  # type: ignore[type-var]  # ends holds dates only (filtered above)


UNDATED_NEWS_DAYS = 6  # how far before publication an undated event may have happened (a week)
UNDATED_SPAN_DAYS = 1  # the days before publication an act told with no date most often took


def undated_days(published: date) -> tuple[date, date]:
    """The days an act told with no date at all is dated to: news tells yesterday's acts
    and today's ("Twin bomb attacks have hit ..."), so the day before publication to it."""
    if published.toordinal() <= UNDATED_SPAN_DAYS:  # not in the first days of year 1
        return published, published
    return published - timedelta(days=UNDATED_SPAN_DAYS), published


def _toll_only(t: Telling) -> bool:
    """'6 prisoners were killed.' after a prison riot: a passive killing word with a count and
    no doer, place or day of its own tells the toll of the act just told, as 'Three officers
    died.' does, not an act of its own. A word of another kind with a count of its own
    beside the toll ("One bandit was killed and 4 arrested") tells more of that toll."""
    bare = set(taxonomy().get("toll_only", ()))
    counted = {c.casualty.first for c in t.claims if c.value is not None}
    return (
        any(c.kind in _TOLL_KINDS for c in t.claims)
        and all(
            (m.means in bare and (m.passive or m.means == "casualties")) or m.first in counted
            for m in t.mentions
        )
        and not any(role == "agent" and not _counted_victim(t, a) for a, role in t.actors)
        and not (t.places or t.dates or t.report_dates)
    )


_TOLL_KINDS = frozenset({"killed", "injured"})  # "... and 4 arrested" only beside these


def _counted_victim(t: Telling, a: ActorMention) -> bool:
    """'9 prisoners were killed, 60 prison guards and 5 police officers injured': an actor
    named inside the victims a count tells was hit, whatever its place beside the word."""
    return any(c.victim_first <= a.first < c.victim_last for c in t.claims)


def _implicit_target(state: DocumentState, t: Telling, sentence: int) -> list[Draft] | None:
    """A casualty count told with no event word joins the event just told, unless it names
    a place of its own far from it."""
    recent = state.recent[-1] if state.recent and state.gap(sentence) <= 2 else None
    if recent is not None and _compatible_draft(recent, t):
        return [recent]
    return [] if t.resolved_places() else None


def _unanchored_or_same(draft: Draft, t: Telling) -> bool:
    """An event told without a place or day of its own, or with the same ones."""
    day, their_day = t.day(), draft.day()
    if day and their_day and day != their_day:
        return False
    return _compatible_draft(draft, t)


def _compatible_draft(draft: Draft, t: Telling) -> bool:
    """No clash of places between an event and a telling that points back to it. A place
    named bare, with no "di"/"in" before it, may stand for its government ("Kinshasa
    blamed the attack on M23") and does not count."""
    mine = [p for pm, p in t.places if p is not None and not is_broad(p) and not _bare(t.facts, pm)]
    theirs = draft.place()
    if not mine or theirs is None:
        return True
    return haversine_km(mine[0].lat, mine[0].lon, theirs.lat, theirs.lon) <= CONFLICT_KM


def _best_match(state: DocumentState, t: Telling, families: Mapping[str, str]) -> Draft | None:
    places, day = t.resolved_places(), t.day()
    best, best_score = None, 0
    for draft in state.drafts:
        if _before(
            draft, t, state.published
        ):  # "an attack on a guesthouse last week" is another attack
            continue
        score = 0
        other, other_day = draft.place(), draft.day()
        if not places and _from_afar(draft, t):
            continue  # joined by its day alone: fire from afar beside a fight on the ground
        if day and other_day:
            if day != other_day:
                continue
            score += 1
        if places and _in_province(places[0], draft.province()):
            score += 2  # "stormed a hospital in Idlib province" ... "entered it in Jisr"
        if places and other:
            if places[0].id == other.id:
                score += 3
            elif not _kindred(draft, t, families):
                continue  # the bombing in Bandung, then a raid with arrests in Cimahi: two acts
            else:
                km = haversine_km(places[0].lat, places[0].lon, other.lat, other.lon)
                if km > CONFLICT_KM:
                    continue
                score += 2 if km <= SAME_PLACE_KM else 0
        if score >= (2 if places else 1) and score > best_score:
            best, best_score = draft, score
    return best


_GROUND = frozenset({"fight", "territory"})  # families of acts on the ground


def _from_afar(draft: Draft, t: Telling) -> bool:
    """The telling tells only fire from afar (air strikes, shelling) of a kind the event does
    not hold, and the event acts on the ground (a storming, clashes, a capture): 'opposition
    fighters stormed a hospital complex on Sunday ... 33 air strikes were launched around the
    flashpoint areas on Sunday morning' are two acts, by two sides. A killing word telling
    the strike's toll ("a US air strike near the town on Friday, killing about 30 fighters")
    tells no act of its own (`toll_only`), so it leaves the strike fire from afar."""
    fam = taxonomy()["family"]
    mine = _acts_told(t)
    return (
        bool(mine)
        and mine <= from_afar_means()
        and not mine & draft.means
        and any(fam.get(m) in _GROUND for m in draft.means - {"casualties", "reference"})
    )


def _acts_told(t: Telling) -> set[str]:
    """The telling's means that tell an act: no reference, and no killing or casualty word
    (`toll_only`), which tells the toll of the act beside it."""
    toll = set(taxonomy().get("toll_only", ()))
    return {m.means for m in t.mentions} - {"casualties", "reference"} - toll


def _afar_beside(draft: Draft, t: Telling) -> bool:
    """'Fierce clashes near the citadel ... the governor said the army "is bombing the
    positions from the air"': fire from afar told right after a fight on the ground, with no
    place of its own and a day (its own or its teller's: undated, "a coalition has since
    launched air strikes" is background), is a second act by another side at the fight's
    town, not nothing."""
    fam = taxonomy()["family"]
    mine = _acts_told(t)
    return (
        bool(mine & from_afar_means())
        and not mine & draft.means
        and any(fam.get(m) in _GROUND for m in draft.means - {"casualties", "reference"})
    )


def _in_province(place: Place, province: Place | None) -> bool:
    """Whether the place's record says it lies in the province."""
    return (
        province is not None
        and place.country == province.country
        and bool(place.admin1)
        and normalise(place.admin1 or "") == normalise(province.admin1 or province.name)
    )


def _nearest(mentions: list[Mention], position: int, prefer: str) -> int:
    """Index of the mention nearest a token position (ties: the one before/after it)."""

    def key(i: int) -> tuple[int, int]:
        m = mentions[i]
        if position < m.first:
            return (m.first - position, 0 if prefer == "after" else 1)
        if position >= m.last:
            return (position - m.last + 1, 0 if prefer == "before" else 1)
        return (0, 0)

    return min(range(len(mentions)), key=key)


def _reported(facts: SentenceFacts, m: Mention, d: DateMention | PlaceMention) -> bool:
    """True for the date of a statement: a reporting verb stands between the event word and
    the date, or just before the date ("mengklaim dalam pernyataan Jumat", "said on Sunday")."""
    lo, hi = (m.last, d.first) if m.last <= d.first else (d.last, m.first)
    # a reporting verb in the passive ("rudal Iran dilaporkan menghantam ...", `impersonal`)
    # tells the act as reported, no statement of its own with a place or a day
    passive = {i for x in facts.kinds("impersonal") for i in range(x.first, x.last)}
    verbs = [
        r
        for r in facts.matches
        if r.kind in ("report_before", "report_after") and r.first not in passive
    ]
    if any(lo <= r.first < hi or 0 <= d.first - r.last <= 3 for r in verbs):
        return True
    # "ISIL said in its daily radio broadcast on Thursday that its fighters had carried out
    # two suicide attacks on Wednesday": a date between a reporting verb and the word opening
    # what it tells, before the event word, is the broadcast's when what it tells has a date
    # of its own ("told AP on Sunday that the military has been fighting": Sunday's news)
    opens = [c.first for c in facts.kinds("complement") if d.last <= c.first < m.first]
    return bool(
        opens
        and any(r.kind == "report_before" and r.last <= d.first for r in verbs)
        and any(x.first > opens[0] and x.kind != "year" for x in facts.dates)
    )


def _bare(facts: SentenceFacts, pm: PlaceMention) -> bool:
    return not any(
        m.kind in ("relation", "feature") and pm.first - 3 <= m.first < pm.first
        for m in facts.matches
    )


def _inside_actor(facts: SentenceFacts, first: int) -> bool:
    return any(a.first <= first < a.last for a in facts.actors)


_REFUGE_REACH = 2  # "mengungsi ke Markas Polres": words between "ke" and the actor, at most


def _gathers_after(facts: SentenceFacts, m: Mention, a: ActorMention) -> bool:
    """'Setelah penembakan terjadi, ratusan pendukung berkumpul di depan rumah sakit': the
    subject of a gathering word (`gathering`) told after the event word came together after
    it, neither side of the act."""
    return a.first >= m.last and any(g.first == a.last for g in facts.kinds("gathering"))


def _refuge(facts: SentenceFacts, a: ActorMention) -> bool:
    """'60 warga mengungsi ke Markas Polres', 'fled to the army base': the actor is where
    people fled to, neither side of the event."""
    fled = {m.last for m in facts.kinds("casualty") if m.value == "displaced"}
    return any(
        x.value == "to" and x.first in fled and 0 <= a.first - x.last <= _REFUGE_REACH
        for x in facts.kinds("relation")
    )


_JURISDICTION_NAME = 3  # "under Sadar Model police station": name words before the office


def jurisdictions(facts: SentenceFacts) -> set[int]:
    """Token positions of a force's office told as a place ("under Ater police station",
    "in the Saddar police station area", "di wilayah hukum Polres Bogor"): the place's
    jurisdiction, whose force is neither side of the act (`jurisdiction` markers)."""
    spans: set[int] = set()
    before = facts.kinds("jurisdiction_before")
    after = {m.first for m in facts.kinds("jurisdiction_after")}
    for office in facts.kinds("jurisdiction"):
        if office.last in after or any(
            0 <= office.first - b.last <= _JURISDICTION_NAME
            and not any(t.text in _CLAUSE_BREAKS for t in facts.tokens[b.last : office.first])
            for b in before
        ):
            spans.update(range(office.first, office.last))
    return spans


_CLAUSE_BREAKS = frozenset(",.;:()")


def _responder(facts: SentenceFacts, a: ActorMention) -> bool:
    """'before police arrived at the scene', 'police later recovered the body': the force
    came after the act to help or investigate (`responder_after` right after it, one word may
    come between), no side of it; unless an act word follows ("police arrived and opened
    fire")."""
    if not any(0 <= x.first - a.last <= 1 for x in facts.kinds("responder_after")):
        return False
    return not any(m.kind == "means" and m.first >= a.last for m in facts.matches)


_BLAMER_REACH = 3


def _blamer(facts: SentenceFacts, a: ActorMention) -> bool:
    """'Police blamed Al Shabaab for the attack', 'Polisi menuding KKB': the one who puts
    the act on someone (`blame` right after it, up to three words may come between, "police
    on Monday blamed", but no passive "was" nor a clause break) tells it, no side of it."""
    aux = facts.lang.events.markers.passive_aux
    return any(
        0 <= x.first - a.last <= _BLAMER_REACH
        and not any(
            t.key in aux or t.text in _CLAUSE_BREAKS for t in facts.tokens[a.last : x.first]
        )
        for x in facts.kinds("blame")
    )


def _blamed(facts: SentenceFacts, m: Mention, a: ActorMention) -> bool:
    """The actor a `blame` verb puts the act on: told between the verb and the event word
    ("blamed Al Shabaab for the attack", "menuding KKB sebagai pelaku penembakan"), after
    the verb when the verb itself tells the act back ("Police blamed al Shabaab."), or after
    the event word right after `blamed_on` ("blamed the shooting on separatists")."""
    verbs = [x for x in facts.kinds("blame") if x.last <= a.first]
    if not verbs:
        return False
    if a.last <= m.first:
        return True
    if m.first <= verbs[-1].first < m.last:
        return True  # the blaming tells the act back ("Police blamed al Shabaab."): X did it
    return m.last <= a.first and any(
        0 <= a.first - x.last <= 1 and verbs[-1].last <= m.first for x in facts.kinds("blamed_on")
    )


def _suffered(facts: SentenceFacts, a: ActorMention) -> bool:
    """'A villager was wounded in a ride-by attack', 'two soldiers were killed when ...': the
    actor is the subject of a passive casualty or act, whatever event word is nearest; so is
    the subject of a death word told intransitively ("two residents died after gunmen opened
    fire", "dua warga tewas setelah ...", `markers.intransitive_deaths`)."""
    aux_ends = {x.last for x in facts.matches if x.kind == "passive_aux" and x.first == a.last}
    if any(x.kind in ("casualty", "means") and x.first in aux_ends for x in facts.matches):
        return True
    markers = facts.lang.events.markers
    deaths = {w.lower() for w in markers.intransitive_deaths}
    gap = {w.lower() for w in markers.subject_gap}
    after = a.last + (a.last < len(facts.tokens) and facts.tokens[a.last].key in gap)
    return any(
        x.first == after and " ".join(t.key for t in facts.tokens[x.first : x.last]) in deaths
        for x in facts.kinds("casualty")
    )


# "died in a Taliban suicide attack": words between a `suffered_in` phrase and its event word
_SUFFERED_IN_REACH = 3
# "tewas dalam serangan drone Israel": words between the event word and its doer told after
_DOER_AFTER = 2


def _suffered_in(facts: SentenceFacts, m: Mention) -> tuple[int, int] | None:
    """The tokens (first, last) of a `suffered_in` phrase a few words before the event word
    ("tewas dalam serangan", "died in an attack"), None when there is none."""
    keys = tuple(t.key for t in facts.tokens)
    for phrase in facts.lang.events.markers.suffered_in:
        words = _token_keys(phrase)
        n = len(words)
        for end in range(m.first, max(n, m.first - _SUFFERED_IN_REACH) - 1, -1):
            if keys[end - n : end] == words:
                return end - n, end
    return None


@functools.lru_cache(maxsize=1024)
def _token_keys(phrase: str) -> tuple[str, ...]:
    """The keys of a data phrase's tokens, as a sentence's tokens have them (memoised)."""
    return tuple(t.key for t in tokenize(phrase, 0, len(phrase)))


def _role(facts: SentenceFacts, m: Mention, a: ActorMention) -> str:
    """'agent' or 'target' of the event word, from word order and voice."""
    agent_marker = any(
        x.kind == "passive_agent" and x.last <= a.first and a.first - x.last <= 1
        for x in facts.matches
    )
    if agent_marker or _blamed(facts, m, a):
        return "agent"
    frame = _suffered_in(facts, m)
    if frame is not None:  # "seorang anggota X tewas dalam serangan Y": X was hit, Y acted
        if a.last <= frame[0]:
            return "target"
        if frame[1] <= a.first < m.first or m.last <= a.first <= m.last + _DOER_AFTER:
            return "agent"  # the doer right before or after the event word, not any name after
    if _suffered(facts, a) or m.suffered:
        return "target"
    before = a.last <= m.first
    if m.passive:
        return "target" if before else "agent"
    return "agent" if before else "target"
