"""A phrase index over tokens: every known word or phrase of a language found in one pass.

Matching is on normalised tokens (lower case, no diacritics, no inner hyphens or
apostrophes, lone apostrophes skipped), so "Liwa 'al-Quds" and "Liwa al-Quds" meet. Short
all-capital entries ("IS", "SAA", "AS") only match the same capitals in the text, so the
English word "is" is never the Islamic State.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..lang.segment import TOKEN

_SKIP = frozenset("'’‘`´")
_DROP_INNER = str.maketrans("", "", "-'’‘`´.")


@functools.lru_cache(maxsize=1 << 16)
def norm(token: str) -> str:
    """A token's matching key (memoised: every token of every text passes here)."""
    low = token.lower().translate(_DROP_INNER) or token.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 14)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """The matching key of a phrase as written in a data file (memoised: rules key their
    data phrases on every sentence)."""
    return tuple(norm(m.group()) for m in TOKEN.finditer(phrase) if m.group() not in _SKIP)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # "means", "casualty", "actor", "relation", ... (see recognise.lexicon)
    value: Any
    exact: str | None = None  # the exact text required (short all-capital entries)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a sentence: token range [first, last) and character span."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # the entry's kind, kept here because every recogniser filters on it
    value: Any


class PhraseIndex:
    """Phrases of one language, looked up by their first token."""

    __slots__ = ("_longest", "_phrases")

    def __init__(self, items: Iterable[tuple[str, Entry]]) -> None:
        phrases: dict[tuple[str, ...], list[Entry]] = {}
        for phrase, entry in items:
            key = phrase_key(phrase)
            if not key:
                continue
            if len(phrase) <= 4 and phrase.isupper():
                entry = Entry(entry.kind, entry.value, exact=phrase)
            bucket = phrases.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        self._phrases = {k: tuple(v) for k, v in phrases.items()}
        longest: dict[str, int] = {}
        for key in self._phrases:
            longest[key[0]] = max(longest.get(key[0], 0), len(key))
        self._longest = longest

    def scan(self, tokens: list[Token]) -> Iterator[Match]:
        """Every phrase occurrence among the tokens, longest first at each position. A name
        told in the possessive ("Al Shabaab's fighters", "the KIA's brigade") is the name: an
        actor's phrase (`_POSSESSIVE_KINDS`) also meets its last word with "'s" dropped, and a
        role's, as an "owner_role" ("the army's spokesman": whose spokesman, not a side)."""
        words = [t for t in tokens if t.text not in _SKIP]
        keys = [t.key for t in words]
        bare = [_bare_key(t.text) if t.text.endswith(_POSSESSIVE) else None for t in words]
        if self._longest.keys().isdisjoint(keys) and self._longest.keys().isdisjoint(
            b for b in bare if b
        ):
            return  # no phrase starts with any of the words (one set test, most sentences)
        kept: Sequence[int] = (
            range(len(tokens))
            if len(keys) == len(tokens)
            else [i for i, t in enumerate(tokens) if t.text not in _SKIP]
        )
        for pos, key in enumerate(keys):
            longest = max(self._longest.get(key, 0), self._longest.get(bare[pos] or "", 0))
            if not longest:
                continue
            for size in range(min(longest, len(keys) - pos), 0, -1):
                span = keys[pos : pos + size]
                entries = self._phrases.get(tuple(span))
                possessive = False
                if not entries and (b := bare[pos + size - 1]):
                    entries = self._phrases.get((*span[:-1], b))
                    possessive = True
                if not entries:
                    continue
                first, last = kept[pos], kept[pos + size - 1] + 1
                start, end = tokens[first].start, tokens[last - 1].end
                for entry in entries:
                    kind = entry.kind
                    if possessive and kind == "role":
                        kind = "owner_role"
                    elif possessive and kind not in _POSSESSIVE_KINDS:
                        continue
                    if entry.exact is None or _same_caps(
                        tokens[first:last], entry.exact, possessive
                    ):
                        yield Match(first, last, start, end, kind, entry.value)


# the kinds of phrase a possessive "'s" may follow: names of actors and of media
_POSSESSIVE_KINDS = frozenset({"actor", "not_actor"})
_POSSESSIVE = ("'s", "’s", "'S", "’S")


def _bare_key(text: str) -> str | None:
    """The matching key of a word told in the possessive without its "'s" ("KIA's": kia),
    None for a word of two letters or fewer."""
    return norm(text[:-2]) if len(text) > 2 else None


def _same_caps(tokens: list[Token], exact: str, possessive: bool = False) -> bool:
    told = "".join(t.text for t in tokens if t.text not in _SKIP)
    if possessive:
        told = told[:-2]
    return told.replace("-", "") == exact.replace("-", "").replace(" ", "")


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with their matching keys."""
    return [
        Token(m.start(), m.end(), m.group(), norm(m.group()))
        for m in TOKEN.finditer(text, start, end)
    ]
