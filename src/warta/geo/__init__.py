"""Places: the gazetteer store (build, lookup, spatial search) and place-name keys."""

from .build import build_gazetteer
from .gazetteer import Gazetteer
from .normalise import fold, normalise
from .place import BuildStats, GazetteerStats, NameEntry, Place

__all__ = [
    "BuildStats",
    "Gazetteer",
    "GazetteerStats",
    "NameEntry",
    "Place",
    "build_gazetteer",
    "fold",
    "normalise",
]
