"""Per-language data: language packs (lang/<code>/ folders, see warta.lang.pack) and the
rules compiled from them for cleaning and segmenting text, read once and shared immutably."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..errors import DataFileError
from .pack import available_langs, load_pack, reader_of

__all__ = [
    "LangData",
    "LineRules",
    "all_rules",
    "available_langs",
    "lang_for",
    "load_lang",
    "reader_of",
]


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
def load_lang(code: str) -> LangData:
    """The compiled line rules and word lists of a language's pack; shared and immutable."""
    pack = load_pack(code)
    lines, abbrev = pack.boilerplate, pack.abbreviations
    where = f"lang/{code}/boilerplate.toml"
    rules = LineRules(
        max_length=lines.max_length,
        exact=frozenset(s.lower() for s in lines.exact),
        prefixes=tuple(s.lower() for s in lines.prefix),
        patterns=_regexes(where, "regex", lines.regex, re.IGNORECASE),
        author=_regexes(where, "author", lines.author),
        dateline=_regexes(where, "dateline", lines.dateline),
    )
    return LangData(
        code=code,
        name=pack.about.name,
        rules=rules,
        abbreviations=frozenset(abbrev.always),
        abbreviations_before_number=frozenset(abbrev.before_number),
        function_words=pack.function_words,
    )


def lang_for(code: str | None) -> LangData | None:
    """The language data that reads text in `code` (its own pack or a close one's)."""
    reader = reader_of(code)
    return load_lang(reader) if reader else None


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


def _regexes(
    where: str, key: str, patterns: tuple[str, ...], flags: int = 0
) -> tuple[re.Pattern[str], ...]:
    out = []
    for raw in patterns:
        try:
            out.append(re.compile(raw, flags))
        except re.error as err:
            raise DataFileError(f"{where}: {key} {raw!r}: {err}") from err
    return tuple(out)
