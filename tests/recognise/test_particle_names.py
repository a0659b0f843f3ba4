"""Stop 29 (issue 14): two places joined by a name's particle ("Buenavista de Guadalupe") are
one longer name the gazetteer lacks, not the two places; a province after the particle ("X de
Ocotepeque") stays where that place lies, and a name the gazetteer has whole stays whole.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, str | None]]:
    return [(m.name, p.country if p else None) for m, p in read_places(text, gz, code)]


def test_two_towns_joined_by_de_are_no_town(gz):
    # before, "Buenavista" and "Guadalupe" were read as two Mexican towns far apart
    text = "Police fired tear gas at residents of Buenavista de Guadalupe who blocked a road."
    assert _read(text, gz) == []


def test_the_event_falls_back_to_the_state_told_after_the_name(gz):
    text = "Gunmen shot dead a shopkeeper in Buenavista de Guadalupe, Sonora, on Sunday."
    assert _read(text, gz) == [("Buenavista de Guadalupe", None), ("Sonora", "MX")]
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.name, loc.precision) == ("Estado de Sonora", 3)


def test_the_same_in_indonesian(gz):
    text = "Seorang pedagang ditembak mati di Buenavista de Guadalupe, Sonora, pada Minggu."
    assert _read(text, gz, "id") == [("Buenavista de Guadalupe", None), ("Sonora", "MX")]


def test_a_province_after_the_particle_is_kept(gz):
    text = "Residents of Palmira de Ocotepeque blocked the highway on Monday."
    assert _read(text, gz) == [("Ocotepeque", "HN")]


def test_a_name_the_gazetteer_has_whole_is_read_whole(gz):
    text = "Police arrested ten protesters in Rio de Janeiro on Monday."
    assert _read(text, gz) == [("Rio de Janeiro", "BR")]


def test_places_joined_by_and_stay_two(gz):
    text = "Gunmen attacked a bus between Nairobi and Mombasa on Monday."
    assert _read(text, gz) == [("Nairobi", "KE"), ("Mombasa", "KE")]
