"""The places (and actors) of a text as the pipeline reads and resolves them, for the place tests."""

from __future__ import annotations

from warta.assemble.facts import read_sentence
from warta.geo import Gazetteer
from warta.geo.place import Place, PlaceMention
from warta.geo.resolve import resolve
from warta.lang.segment import segment
from warta.model import Document, Location
from warta.pipeline import Resources, extract
from warta.recognise.lexicon import load_lexicon
from warta.recognise.places import document_places


def read_places(
    text: str, gz: Gazetteer, code: str = "en"
) -> list[tuple[PlaceMention, Place | None]]:
    """Each place mention of `text` with the place resolution chose for it."""
    mentions = document_places(text, segment(text, code), gz, language=code)
    return list(zip(mentions, resolve(mentions), strict=False))


def event_locations(
    text: str, gz: Gazetteer, language: str = "en", published: str = "2020-03-02"
) -> list[Location | None]:
    """The location of each event the pipeline extracts from `text` (at least one)."""
    doc = Document(id="t", text=text, published=published, language=language)
    result = extract(doc, Resources(gazetteer=gz))
    assert result.events, text
    return [e.location for e in result.events]


def event_location(text: str, gz: Gazetteer) -> Location | None:
    """The one location every event extracted from `text` has."""
    (loc,) = set(event_locations(text, gz))
    return loc


def relations(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, str]]:
    """Each place mention of `text` by name, with how it relates to the event."""
    return [(m.name, m.relation) for m, _ in read_places(text, gz, code)]


def actor_names(text: str, gz: Gazetteer) -> list[str]:
    """The listed actors an English one-sentence text names, in order."""
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, load_lexicon("en"), gz, None)
    return [a.actor.name for a in facts.actors if a.actor is not None]
