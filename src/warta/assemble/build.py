"""From an assembled draft to the Event record of the output contract."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from .. import fatalities
from ..countries import with_country
from ..geo.features import ADMIN1, breadth, is_broad, is_country
from ..geo.geometry import haversine_km
from ..geo.normalise import normalise
from ..geo.place import Place, PlaceMention
from ..geo.resolve import geo_precision, location_of
from ..geo.units import bare_name
from ..model import ActorRef, Claim, DatePrecision, Event, Evidence, Location
from ..recognise.actors import ActorMention, role_actor
from ..recognise.lexicon import Actor, name_at
from .claims import ClaimFact, source_label
from .events import Draft, Telling, undated_days
from .facts import demonym_before
from .typing import classify, target_class

# a base first; a place remote weapons were fired to ("rudal ke Israel": the only "to" place
# an event keeps, see events._landed) before the others of its breadth
_PLACE_ORDER = {"base": 1, "to": 1}
# relations that name no place of the event itself ("from X", "based in X", "the border with X")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_CUE_BREADTH = MappingProxyType({"adm1": 2, "adm2": 1, "adm3": 1})
SUBDISTRICT_KM = 20.0  # a town this near a subdistrict's point may lie in it
CHAIN_GAP = 16  # characters between the links of "X (Y, Z)", as the resolver reads chains
_NOT_SITES = frozenset(
    {"from", "to", "based_in", "border"}
)  # a base named as a landmark ("pangkalan AS di al-Tanf") comes last


@dataclass(frozen=True, slots=True)
class Context:
    """What building an event needs to know about its document."""

    doc_id: str
    text: str
    published: date | None
    taxonomy: Mapping[str, Any]
    groups: MappingProxyType[int, Actor]  # group references ("kelompok itu") by start offset
    nationals: MappingProxyType[str, str]  # role template -> the one country told for it
    fallback_place: Place | None  # the document's main place, for events told without one
    country: str | None
    # armed groups named in the document, by mention start ("ISIL", "the Houthis")
    told_groups: tuple[tuple[int, Actor], ...] = ()
    # the sentences telling a gang's hallmarks ("a drive-by shooting", "the body was beheaded"),
    # by index
    gang_marked: frozenset[int] = frozenset()


def build_event(draft: Draft, ctx: Context) -> Event | None:
    """The event record of a draft, or None when it holds nothing an analyst could code."""
    loc, place = _location(draft, ctx)
    country = place.country if place else ctx.country
    agents, targets, hit_first = _actors(draft, ctx, country)
    facts = [(c, t) for t in draft.tellings for c in t.claims]
    facts = _others_told_later(facts)
    claims = tuple(_claim(c, t, ctx, country) for c, t in facts)
    doer, hit = _ranked(agents), _ranked(targets)
    # who was hit: the targets told, but not the main doer; an actor told both acting and hit
    # is one of two sides fighting, allies told together only act
    hit = [a for a in hit if not doer or a.name != doer[0].name]
    typed = classify(ctx.taxonomy, draft, doer[0] if doer else None, hit, claims, doer[1:])
    if typed is None:
        return None
    event_type, sub_type = typed
    agents, targets = _forces_hit(ctx, draft, sub_type, agents, targets)
    actor1, actor2, assoc1, assoc2 = _without_governments(
        ctx,
        event_type,
        _owned(_sides(agents, targets, hit_first), _owners(draft, ctx, country)),
    )
    actor1, actor2, assoc1, assoc2 = _defaults(
        ctx,
        event_type,
        sub_type,
        country,
        any(not _government_fighting(ctx, event_type, a) for a in agents),
        (actor1, actor2, assoc1, assoc2),
        _striker(draft),
    )
    actor1, actor2, assoc1, assoc2 = _operation_forces(
        ctx, draft, event_type, country, (actor1, actor2, assoc1, assoc2)
    )
    if actor2 is None and any(c.kind in ("killed", "injured") and c.value != 0 for c in claims):
        # the people a weapon killed or hurt, when nobody named was hit, are civilians; but
        # combatants counted ("killing 12 fighters") or an armed target struck ("rebel
        # positions", "markas KKB") are an armed side nobody named
        hurt = ctx.taxonomy.get("default_actor2_hurt", {}).get(event_type)
        if hurt and target_class(ctx.taxonomy, draft, []) in ctx.taxonomy["groups"]["armed"]:
            hurt = ctx.taxonomy.get("default_actor2_hurt_armed", {}).get(event_type, hurt)
        actor2 = _generic(hurt, country) if hurt else None
    # two unnamed groups of one community are its militia; else a fight with no armed group
    # named is fought by the group told before
    sides = (actor1, actor2, assoc1, assoc2)
    communal = _communal(draft, ctx, event_type, loc, country, sides)
    actor1, actor2, assoc1, assoc2 = (
        communal if communal is not sides else _group_told_before(ctx, draft, event_type, sides)
    )
    actor1, actor2, assoc1, assoc2 = _local_names(
        ctx, draft, country, event_type, (actor1, actor2, assoc1, assoc2)
    )
    attackers = {a.name for a in (actor1, *assoc1) if a is not None}
    boasts = [
        _boast(c, claim, t, ctx, country, attackers)
        for (c, t), claim in zip(facts, claims, strict=False)
    ]
    claims = tuple(replace(claim, boast=b) for claim, b in zip(claims, boasts, strict=False))
    start, end, precision = _dates(draft, ctx)
    actor1, actor2, assoc1, assoc2 = _names_at(
        start.isoformat() if start else None, (actor1, actor2, assoc1, assoc2)
    )
    actor1, actor2, assoc1, assoc2 = _missions(
        ctx, country, start.isoformat() if start else None, (actor1, actor2, assoc1, assoc2)
    )
    evidence = _evidence(draft, ctx)
    return Event(
        id=_event_id(ctx.doc_id, evidence),
        event_type=event_type,
        sub_event_type=sub_type,
        date=start.isoformat() if start else None,
        date_end=end.isoformat() if end else None,
        date_precision=precision,
        location=loc,
        actor1=actor1,
        actor2=actor2,
        assoc_actor1=tuple(assoc1),
        assoc_actor2=tuple(assoc2),
        fatalities=(
            None
            if sub_type in ctx.taxonomy.get("bloodless", ())
            else _summary(facts, claims, boasts, "killed", country, event_type)
        ),
        injured=_summary(facts, claims, boasts, "injured", country, event_type),
        claims=claims,
        evidence=evidence,
        confidence=_confidence(loc, start, actor1, actor2, claims),
        fatality_policy=fatalities.POLICY,
        triggers=tuple(
            dict.fromkeys(ctx.text[m.start : m.end] for t in draft.tellings for m in t.mentions)
        ),
    )


def _others_told_later(facts: list[tuple[ClaimFact, Telling]]) -> list[tuple[ClaimFact, Telling]]:
    """ "Three other members were also killed", told on its own after the event's toll,
    counts victims besides its own: no rival account of that toll, dropped. Told after one
    victim alone ("killed a minister. Five others were killed in the blast"), they add to
    that one: one claim of six. "Others" beside another count of their sentence are its
    complement and stay ("eight killed and 10 others injured")."""
    kept = list(facts)
    for c, t in facts:
        if not (c.others and len(t.claims) == 1):
            continue
        firm = [(f, u) for f, u in kept if f.kind == c.kind and not f.others and u is not t]
        if not firm:
            continue
        one = all(f.value == 1 and f.value_max is None for f, _ in firm)
        added = replace(c, value=c.value + 1) if one and c.value and not c.value_max else None
        kept = [
            (added, u) if f is c and added else (f, u)
            for f, u in kept
            if not (f is c and added is None) and not (added and any(f is g for g, _ in firm))
        ]
    return kept


def _summary(
    facts: list[tuple[ClaimFact, Telling]],
    claims: tuple[Claim, ...],
    boasts: list[bool],
    kind: str,
    country: str | None = None,
    event_type: str | None = None,
) -> fatalities.Fatalities | None:
    """The fatalities (or injured) of the claims still standing: a toll told as grown since
    ("the death toll rose to 12") replaces the lower figures of its kind told before it or
    with it; a vague count ("dozens of bodies", "puluhan jenazah", "hundreds killed") yields
    to a figure of its kind, told as a number, that it does not contradict (as high or
    higher: "more than 70", "about 400"), the codebook's floor standing in only where no one
    counts; the foreigners among the dead ("one American was killed", "two Indian nationals
    were also killed", nationals of another country than the event's) are a part of a larger
    toll of the event, not a rival account of it."""
    risen = [
        (c.value, t.facts.index)
        for c, t in facts
        if c.risen and c.kind == kind and c.value is not None
    ]
    counted = [
        c.value
        for c, _ in facts
        if c.kind == kind
        and not c.also
        and c.value is not None
        and c.number is not None
        and not c.number.vague
    ]
    wider = [
        c.value
        for c, t in facts
        if c.kind == kind and not c.also and c.value is not None and not _foreign(c, t, country)
    ]
    kept = [
        (c, t, claim, boast)
        for (c, t), claim, boast in zip(facts, claims, boasts, strict=False)
        if not (
            c.kind == kind
            and c.value is not None
            and _foreign(c, t, country)
            and any(v > c.value for v in wider)
        )
        and not any(
            c.kind == kind and c.value is not None and c.value < value and t.facts.index <= index
            for value, index in risen
        )
        and not (
            c.kind == kind
            and c.number is not None
            and c.number.vague
            and c.value is not None
            and any(v >= c.value for v in counted)
        )
        and not _one_of_toll(c, t, facts, kind)
    ]
    return fatalities.summarise(
        _besides(kept, kind), kind, [b for *_, b in kept], fatalities.alive_kinds(event_type)
    )


def _one_of_toll(
    c: ClaimFact, t: Telling, facts: list[tuple[ClaimFact, Telling]], kind: str
) -> bool:
    """'Gunmen killed five people ... The driver died at the scene', 'Seorang sopir tewas':
    one victim told alone with no count (an article at most), in a sentence after a counted toll of its kind, is
    one of that toll told again, not a rival account of one death (unless told as more
    victims: "a policeman was also killed")."""
    told = c.number
    one = told is None or any(
        t.facts.has(k, told.first, told.last) for k in ("article", "singular_before")
    )  # "a driver", "seorang sopir"; not the numeral "one"
    return (
        c.kind == kind
        and one
        and c.value == 1
        and not c.besides
        and not any(o.kind == kind and o is not c for o, u in facts if u is t)
        and any(
            o.kind == kind
            and o.number is not None
            and (o.value or 0) > 1
            and u.facts.index < t.facts.index
            for o, u in facts
        )
    )


def _besides(kept: list[tuple[ClaimFact, Telling, Claim, bool]], kind: str) -> list[Claim]:
    """The claims to summarise, where a figure on no one's word told as more victims in a
    later sentence ("1 FC soldier was also killed", "two police agents were also killed",
    "dua warga juga tewas") counts in the account of the toll of its kind told last before
    it (as told by that toll's claimant, in that toll's sentence): victims besides that toll's,
    not a rival account of the event's dead. The claims of the event keep their own words."""
    out: list[Claim] = []
    for i, (c, t, claim, _) in enumerate(kept):
        if c.kind == kind and claim.claimant is None and c.value is not None:
            side = _victims_side(c, t)
            before = [
                x
                for d, u, x, _ in kept[:i]
                if d.kind == kind and not d.besides and d.value is not None
                and u.facts.index < t.facts.index
                and (c.besides or (side and _victims_side(d, u) not in (None, side)))
            ]  # fmt: skip
            if before:
                claim = replace(claim, claimant=before[-1].claimant, evidence=before[-1].evidence)
        out.append(claim)
    return out


_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})
_PART_WORDS = 5  # "of the attacking militants"


def _victims_side(c: ClaimFact, t: Telling) -> str | None:
    """Whose dead a claim counts: "state" (soldiers, police), "armed" (militants, a rebel
    group, a group referred to: "one of the terrorists", "kelompok itu"), or None (people, civilians, no one named). A part told "of" a group ("2 of the attacking
    militants") counts that group's dead."""
    tokens = t.facts.tokens
    last = c.victim_last
    of = {w.lower() for w in t.facts.lang.events.markers.head_before}
    if c.victim_first < len(tokens) and tokens[c.victim_first].key in of:
        last = min(len(tokens), c.victim_first + _PART_WORDS)
    for a in t.facts.actors:
        if c.victim_first <= a.first and a.last <= last:
            if a.kind == "group_reference":  # "one of the terrorists": the group told before
                return "armed"
            category = a.actor.category if a.actor else a.role.category if a.role else None
            if category == "state_forces":
                return "state"
            if category in _ARMED:
                return "armed"
    return None


_DEMONYM_WORDS = 3  # "Papua New Guinean"


def _foreign(c: ClaimFact, t: Telling, country: str | None) -> bool:
    """The victims counted are named as foreigners (`reporting.foreigners`) or as nationals of
    another country than the event's ("one American", "two Indian nationals" in Kabul)."""
    if country is None or c.victim_last <= c.victim_first:
        return False
    demonyms = t.facts.lang.places.demonyms
    words = [tok.text for tok in t.facts.tokens[c.victim_first : c.victim_last]]
    foreign = {w.lower() for w in t.facts.lang.reporting.foreigners}
    return any(w.lower() in foreign for w in words) or any(
        (codes := demonyms.get(" ".join(words[i : i + n]))) and country not in codes
        for i in range(len(words))
        for n in range(1, _DEMONYM_WORDS + 1)
        if i + n <= len(words)
    )


def _actors(
    draft: Draft, ctx: Context, country: str | None
) -> tuple[Counter[ActorRef], Counter[ActorRef], frozenset[str]]:
    """Who acted and who was hit, each counted over the tellings, and the names first told
    as hit."""
    agents: Counter[ActorRef] = Counter()
    targets: Counter[ActorRef] = Counter()
    first: dict[str, str] = {}
    for t in draft.tellings:
        for mention, role in t.actors:
            ref = resolve_actor(mention, ctx, country)
            if ref is not None:
                (agents if role == "agent" else targets)[ref] += 1
                first.setdefault(ref.name, role)
        for c in t.claims:
            if (
                c.own_side
                and c.claimant is not None
                and (ref := resolve_actor(c.claimant, ctx, country))
            ):
                targets[ref] += 1
    return agents, targets, frozenset(n for n, role in first.items() if role != "agent")


# the name (before its country) of the armed group nobody named (data/taxonomy.toml)
_UNNAMED = "Unidentified Armed Group ("
# tokens from an actor to the words claiming the act that follow it: "the Taliban on
# Wednesday claimed responsibility", "JNIM mengaku bertanggung jawab"
_OWNER_GAP = 3


def _owners(draft: Draft, ctx: Context, country: str | None) -> list[ActorRef]:
    """Armed groups told claiming the act (`markers.responsibility` a few words after them:
    "Taliban claimed responsibility for the attack", "JAD mengaku bertanggung jawab")."""
    found: list[ActorRef] = []
    for t in draft.tellings:
        ends = [x.first for x in t.facts.kinds("responsibility")]
        for mention, _ in t.actors:
            if not any(
                0 <= e - mention.last <= _OWNER_GAP and not t.facts.has("negation", mention.last, e)
                for e in ends
            ):
                continue  # "X was not responsible for": no claim
            ref = resolve_actor(mention, ctx, country)
            if (
                ref is not None
                and ref.category in _ARMED_GROUPS
                and not ref.name.startswith(_UNNAMED)  # "no group has claimed responsibility"
                and ref not in found
            ):
                found.append(ref)
    return found


def _owned(sides: Sides, owners: list[ActorRef]) -> Sides:
    """The armed group that claimed the act is who did it, unless a named force is told doing
    it: the unnamed gunmen told doing it are its own (ACLED codes the claimant, no unidentified
    group beside it), and people told with the act who are no armed side are the ones hit."""
    actor1, actor2, assoc1, assoc2 = sides
    if not owners or (
        actor1 is not None
        and not actor1.name.startswith(_UNNAMED)
        and actor1.category != "civilians"
    ):
        return sides
    owner = owners[0]
    kept = [a for a in (actor1, actor2, *assoc1, *assoc2) if a is not None and a.name != owner.name]
    kept = [a for a in kept if not a.name.startswith(_UNNAMED)]
    allies = [a for a in assoc1 if a in kept and a.category != "civilians"]
    hit = [a for a in kept if a not in allies]
    return owner, hit[0] if hit else None, allies, hit[1:]


def resolve_actor(mention: ActorMention, ctx: Context, country: str | None) -> ActorRef | None:
    """The canonical actor a mention names, with the mention's text kept."""
    actor: Actor | None = None
    if mention.actor is not None:
        actor = mention.actor
    elif mention.role is not None:
        told = mention.country or ctx.nationals.get(mention.role.template)
        actor = role_actor(mention.role, told or country)
        # a role ACLED names its own way in the country ("insurgents" in Thailand)
        own = ctx.taxonomy.get("role_in_country", {}).get(told or country or "", {})
        if mention.role.kind in own:
            name, category = own[mention.role.kind]
            actor = Actor(name, category, told or country)
    elif mention.kind == "group_reference":
        actor = ctx.groups.get(mention.start)
    if actor is None:
        return None
    return ActorRef(actor.name, actor.category, mention.text)


def _ranked(c: Counter[ActorRef]) -> list[ActorRef]:
    """Actors of one side, most often told first (one per name)."""
    by_name: dict[str, tuple[int, ActorRef]] = {}
    for ref, n in c.items():
        total = by_name.get(ref.name, (0, ref))[0] + n
        by_name[ref.name] = (total, by_name.get(ref.name, (0, ref))[1])
    return [r for _, r in sorted(by_name.values(), key=lambda x: -x[0])]


Sides = tuple[ActorRef | None, ActorRef | None, list[ActorRef], list[ActorRef]]


def _told(c: Counter[ActorRef]) -> Counter[str]:
    """How often each name is told on one side."""
    out: Counter[str] = Counter()
    for ref, n in c.items():
        out[ref.name] += n
    return out


# weapons fired from afar whose state may be told by its nationality beside them
_FIRED_FROM_AFAR = ("air_strike", "shelling")


def _striker(draft: Draft) -> str | None:
    """The country whose strike it was, told by its nationality next to the strike ("an
    Israeli air strike", "serangan drone AS", "Russian shelling", "rudal Iran"); None when
    not told."""
    for t in draft.tellings:
        for m in t.facts.kinds("means"):
            if m.value not in _FIRED_FROM_AFAR:
                continue
            told = demonym_before(t.facts.tokens, m.first, t.facts.lang.places.demonyms)
            if told and len(told[1]) == 1:
                return told[1][0]
            # a country's name right after it ("serangan udara AS"), or written before it as
            # an adjective ("a US drone strike", "a US air strike")
            for p in (*t.facts.places, *t.facts.nationals):
                beside = p.first == m.last or (p in t.facts.nationals and p.last == m.first)
                if beside and p.candidates and is_country(p.candidates[0]):
                    return p.candidates[0].country
    return None


_CROWDS = frozenset({"protesters", "rioters"})


def _defaults(
    ctx: Context,
    event_type: str,
    sub_type: str,
    country: str | None,
    told: bool,
    sides: Sides,
    striker: str | None = None,
) -> Sides:
    """The actors ACLED codes when the text names none (data/taxonomy.toml): the crowd of a
    protest or riot is always there, and the state of an air strike; an attack by nobody named
    is an unidentified armed group's, and so is the other side of a battle told with one side;
    the people an attack hit are civilians. {country} is the event's country."""
    actor1, actor2, assoc1, assoc2 = sides
    defaults = ctx.taxonomy.get("default_actor1", {})
    spec = defaults.get(sub_type, defaults.get(event_type))
    by_state = ctx.taxonomy.get("default_actor1_striker", {})
    armed = ctx.taxonomy.get("striker_armed_groups", {}).get("countries", [])
    if striker and not told and sub_type in by_state and striker not in armed:
        spec = by_state[sub_type]  # "Russian shelling killed two": Russia's, nobody else named
    lone = ctx.taxonomy.get("default_actor1_one_side", {})
    one_side = spec is None  # then a default is only for a text naming one side at most
    spec = spec or lone.get(sub_type, lone.get(event_type))
    if spec:
        state = spec[1] == "state_forces"
        default = _generic(spec, striker if state and striker else country)
        crowd = spec[1] in _CROWDS
        everyone = [a for a in (actor1, actor2, *assoc1, *assoc2) if a is not None]
        agents = [a for a in (actor1, *assoc1) if a is not None]
        if state:  # only a state flies or arrests: the act needs one
            missing = not any(a.category in _STATE_SIDES for a in everyone)
        else:
            missing = not any(a.category == spec[1] for a in everyone) if crowd else not told
        missing = missing and not (one_side and len({a.name for a in everyone}) > 1)
        if missing:
            # people told gathering for a protest ("traders gathered", "students marched")
            # are its crowd, on its side, not the side it faced; so is a crowd told as hit
            # ("police dispersed the crowd"). A riot's people may be its victims ("residents
            # beat a thief": Rioters against Civilians)
            protest = spec[1] == "protesters"
            crowd_of = [
                a
                for a in everyone
                if protest
                and (a.category in _CROWDS or (a.category == "civilians" and a in agents))
            ]
            everyone = [a for a in everyone if a.name != default.name and a not in crowd_of]
            actor1, actor2 = default, everyone[0] if everyone else None
            assoc1, assoc2 = crowd_of, everyone[1:]
        elif (
            crowd
            and actor1 is not None
            and actor1.category != spec[1]
            and sub_type in ctx.taxonomy.get("crowd_first", ())
        ):
            # the crowd told as the side hit ("Police arrested 14 protesters" after the
            # protest): the demonstration is still the crowd's, and the force used on it the
            # other side (ACLED: Protesters (X) against the police)
            own = next(a for a in everyone if a.category == spec[1])
            rest = [a for a in everyone if a.name != own.name]
            rest.sort(key=lambda a: a.category != "state_forces")
            actor1, actor2, assoc1, assoc2 = own, rest[0] if rest else None, [], rest[1:]
        elif not crowd and actor1 is not None and actor1.category == "civilians":
            # unorganised people told as attacking in an armed attack ("motorcyclists opened
            # fire"): ACLED names the attackers an unidentified armed group
            actor1 = replace(default, mention=actor1.mention)
        elif one_side and _lone_force(everyone):
            # a fight told with a state's force alone ("officers were shot by a wanted man and
            # returned fire"): its other side is the unnamed armed group it fought
            actor2 = default
    spec2 = ctx.taxonomy.get("default_actor2", {}).get(event_type)
    if spec2 is not None and actor2 is None:
        actor2 = _generic(spec2, country)
    flown = by_state.get(sub_type) or (
        defaults.get(sub_type)
        if sub_type in ctx.taxonomy.get("striker_told_beside", {}).get("sub_types", [])
        else None
    )
    if striker and told and flown and striker not in armed and flown[1] == "state_forces":
        # a state's strike told by its nationality beside others named ("U.S. and British
        # warplanes struck"): that state's military is one of the strikers too
        state = _generic(flown, striker)
        if all(a.name != state.name for a in (actor1, actor2, *assoc1, *assoc2) if a):
            if actor1 is None:
                actor1 = state
            else:
                assoc1 = [*assoc1, state]
    return actor1, actor2, assoc1, assoc2


def _forces_hit(
    ctx: Context,
    draft: Draft,
    sub_type: str,
    agents: Counter[ActorRef],
    targets: Counter[ActorRef],
) -> tuple[Counter[ActorRef], Counter[ActorRef]]:
    """A hidden bomb, mine or grenade told with a state's forces alone ("four soldiers were
    patrolling when a roadside bomb went off"): the forces were hit, not its doers, unless
    told laying it ("a mine planted by soldiers", the `passive_agent` word right before them;
    data/taxonomy.toml [forces_hit])."""
    if sub_type not in ctx.taxonomy.get("forces_hit", {}).get("sub_types", ()):
        return agents, targets
    if not agents or any(a.category not in _STATE_SIDES for a in agents):
        return agents, targets
    laid = any(
        role == "agent"
        and any(
            x.kind == "passive_agent" and x.last <= m.first <= x.last + 1 for x in t.facts.matches
        )
        for t in draft.tellings
        for m, role in t.actors
        if m.kind in ("actor", "role")
    )
    if laid:
        return agents, targets
    return Counter(), targets + agents


def _operation_forces(
    ctx: Context, draft: Draft, event_type: str, country: str | None, sides: Sides
) -> Sides:
    """'Five militants were killed in an intelligence-based operation', 'killed in an
    encounter': a fight told as a security operation with no state force named is the state's
    forces' against everyone told (data/taxonomy.toml [operation_forces]): the unidentified
    group filled in by default is the side they fought, unless a group is named."""
    spec = ctx.taxonomy.get("operation_forces", {}).get(event_type)
    if not spec or not any(t.facts.has("security_operations") for t in draft.tellings):
        return sides
    actor1, actor2, assoc1, assoc2 = sides
    everyone = [a for a in (actor1, actor2, *assoc1, *assoc2) if a is not None]
    if any(a.category in _STATE_SIDES for a in everyone):
        return sides
    hit = [a for a in everyone if not (a.name.startswith(_UNNAMED) and a.mention is None)]
    hit = hit or everyone
    return _generic(spec, country), hit[0] if hit else None, [], hit[1:]


def _lone_force(everyone: list[ActorRef]) -> bool:
    """The only side told is one state's (or a foreign state's) forces."""
    return len({a.name for a in everyone}) == 1 and everyone[0].category in _STATE_SIDES


# a state's own forces, or a foreign state's
_STATE_SIDES = frozenset({"state_forces", "external"})
_ARMED_GROUPS = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _group_told_before(ctx: Context, draft: Draft, event_type: str, sides: Sides) -> Sides:
    """A fight told with no armed group named ("There was also fierce fighting in X", "Iraqi
    forces retook the town"): its other side is the armed group the article named last
    before it, as a coder reads it from the story ([battle_side_told_before] in
    data/taxonomy.toml); an unidentified group put there by default gives way to it. A bomb
    with no doer told (`stand_in_types`) takes the group only in place of that stand-in."""
    rule = ctx.taxonomy.get("battle_side_told_before", {})
    stand_in_only = event_type in rule.get("stand_in_types", [])
    if event_type not in rule.get("types", []) and not stand_in_only:
        return sides
    actor1, actor2, assoc1, assoc2 = sides
    everyone = [a for a in (actor1, actor2, *assoc1, *assoc2) if a is not None]
    unnamed = [a for a in everyone if a.category in _ARMED_GROUPS and a.mention is None]
    if any(a.category in _ARMED_GROUPS and a.mention is not None for a in everyone):
        return sides  # an armed group is named in the act's own sentences
    if stand_in_only and not unnamed:
        return sides  # a bomb's side hit, or an air strike's, is not guessed from the story
    start = min(t.facts.span.start for t in draft.tellings)
    before = [a for at, a in ctx.told_groups if at < start]
    if not before:
        return sides
    # the one the story names most often, of equals the last
    told = Counter(a.name for a in before)
    pick = max(reversed(before), key=lambda a: told[a.name])
    group = ActorRef(pick.name, pick.category, None)
    if unnamed:  # the default stand-in gives way to the group told
        stand_in = unnamed[0].name
        actor1, actor2 = (
            group if actor1 is not None and actor1.name == stand_in else actor1,
            group if actor2 is not None and actor2.name == stand_in else actor2,
        )
        return actor1, actor2, assoc1, assoc2
    if actor1 is None:
        return group, actor2, assoc1, assoc2
    if actor2 is None:
        return actor1, group, assoc1, assoc2
    return actor1, actor2, assoc1, [*assoc2, group]


def _communal(
    draft: Draft,
    ctx: Context,
    event_type: str,
    loc: Location | None,
    country: str | None,
    sides: Sides,
) -> Sides:
    """ "A clash between two rival groups at X village": two unnamed groups of one community
    fighting are ACLED's communal militia of that place on both sides ("X Communal Militia
    (Country)", data/taxonomy.toml [communal_sides]), when the text names nobody else (no
    armed group, force or party; generic people, unidentified attackers and civilians hit
    only). The place is the smallest one told: a village the gazetteer lacks, else the
    event's place."""
    spec = ctx.taxonomy.get("communal_sides", {}).get(event_type)
    if not spec or not any(t.facts.has("communal_sides") for t in draft.tellings):
        return sides
    actor1, actor2, assoc1, assoc2 = sides
    everyone = [a for a in (actor1, actor2, *assoc1, *assoc2) if a is not None]
    generic = ctx.taxonomy.get("communal_generic", {}).get("names", ())
    if any(not any(a.name.startswith(g + " (") for g in generic) for a in everyone):
        return sides
    told = [pm for t in draft.tellings for pm, _ in sorted(t.places, key=lambda x: x[0].start)]
    placed = {id(pm): p for t in draft.tellings for pm, p in t.places}
    village = (
        _bare_name(pm)
        for pm in told
        if placed[id(pm)] is None and pm.feature == "village" and pm.relation not in _NOT_SITES
    )
    # the event's place as the text spells it, not the gazetteer's own spelling
    spelled = (
        _bare_name(pm)
        for pm in told
        if loc is not None and (p := placed[id(pm)]) is not None and p.id == loc.gazetteer_id
    )
    place = next(village, None) or (
        next(spelled, loc.name) if loc is not None and loc.precision in (1, 2) else None
    )
    if not place:
        return sides
    template, category = spec
    militia = ActorRef(
        with_country(template.replace("{place}", place), country),
        category,  # type: ignore[arg-type]  # checked against ActorCategory by the taxonomy test
    )
    return militia, militia, [], []


def _bare_name(pm: PlaceMention) -> str:
    """A place's name as told, without the feature noun told with it ("Desa Wailolong",
    "Kolapara village": Wailolong, Kolapara)."""
    name, cue = pm.name, (pm.cue or "").lower()
    if cue and name.lower().startswith(cue + " "):
        name = name[len(cue) + 1 :]
    if cue and name.lower().endswith(" " + cue):
        name = name[: -len(cue) - 1]
    return name


def _government_fighting(ctx: Context, event_type: str, a: ActorRef) -> bool:
    """ "The government employed airstrikes", "the government condemned the bombing": in a
    violent act the government is no side ACLED codes (data/taxonomy.toml
    [government_acting]); its forces are, named or filled in as for any act with no doer
    told. The government stays the actor of its non-violent acts (a state of emergency)."""
    rule = ctx.taxonomy.get("government_acting", {})
    return event_type in rule.get("types", ()) and a.name.startswith(rule["name"])


def _without_governments(ctx: Context, event_type: str, sides: Sides) -> Sides:
    """The sides without a government told with a violent act (`_government_fighting`)."""
    actor1, actor2, assoc1, assoc2 = sides

    def kept(side: Iterable[ActorRef | None]) -> list[ActorRef]:
        return [a for a in side if a is not None and not _government_fighting(ctx, event_type, a)]

    side1, side2 = kept((actor1, *assoc1)), kept((actor2, *assoc2))
    return (side1[0] if side1 else None, side2[0] if side2 else None, side1[1:], side2[1:])


def _local_names(
    ctx: Context, draft: Draft, country: str | None, event_type: str, sides: Sides
) -> Sides:
    """Generic actors under the name ACLED gives them in the event's country and type, where
    its methodology has one of its own for an act with a gang's hallmarks ("a drive-by
    shooting", "a beheaded body": data/taxonomy.toml [gang_hallmarks])."""
    told = {t.facts.index for t in draft.tellings}
    if not any(i in ctx.gang_marked or i + 1 in ctx.gang_marked for i in told):
        return sides  # the act's sentences or the one right after ("The body was beheaded")
    names = ctx.taxonomy.get("gang_hallmarks", {}).get(country or "", {}).get(event_type, {})

    def local(a: ActorRef) -> ActorRef:
        for generic, own in names.items():
            if a.name.startswith(generic + " ("):
                return replace(a, name=own + a.name.removeprefix(generic))
        return a

    actor1, actor2, assoc1, assoc2 = sides
    return (
        local(actor1) if actor1 else None,
        local(actor2) if actor2 else None,
        [local(a) for a in assoc1],
        [local(a) for a in assoc2],
    )


def _names_at(day: str | None, sides: Sides) -> Sides:
    """Each side under the name ACLED coded it under on the event's day
    (data/actor_eras.tsv): "Islamic State (Greater Sahara)" before March 2022."""

    def at(a: ActorRef) -> ActorRef:
        name = name_at(a.name, day)
        return a if name == a.name else replace(a, name=name)

    actor1, actor2, assoc1, assoc2 = sides
    return (
        at(actor1) if actor1 else None,
        at(actor2) if actor2 else None,
        [at(a) for a in assoc1],
        [at(a) for a in assoc2],
    )


def _missions(ctx: Context, country: str | None, day: str | None, sides: Sides) -> Sides:
    """A contributing state's military in the country of a peace mission it serves in, on a
    day of the mission, is the mission's contingent ("Military Forces of Kenya" in Somalia in
    2016: "AMISOM: African Union Mission in Somalia (Kenya)"), as ACLED codes it
    (data/taxonomy.toml [[mission]]). An event with no date or no country keeps the state's
    name."""
    if country is None or day is None:
        return sides
    names: dict[str, str] = {}
    for mission in ctx.taxonomy.get("mission", ()):
        if mission["country"] != country or not mission["from"] <= day < mission["until"]:
            continue
        for member, joined in mission["members"].items():
            if joined <= day:
                military = with_country("Military Forces of {country}", member)
                names[military] = with_country(mission["name"], member)

    def serving(a: ActorRef) -> ActorRef:
        own = names.get(a.name)
        return a if own is None else replace(a, name=own, category="external")

    actor1, actor2, assoc1, assoc2 = sides
    return (
        serving(actor1) if actor1 else None,
        serving(actor2) if actor2 else None,
        [serving(a) for a in assoc1],
        [serving(a) for a in assoc2],
    )


def _generic(spec: list[str], country: str | None) -> ActorRef:
    template, category = spec
    return ActorRef(with_country(template, country), category)  # type: ignore[arg-type]  # category comes from data/taxonomy.toml, checked against ActorCategory by its test


def _sides(
    agents: Counter[ActorRef], targets: Counter[ActorRef], hit_first: frozenset[str] = frozenset()
) -> tuple[ActorRef | None, ActorRef | None, list[ActorRef], list[ActorRef]]:
    side1, side2 = _ranked(agents), _ranked(targets)
    # an actor told both acting and hit ("rebels killed by troops", then "troops fired upon by
    # the rebels") is of the side told more often, else of the side it was first told on
    told1, told2 = _told(agents), _told(targets)
    hit = {
        n
        for n in told1.keys() & told2.keys()
        if told2[n] > told1[n] or (told2[n] == told1[n] and n in hit_first)
    }
    if hit and len(hit) < len(told1):  # never every doer: the lone doer stays the doer
        side1 = [a for a in side1 if a.name not in hit]
    names1 = {a.name for a in side1}
    side2 = [a for a in side2 if a.name not in names1]
    if not side1 and side2:
        side1, side2 = side2[:1], side2[1:]
    elif (
        not side2 and len(side1) > 1
    ):  # both sides told as doers ("X mengepung", "Y menghancurkan pengepungan")
        side1, side2 = side1[:1] + side1[2:], side1[1:2]
    actor1 = side1[0] if side1 else None
    actor2 = side2[0] if side2 else None
    return actor1, actor2, side1[1:], side2[1:]


# the parties that fight, and so may boast of their enemy's losses
_FIGHTING = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external"}
)


def _boast(
    c: ClaimFact, claim: Claim, t: Telling, ctx: Context, country: str | None, attackers: set[str]
) -> bool:
    """A party's figure about its enemy's dead: the victims named include another fighting
    party (not civilians, whose toll a fighting party tells as a witness), or, when the
    victims are not named, the claimant is the side that attacked."""
    if claim.claimant is None or c.own_side or claim.claimant.category not in _FIGHTING:
        return False  # a resident, a hospital, a monitor: witnesses, never boasters
    victims = [
        ref
        for a in t.facts.actors
        if c.victim_first <= a.first < c.victim_last
        and (ref := resolve_actor(a, ctx, country)) is not None
    ]
    if victims:
        return any(
            v.category in _FIGHTING and v.name != claim.claimant.name for v in victims
        ) and all(v.name != claim.claimant.name for v in victims)
    return claim.claimant.name in attackers


def _claim(c: ClaimFact, t: Telling, ctx: Context, country: str | None) -> Claim:
    span = t.facts.span
    claimant: ActorRef | None = None
    via: ActorRef | None = None
    if c.claimant is not None:
        if c.claimant.other is not None:
            if c.claimant.other.speaks_for:  # Amaq speaks for the Islamic State: a channel
                via = ActorRef(c.claimant.other.name, None, c.claimant.text)
                claimant = ActorRef(c.claimant.other.speaks_for)
            else:  # MSF, SOHR, a hospital: the claimant itself, never "MSF via MSF"
                claimant = ActorRef(c.claimant.other.name, None, c.claimant.text)
        elif c.claimant.source is not None:
            claimant = ActorRef(source_label(t.facts, c.claimant), None, c.claimant.text)
        else:
            claimant = resolve_actor(c.claimant, ctx, country)
    if c.via is not None and c.via.other is not None and via is None:
        via = ActorRef(c.via.other.name, None, c.via.text)
        if claimant is None and c.via.other.speaks_for:
            claimant = ActorRef(c.via.other.speaks_for)
    if via is not None and claimant is not None and via.name == claimant.name:
        via = None  # "MSF said ... via MSF": one party
    return Claim(
        kind=c.kind,
        value=c.value,
        qualifier=c.qualifier,
        claimant=claimant,
        evidence=Evidence(span.start, span.end, ctx.text[span.start : span.end]),
        via=via,
        victims=c.victims,
        value_max=c.value_max,
        also=c.also,
        figure=ctx.text[c.number.start : c.number.end] if c.number is not None else None,
    )


def _dates(draft: Draft, ctx: Context) -> tuple[date | None, date | None, DatePrecision | None]:
    own = [d for t in draft.tellings for d in t.dates if d.date is not None]
    if own:
        best = min(own, key=lambda d: ("day", "week", "month", "year").index(d.precision))
        return best.date, best.date_end, best.precision
    reported = [d for t in draft.tellings for d in t.report_dates if d.date is not None]
    if reported:
        first = min(reported, key=lambda d: d.date)  # type: ignore[arg-type,return-value]  # every date here is set (filtered above)
        return first.date, first.date, "week"
    if ctx.published is not None:
        start, end = undated_days(ctx.published)
        return start, end, "week"
    return None, None, None


def _location(draft: Draft, ctx: Context) -> tuple[Location | None, Place | None]:
    """The narrowest place any telling names (among equals, where remote weapons struck
    before others, "Iran menembakkan rudal ke Israel"; then the first told), else the
    country. A telling placed only at a country or province takes the document's main place
    when it lies inside (`_narrower_within`)."""
    resolved = [
        (i, pm, p) for i, t in enumerate(draft.tellings) for pm, p in t.places if p is not None
    ]
    if draft.beside is not None and all(is_broad(p) for _, _, p in resolved):
        resolved = []  # only the province holding the town the act is told beside
    if resolved:
        holders = _holders(draft, ctx.text)
        apart = _apart_from_units(resolved)
        i, pm, place = min(
            resolved,
            key=lambda x: (
                id(x[1]) in holders,
                _pair_end(x[1], x[2]),
                id(x[1]) in apart,
                _told_breadth(x[1], x[2]),
                x[2].feature_code == "ADM2" or x[1].feature == "adm2",  # a subdistrict first
                _PLACE_ORDER.get(x[1].relation, 2),
                x[0],
                x[2].feature_code not in ADMIN1,  # "in northwest Nigeria's Kaduna state": the state
                x[1].start,
            ),
        )
        partner = None
        if pm.partner is not None:
            partner = next(
                (
                    p
                    for other, p in draft.tellings[i].places
                    if other is not pm and other.partner is not None
                ),
                None,
            )
        main = ctx.fallback_place
        if main is not None and _narrower_within(main, place):
            # told only at a country or province ("drive a car into Kenya"): the town or
            # district the document names inside it ("Mandera lies on the border")
            return _fallback_location(draft, main), main
        loc = location_of(pm, place, partner)
        if loc is not None and _stands_in(draft, pm):
            loc = replace(loc, precision=max(loc.precision or 1, 2))
        return loc, place
    if draft.beside is not None:  # a second act told with no place, beside the act before it
        p = draft.beside
        return Location(
            p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, geo_precision(p), "in", p.id
        ), p
    if ctx.fallback_place is not None:
        return _fallback_location(draft, ctx.fallback_place), ctx.fallback_place
    return None, None


def _told_breadth(pm: PlaceMention, place: Place) -> int:
    """How wide a place is, as told: a unit named with its kind is as wide as that kind ("the
    Soum Province", which the gazetteer files with second-level units), and a district read
    as the town of its name (the gazetteer lacks the unit under that name: "Narathiwat's
    Sungai Kolok district") as wide as a district. A region read as its town keeps the town's
    point, where ACLED places a region ("the Mogilev region")."""
    told = _CUE_BREADTH.get(pm.feature or "", 0)
    if place.feature_class == "P" and told > 1:
        told = 0
    return max(breadth(place), told)


def _apart_from_units(resolved: list[tuple[int, PlaceMention, Place]]) -> set[int]:
    """The towns named bare (no settlement noun) and the unions that lie outside every
    subdistrict the telling names with its kind, by id: a district town written as where the
    unit lies ("a clash at a bazaar under Pirganj upazila of northern Rangpur"), a dateline
    ("Rajshahi, a bomb went off in Godagari upazila"), a place the act is not told at ("died at
    a Chattogram hospital" after "an attack in Sitakunda upazila"), a far namesake union. The
    event is in the subdistrict. A town or union inside it by record or distance ("Ding Ga Yang
    in Momauk township") stays narrower."""
    units = [
        p
        for _, pm, p in resolved
        if p.feature_code == "ADM3" and pm.feature == "adm3" and pm.relation not in _NOT_SITES
    ]
    if not units:
        return set()
    return {
        id(pm)
        for _, pm, p in resolved
        if ((p.feature_class == "P" and pm.cue is None) or p.feature_code == "ADM4")
        and not any(
            normalise(p.admin2 or "") == normalise(u.name)
            or haversine_km(p.lat, p.lon, u.lat, u.lon) <= SUBDISTRICT_KM
            for u in units
        )
    }


def _narrower_within(main: Place, place: Place) -> bool:
    """Whether the document's main place lies inside `place`, a country or a province, and
    is narrower with a point of its own: a province or a town in the country, a district or
    town in the province. A unit placed at its parent's point (precision 3: a district
    GeoNames has no town for, at its province's point) is no narrower."""
    if main.precision == 3 or main.country != place.country:
        return False
    if is_country(place):
        return not is_country(main)
    # sources write one province otherwise ("Baringo", "Wilaya ya Baringo")
    return (
        is_broad(place)
        and place.admin1 is not None
        and main.admin1 is not None
        and breadth(main) < 2
        and bare_name(main.admin1) == bare_name(place.admin1)
    )


def _fallback_location(draft: Draft, p: Place) -> Location:
    """The event at the document's main place, for a telling that names none or only a
    country or province holding it."""
    precision = geo_precision(p)
    if any(_unplaced(other, q) for t in draft.tellings for other, q in t.places):
        precision = max(precision, 2)  # a named place stood in for by the document's
    return Location(p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, precision, "in", p.id)


def _pair_end(pm: PlaceMention, place: Place) -> bool:
    """A place read as the first of a hyphenated pair ("the Dhaka-Rangpur highway", "the
    Kisii-Bomet road"): an end of a road, after the places the telling names on their own."""
    return "-" in pm.name and normalise(place.name) != normalise(pm.name)


def _holders(draft: Draft, text: str) -> set[int]:
    """The mentions named as where a placed place lies ("Meknassy (Sidi Bou Zid)", "Samlout
    district, Battambang", "Yala's Betong district": Sidi Bou Zid, Battambang, Yala), by id:
    the event is at the place they hold, however their own readings compare (a namesake seat
    town is no narrower than the district it holds). The resolver has already read the held
    place inside them. A held name read only by its first word ("Yagha-Peulh (Sebba, Yagha)":
    Yagha province, `_pair_end`) is no narrower place: the town after it is where the event
    is."""
    out: set[int] = set()
    for t in draft.tellings:
        pairs = sorted(t.places, key=lambda pair: pair[0].start)
        for k, (pm, _) in enumerate(pairs):
            if pm.relation != "in" or pm.bare:
                continue
            prev = pairs[k - 1] if k else None
            nxt = pairs[k + 1] if k + 1 < len(pairs) else None
            if prev is not None and pm.start - prev[0].end <= CHAIN_GAP:
                held: tuple[PlaceMention, Place | None] = prev
            elif nxt is not None and _POSSESSIVE_GAP.fullmatch(text[pm.end : nxt[0].start]):
                held = nxt  # "Yala's Betong district"
            elif nxt is not None and _settlement_gap(text[pm.end : nxt[0].start], nxt[0]):
                held = nxt  # "the Idlib city of Jisr al-Shughur"
            else:
                continue
            if (
                held[1] is not None and _narrower(held[1]) and not _pair_end(held[0], held[1])
            ) or id(held[0]) in out:
                out.add(id(pm))
    return out


def _narrower(held: Place) -> bool:
    """A town or a district with a point of its own: narrower than the place holding it. A
    district placed at its province's point ("Karachi's Korangi area": Korangi District, at
    Sindh's point) is not."""
    return breadth(held) == 0 or (breadth(held) == 1 and held.precision != 3)


def _settlement_gap(gap: str, held: PlaceMention) -> bool:
    """Only the held place's settlement noun and one joiner stand between ("Idlib city of
    Jisr al-Shughur": recognise.places has given "city" to Jisr al-Shughur)."""
    words = gap.split()
    return (
        held.cue is not None
        and len(words) == 2
        and words[0].lower() == held.cue.lower()
        and held.feature in ("town", "village")
    )


def _unplaced(pm: PlaceMention, place: Place | None) -> bool:
    """A place the event is told at that the gazetteer could not place ("Nam Ya village")."""
    return place is None and pm.relation not in _NOT_SITES


def _stands_in(draft: Draft, chosen: PlaceMention) -> bool:
    """Whether the chosen place stands in for a smaller place the telling names but nobody could
    place: "in Nam Ya village, Hpakant township" is coded at Hpakant with ACLED's precision 2
    (near a named place), as is "Desa X, Kecamatan Y" at the kecamatan."""
    return any(
        _unplaced(pm, place) and pm.start < chosen.start
        for t in draft.tellings
        for pm, place in t.places
    )


def _evidence(draft: Draft, ctx: Context) -> tuple[Evidence, ...]:
    seen: dict[int, Evidence] = {}
    for t in draft.tellings:
        s = t.facts.span
        seen.setdefault(s.start, Evidence(s.start, s.end, ctx.text[s.start : s.end]))
    return tuple(seen[k] for k in sorted(seen))


def _event_id(doc_id: str, evidence: tuple[Evidence, ...]) -> str:
    first = evidence[0] if evidence else Evidence(0, 0, "")
    return hashlib.sha1(f"{doc_id}:{first.start}:{first.end}".encode()).hexdigest()[:16]


def _confidence(loc: Location | None, start: date | None, a1: ActorRef | None, a2: ActorRef | None,
                claims: tuple[Claim, ...]) -> float:  # fmt: skip
    score = 0.4
    score += 0.15 if loc is not None and (loc.precision or 3) < 3 else 0.0
    score += 0.1 if start is not None else 0.0
    score += 0.1 if a1 is not None else 0.0
    score += 0.1 if a2 is not None else 0.0
    score += 0.1 if any(c.value is not None for c in claims) else 0.0
    return round(min(score, 0.95), 2)
