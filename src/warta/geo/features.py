"""GeoNames feature codes in the groups warta reasons with, defined once.

Every module that asks "is this a country?", "a province?", "a district?" asks here, so a
code added to a group (PCLIX, a GeoNames country code for a semi-independent political
entity) changes every such decision at once. Codes: https://www.geonames.org/export/codes.html
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from .place import Place

COUNTRY = frozenset({"PCL", "PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCLH", "TERR"})
ADMIN1 = frozenset({"ADM1", "ADM1H", "ADMD"})  # first-level divisions (ADMD: undivided)
DISTRICT = frozenset({"ADM2", "ADM3"})
LOCAL_ADMIN = frozenset({"ADM2", "ADM3", "ADM4"})
# administrative units below a country that hold other places (a chain's levels)
ADMIN_UNITS = ADMIN1 | DISTRICT
# wide natural or cultural regions: too wide to place an event
REGION = ADMIN1 | {"RGN", "RGNE", "RGNH", "RGNL", "DSRT", "PLN", "PLAT"}
# units that hold other places (a country, province or district): "X, Y" reads as X in Y
JURISDICTION = COUNTRY | ADMIN1 | {"ADM2"}
# readings that make a bare capitalised word a place on their own: jurisdictions and capitals
SALIENT = JURISDICTION | {"PPLC", "PPLA"}
# too wide to tell events apart: countries, provinces, natural regions, continents
BROAD = COUNTRY | {"ADM1", "ADM1H", "RGN", "RGNE", "RGNH", "RGNL", "DSRT", "CONT"}


def is_country(place: Place) -> bool:
    return place.feature_code in COUNTRY


def is_broad(place: Place) -> bool:
    """A country, a first-level division, a region or a continent: too wide to tell events
    apart."""
    return place.feature_code in BROAD


def breadth(place: Place) -> int:
    """0 for a point (town, mountain, base), 1 for a district, 2 for a province, region or wider."""
    if is_broad(place):
        return 2
    return 1 if place.feature_code in LOCAL_ADMIN else 0


# the kind of place a cue announces ("desa": village, "Mount": mountain) -> a test of an entry
FEATURE_TESTS: Mapping[str, Callable[[Place], bool]] = MappingProxyType(
    {
        "adm1": lambda p: p.feature_code in ADMIN1,
        "adm2": lambda p: p.feature_code == "ADM2",
        # a county is a province in some countries (Kenya, Liberia), a district in others
        "county": lambda p: p.feature_code == "ADM2" or p.feature_code in ADMIN1,
        "adm3": lambda p: p.feature_code == "ADM3",
        "village": lambda p: (
            p.feature_code == "ADM4" or (p.feature_class == "P" and p.population < 50_000)
        ),
        "town": lambda p: (
            p.feature_class == "P" or (p.feature_code == "ADM2" and p.name.startswith("Kota "))
        ),
        "mountain": lambda p: (
            p.feature_class == "T" and p.feature_code not in ("ISL", "ISLS", "PEN")
        ),
        "island": lambda p: p.feature_code in ("ISL", "ISLS", "ISLET"),
        "water": lambda p: p.feature_class == "H",
        "desert": lambda p: p.feature_code == "DSRT" or p.feature_class == "L",
        "airport": lambda p: p.feature_code in ("AIRP", "AIRB", "AIRF", "AIRH"),
        "base": lambda p: p.feature_code in ("MILB", "AIRB", "INSM", "CMP"),
        "camp": lambda p: p.feature_code in ("CMPRF", "CMP", "CMPQ"),
        "port": lambda p: p.feature_code in ("PRT", "HBR") or p.feature_class == "P",
        "crossing": lambda p: p.feature_code in ("PSTB", "BDG", "CSTM"),
    }
)
