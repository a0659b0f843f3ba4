"""Sentences (by the authors) whose places depend on the one pass `_prepare` makes over a
sentence's matches (cues filed by position, blocked words, a month opening a name, a
possessive medium), on name runs with particles (`_chains`), and on neighbours' coherence
in `_pick` (the same name read in two countries by the town beside it).

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, str, str | None]]:
    return [(m.name, m.relation, p.country if p else None) for m, p in read_places(text, gz, code)]


def test_a_month_name_opening_a_longer_name_is_no_date(gz):
    assert _read("Protesters gathered in Mar del Plata on Sunday.", gz) == [
        ("Mar del Plata", "at", "AR")
    ]


def test_a_medium_told_with_a_possessive_is_no_place(gz):
    text = "Al Jazeera's correspondent in Homs said the shelling lasted all night."
    assert _read(text, gz) == [("Homs", "at", "SY")]


def test_a_channel_name_after_a_locative_relation_is_the_town(gz):
    text = "Bentrokan terjadi di dekat Mayadeen pada Senin malam."
    assert _read(text, gz, "id") == [("Mayadeen", "near", "SY")]


def test_a_name_with_lower_case_particles_is_one_run(gz):
    assert _read("Clashes were reported in Dayr az Zawr on Monday.", gz) == [
        ("Dayr az Zawr", "at", "SY")
    ]


def test_a_settlement_noun_between_two_names(gz):
    found = read_places("Gunmen attacked a bus in the Idlib town of Saraqib.", gz)
    assert [(m.name, m.relation, m.cue) for m, _ in found] == [
        ("Idlib", "in", None),
        ("Saraqib", "at", "town"),
    ]


@pytest.mark.parametrize(
    ("neighbour", "country"),
    [("Misrata", "LY"), ("Byblos", "LB")],
)
def test_a_shared_name_is_read_by_the_town_beside_it(gz, neighbour, country):
    text = f"Militias fought in Tripoli and near {neighbour} on Friday."
    assert _read(text, gz) == [("Tripoli", "at", country), (neighbour, "near", country)]


def test_a_building_noun_with_a_possessive_leaves_the_town(gz):
    text = "Students marched from Dhaka University's gate to the Shahbag square."
    assert _read(text, gz) == [("Dhaka", "from", "BD")]


def test_an_acronym_is_no_name_each_time_it_is_written(gz):
    # the word's shape is judged once per process: the second sentence reads it the same way
    for _ in range(2):
        text = "Soldiers of the SAA shelled rebel positions in Daraa and DARAA on Monday."
        assert _read(text, gz) == [("Daraa", "at", "SY")]
