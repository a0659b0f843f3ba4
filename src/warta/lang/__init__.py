"""Per-language data (lang/<code>/ folders), read once and shared immutably."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import DataFileError


@dataclass(frozen=True, slots=True)
class LineRules:
    """How to spot scaffolding lines and metadata lines in an article's text."""

    max_length: int
    exact: frozenset[str]  # lower-cased whole lines
    prefixes: tuple[str, ...]  # lower-cased
    patterns: tuple[re.Pattern[str], ...]
    author: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class LangData:
    """Everything warta knows about one language."""

    code: str
    name: str
    rules: LineRules
    abbreviations: frozenset[str]
    abbreviations_before_number: frozenset[str]
    function_words: frozenset[str]  # lower-cased; a cheap vote on a paragraph's language


@functools.cache
def available_langs() -> tuple[str, ...]:
    """Codes of the languages that have a data folder, sorted."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if (p / "LANGUAGE.toml").is_file()))


@functools.cache
def load_lang(code: str) -> LangData:
    """Read lang/<code>/ once; the result is shared and immutable."""
    if code not in available_langs():
        raise DataFileError(f"no language data for {code!r}; have {', '.join(available_langs())}")
    meta = _toml(code, "LANGUAGE.toml")
    lines = _toml(code, "boilerplate.toml")
    abbrev = _toml(code, "abbreviations.toml")
    rules = LineRules(
        max_length=int(lines.get("max_length", 200)),
        exact=frozenset(s.lower() for s in lines.get("exact", ())),
        prefixes=tuple(s.lower() for s in lines.get("prefix", ())),
        patterns=_regexes(code, "regex", lines, re.IGNORECASE),
        author=_regexes(code, "author", lines),
        dateline=_regexes(code, "dateline", lines),
    )
    return LangData(
        code=code,
        name=str(meta.get("name", code)),
        rules=rules,
        abbreviations=frozenset(abbrev.get("always", ())),
        abbreviations_before_number=frozenset(abbrev.get("before_number", ())),
        function_words=frozenset(w.lower() for w in _lines(code, "function_words.txt")),
    )


@functools.cache
def all_rules() -> LineRules:
    """The line rules of every language together (portals mix languages)."""
    rules = [load_lang(c).rules for c in available_langs()]
    return LineRules(
        max_length=max(r.max_length for r in rules),
        exact=frozenset().union(*(r.exact for r in rules)),
        prefixes=tuple(dict.fromkeys(p for r in rules for p in r.prefixes)),
        patterns=tuple(p for r in rules for p in r.patterns),
        author=tuple(p for r in rules for p in r.author),
        dateline=tuple(p for r in rules for p in r.dateline),
    )


def _toml(code: str, name: str) -> dict[str, Any]:
    path = resources.files(__name__) / code / name
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as err:
        raise DataFileError(f"lang/{code}/{name}: missing") from err
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"lang/{code}/{name}: {err}") from err


def _lines(code: str, name: str) -> list[str]:
    """Non-blank, non-comment lines of a lang/<code>/ text file."""
    path = resources.files(__name__) / code / name
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as err:
        raise DataFileError(f"lang/{code}/{name}: missing") from err
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def _regexes(
    code: str, key: str, table: dict[str, Any], flags: int = 0
) -> tuple[re.Pattern[str], ...]:
    out = []
    for raw in table.get(key, ()):
        try:
            out.append(re.compile(raw, flags))
        except re.error as err:
            raise DataFileError(f"lang/{code}/boilerplate.toml: {key} {raw!r}: {err}") from err
    return tuple(out)
