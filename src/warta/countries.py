"""Country names and regions the ACLED way, by ISO 3166-1 alpha-2 code."""

from __future__ import annotations

import csv
import functools
from importlib import resources


@functools.cache
def _table() -> dict[str, tuple[str, str, str]]:
    text = (resources.files("warta.data") / "countries.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return {r["iso2"]: (r["name"], r["region"], r["article"]) for r in rows}


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


def names() -> tuple[str, ...]:
    """Every country name the table lists, ACLED's way."""
    return tuple(name for name, _, _ in _table().values())


def region(iso2: str | None) -> str | None:
    """ACLED's region of a country, when listed."""
    found = _table().get(iso2 or "")
    return found[1] if found else None


def with_country(template: str, iso2: str | None) -> str:
    """An actor template filled with a country the way ACLED writes it: 'Military Forces of
    {country}' is 'Military Forces of the Philippines' (the article after 'of'), 'Civilians
    ({country})' is 'Civilians (Philippines)'; with no country known, the template less it
    ('Police Forces', 'Rioters')."""
    name = country_name(iso2)
    if name is None:
        return template.removesuffix(" ({country})").removesuffix(" of {country}")
    article = _table().get(iso2 or "", ("", "", ""))[2]
    if article:
        template = template.replace("of {country}", f"of {article} {{country}}")
    return template.format(country=name)
