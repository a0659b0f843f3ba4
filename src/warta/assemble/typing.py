"""ACLED event type and sub-type of an event: the decision rules of data/taxonomy.toml.

The event's means (its event words, by family), the class of who acted (actor1) and of who
was hit (actor2, else the victims told: combatant nouns or a military target are armed) pick
the first [[rule]] whose conditions hold. Language files hold only the words; this step is
the same for every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import ActorRef, Claim
from .events import Draft, jurisdictions
from .facts import SentenceFacts

_TARGET_NEAR = 5  # tokens from an event word to the military target it names


def actor_class(taxonomy: Mapping[str, Any], actor: ActorRef | None) -> str:
    """state, militia, external, rioters, protesters, civilians or none."""
    if actor is None or actor.category is None:
        return "none"
    return str(taxonomy["class"].get(actor.category, "none"))


def target_class(taxonomy: Mapping[str, Any], draft: Draft, hit: Sequence[ActorRef]) -> str:
    """The class of who was hit. Armed when any actor hit is armed, when the victims counted
    are combatants ("four soldiers were killed") or a military target is named (a checkpoint,
    a base); else the first actor hit's class; "none" when nothing is told. Civilians told
    first as the ones hit stay the target whatever armed group is named after them ("beat
    villagers while searching for KIA fighters", "abducted villagers accused of spying for the
    army"): only combatants counted or a military target make it armed."""
    members = _members_told(draft)
    unarmed = _unarmed_told(draft)
    classes = [
        "civilians" if a.name in members or a.mention in unarmed else actor_class(taxonomy, a)
        for a in hit
    ]
    armed = set(taxonomy["groups"]["armed"])
    if classes and classes[0] != "civilians" and any(c in armed for c in classes):
        return next(c for c in classes if c in armed)
    for t in draft.tellings:
        combatants = set(t.facts.lang.events.markers.combatants)
        for c in t.claims:
            first, last = c.victim_first, c.victim_last
            if last <= first and c.value == 1:
                first, last = _singular_victim(t.facts, c.casualty.first, c.casualty.last)
            words = {tok.key for tok in t.facts.tokens[first:last]}
            if words & combatants:
                return "armed"
        if any(
            m.kind == "armed_targets"
            and 0 <= m.first - w.last <= _TARGET_NEAR
            and m.first not in jurisdictions(t.facts)
            for m in t.facts.matches
            for w in t.mentions
        ):  # "attacked a police post", not "under Jaldhaka police station"
            return "armed"
    return classes[0] if classes else "none"


_SINGULAR_REACH = 4  # tokens: "A Senegalese UN peacekeeper was killed"


def _singular_victim(facts: SentenceFacts, first: int, last: int) -> tuple[int, int]:
    """Where the one victim of a count told without a number is named, when it is the subject
    before the casualty word ("a peacekeeper was killed"); none when the victim follows it
    ("shot dead a fleeing suspect": whom a shooting hit is told by the actors)."""
    tokens = facts.tokens
    indefinite = set(facts.lang.events.markers.indefinite)
    if last < len(tokens) and tokens[last].key in indefinite:
        return 0, 0
    start = max(0, first - _SINGULAR_REACH)
    for i in range(first - 1, start - 1, -1):
        if tokens[i].text in _BREAKS:
            return i + 1, first
    return start, first


_BREAKS = frozenset(",.;:()")

_MEMBER_GAP = 1  # "a leader of Jubo League": one word between
_MEMBER_AFTER = 3  # "a PF Lusaka district official": up to three words between


def _unarmed_told(draft: Draft) -> set[str]:
    """Texts of role nouns of people who are not armed when they are hit, though coded as a
    militia when they attack (roles.toml `armed = false`: "party members", "supporters",
    "unknown persons"): "kidnapped three party members" is an abduction of civilians."""
    return {
        a.text
        for t in draft.tellings
        for a, _ in t.actors
        if a.role is not None and not a.role.armed
    }


def _crowd_told(draft: Draft, actor1: ActorRef | None) -> bool:
    """Whether actor1 is told by a role noun of a crowd's people (roles.toml `crowd = true`:
    "supporters"): coded as their party's militia, they riot when they clash."""
    if actor1 is None or actor1.mention is None:
        return False
    return any(
        a.role is not None and a.role.crowd and a.text == actor1.mention
        for t in draft.tellings
        for a, _ in t.actors
    )


def _members_told(draft: Draft, kind: str = "members") -> set[str]:
    """Names of parties whose people, not the party, are told ("a local Awami League leader",
    "kader PDIP", "Jane Doe (ODM)"): a party member hit is a civilian. With `crowd_members`,
    the people a party brings out as a crowd ("BNP activists")."""
    names = set()
    for t in draft.tellings:
        members = t.facts.kinds(kind)
        tokens = t.facts.tokens
        for a, _ in t.actors:
            if a.actor is None or a.actor.category != "political_militia":
                continue
            if any(
                a.first <= x.first < a.last  # "BNP activists"
                or 0 <= x.first - a.last <= _MEMBER_AFTER  # "ODM ward candidate"
                or 0 <= a.first - x.last <= _MEMBER_GAP  # "leader of", "kader"
                for x in members
            ) or (0 < a.first < a.last < len(tokens) and tokens[a.first - 1].text == "("):
                names.add(a.actor.name)  # a person's party, in brackets after the name
    return names


def classify(
    taxonomy: Mapping[str, Any],
    draft: Draft,
    actor1: ActorRef | None,
    hit: Sequence[ActorRef],
    claims: Sequence[Claim],
    others: Sequence[ActorRef] = (),
) -> tuple[str, str] | None:
    """(event type, sub-type) by the first rule that holds, or None when no means is told.
    `others` are the doers told beside actor1: they are sides of the fight too (the rules'
    `side` / `not_side`)."""
    means = set(draft.means) - {"reference"}
    if not means:  # "claims responsibility of the attack on two policemen": nothing before it
        means = _referred(draft)
    if not means and any(c.kind == "killed" and c.value for c in claims):
        means = {"casualties"}
    if not means:
        return None
    families = {taxonomy["family"].get(m) for m in means}
    a1 = actor_class(taxonomy, actor1)
    target = target_class(taxonomy, draft, hit)
    killed = any(c.kind == "killed" and c.value for c in claims)
    # "injured several villagers": hurt, though no count is told ("no one was hurt" is 0)
    hurt = killed or any(c.kind in ("killed", "injured") and c.value != 0 for c in claims)
    crowd = _crowd_told(draft, actor1)
    # a party told by the people it brings out as a crowd ("BNP activists"), not as an
    # armed group
    members = actor1 is not None and actor1.name in _members_told(draft, "crowd_members")
    sides = frozenset({a1, *(actor_class(taxonomy, a) for a in (*hit, *others))})
    for rule in taxonomy["rule"]:
        if _holds(
            taxonomy, rule, means, families, a1, target, killed, hurt, crowd, members, sides, draft
        ):
            sub = rule["sub_event_type"]
            if sub == "weapon":
                sub = _weapon(taxonomy, means)
            return rule["event_type"], sub
    return None


def _referred(draft: Draft) -> set[str]:
    """The means named inside the event's reference nouns ("the attack", "the clashes") when
    the event is told by them alone from the document's first sentence: nothing was told before
    for them to point back to, so they tell the act ("X claims responsibility of the attack on
    two policemen"). Past it, a reference that joined no event is no act of its own ("denied
    any involvement in the attack")."""
    return {
        m.value
        for t in draft.tellings
        if t.facts.index == 0
        for r in t.mentions
        if r.means == "reference"
        for m in t.facts.kinds("means")
        if r.first <= m.first < r.last
    }


def _holds(
    taxonomy: Mapping[str, Any],
    rule: Mapping[str, Any],
    means: set[str],
    families: set[str | None],
    a1: str,
    target: str,
    killed: bool,
    hurt: bool = False,
    crowd: bool = False,
    members: bool = False,
    sides: frozenset[str] = frozenset(),
    draft: Draft | None = None,
) -> bool:
    if "side" in rule and not sides & _expand(taxonomy, rule["side"]):
        return False
    if "not_side" in rule and sides & _expand(taxonomy, rule["not_side"]):
        return False
    if (
        "not_told" in rule
        and draft is not None
        and any(t.facts.has(kind) for t in draft.tellings for kind in rule["not_told"])
    ):
        return False
    if (
        "told" in rule
        and draft is not None
        and not any(t.facts.has(kind) for t in draft.tellings for kind in rule["told"])
    ):
        return False
    if "every_side" in rule and not all(sides & _expand(taxonomy, [c]) for c in rule["every_side"]):
        return False
    if "crowd_actor1" in rule and rule["crowd_actor1"] != crowd:
        return False
    if "members_actor1" in rule and rule["members_actor1"] != members:
        return False
    if "means" in rule and not means & set(rule["means"]):
        return False
    if "family" in rule and not families & set(rule["family"]):
        return False
    if "with" in rule and not means & set(rule["with"]):
        return False
    if "without" in rule and means & set(rule["without"]):
        return False
    if rule.get("killed") and not killed:
        return False
    if rule.get("unhurt") and hurt:
        return False
    if "actor1" in rule and a1 not in _expand(taxonomy, rule["actor1"]):
        return False
    if "not_actor1" in rule and a1 in _expand(taxonomy, rule["not_actor1"]):
        return False
    if "target" in rule and target not in _expand(taxonomy, rule["target"]):
        return False
    return not ("not_target" in rule and target in _expand(taxonomy, rule["not_target"]))


def _expand(taxonomy: Mapping[str, Any], names: Iterable[str]) -> set[str]:
    """Class names with the groups among them spelled out ("armed": state, militia, ...)."""
    out: set[str] = set()
    for name in names:
        out.add(name)
        if name in taxonomy["groups"]:
            out.update(taxonomy["groups"][name])
    return out


def _weapon(taxonomy: Mapping[str, Any], means: set[str]) -> str:
    for m in taxonomy["precedence"]:
        if m in means and m in taxonomy["weapon"]:
            return str(taxonomy["weapon"][m])
    return "Remote explosive/landmine/IED"
