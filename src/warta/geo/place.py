"""The gazetteer's records: a place, the names a source gives it, and summary counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..model import PlaceRelation

# relations that tell of a place other than the event's ("from X", "to X", "based in X")
ELSEWHERE: frozenset[PlaceRelation] = frozenset({"from", "to", "based_in", "border"})

# 1: the coordinates are the place's own point;
# 2: derived from places inside it (median of its towns, villages or districts);
# 3: borrowed from a containing or related place (parent unit, capital city).
CoordPrecision = Literal[1, 2, 3]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry with coordinates and where they came from."""

    id: str  # "geonames:170794", "idn:94.07", "iso:SY-HI", "sup:jabal-bishri"
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    admin2: str | None
    feature_class: str  # GeoNames classes: A admin, P populated, S spot, T terrain, L area, H water
    feature_code: str  # GeoNames codes: PCLI, ADM1, ADM2, PPL, PPLC, MT, AIRB, CMPRF ...
    population: int
    lat: float
    lon: float
    precision: CoordPrecision
    coord_source: str
    source: str  # "geonames", "pycountry", "idn-area-data", "supplement"
    licence: str


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a sentence, with the gazetteer entries it may refer to."""

    start: int  # span of the place name in the document text
    end: int
    first: int  # token index range [first, last) within the sentence's token list
    last: int
    name: str  # surface text of the name
    relation: PlaceRelation  # how the event relates to it: at, in, near, south_of, between ...
    cue: str | None  # feature noun announcing it ("desa", "the town of", "province"), if any
    candidates: tuple[Place, ...]  # gazetteer candidates, best prior first (empty: cue-only)
    partner: int | None = None  # "between A and B": index of the other mention in the same list
    feature: str | None = None  # the kind of place the cue announces: adm1, adm2, village, town ...
    bare: bool = False  # no relation word, feature noun or list before it: maybe a subject
    # the countries its unit word belongs to ("Dholpara upazila": BD), empty when any may
    countries: tuple[str, ...] = ()
    # "X, 10 km east of Y": the index of Y in the same list, and the distance told (km)
    anchor: int | None = None
    anchor_km: float = 0.0
    site: bool = False  # names a site after a town ("the Kanda barracks", "pasar Kanda")
    # "a small Kenyan town": no name, but the country a people's word gives the place; unlike
    # `countries` it binds no other name (a fallback only)
    people: tuple[str, ...] = ()
    # the site is told to lie in another named place ("the Karma mine in Namissiguima")
    site_within: bool = False
    # the ids of the candidates with a name (own or alternate) spelled as written, and of those
    # with a name written about so (`Gazetteer.spelled`); None when not known (no gazetteer
    # asked): the others are met through the name key's folding only
    spelled: frozenset[str] | None = None
    spelled_near: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """A place as a source yields it, with its other names, before it is stored."""

    place: Place
    names: tuple[str, ...] = ()  # alternate names; the primary name is place.name


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One row of the name index: a key, the form it came from, and its place."""

    key: str
    form: str
    place_id: str
    primary: bool


@dataclass(frozen=True, slots=True)
class GazetteerStats:
    """What a gazetteer file holds, read from its meta table."""

    schema_version: int
    normalise_version: int
    built_at: str
    places: int
    names: int
    places_by_source: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What one build wrote and how long it took."""

    path: str
    seconds: float
    bytes: int
    places: int
    names: int
    places_by_source: Mapping[str, int] = field(default_factory=dict)
