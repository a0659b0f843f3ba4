"""Units told with their kind that the gazetteer lacks under the name written: "Samlot
district" is GeoNames' "Srok Samlot", "Sohbat-pur district" its "Sohbatpur District".

The names of the administrative units (ADM1-ADM3) are compared without the unit words their
sources write in them (`data/gazetteer/unit_words.toml`) and without spaces or punctuation:
a unit spelled so anywhere is a reading; a unit spelled nearly so (`NEAR_SIMILARITY`) is one
only in a country the document already points to (its actors, peoples, parties or places),
since a near spelling abroad is as often another unit ("Poba" is no Brazilian Poá).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import defaultdict
from collections.abc import Collection, Mapping
from importlib import resources
from types import MappingProxyType

from ..errors import DataFileError
from .gazetteer import Gazetteer
from .normalise import fold, name_similarity
from .place import Place

UNIT_WORDS_FILE = "unit_words.toml"
NEAR_SIMILARITY = 0.85  # a unit's bare name this like the one written, in a country of the text
MIN_LETTERS = 4  # shorter bare names are too easily met
_SPLIT = re.compile(r"[\s\-'’`.,()]+")


@functools.cache
def unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """The unit words the gazetteer's names open with, and those they end with (folded)."""
    path = resources.files("warta") / "data" / "gazetteer" / UNIT_WORDS_FILE
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
        return (
            frozenset(fold(str(w)).lower() for w in raw["before"]),
            frozenset(fold(str(w)).lower() for w in raw["after"]),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as err:
        raise DataFileError(f"{path}: bad unit words: {err}") from err


def bare_name(name: str) -> str:
    """A unit's name without the unit words before and after it, spaces and punctuation
    ("Srok Kaev Seima": "kaevseima"; "Sohbatpur District": "sohbatpur")."""
    before, after = unit_words()
    words = [w for w in _SPLIT.split(fold(name).lower()) if w]
    while len(words) > 1 and words[0] in before:
        words.pop(0)
    while len(words) > 1 and words[-1] in after:
        words.pop()
    return "".join(words)


_UNIT_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADMD"})


@functools.lru_cache(maxsize=64)
def _country_units(gazetteer: Gazetteer, country: str) -> Mapping[str, tuple[Place, ...]]:
    """One country's administrative units by bare name."""
    by_name: dict[str, list[Place]] = defaultdict(list)
    for p in gazetteer.units(country):
        key = bare_name(p.name)
        if len(key) >= MIN_LETTERS:
            by_name[key].append(p)
    return MappingProxyType({k: tuple(ps) for k, ps in by_name.items()})


@functools.lru_cache(maxsize=1024)
def _spelled_units(gazetteer: Gazetteer, name: str) -> tuple[Place, ...]:
    """The units anywhere whose bare name is the bare name written: looked up under the name
    with each unit word before or after it, spaced as written or run together."""
    key = bare_name(name)
    before, after = unit_words()
    forms = {" ".join(name.split()), "".join(name.split())}
    queries = set(forms)
    queries |= {f"{w} {form}" for form in forms for w in before}
    queries |= {f"{form} {w}" for form in forms for w in after}
    seen: dict[str, Place] = {}
    for q in sorted(queries):
        for p in gazetteer.lookup(q):
            if p.feature_code in _UNIT_CODES and p.country and bare_name(p.name) == key:
                seen.setdefault(p.id, p)
    return tuple(seen.values())


def units_spelled(
    gazetteer: Gazetteer, name: str, countries: Collection[str], *, only: Collection[str] = ()
) -> tuple[Place, ...]:
    """The units a name told with its kind may be: those spelled as written anywhere (in `only`,
    when given: a unit word only some countries use), else those spelled nearly so in
    `countries`, likest first."""
    key = bare_name(name)
    if len(key) < MIN_LETTERS:
        return ()
    exact = tuple(p for p in _spelled_units(gazetteer, name) if not only or p.country in only)
    if exact:
        return exact
    near: list[tuple[float, Place]] = []
    for c in sorted(countries):
        if only and c not in only:
            continue
        for other, places in _country_units(gazetteer, c).items():
            if abs(len(other) - len(key)) > 2 or other[:1] != key[:1]:
                continue
            similarity = name_similarity(other, key)
            if similarity >= NEAR_SIMILARITY:
                near.extend((similarity, p) for p in places)
    near.sort(key=lambda sp: -sp[0])
    return tuple(p for _, p in near)
