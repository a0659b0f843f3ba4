"""What every Document, Problem, segmentation and extraction Result must satisfy."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import get_args

from warta import codec
from warta.errors import WartaError
from warta.lang import available_langs
from warta.lang.segment import segment
from warta.model import ActorCategory, ActorRef, ClaimKind, Document, Evidence, Qualifier, Result
from warta.read import Problem
from warta.taxonomy import taxonomy

_LANGUAGES = frozenset((*available_langs(), "ms", "unknown"))
_STR_FIELDS = ("id", "text", "url", "outlet", "title", "published", "language", "author", "source")


def clean_str(value: str, what: str) -> None:
    """No NUL, no lone surrogate: the string can be written as UTF-8."""
    assert isinstance(value, str), f"{what} is {type(value).__name__}"
    assert "\x00" not in value, f"{what} holds NUL: {value!r}"
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in value), f"{what}: lone surrogate {value!r}"
    value.encode("utf-8")


def read_all(items: Iterable[Document | Problem]) -> list[Document | Problem]:
    """Everything a reader yields; warta's own errors are allowed, with a one-line message."""
    out: list[Document | Problem] = []
    try:
        out.extend(items)  # keeps what came before an error
    except WartaError as err:
        message = str(err)
        assert message and "\n" not in message, repr(message)
    for item in out:
        if isinstance(item, Problem):
            check_problem(item)
        else:
            assert isinstance(item, Document), type(item)
            check_document(item)
    return out


def check_problem(p: Problem) -> None:
    assert p.where and p.message, p
    line = str(p)
    assert "\n" not in line and "\r" not in line, repr(line)
    line.encode("utf-8")


def check_document(doc: Document) -> None:
    """A document as the readers promise it (README, `warta read`)."""
    for name in _STR_FIELDS:
        value = getattr(doc, name)
        if value is not None:
            clean_str(value, f"Document.{name}")
    text = doc.text
    assert text, "an empty document is a Problem, not a Document"
    # paragraphs separated by exactly one blank line, spaces collapsed, nothing invisible
    assert not any(c.isspace() and c not in " \n" for c in text), repr(text)
    assert "  " not in text and "\n\n\n" not in text and " \n" not in text and "\n " not in text
    paragraphs = text.split("\n\n")
    for para in paragraphs:
        assert para and para == para.strip() and "\n" not in para, repr(para)
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f":
        assert ch not in text, f"{ch!r} left in the text"
    if doc.published is not None:
        date.fromisoformat(doc.published)
    assert doc.language in _LANGUAGES, doc.language
    json.loads(codec.dumps(doc))  # writes as JSON (UTF-8) and reads back
    assert codec.from_dict(Document, json.loads(codec.dumps(doc))) == doc
    check_segments(text, doc.language, paragraphs)


def check_segments(
    text: str, language: str | None, paragraphs: list[str] | None = None, *, tokens: bool = True
) -> None:
    """Paragraph, sentence and token spans slice the text in order, without overlap."""
    seg = segment(text, language, tokens=tokens)
    last = 0
    for p in seg.paragraphs:
        assert last <= p.start < p.end <= len(text), (p, last)
        assert p.language in _LANGUAGES
        last = p.end
    if paragraphs is not None:  # cleaned text: the spans are exactly the paragraphs
        assert [text[p.start : p.end] for p in seg.paragraphs] == paragraphs
    spans = [(p.start, p.end) for p in seg.paragraphs]
    last, para = 0, 0
    for s in seg.sentences:
        assert last <= s.start < s.end <= len(text), (s, last)
        while para < len(spans) and spans[para][1] < s.end:
            para += 1
        assert para < len(spans) and spans[para][0] <= s.start, f"sentence {s} crosses paragraphs"
        piece = text[s.start : s.end]
        assert piece == piece.strip(), repr(piece)
        last = s.end
    sentences = [(s.start, s.end) for s in seg.sentences]
    last, k = 0, 0
    for t in seg.tokens:
        assert last <= t.start < t.end <= len(text), (t, last)
        while k < len(sentences) and sentences[k][1] < t.end:
            k += 1
        assert k < len(sentences) and sentences[k][0] <= t.start, f"token {t} outside sentences"
        assert not any(c.isspace() for c in text[t.start : t.end])
        last = t.end


_TYPES = {t: frozenset(subs) for t, subs in taxonomy()["types"].items()}
_KINDS = frozenset(get_args(ClaimKind))
_QUALIFIERS = frozenset(get_args(Qualifier))
_CATEGORIES = frozenset(get_args(ActorCategory))
_PRECISIONS = frozenset({"day", "week", "month", "year"})


def _evidence(ev: Evidence, text: str) -> None:
    assert 0 <= ev.start <= ev.end <= len(text), ev
    assert text[ev.start : ev.end] == ev.text, (ev, text[ev.start : ev.end])


def _actor(ref: ActorRef | None) -> None:
    if ref is not None:
        assert ref.name and (ref.category is None or ref.category in _CATEGORIES), ref


def check_result(result: Result) -> None:
    """Events within their enums, evidence that slices the document's text exactly."""
    text = result.document.text
    for e in result.events:
        assert e.event_type in _TYPES and e.sub_event_type in _TYPES[e.event_type], e
        for d in (e.date, e.date_end):
            if d is not None:
                date.fromisoformat(d)
        if e.date and e.date_end:
            assert e.date <= e.date_end, (e.date, e.date_end)
        assert e.date_precision is None or e.date_precision in _PRECISIONS
        assert (e.date is None) == (e.date_precision is None)
        if e.location is not None:
            assert e.location.precision in (1, 2, 3), e.location
            if e.location.lat is not None:
                assert -90 <= e.location.lat <= 90 and -180 <= e.location.lon <= 180  # type: ignore[operator]
        for ref in (e.actor1, e.actor2, *e.assoc_actor1, *e.assoc_actor2):
            _actor(ref)
        assert e.evidence, "an event without evidence"
        for ev in e.evidence:
            _evidence(ev, text)
        for c in e.claims:
            assert c.kind in _KINDS and c.qualifier in _QUALIFIERS, c
            assert set(c.also) <= _KINDS
            _evidence(c.evidence, text)
            assert c.value is None or c.value >= 0
            assert c.value_max is None or c.value is None or c.value_max >= 0
            assert c.figure is None or c.figure in text
            _actor(c.claimant)
        for f in (e.fatalities, e.injured):
            if f is not None:
                figures = [v for v in (f.low, f.best, f.high) if v is not None]
                assert all(v >= 0 for v in figures) and figures == sorted(figures), f
        for trigger in e.triggers:
            assert trigger in text, trigger
        assert 0.0 <= e.confidence <= 1.0
    json.loads(codec.dumps(result))
