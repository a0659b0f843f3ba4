"""Language identification of documents and paragraphs.

Three steps, cheapest first:
1. each paragraph votes with the function words of every language warta has data for
   (lang/<code>/function_words.txt): "yang", "dan", "di" against "the", "of", "and";
2. the statistical detector (lingua, offline models) reads a sample of the document's
   majority paragraphs: it tells Indonesian from Malay (reported as "ms", never silently
   as Indonesian) and any other language (reported as "unknown");
3. a paragraph whose function words clearly point elsewhere is run through the detector
   on its own, and keeps its own language only when the detector is sure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from . import available_langs, load_lang

if TYPE_CHECKING:
    from lingua import LanguageDetector

UNKNOWN = "unknown"
_REPORTED_EXTRA = ("ms",)  # detected and reported, though warta has no data of its own
_CLOSE_PAIR = ("id", "ms")
_DISTRACTORS = ("de", "es", "fr", "nl", "pt", "tl")  # look-alikes in Latin script
_MIN_LETTERS = 40  # less text than this is "unknown" on its own
_MIN_VOTES = 3  # function words a paragraph needs before it may differ from its document
_SURE = 0.9  # detector confidence a paragraph needs to differ from its document
_SAMPLE = 1000  # characters the detector reads
_VOTE_SAMPLE = 20_000  # characters of a paragraph whose function words vote
_WORD = re.compile(r"[^\W\d_]+")


def _build(codes: tuple[str, ...], low_accuracy: bool) -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    builder = LanguageDetectorBuilder.from_languages(*langs)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


@functools.cache
def _broad() -> LanguageDetector:
    codes = set(available_langs()) | set(_REPORTED_EXTRA) | set(_DISTRACTORS)
    return _build(tuple(sorted(codes)), low_accuracy=True)


@functools.cache
def _close_pair() -> LanguageDetector:
    return _build(_CLOSE_PAIR, low_accuracy=False)


@functools.cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """Each function word and the languages it belongs to."""
    table: dict[str, tuple[str, ...]] = {}
    for code in available_langs():
        for word in load_lang(code).function_words:
            table[word] = (*table.get(word, ()), code)
    return table


def scores(text: str) -> dict[str, float]:
    """Detector confidence per reported code ("unknown" for languages warta does not report)."""
    # lingua takes only what encodes as UTF-8: a lone surrogate becomes "?"
    sample = text[:_SAMPLE].encode("utf-8", "replace").decode("utf-8")
    values = _broad().compute_language_confidence_values(sample)
    if not values or len(_WORD.findall(sample)) < 3:
        return {UNKNOWN: 1.0}
    top = values[0].language.iso_code_639_1.name.lower()
    if top in _CLOSE_PAIR:
        pair = _close_pair().compute_language_confidence_values(sample)
        return {v.language.iso_code_639_1.name.lower(): v.value for v in pair}
    if top in available_langs() or top in _REPORTED_EXTRA:
        return {top: values[0].value}
    return {UNKNOWN: values[0].value}


def detect(text: str) -> str:
    """The language of a stretch of text: a code warta has data for, "ms", or "unknown"."""
    if sum(map(len, _WORD.findall(text[: _SAMPLE * 2]))) < _MIN_LETTERS:
        return UNKNOWN
    found = scores(text)
    return max(sorted(found), key=found.__getitem__)


def votes(text: str) -> Counter[str]:
    """How many function words of each language the text holds (in its first 20,000
    characters: a megabyte-long paragraph votes no better, only slower)."""
    table = _function_words()
    tally: Counter[str] = Counter()
    for word in _WORD.findall(text[:_VOTE_SAMPLE].lower()):
        tally.update(table.get(word, ()))
    return tally


def detect_paragraphs(
    paragraphs: list[str], known: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """The document's language (or `known`, when already detected) and each paragraph's."""
    para_votes = [votes(p) for p in paragraphs]
    total: Counter[str] = sum(para_votes, Counter())
    family = total.most_common(1)[0][0] if total else None
    if known and known not in ("auto", UNKNOWN):
        doc = known
    else:
        sample = " ".join(
            p for p, v in zip(paragraphs, para_votes, strict=False) if not v or _lead(v) == family
        )
        doc = detect(sample or " ".join(paragraphs))
        if doc == UNKNOWN and family is not None and _too_short(paragraphs) and _clear(total):
            doc = family  # a headline-length text: its function words are all there is
    langs = []
    for para, v in zip(paragraphs, para_votes, strict=False):
        lead = _lead(v)
        if (
            lead is None
            or lead == family
            or v[lead] < _MIN_VOTES
            or v[lead] < 2 * v.get(family or "", 0)
        ):
            langs.append(doc)
            continue
        found = scores(para)
        own = max(sorted(found), key=found.__getitem__)
        langs.append(own if found[own] >= _SURE else doc)
    return doc, tuple(langs)


def _too_short(paragraphs: list[str]) -> bool:
    text = " ".join(paragraphs)
    return sum(map(len, _WORD.findall(text[: _SAMPLE * 2]))) < _MIN_LETTERS


def _clear(tally: Counter[str]) -> bool:
    """One language leads the function-word votes, with no tie."""
    top = tally.most_common(2)
    return bool(top) and (len(top) == 1 or top[0][1] > top[1][1])


def _lead(tally: Counter[str]) -> str | None:
    return tally.most_common(1)[0][0] if tally else None
