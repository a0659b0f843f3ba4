"""`extract` on hypothesis-made articles: conflict vocabulary of both languages, numbers,
dates and places, mixed with hostile characters. It never raises; every evidence span
slices the text exactly; every field stays within its enum."""

from __future__ import annotations

import time
from dataclasses import replace

from hypothesis import event, example, given
from hypothesis import strategies as st

from warta.limits import Limits
from warta.model import Document, Result
from warta.pipeline import extract
from warta.read import Problem, ReadOptions
from warta.read.document import build_document

from . import strategies as s
from .checks import check_result
from .conftest import budget

PUBLISHED = st.one_of(
    st.none(),
    st.dates().map(str),
    st.sampled_from(
        [
            "0001-01-01",
            "0001-01-07",
            "9999-12-31",
            "2024-02-29",
            "2019-04-15",
            "2024-13-45",
            "15/04/2019",
            "",
            "2019-04-15T10:00:00+07:00",
        ]
    ),
)
LANGUAGE = st.sampled_from([None, "id", "en", "ms", "unknown", "fr", ""])


@budget(1.0)
@given(
    text=st.one_of(s.article(), s.hostile_text(max_pieces=80)),
    published=PUBLISHED,
    language=LANGUAGE,
)
@example(
    text="Pada hari Kamis, pasukan menyerang desa di Nduga dan 12 orang tewas.",
    published="0001-01-01",
    language="id",
)  # relative dates before year 1
@example(
    text="Militants attacked the village of Goma last year, killing 11 people.",
    published="9999-12-31",
    language="en",
)
@example(text="Militants killed ² people on ³ April.", published="2024-05-01", language="en")
@example(text="Sebanyak ¹ orang tewas pada ² Mei.", published=None, language="id")  # int("²")
def test_extract_on_raw_text(resources, text, published, language):
    """Documents as a caller might build them, with text straight from the source."""
    doc = Document(id="fuzz", text=text, published=published, language=language or None)
    _check(extract(doc, resources))


@budget(1.0)
@given(text=st.one_of(s.article(), s.hostile_text(max_pieces=80)), published=PUBLISHED)
def test_extract_on_read_documents(resources, text, published):
    """Documents as the readers make them: cleaned text, detected language."""
    doc = build_document(
        text, id="fuzz", source="fuzz", options=ReadOptions(published=published or None)
    )
    if isinstance(doc, Problem):
        return
    _check(extract(doc, resources))


def _check(result: Result) -> None:
    check_result(result)
    n = len(result.events)
    event(f"events: {min(n, 3)}{'+' if n >= 3 else ''}")
    event(f"claims: {'some' if any(e.claims for e in result.events) else 'none'}")


def test_a_long_sentence_is_not_cubic(resources):
    """24,000 characters in one sentence (a page without full stops): pairing every casualty
    word with every count scanned the sentence for each pair: 32 s here; now about 2 s.
    Longer sentences still cost time quadratic in their length (docs/reliability.md)."""
    base = "Pasukan menyerang desa di Nduga pada hari Kamis dan 12 orang tewas kata polisi "
    doc = Document("long", base * 300, language="id", published="2024-03-01")
    unbounded = replace(resources, limits=Limits(resources.limits.max_chars, 0))
    t0 = time.perf_counter()
    result = extract(doc, unbounded)  # timed here, not stopped by the per-document limit
    took = time.perf_counter() - t0
    check_result(result)
    assert took < 20, f"{took:.1f} s"
