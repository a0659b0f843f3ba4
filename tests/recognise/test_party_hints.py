"""A political party the text names hints its country to the resolver, as a demonym does, and
places a document that names no place at all in that country (issue 14). Parties are no
actors: the event's actors and type stay as they were. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.model import Document
from warta.pipeline import Resources, extract

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_party_tells_which_san_pedro(gz: Gazetteer):
    text = (
        "Supporters of the Colorado Party marched in San Pedro on Tuesday, demanding the "
        "resignation of the mayor."
    )
    loc = event_location(text, gz)
    assert loc is not None
    assert loc.country == "PY"


def test_a_party_places_a_document_without_places_in_its_country(gz: Gazetteer):
    text = "Hundreds of Likud's supporters rallied outside the party offices on Sunday night."
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.country, loc.precision) == ("IL", 3)


def test_a_party_is_no_actor(gz: Gazetteer):
    text = "Likud supporters rallied outside the party offices on Sunday night."
    doc = Document(id="t", text=text, published="2020-03-02", language="en")
    [event] = extract(doc, Resources(gazetteer=gz)).events
    assert event.event_type == "Protests"
    names = [a.name for a in (event.actor1, event.actor2) if a is not None]
    assert not any("Likud" in n for n in names)
