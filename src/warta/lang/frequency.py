"""How common a word is in a language, on wordfreq's Zipf scale (log10 of its frequency per
billion words: "day" 5.95, "market" 5.29 in English; "kwale" 1.48; 0 for an unknown word).

The numbers come from the `wordfreq` package (code Apache-2.0, word lists CC-BY-SA 4.0, built
from Wikipedia, subtitles, news, books, web text and more; see its README). It is read lazily
on the first lookup, not at import time, and lookups are memoised. A language wordfreq does not
cover (or an environment without the package) gives 0.0 for every word: no word is common.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

_CACHE = 1 << 16


@functools.cache
def _reader(code: str) -> Callable[[str], float] | None:
    try:
        from wordfreq import available_languages, zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return None
    if code not in available_languages():
        return None
    return lambda word: float(zipf_frequency(word, code))


@functools.lru_cache(maxsize=_CACHE)
def zipf(word: str, code: str) -> float:
    """The Zipf frequency of a lower-cased word in language `code` (0.0 when unknown)."""
    reader = _reader(code)
    return reader(word.lower()) if reader is not None and word else 0.0
