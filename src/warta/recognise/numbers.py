"""Numbers in digits and words, with the qualifier before them ("setidaknya 69", "a dozen").

Both decimal conventions: "1.500" and "1,500" are fifteen hundred; "1,5 juta" and "1.5
million" are one and a half million. Vague quantities ("sejumlah", "several", "dozens of")
are kept as numbers without a value (qualifier "unknown") or, where the language data gives
one, with the floor they imply ("puluhan" at least 20), so a toll is never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .phrases import Match, Token

_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_DECIMAL = re.compile(r"^\d+[.,]\d{1,2}$")
_QUOTES = frozenset("\"“”'’")


@dataclass(frozen=True, slots=True)
class Number:
    """A count found in text: its span, value (None when vague) and qualifier."""

    start: int
    end: int
    first: int  # token index
    last: int  # token index, exclusive
    value: int | None
    qualifier: str  # exact, at_least, at_most, approx, unknown
    value_max: int | None = None  # the top of a range ("10-15")
    vague: bool = False


def find_numbers(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Number]:
    """Every count in a sentence's tokens, left to right."""
    by_first: dict[int, list[Match]] = {}
    for m in matches:
        if m.kind in ("numword", "scale", "vague", "qualifier", "article"):
            by_first.setdefault(m.first, []).append(m)
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        vague = next((m for m in by_first.get(i, ()) if m.kind == "vague"), None)
        if vague is not None:
            qualifier, floor = vague.value
            found.append(
                Number(
                    vague.start,
                    vague.end,
                    vague.first,
                    vague.last,
                    floor or None,
                    qualifier,
                    vague=True,
                )
            )
            i = vague.last
            continue
        parsed = _parse_at(tokens, i, by_first)
        if parsed is None:
            i += 1
            continue
        value, last = parsed
        start, end = tokens[i].start, tokens[last - 1].end
        qualifier, q_first = _qualifier_before(tokens, i, matches)
        number = Number(start, end, i, last, value, qualifier)
        rng = _range_after(tokens, last, by_first, lex)
        if rng is not None:
            top, last = rng
            number = Number(start, tokens[last - 1].end, i, last, value, "at_least", value_max=top)
        if q_first is not None:
            number = Number(
                tokens[q_first].start,
                number.end,
                q_first,
                number.last,
                number.value,
                number.qualifier,
                number.value_max,
            )
        found.append(number)
        i = number.last
    return found


def _parse_at(
    tokens: list[Token], i: int, by_first: dict[int, list[Match]]
) -> tuple[int, int] | None:
    """(value, end token) of a number starting at token i, or None."""
    text = tokens[i].text
    if text[0].isdecimal():
        scale = _word_at(i + 1, by_first, "scale")
        if (
            scale is not None
            and isinstance(scale.value, int)
            and (_digits(text) or _DECIMAL.match(text))
        ):
            return int(_digits_float(text) * scale.value), scale.last
        value = _digits(text)
        return None if value is None else (value, i + 1)
    return _words(tokens, i, by_first)


def _digits(text: str) -> int | None:
    if text.isdecimal():
        return int(text)
    if _THOUSANDS.match(text):
        return int(re.sub(r"[.,]", "", text))
    if _DECIMAL.match(text):
        return None  # a decimal count of people is no count
    return None


def _digits_float(text: str) -> float:
    if _THOUSANDS.match(text) or text.isdecimal():
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def _word_at(i: int, by_first: dict[int, list[Match]], kind: str) -> Match | None:
    return next((m for m in by_first.get(i, ()) if m.kind == kind), None)


def _words(tokens: list[Token], i: int, by_first: dict[int, list[Match]]) -> tuple[int, int] | None:
    """A number in words: "dua puluh lima", "lima belas", "two dozen", "twenty-five"."""
    total = current = last = 0
    j, seen = i, False
    while j < len(tokens):
        word = _word_at(j, by_first, "numword")
        scale = _word_at(j, by_first, "scale")
        if scale is not None and seen:
            current, total = _apply_scale(scale.value, current, total, last)
            last = 0
            j = scale.last
        elif word is not None and (not seen or current % 10 == 0 or current >= 100):
            if (
                not seen
                and word.value == 1
                and _word_at(word.last, by_first, "scale") is None
                and word.last - word.first == 1
                and _word_at(j, by_first, "article") is not None
            ):
                return None
            current += word.value
            last = word.value
            seen = True
            j = word.last
        else:
            break
    if not seen:
        return None
    return total + current, j


def _apply_scale(scale: object, current: int, total: int, last: int) -> tuple[int, int]:
    """Apply 'belas', 'puluh', 'ratus', 'ribu' (or 'hundred', 'dozen') to what came before.

    Below a thousand a scale multiplies only the word just before it ("seratus dua puluh":
    100 + 2 x 10); from a thousand up it multiplies everything so far ("tiga ribu": 3 x 1000).
    """
    if scale == "teen":
        return current + 10, total
    assert isinstance(scale, int)
    if scale >= 1000:
        return 0, total + (current or 1) * scale
    unit = last or 1
    return current - last + unit * scale, total


def _qualifier_before(tokens: list[Token], i: int, matches: list[Match]) -> tuple[str, int | None]:
    j = i
    while j > 0 and tokens[j - 1].text in _QUOTES:
        j -= 1
    best: Match | None = None
    for m in matches:
        if m.kind == "qualifier" and m.last == j and (best is None or m.first < best.first):
            best = m
    if best is None:
        return "exact", None
    return best.value, best.first


def _range_after(
    tokens: list[Token], j: int, by_first: dict[int, list[Match]], lex: Lexicon
) -> tuple[int, int] | None:
    joiners = set(lex.numbers.range.joiners)
    if j + 1 < len(tokens) and tokens[j].text.lower() in joiners:
        parsed = _parse_at(tokens, j + 1, by_first)
        if parsed is not None:
            return parsed
    return None
