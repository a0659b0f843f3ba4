"""Load a language pack: every file of a lang/<code>/ folder into its typed record.

The records are those of `warta.lang.schema`. Reading is strict: an unknown key, a missing
key (unless the schema marks it optional) or a value of the wrong type stops with one line
naming the file and the key, so a misspelt key in a new language fails at once instead of
silently switching a rule off.

Packs come from the folders shipped in `warta/lang/` and, before them, from the directories
listed in the environment variable `WARTA_LANG_PATH` (separated like PATH), so a new language
can be tried without touching the installed package.
"""

from __future__ import annotations

import functools
import os
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields, is_dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from ..errors import DataFileError
from .schema import (
    FILES,
    Abbreviations,
    About,
    Boilerplate,
    Dates,
    Events,
    NonEvents,
    Numbers,
    Places,
    Reporting,
    Roles,
)

PATH_VARIABLE = "WARTA_LANG_PATH"


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything warta knows about one language, read from its folder."""

    about: About
    abbreviations: Abbreviations
    boilerplate: Boilerplate
    dates: Dates
    events: Events
    numbers: Numbers
    places: Places
    reporting: Reporting
    roles: Roles
    non_events: NonEvents
    function_words: frozenset[str]  # lower-cased

    @property
    def code(self) -> str:
        return self.about.code


@functools.cache
def pack_folders() -> Mapping[str, Traversable]:
    """Folders of the available packs by code: WARTA_LANG_PATH's first, then the shipped ones."""
    found: dict[str, Traversable] = {}
    roots: list[Traversable] = [
        Path(p) for p in os.environ.get(PATH_VARIABLE, "").split(os.pathsep) if p
    ]
    roots.append(resources.files(__package__ or "warta.lang"))
    for root in roots:
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir(), key=lambda p: p.name):
            if (folder / "LANGUAGE.toml").is_file():
                found.setdefault(folder.name, folder)
    return types.MappingProxyType(found)


def available_langs() -> tuple[str, ...]:
    """Codes of the languages that have a pack, sorted."""
    return tuple(sorted(pack_folders()))


@functools.cache
def reader_of(code: str | None) -> str | None:
    """The pack that reads text in `code`: its own, or one that lists it in `also_reads`."""
    if code in pack_folders():
        return code
    for other in available_langs():
        if code in load_pack(other).about.also_reads:
            return other
    return None


@functools.cache
def load_pack(code: str) -> LanguagePack:
    """Read lang/<code>/ once; the result is shared and immutable."""
    folder = pack_folders().get(code)
    if folder is None:
        raise DataFileError(f"no language pack for {code!r}; have {', '.join(available_langs())}")
    parts = {
        name: build(cls, _toml(folder, code, name), f"lang/{code}/{name}")
        for name, cls in FILES.items()
    }
    about = parts["LANGUAGE.toml"]
    if about.code != code:
        raise DataFileError(
            f"lang/{code}/LANGUAGE.toml: code {about.code!r} is not the folder's name"
        )
    pack = LanguagePack(
        about=about,
        abbreviations=parts["abbreviations.toml"],
        boilerplate=parts["boilerplate.toml"],
        dates=parts["dates.toml"],
        events=parts["events.toml"],
        numbers=parts["numbers.toml"],
        places=parts["places.toml"],
        reporting=parts["reporting.toml"],
        roles=parts["roles.toml"],
        non_events=parts["non_events.toml"],
        function_words=frozenset(w.lower() for w in _lines(folder, code, "function_words.txt")),
    )
    _check(pack)
    return pack


def clear_cache() -> None:
    """Forget loaded packs and folders (after WARTA_LANG_PATH changes, in tests)."""
    for fn in (pack_folders, reader_of, load_pack):
        fn.cache_clear()


def _check(pack: LanguagePack) -> None:
    """Rules across keys that the types alone do not state."""
    where = f"lang/{pack.code}/dates.toml"
    if len(pack.dates.weekdays) != 7 or len(pack.dates.months) != 12:
        raise DataFileError(f"{where}: weekdays needs 7 words and months 12")
    for key, aliases, words in (
        ("weekday_aliases", pack.dates.weekday_aliases, pack.dates.weekdays),
        ("month_aliases", pack.dates.month_aliases, pack.dates.months),
    ):
        for alias, word in aliases.items():
            if word not in words:
                raise DataFileError(f"{where}: {key}: {alias!r} -> {word!r}, which is not listed")


# --------------------------------------------------------------------------- reading


def _toml(folder: Traversable, code: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads((folder / name).read_text("utf-8"))
    except FileNotFoundError as err:
        raise DataFileError(f"lang/{code}/{name}: missing") from err
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"lang/{code}/{name}: {err}") from err


def _lines(folder: Traversable, code: str, name: str) -> list[str]:
    """Non-blank, non-comment lines of a text file of the pack."""
    try:
        text = (folder / name).read_text("utf-8")
    except FileNotFoundError as err:
        raise DataFileError(f"lang/{code}/{name}: missing") from err
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def build(cls: type, data: object, where: str, key: str = "") -> Any:
    """A record of `cls` from a TOML table, checking every key against the schema."""
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: {key or 'file'}: expected a table")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    for unknown in sorted(set(data) - names):
        raise DataFileError(f"{where}: unknown key {_join(key, unknown)!r}")
    values = {}
    for f in fields(cls):
        if f.name not in data:
            if f.default_factory is MISSING:
                raise DataFileError(f"{where}: missing key {_join(key, f.name)!r}")
            continue
        values[f.name] = _convert(hints[f.name], data[f.name], where, _join(key, f.name))
    return cls(**values)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _convert(tp: Any, value: object, where: str, key: str) -> Any:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if isinstance(tp, type) and is_dataclass(tp):
        return build(tp, value, where, key)
    if origin is Literal:
        if value not in args:
            allowed = ", ".join(repr(a) for a in args)
            raise DataFileError(f"{where}: {key}: {value!r} is not one of {allowed}")
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for option in (a for a in args if a is not type(None)):
            try:
                return _convert(option, value, where, key)
            except DataFileError as err:
                errors.append(str(err))
        raise DataFileError(errors[-1])
    if origin is tuple:
        if not isinstance(value, list):
            raise DataFileError(f"{where}: {key}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v, where, f"{key}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise DataFileError(f"{where}: {key}: expected {len(args)} items, got {len(value)}")
        return tuple(
            _convert(a, v, where, f"{key}[{i}]")
            for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if origin is Mapping:
        if not isinstance(value, dict):
            raise DataFileError(f"{where}: {key}: expected a table, got {type(value).__name__}")
        return types.MappingProxyType(
            {
                _convert(args[0], k, where, key): _convert(args[1], v, where, f"{key}.{k}")
                for k, v in value.items()
            }
        )
    if tp is float:
        if type(value) not in (int, float):
            raise DataFileError(f"{where}: {key}: expected a number, got {value!r}")
        return float(value)  # type: ignore[arg-type]  # an int or a float, checked above
    if tp in (str, int, bool):
        if type(value) is not tp:
            raise DataFileError(f"{where}: {key}: expected {tp.__name__}, got {value!r}")
        return value
    raise TypeError(f"schema type {tp!r} of {key} has no reader")  # a bug in schema.py
