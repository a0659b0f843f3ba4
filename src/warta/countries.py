"""Country names and regions the ACLED way, by ISO 3166-1 alpha-2 code."""

from __future__ import annotations

import csv
import functools
from importlib import resources


@functools.cache
def _table() -> dict[str, tuple[str, str]]:
    text = (resources.files("warta.data") / "countries.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return {r["iso2"]: (r["name"], r["region"]) for r in rows}


def country_name(iso2: str | None) -> str | None:
    """'Syria' for SY, 'Democratic Republic of Congo' for CD; pycountry's name otherwise."""
    if not iso2:
        return None
    if iso2 in _table():
        return _table()[iso2][0]
    import pycountry

    found = pycountry.countries.get(alpha_2=iso2)
    if found is None:
        return None
    return str(getattr(found, "common_name", None) or found.name)


def region(iso2: str | None) -> str | None:
    """ACLED's region of a country, when listed."""
    return _table().get(iso2 or "", (None, None))[1]
