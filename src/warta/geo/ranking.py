"""The prior score that orders lookup results; the weights live in ranking.toml."""

from __future__ import annotations

import functools
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from ..errors import DataFileError
from .place import Place

RANKING_FILE = "ranking.toml"


@dataclass(frozen=True, slots=True)
class Ranking:
    """Weights for the prior: by feature code, feature class, source and population."""

    feature_code: Mapping[str, float]
    feature_class: Mapping[str, float]
    source: Mapping[str, float]
    population_weight: float

    def prior(self, place: Place) -> float:
        """The context-free score of a place; higher ranks first."""
        base = self.feature_code.get(place.feature_code)
        if base is None:
            base = self.feature_class.get(place.feature_class, 0.0)
        pop = self.population_weight * math.log10(1 + max(place.population, 0))
        return round(base + self.source.get(place.source, 0.0) + pop, 4)


@functools.cache
def ranking() -> Ranking:
    """Read the shipped ranking weights once."""
    path = resources.files("warta") / "data" / "gazetteer" / RANKING_FILE
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
        return Ranking(
            feature_code=MappingProxyType({k: float(v) for k, v in raw["feature_code"].items()}),
            feature_class=MappingProxyType({k: float(v) for k, v in raw["feature_class"].items()}),
            source=MappingProxyType({k: float(v) for k, v in raw["source"].items()}),
            population_weight=float(raw["population_weight"]),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as err:
        raise DataFileError(f"{path}: bad ranking weights: {err}") from err
