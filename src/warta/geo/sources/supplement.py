"""The project's own places (supplement.tsv) and extra country names (country_names.tsv)."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ...errors import DataFileError
from ..place import CoordPrecision, Entry, Place

log = logging.getLogger(__name__)

SOURCE = "supplement"
COLUMNS = (
    "id",
    "name",
    "alternate_names",
    "lat",
    "lon",
    "feature_class",
    "feature_code",
    "country",
    "admin1",
    "source",
    "licence",
)
# Areas (L) and terrain (T) are wide; their point is a representative one.
_AREA_CLASSES = frozenset("LT")


def default_path(filename: str = "supplement.tsv") -> Path:
    """A file shipped in warta/data/gazetteer/."""
    return Path(str(resources.files("warta") / "data" / "gazetteer" / filename))


def entries(path: Path) -> Iterator[Entry]:
    """One place per supplement row, checked as it is read."""
    seen: set[str] = set()
    for lineno, row in _rows(path, COLUMNS):
        where = f"{path}:{lineno}"
        pid = row["id"]
        if not pid.startswith("sup:") or pid in seen:
            raise DataFileError(f"{where}: id {pid!r} must start with 'sup:' and be unique")
        seen.add(pid)
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as err:
            raise DataFileError(
                f"{where}: lat/lon {row['lat']!r}, {row['lon']!r} are not numbers"
            ) from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"{where}: lat/lon {lat}, {lon} out of range")
        for col in ("name", "feature_class", "feature_code", "source", "licence"):
            if not row[col]:
                raise DataFileError(f"{where}: {col} is empty")
        country = row["country"] or None
        if country is not None and (len(country) != 2 or not country.isupper()):
            raise DataFileError(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
        precision: CoordPrecision = 2 if row["feature_class"] in _AREA_CLASSES else 1
        place = Place(
            id=pid,
            name=row["name"],
            country=country,
            admin1=row["admin1"] or None,
            admin2=None,
            feature_class=row["feature_class"],
            feature_code=row["feature_code"],
            population=0,
            lat=lat,
            lon=lon,
            precision=precision,
            coord_source=row["source"],
            source=SOURCE,
            licence=row["licence"],
        )
        alts = tuple(a.strip() for a in row["alternate_names"].split("|") if a.strip())
        yield Entry(place, alts)


def country_names(path: Path) -> dict[str, tuple[str, ...]]:
    """Extra names per ISO2 country code (Indonesian exonyms such as Suriah, Irak)."""
    out: dict[str, tuple[str, ...]] = {}
    for lineno, row in _rows(path, ("country", "names", "source")):
        code = row["country"]
        if len(code) != 2 or not code.isupper():
            raise DataFileError(
                f"{path}:{lineno}: country {code!r} is not an ISO 3166-1 alpha-2 code"
            )
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        out[code] = out.get(code, ()) + names
    return out


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Non-comment TSV rows with line numbers, after checking the header."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            lines = [
                (n, line)
                for n, line in enumerate(f, start=1)
                if line.strip() and not line.startswith("#")
            ]
    except OSError as err:
        raise DataFileError(f"{path}: cannot read: {err}") from err
    if not lines:
        raise DataFileError(f"{path}: empty")
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if tuple(header) != columns:
        raise DataFileError(f"{path}:{lines[0][0]}: header {header}, expected {list(columns)}")
    for (lineno, _), fields in zip(lines[1:], reader, strict=False):
        if len(fields) != len(columns):
            raise DataFileError(f"{path}:{lineno}: {len(fields)} fields, expected {len(columns)}")
        yield lineno, {c: v.strip() for c, v in zip(columns, fields, strict=False)}
