"""Place-name keys: spellings of one place (al-Mayadin, Al Mayādīn, Mayadeen) share a key.

The rules live in ``data/gazetteer/normalise.toml``; this module only applies them.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from ..errors import DataFileError

RULES_FILE = "normalise.toml"

_PUNCT = re.compile(r"[\W_]+")  # anything but letters and digits, of any script
_LATIN = re.compile(r"[\u0080-\u024f\u1e00-\u1eff\u02b0-\u02ff]")
# Letters outside the Latin blocks mark a name in another script (Arabic, Cyrillic ...).
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u02b0-\u02ff\u0300-\u036f]")


@dataclass(frozen=True, slots=True)
class Rules:
    """The normalisation rules, compiled once."""

    version: int
    fold_table: Mapping[int, str | None]
    prefixes: tuple[tuple[str, ...], ...]  # longest first
    prefixes_by_word: Mapping[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    articles: frozenset[str]
    glued: tuple[re.Pattern[str], ...]
    generic: Mapping[str, str]
    replace: tuple[tuple[str, str], ...]
    regex: tuple[tuple[re.Pattern[str], str], ...]
    # letters that transliterations write for one another ("e"/"a", "o"/"u", "sh"/"s"), both
    # ways: not part of the key, but a name the gazetteer lacks may be read as a place so
    # respelled
    respellings: frozenset[tuple[str, str]] = frozenset()


@functools.cache
def rules() -> Rules:
    """Read the shipped normalisation rules once; the result is shared and immutable."""
    path = resources.files("warta") / "data" / "gazetteer" / RULES_FILE
    return parse_rules(path.read_text("utf-8"), str(path))


def parse_rules(text: str, where: str = RULES_FILE) -> Rules:
    """Compile rules from the text of a normalise.toml."""
    try:
        raw = tomllib.loads(text)
        table: dict[int, str | None] = {ord(k): v for k, v in raw["fold"]["map"].items()}
        table.update({ord(c): None for c in raw["fold"]["drop"]})
        prefixes = sorted(
            (tuple(p.split()) for p in raw["prefixes"]["words"]), key=len, reverse=True
        )
        generic = {w: canon for canon, words in raw["generic"].items() for w in words}
        by_word: dict[str, list[tuple[str, ...]]] = {}
        for prefix in prefixes:
            by_word.setdefault(prefix[0], []).append(prefix)
        return Rules(
            version=int(raw["version"]),
            fold_table=MappingProxyType(table),
            prefixes=tuple(prefixes),
            prefixes_by_word=MappingProxyType({w: tuple(ps) for w, ps in by_word.items()}),
            articles=frozenset(raw["articles"]["words"]),
            glued=tuple(re.compile(p) for p in raw["articles"]["glued"]),
            generic=MappingProxyType(generic),
            replace=tuple((a, b) for a, b in raw["transliteration"]["replace"]),
            regex=tuple(
                (re.compile(r["pattern"]), r["replace"]) for r in raw["transliteration"]["regex"]
            ),
            respellings=frozenset(
                pair
                for kind in ("vowels", "letters")
                for a, b in raw.get("respelling", {}).get(kind, [])
                for pair in ((str(a), str(b)), (str(b), str(a)))
            ),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as err:
        raise DataFileError(f"{where}: bad normalisation rules: {err}") from err


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (with or without diacritics)."""
    return _NON_LATIN.search(name) is None


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lower-case words of a name, punctuation made spaces: Latin script as plain ASCII
    (diacritics stripped, a letter the fold table does not map dropped), other scripts kept
    without their combining marks (Arabic vowel signs), so a name in any script has a key."""
    text = name.translate(rules().fold_table)
    if text.isascii():  # most names: nothing to decompose or drop
        return _PUNCT.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text)
    kept = [
        ch for ch in text if ch.isascii() or not (unicodedata.combining(ch) or _LATIN.match(ch))
    ]
    return _PUNCT.sub(" ", "".join(kept).lower()).strip()


@functools.lru_cache(maxsize=1 << 18)
def normalise(name: str) -> str:
    """The lookup key of a place name, in the name's own script."""
    r = rules()
    words = fold(name).split()
    if not words:
        return ""
    if words[0] in r.prefixes_by_word:
        words = _strip_prefix(words, r.prefixes_by_word[words[0]])
    words = _strip_articles(words, r)
    key = " ".join(r.generic.get(w, w) for w in words)
    for old, new in r.replace:
        key = key.replace(old, new)
    for pattern, new in r.regex:
        key = pattern.sub(new, key)
    return key


def _strip_prefix(words: list[str], prefixes: tuple[tuple[str, ...], ...]) -> list[str]:
    """Drop one leading administrative prefix when a name is left after it."""
    for prefix in prefixes:
        n = len(prefix)
        if len(words) > n and tuple(words[:n]) == prefix:
            return words[n:]
    return words


def _strip_articles(words: list[str], r: Rules) -> list[str]:
    """Drop article words that precede another word, and glued articles after the first word."""
    out: list[str] = []
    last = len(words) - 1
    for i, word in enumerate(words):
        if i < last and word in r.articles:
            continue
        if i > 0 or out:
            for pattern in r.glued:
                stripped = pattern.sub("", word, count=1)
                if stripped != word:
                    word = stripped
                    break
        out.append(word)
    return out or words


@functools.lru_cache(maxsize=1 << 16)
def name_similarity(a: str, b: str) -> float:
    """How alike two name keys are, 0 to 1 (spaces ignored)."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()
