"""What a language pack (a lang/<code>/ folder) must provide: one frozen dataclass per file.

Each field is one key of its file, with its type and a line of documentation in the field's
metadata; `docs/languages.md` is generated from these classes (`make docs`),
so the schema and the checklist for a new language cannot drift apart. The loader in
`warta.lang.pack` builds these records from the files and refuses unknown or missing keys.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import Any, Literal

from ..model import ActorCategory, ClaimKind, PlaceRelation, Qualifier

Order = Literal["dmy", "mdy", "ymd"]
Unit = Literal["day", "week", "month", "year"]
Part = Literal["whole", "early", "late"]


def doc(text: str, default: Any = None, *, optional: bool = False) -> Any:
    """A field with its documentation; `optional` fields may be left out of the file."""
    if optional:
        factory = (lambda: default) if not isinstance(default, list | dict) else type(default)
        return field(default_factory=factory, metadata={"doc": text})
    return field(metadata={"doc": text})


Words = tuple[str, ...]


# --------------------------------------------------------------------------- LANGUAGE.toml


@dataclass(frozen=True, slots=True)
class About:
    """LANGUAGE.toml: the pack's identity."""

    code: str = doc("ISO 639-1 code; must equal the folder's name")
    name: str = doc("the language's English name")
    also_reads: Words = doc(
        "codes of close languages this pack reads when they have no pack of their own "
        '(Indonesian reads Malay: ["ms"])',
        (),
        optional=True,
    )


# --------------------------------------------------------------------------- abbreviations


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """abbreviations.toml: words ending in a full stop that does not end a sentence."""

    always: Words = doc("compared case-sensitively with the word before the stop")
    before_number: Words = doc('only when a number follows ("No. 5", "Pasal 3")')


# --------------------------------------------------------------------------- boilerplate


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """boilerplate.toml: portal scaffolding lines to drop, and metadata lines to read."""

    max_length: int = doc("prefix and regex rules apply only to lines up to this length")
    exact: Words = doc("whole lines, compared case-insensitively after trimming")
    prefix: Words = doc("a line starting with this (case-insensitive) is scaffolding")
    regex: Words = doc("Python regexes searched in a line (case-insensitive)")
    author: Words = doc('regexes whose named group "author" is the document\'s author')
    dateline: Words = doc('regexes at the start of the text; groups "place" and "outlet"')


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative date phrase: an offset back from the publication date."""

    unit: Unit = doc("day, week, month or year")
    n: int = doc("how many units back (0: the current one)")
    part: Part = doc("which part of the week, month or year", "whole", optional=True)
    span: Literal["last7", "told"] | None = doc(
        '"last7": the seven days up to publication; "told": n days back from the day the text '
        'told last, not from publication ("the day before", "sehari sebelumnya"; unit day)',
        None,
        optional=True,
    )


@dataclass(frozen=True, slots=True)
class Dates:
    """dates.toml: weekdays, months, relative phrases, and words that make a total."""

    weekdays: Words = doc("Monday first, lower case (7 words)")
    months: Words = doc("January first, lower case (12 words)")
    numeric_order: Order = doc('order of day and month in "12/3/2024": dmy, mdy or ymd')
    month_lead: Words = doc('words before a month name that make it a date ("in May")')
    weekday_past: Words = doc('words beside a weekday meaning the one before ("last Monday")')
    date_lead: Words = doc('words introducing a date ("on", "pada hari")')
    aggregate_before_date: Words = doc('words before a date that make a total ("since 2023")')
    aggregate: Words = doc("phrases that make a sentence's toll an aggregate over a period")
    spread: Words = doc(
        'phrases spreading acts over a country or a run ("across the country", "a series of"):'
        " an aggregate unless the sentence names the day"
    )
    weekday_aliases: Mapping[str, str] = doc("abbreviation or variant -> a word of weekdays")
    month_aliases: Mapping[str, str] = doc("abbreviation or variant -> a word of months")
    relative: Mapping[str, Relative] = doc('phrase -> offset ("yesterday" = {unit="day", n=1})')
    unit_names: Words = doc(
        "words naming a force's unit: a number pair in brackets right after one is the"
        ' unit\'s number, no date ("the battalion (2/17)", "Batalyon Infanteri (2/17)")',
        (),
        optional=True,
    )
    superlative: Words = doc(
        'words of comparison before a period ("the largest operation in recent years",'
        ' "serangan terbesar dalam beberapa tahun terakhir"): the period frames the comparison,'
        " not a total",
        (),
        optional=True,
    )
    since_clause: Words = doc(
        'words opening a clause of an earlier act ("since taking Idlib city in March",'
        ' "sejak serangan itu dimulai pada 1 Mei"): its date dates that act, not the'
        " sentence's, and a toll told before it is a total since then",
        (),
        optional=True,
    )
    other_act_clause: Words = doc(
        "words opening a clause of another act than the one told, one it answers or one still"
        ' ahead ("in retaliation for a Tuesday raid", "ahead of June 7 elections", "sebagai'
        ' balasan atas serangan Selasa", "menjelang pemilu 14 Februari"): a date in the clause'
        " dates that act, neither the sentence's event nor its background",
        (),
        optional=True,
    )
    spread_attributive: Words = doc(
        "spread phrases that spread nothing when a content word follows them: they then tell"
        ' of that noun ("a nationwide blockade", "countrywide strike"), not of the acts',
        (),
        optional=True,
    )


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class Units:
    """[units] of events.toml."""

    words: Words = doc('words after a number that make it no count of people ("500 meters")')


@dataclass(frozen=True, slots=True)
class Markers:
    """[markers] of events.toml: words that change what a sentence's event words mean."""

    anaphoric_after: Words = doc('after an event noun: it refers back ("serangan itu")')
    anaphoric_before: Words = doc('before an event noun: it refers back ("the attack")')
    both: Words = doc('"both": the noun after it covers two events already told')
    reference_nouns: Words = doc('event nouns that only refer back ("the incident")')
    new_event_after: Words = doc('after an event word: a new, separate event ("serangan lain")')
    new_event_before: Words = doc('before an event word: a new event ("another attack")')
    including: Words = doc("start a list of victims: a count after them is a subset")
    new_event_sentence: Words = doc('open a sentence about another event ("separately")')
    plan: Words = doc("what follows is a plan or a threat, not (yet) an event")
    hypothetical: Words = doc("what follows is hypothetical")
    denial: Words = doc("a claim is denied")
    counted_only: Words = doc(
        'capture words that tell a capture only with a count ("more than 200 people had been'
        ' taken"; "a number of pupils had been taken" tells too little)'
    )
    moved: Words = doc(
        'a capture word going on into a move ("had been taken to hospital"): people moved, not'
        " taken captive"
    )
    identity: Words = doc(
        "right after a casualty word in a denial: who the victims were is denied, not their count"
        ' ("denied that the two dead were its fighters", "membantah dua korban tewas itu adalah'
        ' anggotanya"): the denier gives the figure'
    )
    negation: Words = doc("negate the event word after them")
    responsibility: Words = doc('"claimed responsibility"')
    group_reference: Words = doc('noun phrases that point back to an armed group ("the group")')
    definite: Words = doc('before a passive event word: a description, not an event ("yang")')
    indefinite: Words = doc("indefinite articles; also a count of one before a noun")
    passive_prefixes: Words = doc('verb prefixes that make a passive ("di-", "ter-")')
    passive_aux: Words = doc('auxiliaries that make a passive ("was", "were")')
    existential: Words = doc(
        'a word right before an auxiliary that makes it no passive: "there" ("there were explosions")'
    )
    passive_agent: Words = doc('the word introducing the agent of a passive ("by", "oleh")')
    background: Words = doc("the sentence tells history, not news")
    combatants: Words = doc("nouns for fighters: deaths among them make a battle")
    armed_targets: Words = doc(
        'places and things that make an attack\'s target armed ("checkpoint")'
    )
    gunfight: Words = doc(
        'fighting words that tell guns fired on both sides ("shoot-out", "baku tembak"): no crowd'
    )
    communal_sides: Words = doc(
        'two unnamed sides of one community fighting ("two rival groups", "dua kelompok warga")'
    )
    security_operations: Words = doc(
        'a security operation ("intelligence-based operation", "operasi militer"): by the state\'s'
        " forces"
    )
    gang_hallmarks: Words = doc(
        'the marks of a gang\'s killing ("drive-by shooting", "beheaded", "hands tied")'
    )
    singular_before: Words = doc('before a casualty word with no count: one victim ("seorang")')
    singular_after: Words = doc(
        'right after a casualty word with no count: one victim ("killing him")'
    )
    seize_words: Words = doc("seizing words: an abduction when people follow, else looting")
    grievance: Words = doc('before an act: the grievance of a protest told with it ("against the")')
    members: Words = doc(
        'people of a party told beside its name ("Awami League leader", "kader"): civilians when hit'
    )
    not_protest_after: Words = doc(
        'right after a protest word, make it none: the people it names ("hartal supporters"),'
        ' a clause it opens ("demonstrated that")'
    )
    perpetrators: Words = doc(
        'right before an act word, make it name people ("pelaku tawuran", "perpetrators of'
        ' the attack"): no event of its own'
    )
    stance: Words = doc(
        'headline words of a reaction ("urges", "Kecam"): such a headline telling no act makes'
        " the article a reaction piece, whose acts are context"
    )
    charge: Words = doc(
        'before an act: what an arrest told with it is for ("accused of", "terkait")'
    )
    site: Words = doc(
        "event words that name a site when a name or a `site_before` word comes right before"
        ' them ("the Karma mine", "a gold mine"): no event word there'
    )
    site_before: Words = doc('words before a `site` word that make it a site ("gold", "coal")')
    figurative: Words = doc(
        'phrases holding an event word that name no act ("heart attack", "time bomb",'
        ' "serangan jantung", "bom waktu"): their event words are none'
    )
    held: Words = doc(
        'before a weapon word: the weapon is held, seized or found, not used ("recovered",'
        ' "armed with", "menyita")'
    )
    prevented: Words = doc(
        'after an event word: it was stopped before it happened or called off ("was averted",'
        ' "berhasil dicegah", "batal"): no event'
    )
    into_the_air: Words = doc(
        'with a shooting word: fired at no one ("into the air", "ke udara"); with no'
        " demonstration or casualty told, a show of force (Strategic developments, Other)"
    )
    wounds: Words = doc(
        "casualty words naming wounds, not the wounded: a count right before them counts"
        ' wounds ("tiga luka tembak", "three gunshot wounds"), and gives no figure of people',
        (),
        optional=True,
    )
    new_event_sentence_placed: Words = doc(
        'open a sentence about another event when it names a place ("Meanwhile in Syria, ...");'
        " naming none, it may go on with the same story",
        (),
        optional=True,
    )
    complement: Words = doc(
        'words opening what a reporting verb tells ("said in a broadcast on Thursday that ...",'
        ' "mengatakan ... bahwa"): a date between the verb and this word is the report\'s'
        " date, not the date of the act told after it",
        (),
        optional=True,
    )
    disarmed: Words = doc(
        "before a weapon word: the weapon was defused or made safe before it went off"
        ' ("menetralkan dua bom rakitan", "defused a roadside bomb"): disrupted weapons use,'
        " not an explosion",
        (),
        optional=True,
    )
    thrown: Words = doc(
        "beside a bomb word, before it or after it in the passive: the bomb was thrown by hand"
        ' ("melemparkan bom ke pos polisi", "a bomb was thrown into the compound"): the'
        " Grenade sub-type (ACLED: hand-thrown explosives), not a planted bomb",
        (),
        optional=True,
    )
    before_act: Words = doc(
        'before an event word: the act came after what is told ("sebelum menyerang pos polisi",'
        ' "before attacking the post") and happened too, unless a `yet_to_happen` word follows'
        ' it ("sebelum tawuran terjadi": stopped before it began)',
        (),
        optional=True,
    )
    yet_to_happen: Words = doc(
        "right after an event noun told after a `before_act` word: the act had not begun"
        ' ("terjadi", "began"): no act',
        (),
        optional=True,
    )
    also: Words = doc(
        'beside an event word: the act is told as one more ("Fighting has also continued in'
        ' X", "Bentrokan juga terjadi di X"); naming a town of its own away from the act just'
        " told, it is another act, not more of that one",
        (),
        optional=True,
    )
    aim: Words = doc(
        'phrases ending in a casualty word that name an aim, not a death ("threatened to'
        ' kill", "attempted to kill", "berencana untuk membunuh"): no casualty claim',
        (),
        optional=True,
    )
    achieved: Words = doc(
        'right before an aim phrase: the aim was carried out, a death told ("were able to'
        ' kill 35", "managed to kill")',
        (),
        optional=True,
    )
    singular_subject: Words = doc(
        "a singular pronoun right before a casualty word with no count (one word may come"
        ' between): one victim ("he died", "she later succumbed", "ia tewas")',
        (),
        optional=True,
    )
    singular_possessive: Words = doc(
        'singular possessives that open one victim joined by "and" to another before a casualty'
        ' word with no count ("a woman and her son were killed": 2)',
        (),
        optional=True,
    )
    singular_determiners: Words = doc(
        "determiners opening one victim when the noun after them is singular by its form"
        ' ("killed the driver", "the clerk later died"); for languages that mark the plural',
        (),
        optional=True,
    )
    referring_determiners: Words = doc(
        'determiners before a noun referring back to one told before ("the pilot", "sang'
        " pilot\"): a capture of it told late, with no place or day, joins the lead's event"
        " when the headline or lead told that noun",
        (),
        optional=True,
    )
    plural_suffixes: Words = doc(
        'endings that make a noun plural ("soldiers"); a `singular_determiners` noun ending in'
        " one (and not in a `singular_endings` one) is many",
        (),
        optional=True,
    )
    singular_endings: Words = doc(
        'endings of singular nouns that look plural ("witness", "boss")', (), optional=True
    )
    plural_nouns: Words = doc(
        'nouns that name many with no plural ending ("people", "police", "crew", "rest")',
        (),
        optional=True,
    )
    head_before: Words = doc(
        'words after the head noun of a victim\'s phrase ("of": "the son of the mayor")',
        (),
        optional=True,
    )
    intransitive_deaths: Words = doc(
        'death words taking no object, whose subject is the victim ("died", "succumbed")',
        (),
        optional=True,
    )
    subject_gap: Words = doc(
        'words that may come between a victim and an intransitive death word ("later")',
        (),
        optional=True,
    )
    report_bridge: Words = doc(
        "words between a passive reporting verb and its casualty word that keep the count"
        ' before them the casualty\'s ("were reported to have been killed"; Indonesian needs'
        ' none: "dilaporkan telah tewas" reads without a reporting verb)',
        (),
        optional=True,
    )
    near_miss: Words = doc(
        'words right before a casualty word telling a death that did not happen ("nearly'
        ' lynched", "hampir tewas")',
        (),
        optional=True,
    )
    plural_after: Words = doc(
        "a pronoun right after a casualty word with no count: the victims counted just before"
        ' it in the sentence, as another kind ("kidnapped two villagers and killed them": 2)',
        (),
        optional=True,
    )
    remains: Words = doc(
        'death words naming a dead person\'s body ("body of", "corpses", "jenazah"): a body'
        ' counts a death only when told with a count or an indefinite article ("the body of a'
        ' man was found", not "the body of the rider"), not when its phrase goes on with a'
        ' death word of its own ("the body of a dead soldier") and not right after an'
        ' `earlier_act` word ("riots after the body of a teen was found": the cause)',
        (),
        optional=True,
    )
    self_inflicted: Words = doc(
        "words right after a death or killing word telling the dead took their own life"
        ' ("killed himself", "tewas bunuh diri"): no one\'s act, unless another count is'
        ' joined to it ("killing himself and 12 others")',
        (),
        optional=True,
    )
    animals: Words = doc(
        'animals counted among victims: no one\'s death ("100 camels were killed", "20 ekor'
        ' sapi mati")',
        (),
        optional=True,
    )
    object_before: Words = doc(
        "casualty phrases told after their victim, the object of the act word before them"
        ' ("shot Yadav, a contractor, dead", "beat a young man to death"): one victim when the'
        " object opens with an article, a singular pronoun, a name or a determiner",
        (),
        optional=True,
    )
    singular_words: Words = doc(
        'casualty phrases telling one victim by their form, with no count: one ("lost his life")',
        (),
        optional=True,
    )
    age: Words = doc(
        "words right after a figure (a hyphen may come between) that make it an age, not a"
        ' count of people ("a 76-year-old villager", "a man 40 years old")',
        (),
        optional=True,
    )
    along_with: Words = doc(
        'words adding more victims to a count told with its casualty word ("killed along with'
        ' two other fighters", "73 soldiers, in addition to 26 civilians, were killed", "tewas'
        ' bersama dua pengawalnya"): the count they bring is a group of the same claim',
        (),
        optional=True,
    )
    several: Words = doc(
        'phrases telling several acts at once, each told on its own elsewhere ("in two separate'
        ' incidents", "dalam dua insiden terpisah"): the sentence starts no event, and the count'
        " before the phrase counts acts, not people",
        (),
        optional=True,
    )
    released: Words = doc(
        "before an abduction word (a count or an article may come between): the people it"
        ' names are freed, not taken ("released three hostages", "membebaskan sandera",'
        ' "membawa pulang sandera"): no abduction',
        (),
        optional=True,
    )
    attribution: Words = doc(
        'reference words that tell who did an act ("the device was planted by X"): in a'
        " sentence that tells an act of its own they are that act's words, not a back-reference",
        (),
        optional=True,
    )
    similar: Words = doc(
        "right after (or before) a reference noun: a new event of the kind of the one referred"
        ' to ("aksi serupa", "a similar protest"), not that event',
        (),
        optional=True,
    )
    seized_places: Words = doc(
        "nouns of ground or a post that, a few words after a seizing word with no preposition"
        ' between, make the seizing a capture of territory ("seized more territory", "seized the'
        ' largest remaining military base")',
        (),
        optional=True,
    )
    crowd_members: Words = doc(
        "of the `members` words, those naming the people a party brings out as a crowd"
        ' ("BNP activists"): such a party clashing with the police riots',
        (),
        optional=True,
    )
    responder_after: Words = doc(
        "right after a force (one word may come between), tell it came after the act to help"
        ' or investigate ("arrived", "recovered the body", "mengevakuasi"): no side of it,'
        " unless an act word follows",
        (),
        optional=True,
    )
    blame: Words = doc(
        'a verb putting the act on someone ("blamed", "menuding"): the actor right before it'
        " (one word may come between) tells, no side of the act; the actor after it and"
        " before the event word is the doer",
        (),
        optional=True,
    )
    blamed_on: Words = doc(
        'right before an actor told after a `blame` verb and the event word ("blamed the'
        ' shooting on separatists"): that actor is the doer',
        (),
        optional=True,
    )
    jurisdiction: Words = doc(
        "a force's office whose name may tell a place's jurisdiction (\"police station\","
        ' "polres"): with `jurisdiction_before` up to three words before it or'
        " `jurisdiction_after` right after it, the force is no side of the act told",
        (),
        optional=True,
    )
    jurisdiction_before: Words = doc(
        'words before a `jurisdiction` office that make it a place ("under", "wilayah hukum")',
        (),
        optional=True,
    )
    jurisdiction_after: Words = doc(
        'words right after a `jurisdiction` office that make it a place ("area", "limits")',
        (),
        optional=True,
    )
    suffered_before: Words = doc(
        "verbs right before an event word (an article may come between) whose subject suffers"
        ' it: "came under attack", "hit a landmine", "menginjak ranjau"',
        (),
        optional=True,
    )
    suffered_in: Words = doc(
        "a casualty word and a preposition right before an event word (an article, an adjective"
        " or the doer's name may come between) whose subject died or was hurt in it, the doer"
        ' told after: "tewas dalam serangan KKB", "died in a Taliban attack"',
        (),
        optional=True,
    )
    active_prefixed: Words = doc(
        'verbs opening with a passive prefix that are active ("terlibat": involved in): their'
        ' subject acts ("Tentara Thailand terlibat baku tembak")',
        (),
        optional=True,
    )
    modifier_lead: Words = doc(
        'prepositions right after an actor that open what describes it ("students from the'
        ' village", "residents of the town"): a pointer right after them, one word before an'
        " event word, is the describing phrase's, and the event word is the actor's act, no"
        " reference back",
        (),
        optional=True,
    )
    relative_pronoun: Words = doc(
        'relative pronouns ("who", "yang"): a demonstration word up to two words after one'
        ' tells who a trial word after it is about ("students who protested were convicted"):'
        " no demonstration of the day",
        (),
        optional=True,
    )
    crowd_demand: Words = doc(
        'words of what a crowd asks for or speaks against ("demanded", "denouncing",'
        ' "menuntut"): told by protesters (a role of category protesters) a few words before'
        ' them in the same clause, a demonstration word: "demonstrators demanded unpaid wages"',
        (),
        optional=True,
    )
    gathering: Words = doc(
        'words of people coming together ("gathered", "berkumpul"): a demonstration when a'
        " `gathering_purpose` follows in the same clause",
        (),
        optional=True,
    )
    gathering_purpose: Words = doc(
        'what a gathering is for that makes it a demonstration ("to demand", "to denounce",'
        ' "untuk menuntut"): "workers gathered in the square to demand their wages"',
        (),
        optional=True,
    )
    clause_opening: Words = doc(
        "words opening a clause of its own: what a protest is against (grievance) ends there"
        ' ("protesting over land sales when they were attacked", "ketika")',
        (),
        optional=True,
    )
    clause_continuing: Words = doc(
        "words right after a comma that go on with the clause before as a list of its own"
        ' items: what an arrest is charged with runs on ("wanted in several cases, including'
        ' the 2015 ambush", "termasuk")',
        (),
        optional=True,
    )
    earlier_act: Words = doc(
        'words opening what came before an act ("following", "after", "in the wake of",'
        ' "menyusul"): a riot told right after one in a sentence that has told a protest'
        ' ("protests ... following a riot at the colony last month") is what the protest is'
        " about, not the protest turning violent",
        (),
        optional=True,
    )
    strike_words: Words = doc(
        'protest words that also name a strike from the air ("strike"): an air strike when a'
        " nationality or a `strike_forces` word comes right before, a force after the agent word, or a"
        " place or armed target after a `strike_target_before` word; else a labour strike",
        (),
        optional=True,
    )
    strike_forces: Words = doc(
        'before a `strike_words` word, or after "by" right after it: the strike is from the air'
        ' ("army", "coalition", "air force")',
        (),
        optional=True,
    )
    strike_target_before: Words = doc(
        "after a `strike_words` word, before a place or an armed target: the strike hit it"
        ' ("strikes on Rafah")',
        (),
        optional=True,
    )


@dataclass(frozen=True, slots=True)
class Events:
    """events.toml: the words of acts and their casualties."""

    means: Mapping[str, Words] = doc(
        "means of data/taxonomy.toml (clash, attack, shelling, protest ...) -> words naming it"
    )
    casualty: Mapping[ClaimKind, Words] = doc("killed/injured/missing/captured/displaced -> words")
    units: Units = doc("[units]")
    coordinators: Mapping[Literal["and", "or"], Words] = doc(
        'words joining two casualty words that share a number; "or" makes one figure of both'
    )
    markers: Markers = doc("[markers]")

    @property
    def and_words(self) -> Words:
        """The words of "and" among the coordinators ("and", "dan")."""
        return self.coordinators.get("and", ())


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class NumberRange:
    """[range] of numbers.toml: "between 10 and 15", "10-15"."""

    between: Words = doc('word before a range ("between", "antara")')
    joiners: Words = doc("words joining the two ends")


@dataclass(frozen=True, slots=True)
class Numbers:
    """numbers.toml: numbers in words, qualifiers and vague quantities."""

    ordinal: Words = doc('words before a number that make it an ordinal or a label ("No", "ke")')
    compound_joiners: Words = doc(
        'characters joining tens and units into one number word ("twenty-five": "-")'
    )
    articles: Words = doc('number words that are also articles, no count alone ("a", "se")')
    words: Mapping[str, int] = doc("number words and their values")
    scales: Mapping[str, int | Literal["teen"]] = doc(
        'words multiplying the number before them; "teen" adds 10 ("belas")'
    )
    qualifiers: Mapping[str, Qualifier] = doc('words before a number ("at least": at_least)')
    vague: Mapping[str, tuple[Qualifier, int]] = doc(
        'quantities without a number: qualifier and floor ("dozens" = ["at_least", 24])'
    )
    range: NumberRange = doc("[range]")


# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class Places:
    """places.toml: the words around place names."""

    features: Words = doc('feature nouns before a name: it is a place ("desa", "the town of")')
    features_after: Words = doc('feature nouns after a name ("Nduga regency")')
    neutral: Words = doc("nouns heading a building's own name (stadium, mosque)")
    organisations: Words = doc("nouns before a name that make it an organisation or medium")
    between_joiner: Words = doc('"between A and B": the joining word')
    coordinators: Words = doc('"A and B" lists of places')
    in_joiners: Words = doc(
        'a word putting the place before it inside the one after ("X area of Y")'
    )
    particles: Words = doc('lower-case particles inside names ("al", "de"); "al-" glued too')
    person_titles: Words = doc("titles before a person's name (never a place after them)")
    not_places: Words = doc("capitalised phrases that are never places")
    common_words: Words = doc("words that are no place when alone and capitalised")
    cue_only: Words = doc("cues after which a name missing from the gazetteer is still a place")
    nationality_before: Words = doc("words before a country name that make it a nationality")
    attributive_before: Words = doc('words before a country name used as an adjective ("a Syrian")')
    relations: Mapping[str, PlaceRelation] = doc('preposition -> relation ("near": near)')
    aliases: Mapping[str, str] = doc("short or local forms -> the gazetteer's name")
    cue_types: Mapping[str, str] = doc("cue -> the kind of place it announces (adm1, village ...)")
    cue_names: Mapping[str, str] = doc("kind of place -> the generic word naming it")
    common_word_zipf: float = doc(
        "a lone name this common a word of the language (wordfreq's Zipf scale) is no place "
        "without a relation, cue or neighbouring place, unless it names a country, a province "
        "or a big city",
        0.0,
        optional=True,
    )
    border_after: Words = doc(
        'words after a country name that make it a border ("near the Somalia border"): the '
        "event is near that border, not in the country",
        (),
        optional=True,
    )
    abroad_after: Words = doc(
        'nouns after a people\'s word, or one word further ("Venezuelan migrants", "a Polish '
        "oil firm\"), that name people or firms met away from their home: the people's word "
        "is no hint of the event's country",
        (),
        optional=True,
    )
    attributive_after: Words = doc(
        'nouns after a country name that make it an adjective ("the US dollar", "a US drone")',
        (),
        optional=True,
    )
    offices_after: Words = doc(
        'office nouns after a place name that make it the seat of the office ("the Meru '
        'governor", "Gulu mayor"): the place, not part of a longer name',
        (),
        optional=True,
    )
    businesses_after: Words = doc(
        'nouns after a name that make it a business name ("the Mile mall", "the Bayan company"):'
        " no place unless a country or a city of a million under its own name",
        (),
        optional=True,
    )
    peoples: Words = doc(
        "names of peoples (demonyms, ethnonyms): like common_words, no place when alone",
        (),
        optional=True,
    )
    settlement_joiners: Words = doc(
        "after a place and a settlement noun, a word putting the name after it inside that"
        ' place ("the Idlib city of X", "the Borno town of X": X lies in Idlib, Borno) when'
        ' a `settlement_lead` word opens the phrase (not "X village of Y township")',
        (),
        optional=True,
    )
    settlement_lead: Words = doc(
        'words opening "the Idlib city of X" before the place: see settlement_joiners',
        (),
        optional=True,
    )
    unit_countries: Mapping[str, Words] = doc(
        "administrative-unit words used by only a few countries -> their ISO codes "
        '("upazila": BD): a name the word announces lies there, and binds the others',
        {},
        optional=True,
    )
    first_level_countries: Mapping[str, Words] = doc(
        "unit words that name the first-level units of only some countries -> their ISO codes "
        '("department": Haiti, Colombia ...): a first-level unit the word announces abroad, '
        "where the word names a lower level or none, is no reading when one of those "
        "countries has a first-level unit of the name",
        {},
        optional=True,
    )
    demonyms: Mapping[str, Words] = doc(
        'demonyms of countries as written ("Kenyan", "South Sudanese") -> their ISO codes: '
        "the text's people of a country hint it to the resolver, as its actors do",
        {},
        optional=True,
    )
    plurals_after: Words = doc(
        'plural feature nouns after the last name of a list ("in Banke and Bardiya '
        'districts"): every name of the list is of the kind the noun announces (`cue_types`)',
        (),
        optional=True,
    )
    sites: Words = doc(
        'one-word nouns of sites named after a town, written before or after the name ("X '
        'barracks", "pasar X"): a site\'s name read only as a small namesake far from the '
        "text's other places stands for the town the text names",
        (),
        optional=True,
    )
    distance_units: Mapping[str, float] = doc(
        'distance words and their length in kilometres: "X, 10 km east of Y" measures X from '
        "Y, so a reading of X far from Y is no reading",
        {},
        optional=True,
    )
    home_countries: Words = doc(
        "ISO codes of the countries most of the language's text is written in: there a "
        "common word may still name a prominent place, since the word counts include its "
        'mentions ("Palu", "Solo" in Indonesian); empty for a language written everywhere',
        (),
        optional=True,
    )


# --------------------------------------------------------------------------- reporting


@dataclass(frozen=True, slots=True)
class Reporting:
    """reporting.toml: who says so."""

    after: Words = doc('reporting words before the speaker ("according to", "kata")')
    before: Words = doc('reporting words after the speaker ("said", "mengatakan")')
    pronoun_verbs: Words = doc('verbs with the speaker inside ("katanya")')
    claim_verbs: Words = doc('verbs of a contested claim ("claimed")')
    via: Words = doc('a channel a claim came through ("via", "melalui")')
    possessive_suffix: Words = doc('suffixes marking the speaker\'s own side ("-nya")')
    possessive_words: Words = doc('words marking the speaker\'s own side ("its", "their")')
    pronouns: Words = doc("pronouns standing for a speaker already named")
    self_reference: Words = doc('a party speaking of itself ("we", "pihaknya")')
    sources: Mapping[str, str] = doc('anonymous sources -> their label ("a security source")')
    affiliation: Words = doc(
        'between a speaker and the body they speak for ("a spokesman for the US embassy",'
        ' "an officer with EUPOL"): the named body is the claimant'
    )
    bodies: Words = doc(
        'nouns that end a body\'s name in lower case ("the US embassy", "the Lebanese health'
        ' ministry")'
    )
    toll_risen: Words = doc(
        'words right before a count that tell a toll grown since ("rose to", "bertambah'
        ' menjadi"): the new figure replaces the lower ones told before it',
        (),
        optional=True,
    )
    body_heads: Words = doc(
        'nouns that open a body\'s name, its head first ("Komisi Nasional", "Pemerintah'
        ' Persatuan Nasional"): the body speaks when named right before a reporting verb',
        (),
        optional=True,
    )
    audience: Words = doc(
        'words right after a speaker that open who was told ("kata Komite Perlawanan X kepada'
        " Radio Y\"): a body's name ends before them",
        (),
        optional=True,
    )
    impersonal: Words = doc(
        'reporting verbs told in the passive, with no speaker ("are reported to be among",'
        ' "is said to", "dilaporkan"): the subject is what is told, not who tells it',
        (),
        optional=True,
    )
    framing: Words = doc(
        'reporting words before the speaker that, opening a sentence ("According to X, ...",'
        ' "Menurut laporan X, ..."), frame the next sentence too: its figures told on no one'
        " else's word are the speaker's",
        (),
        optional=True,
    )
    toll_reference: Words = doc(
        'the toll just told, as the object of a reporting verb ("confirmed the toll",'
        ' "mengonfirmasi jumlah korban tersebut"): the speaker is the claimant of the'
        " previous sentence's figures",
        (),
        optional=True,
    )
    foreigners: Words = doc(
        'words naming victims as foreigners wherever the event is ("foreigner", "American",'
        ' "warga asing"), besides the demonyms of other countries than the event\'s: a count of'
        " them is a part of a larger toll of the event, not a rival account",
        (),
        optional=True,
    )
    participles: Words = doc(
        'reporting verbs that go on from a clause told already ("put the toll higher, saying",'
        ' "seraya mengatakan"): their speaker is the speaker of the reporting verb before them'
        " in the sentence, never a party named in an aside between",
        (),
        optional=True,
    )
    inverted: Words = doc(
        "reporting words after the speaker that may come before it instead, after a comma or"
        ' a closing quote ("..., said the army", "..., said Musa Adamu, a resident"): the'
        " party or name right after them, ending its clause, is the speaker",
        (),
        optional=True,
    )
    other_victims: Words = doc(
        "words in a count's phrase making its victims others than those already counted"
        ' ("three other soldiers", "tiga anggota lainnya"): no rival account of the event\'s toll',
        (),
        optional=True,
    )


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True, slots=True)
class Role:
    """One [[role]] of roles.toml."""

    words: Words = doc('role nouns ("soldiers", "polisi")')
    actor: str = doc('ACLED actor template ("Military Forces of {country}")')
    category: ActorCategory = doc("the actor's category")
    armed: bool = doc(
        'false for people of unknown identity ("orang tak dikenal", "unknown persons"):'
        " coded like the others, but naming them does not make an accident's or a crime's"
        " story political violence",
        default=True,
        optional=True,
    )
    crowd: bool = doc(
        'true for a party\'s or a candidate\'s people ("supporters", "pendukung"): coded as the'
        " party's militia when they attack, but two sides of them clashing, with nobody armed"
        " told on the other side, are a crowd's mob violence (ACLED Riots, Rioters)",
        default=False,
        optional=True,
    )
    kind: str = doc(
        'what the nouns name beyond the template ("insurgents"): where ACLED gives such actors'
        " a name of its own in a country, data/taxonomy.toml [role_in_country] holds it",
        default="",
        optional=True,
    )


@dataclass(frozen=True, slots=True)
class GroupNames:
    """[names] of roles.toml: how an armed group's own name is built, to read the names of
    groups data/actors.tsv does not list ("the Pale Guerrilla Force", "Laskar Jundullah") as
    armed groups named so."""

    heads: Words = doc(
        "capitalised nouns that end an armed group's name, or open it with `head_first`"
        ' ("Army", "Force", "Laskar"): a run of capitalised words with one is a name',
        (),
        optional=True,
    )
    weak_heads: Words = doc(
        'heads that also end the names of parties, firms and media ("Group", "Front",'
        ' "Organization"): a name with one only with a `martial` word in it',
        (),
        optional=True,
    )
    martial: Words = doc(
        'words of armed struggle in a name ("Guerrilla", "Liberation", "Revolutionary")',
        (),
        optional=True,
    )
    state: Words = doc(
        'words of a state\'s forces ("Border", "Security", "Police", "Armed"): a name of only'
        " these, heads and countries' names or demonyms is a state's force, not a group",
        (),
        optional=True,
    )
    joiners: Words = doc(
        'lower-case words inside a name, between capitalised ones ("of", "for")', (), optional=True
    )
    head_first: bool = doc(
        'the head opens the name ("Laskar Jundullah") instead of ending it', False, optional=True
    )
    peoples: tuple[Role, ...] = doc(
        "[[names.peoples]] tables: ACLED's name of a people's or a clan's armed men, with"
        ' {name} for the name ("{name} Ethnic Militia ({country})", "{name} Separatists'
        ' ({country})"), and the nouns that tell them right after a capitalised name ("Pokot'
        ' cattle rustlers", "the Jibril and Matan clans", "Baloch separatists"), the name\'s'
        " plural ending dropped (`plural_endings`); in a head-first language the noun comes"
        " before the name",
        (),
        optional=True,
    )
    faiths: Words = doc(
        'names of faiths, no people\'s ("Hindu and Muslim communities"): no militia of `peoples`',
        (),
        optional=True,
    )
    plural_endings: Words = doc(
        'endings of a people\'s name in the plural, dropped to name the people ("Boranas":'
        ' Borana, "Kipsigis": Kipsigi, as ACLED writes them); none in a language whose names'
        " take no plural ending",
        (),
        optional=True,
    )
    plural_kept: Words = doc(
        'endings of a name that are no plural though they end in a `plural_endings` one ("ss")',
        (),
        optional=True,
    )
    between: Words = doc(
        "words before two peoples' names told as the sides of a fight (\"clashes between the"
        ' Boranas and Gabras"): each name is the first `peoples` actor of its name ("Borana'
        ' Ethnic Militia"), the noun after them not needed',
        (),
        optional=True,
    )


@dataclass(frozen=True, slots=True)
class Roles:
    """roles.toml: nouns for generic actors, by ACLED template."""

    role: tuple[Role, ...] = doc("[[role]] tables")
    names: GroupNames = doc("[names]", GroupNames(), optional=True)


# --------------------------------------------------------------------------- non-events


@dataclass(frozen=True, slots=True)
class NonEvents:
    """non_events.toml: words of stories ACLED does not code. A sentence with one yields no
    event; one in the headline or lead keeps deaths and loose event words elsewhere from
    making events, unless an armed group or state force is named with them."""

    accident: Words = doc("traffic, work and household accidents")
    disaster: Words = doc("natural disasters and fires")
    animal: Words = doc("animal attacks, pests and disease")
    court: Words = doc("court proceedings (about past events)")
    crime: Words = doc("personal and ordinary crime")
    market: Words = doc("markets and the economy")
    sports: Words = doc("sports")
    review: Words = doc("year-end reviews, annual reports and tallies of many incidents")


# --------------------------------------------------------------------------- the pack


FILES: Mapping[str, type] = {
    "LANGUAGE.toml": About,
    "abbreviations.toml": Abbreviations,
    "boilerplate.toml": Boilerplate,
    "dates.toml": Dates,
    "events.toml": Events,
    "numbers.toml": Numbers,
    "places.toml": Places,
    "reporting.toml": Reporting,
    "roles.toml": Roles,
    "non_events.toml": NonEvents,
}
WORD_LISTS = {
    "function_words.txt": "common short words, one a line: a vote on a paragraph's language"
}


def markdown() -> str:
    """docs/languages.md: the checklist for a new language, generated from the schema."""
    out = [
        "# Language packs",
        "",
        "<!-- generated from src/warta/lang/schema.py by `make docs`; do not edit -->",
        "",
        "A language is a folder `src/warta/lang/<code>/` (or a folder in one of the directories",
        "named by `WARTA_LANG_PATH`) of data files, no code. The loader (`warta.lang.pack`)",
        "reads each file into the record below and stops with the file and key named when a key",
        "is unknown, missing or of the wrong type. Keys marked optional may be left out. Words",
        "are matched case-insensitively as whole tokens. To add a language: copy `en/`,",
        "translate every list, run `make test`, and add test articles in the language.",
        "",
    ]
    seen: set[type] = set()

    def table(cls: type, title: str) -> None:
        if cls in seen:
            return
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        doc_line = (cls.__doc__ or "").strip()
        out.extend([f"## {title}", "", doc_line, "", "| key | type | what |", "|---|---|---|"])
        nested: list[type] = []
        for f in fields(cls):
            optional = " (optional)" if f.default_factory is not MISSING else ""
            out.append(
                f"| `{f.name}`{optional} | {_type_name(hints[f.name])} | {f.metadata['doc']} |"
            )
            nested += _dataclasses_in(hints[f.name])
        out.append("")
        for t in nested:
            table(t, f"{title}: {t.__name__}")

    for name, cls in FILES.items():
        table(cls, name)
    for name, text in WORD_LISTS.items():
        out.extend([f"## {name}", "", text + ".", ""])
    return "\n".join(out)


def _type_name(tp: Any) -> str:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is str:
        return "string"
    if tp is int:
        return "integer"
    if tp is float:
        return "number"
    if origin is Literal:
        return " or ".join(f"`{a}`" for a in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"list of {_type_name(args[0])}"
        return "[" + ", ".join(_type_name(a) for a in args) + "]"
    if origin is Mapping:
        return f"table of {_type_name(args[0])} to {_type_name(args[1])}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join("none" if a is type(None) else _type_name(a) for a in args)
    if isinstance(tp, type):
        return f"table ({tp.__name__})"
    return str(tp)


def _dataclasses_in(tp: Any) -> list[type]:
    if isinstance(tp, type) and is_dataclass(tp):
        return [tp]
    return [t for a in typing.get_args(tp) for t in _dataclasses_in(a)]
