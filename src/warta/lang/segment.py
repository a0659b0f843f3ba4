"""Paragraphs, sentences and tokens of a cleaned text, as character offsets into it.

Cleaned text (see warta.read.clean) separates paragraphs by a blank line. A sentence ends
at ".", "!", "?" or "…" (with any closing quotes or brackets after it) followed by space
and a capital, digit or opening quote, unless the word before the stop is a known
abbreviation of the paragraph's language, an initial ("J.", "U.S."), or a
number-abbreviation ("No.") before a number. A double-quoted passage that closes within
its paragraph is never split, so a multi-sentence quote stays with its attribution
('"... kelompok itu," kata Said.').
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator

from ..model import Paragraph, Segments, Span
from . import LangData, lang_for
from .detect import detect_paragraphs

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Possessive runs, and no stop starting inside a run of stops, keep these linear on "....".
_STOP = re.compile(r"""(?:(?<![.!?])[.!?]++|…)["'”’)\]]*+(?=\s++["'“‘(\[]?[\w"'“‘])""")
_INITIALISM = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")
_NEXT_WORD = re.compile(r"""(?<!\s)\s++["'“‘(\[]?(\w+)""")  # matched right after a stop
_QUOTES = {"“": 1, "”": -1}
_QUOTE_MARK = re.compile('["“”]')
TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}              # initialisms: U.S., P.B.B.
    | \d+(?:[.,:/]\d+)*(?:%|\b)      # numbers: 1.500, 1,500, 10:30, 12/04, 15%
    | \w+(?:[-'’.]\w+)*              # words, al-Mayadin, KOMPAS.com, don't
    | \S                             # any other mark
    """,
    re.VERBOSE,
)


def paragraph_spans(text: str) -> list[Span]:
    """Spans of the blank-line separated paragraphs, trimmed of surrounding space."""
    spans, start = [], 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        span = _trim(text, start, end)
        if span is not None:
            spans.append(span)
        if brk:
            start = brk.end()
    return spans


def sentence_spans(text: str, start: int, end: int, lang: LangData | None) -> list[Span]:
    """Sentences of text[start:end], which holds no paragraph break."""
    inside = _in_quotes(_quoted_ranges(text, start, end))
    spans, begin = [], start
    for stop in _STOP.finditer(text, start, end):
        if inside(stop) or not _ends_sentence(text, stop, lang):
            continue
        span = _trim(text, begin, stop.end())
        if span is not None:
            spans.append(span)
        begin = stop.end()
    last = _trim(text, begin, end)
    if last is not None:
        spans.append(last)
    return spans


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word, number and punctuation tokens of text[start:end]."""
    return [
        Span(m.start(), m.end())
        for m in TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def segment(text: str, language: str | None = None, *, tokens: bool = True) -> Segments:
    """Paragraphs (with their language), sentences and (unless tokens=False) tokens."""
    paras = paragraph_spans(text)
    doc_lang, langs = detect_paragraphs([text[p.start : p.end] for p in paras], language)
    paragraphs, sentences, words = [], [], []
    for span, lang_code in zip(paras, langs, strict=False):
        lang_code = lang_code if lang_code != "unknown" else doc_lang
        paragraphs.append(Paragraph(span.start, span.end, lang_code))
        data = _lang_data(lang_code)
        for sent in sentence_spans(text, span.start, span.end, data):
            sentences.append(sent)
            if tokens:
                words.extend(token_spans(text, sent.start, sent.end))
    return Segments(tuple(paragraphs), tuple(sentences), tuple(words), doc_lang)


def _lang_data(code: str) -> LangData | None:
    return lang_for(code)


def _ends_sentence(text: str, stop: re.Match[str], lang: LangData | None) -> bool:
    mark = stop.group()
    if mark.startswith(("...", "…")):
        nxt = _NEXT_WORD.match(text, stop.end())
        return bool(nxt and nxt.group(1)[:1].isupper())
    if not mark.startswith("."):
        return True
    before = text[max(0, stop.start() - 40) : stop.start()].rsplit(None, 1)
    word = before[-1].lstrip("\"'“‘([") if before else ""
    if _INITIALISM.match(word):
        return False
    if lang is None:
        return True
    if word in lang.abbreviations or _two_word_abbreviation(text, stop.start(), lang):
        return False
    if word in lang.abbreviations_before_number:
        nxt = _NEXT_WORD.match(text, stop.end())
        return not (nxt and nxt.group(1)[:1].isdigit())
    return True


def _two_word_abbreviation(text: str, stop: int, lang: LangData) -> bool:
    """True for 'Lt. Col.' style abbreviations listed with their inner stop."""
    tail = text[max(0, stop - 12) : stop]
    return any(tail.endswith(a) for a in lang.abbreviations if " " in a)


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of double-quoted passages that open and close within text[start:end]."""
    ranges, depth, opened = [], 0, -1
    straight_open = -1
    for mark in _QUOTE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if ch == '"':
            if straight_open < 0:
                straight_open = i
            else:
                ranges.append((straight_open, i))
                straight_open = -1
        elif ch in _QUOTES:
            depth += _QUOTES[ch]
            if depth == 1 and _QUOTES[ch] == 1:
                opened = i
            elif depth == 0 and opened >= 0:
                ranges.append((opened, i))
                opened = -1
            depth = max(depth, 0)
    return ranges


def _in_quotes(ranges: list[tuple[int, int]]) -> Callable[[re.Match[str]], bool]:
    """A test of whether a stop lies in a quote that does not close within the stop itself:
    some range opens before the stop and closes at or after its end. A binary search in the
    ranges sorted by where they open, with the farthest close among them (testing every
    range for every stop took minutes on a 100 KB paragraph of quoted sentences)."""
    ranges = sorted(ranges)
    opens = [a for a, _b in ranges]
    reach = list(itertools.accumulate((b for _a, b in ranges), max))

    def inside(stop: re.Match[str]) -> bool:
        n = bisect.bisect_left(opens, stop.start())  # ranges opening before the stop
        return n > 0 and reach[n - 1] >= stop.end()

    return inside


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def iter_sentences(text: str, segments: Segments) -> Iterator[str]:
    """The sentences' text, in order."""
    for s in segments.sentences:
        yield text[s.start : s.end]
