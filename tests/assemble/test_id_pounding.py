"""Indonesian "menggempur" / "digempur" (to pound) tells an attack, and "jet tempur" (a fighter
jet, as English "fighter jet" and Indonesian "pesawat tempur") names fire from the air.
Sentences written by the authors.

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


def _events(text: str, gz: Gazetteer) -> list:
    doc = Document(id="t", text=text, published="2024-03-07", language="id")
    return list(extract(doc, Resources(gazetteer=gz)).events)


def test_fighter_jets_pounding_a_hideout_are_an_air_strike(gz):
    # before: a clash told by "menewaskan" alone
    (event,) = _events(
        "Jet tempur militer Nigeria pada Selasa menggempur markas Boko Haram di dekat Bama, "
        "Borno, dan menewaskan puluhan militan, kata juru bicara militer.",
        gz,
    )
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert str(event.date) == "2024-03-05"
    assert event.location is not None and event.location.name == "Bama"


def test_troops_pounding_a_hideout_is_an_event(gz):
    # before: no event
    (event,) = _events(
        "Pasukan gabungan menggempur persembunyian kelompok bersenjata di Distrik Sugapa "
        "pada Rabu pagi.",
        gz,
    )
    assert event.event_type == "Battles" and str(event.date) == "2024-03-06"
    assert event.location is not None and event.location.name == "Sugapa"
