""" "The same day" / "pada hari yang sama" dates an act on the day the text told just before
it, as "the day before" counts back from that day. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.model import Document
from warta.pipeline import Resources, extract


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        # before: the second act was dated 2024-03-08, the day before publication
        (
            "Gunmen attacked a police post in Damboa on Tuesday, killing two officers. The "
            "same day, soldiers clashed with militants near Gwoza, killing five fighters.",
            "en",
            "Gwoza",
        ),
        (
            "Kelompok bersenjata menyerang pos polisi di Sugapa pada Selasa dan menewaskan dua "
            "polisi. Pada hari yang sama, ratusan mahasiswa berunjuk rasa di depan kantor DPRD "
            "Papua di Jayapura.",
            "id",
            "Jayapura",
        ),
    ],
)
def test_the_same_day_is_the_day_told_before(gz, text, language, second):
    doc = Document(id="t", text=text, published="2024-03-09", language=language)
    events = extract(doc, Resources(gazetteer=gz)).events
    assert len(events) == 2
    by_place = {e.location.name: e for e in events if e.location is not None}
    assert str(by_place[second].date) == "2024-03-05"
    assert all(str(e.date) == "2024-03-05" for e in events)
