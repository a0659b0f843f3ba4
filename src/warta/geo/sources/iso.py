"""ISO 3166-2 subdivisions (via pycountry), placed by the GeoNames places inside them."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType

from ...errors import WartaError
from ..geometry import median_point
from ..normalise import normalise
from ..place import CoordPrecision, Entry, Place
from .geonames import AdminUnit, CityPoint, GeoIndex, GeoNamesData, admin2_seat, fold_display

log = logging.getLogger(__name__)

SOURCE = "pycountry"
LICENCE = "LGPL-2.1-only (pycountry; ISO 3166-2 names)"
LICENCE_WITH_GEONAMES = LICENCE + "; CC-BY-4.0 (GeoNames names and places)"


@dataclass(frozen=True, slots=True)
class IsoSubdivision:
    """One ISO 3166-2 subdivision as pycountry lists it."""

    code: str  # "SY-HI"
    name: str
    type: str
    parent_code: str | None = None

    @property
    def country(self) -> str:
        return self.code.split("-", 1)[0]


@dataclass(frozen=True, slots=True)
class _Coord:
    lat: float
    lon: float
    precision: CoordPrecision
    source: str


def load_iso() -> tuple[IsoSubdivision, ...]:
    """All ISO 3166-2 subdivisions that pycountry ships."""
    pycountry = _pycountry()

    return tuple(
        IsoSubdivision(s.code, s.name, s.type, getattr(s, "parent_code", None))
        for s in pycountry.subdivisions
    )


def country_names() -> dict[str, tuple[str, ...]]:
    """English names pycountry gives each country: name, common and official names."""
    pycountry = _pycountry()

    out = {}
    for c in pycountry.countries:
        names = (
            getattr(c, "name", None),
            getattr(c, "common_name", None),
            getattr(c, "official_name", None),
        )
        out[c.alpha_2] = tuple(dict.fromkeys(n for n in names if n))
    return out


def _pycountry() -> ModuleType:
    try:
        import pycountry
    except ImportError as err:
        raise WartaError(f"building the gazetteer needs pycountry: {err}") from err
    return pycountry


def subdivision_entries(
    subdivisions: Sequence[IsoSubdivision], data: GeoNamesData, idx: GeoIndex
) -> Iterator[Entry]:
    """One place per subdivision, at the median of the GeoNames places in it when known."""
    units = {u.iso_code: u for u in data.admin1.values() if u.iso_code}
    by_code = {s.code: s for s in subdivisions}
    children: dict[str, list[str]] = defaultdict(list)
    for s in subdivisions:
        if s.parent_code:
            children[s.parent_code].append(s.code)
    coords = _place_all(subdivisions, units, children, idx, data)
    for s in subdivisions:
        coord = coords.get(s.code)
        if coord is None:
            log.debug("iso %s: nothing to place it by; skipped", s.code)
            continue
        unit = units.get(s.code)
        name = unit.name if unit else fold_display(s.name)
        names = tuple(dict.fromkeys(n for n in (s.name, *(unit.names if unit else ())) if n))
        parent = by_code.get(s.parent_code or "")
        level1 = unit is not None or (parent is None and not children.get(s.code))
        admin1 = name if level1 else _display(parent, units) if parent else None
        place = Place(
            id=f"iso:{s.code}",
            name=name,
            country=s.country,
            admin1=admin1,
            admin2=None if level1 else name,
            feature_class="A",
            feature_code="ADM1" if level1 else "ADMD",
            population=0,
            lat=coord.lat,
            lon=coord.lon,
            precision=coord.precision,
            coord_source=coord.source,
            source=SOURCE,
            licence=LICENCE_WITH_GEONAMES if unit else LICENCE,
        )
        yield Entry(place, names)


def _display(sub: IsoSubdivision, units: Mapping[str, AdminUnit]) -> str:
    unit = units.get(sub.code)
    return unit.name if unit else fold_display(sub.name)


def _place_by_towns(
    subdivisions: Sequence[IsoSubdivision], coords: dict[str, _Coord], data: GeoNamesData
) -> None:
    """A unit without GeoNames places of its own lies at its district's seat (GeoNames admin2
    with its ISO code), else at the most populous town of its name in its country
    (Kenya's counties: Lamu, Mandera); ACLED places a unit's events at its seat."""
    seats = {u.iso_code: seat for u in data.admin2 if u.iso_code and (seat := admin2_seat(u))}
    towns: dict[tuple[str, str], CityPoint] = {}
    wanted = {(s.country, normalise(s.name)) for s in subdivisions if s.code not in coords}
    for c in data.cities:
        key = (c["countrycode"], normalise(c["name"]))
        if key in wanted:
            pop = int(c.get("population") or 0)
            old = towns.get(key)
            if old is None or pop > old.population:
                towns[key] = CityPoint(
                    int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), pop
                )
    for s in subdivisions:
        if s.code in coords:
            continue
        seat = seats.get(s.code)
        if seat is not None:
            town, how = seat
            coords[s.code] = _Coord(
                town.lat, town.lon, 2, f"{how} of its GeoNames district geonames:{town.gid}"
            )
        elif (t := towns.get((s.country, normalise(s.name)))) is not None:
            coords[s.code] = _Coord(t.lat, t.lon, 2, f"town of its name geonames:{t.gid}")


def _place_all(
    subdivisions: Sequence[IsoSubdivision],
    units: Mapping[str, AdminUnit],
    children: Mapping[str, list[str]],
    idx: GeoIndex,
    data: GeoNamesData | None = None,
) -> dict[str, _Coord]:
    """Coordinates for each subdivision: own GeoNames places, then children, then the seat of
    the GeoNames district with its code or a town of its name in its country, then its
    parent, then its country's capital."""
    coords: dict[str, _Coord] = {}
    for s in subdivisions:
        unit = units.get(s.code)
        seat = idx.admin1_seat.get(unit.code) if unit else None
        if unit and seat:
            # ACLED places an event told only by its province at the province's capital;
            # its most populous town is the capital in most provinces
            coords[s.code] = _Coord(
                seat.lat,
                seat.lon,
                2,
                f"largest town geonames:{seat.gid} ({seat.name}) of admin1 {unit.code}",
            )
            continue
        centre = idx.admin1_centre.get(unit.code) if unit else None
        if unit and centre:
            coords[s.code] = _Coord(
                centre[0],
                centre[1],
                2,
                f"median of {centre[2]} GeoNames places in admin1 {unit.code}",
            )
    for s in subdivisions:  # groupings (ID-PP "Papua") from their placed members
        if s.code not in coords:
            pts = [(coords[c].lat, coords[c].lon) for c in children.get(s.code, ()) if c in coords]
            mid = median_point(pts)
            if mid:
                coords[s.code] = _Coord(
                    mid[0], mid[1], 2, f"median of {len(pts)} member subdivisions"
                )
    if data is not None:
        _place_by_towns(subdivisions, coords, data)
    for _ in range(3):  # nested levels inherit their parent's point
        for s in subdivisions:
            if s.code not in coords and s.parent_code in coords:
                p = coords[s.parent_code]
                coords[s.code] = _Coord(p.lat, p.lon, 3, f"parent iso:{s.parent_code}")
    for s in subdivisions:
        if s.code not in coords:
            cap = idx.capitals.get(s.country)
            if cap:
                coords[s.code] = _Coord(
                    cap.lat, cap.lon, 3, f"capital of {s.country} geonames:{cap.gid}"
                )
    return coords
