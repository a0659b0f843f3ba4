"""A town written right before the province it lies in, with no comma ("Sukkur Sindh"), is
the town in that province, not one unknown longer name; a place before a particle and unknown
words is part of a longer name; a Thai unit word names a place in Thailand (issue 14, stop
24). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_town_glued_to_its_province_is_read_as_the_town_in_it(gz):
    text = "Protesters blocked the highway near Sukkur Sindh on Monday."
    assert relations(text, gz) == [("Sukkur", "near"), ("Sindh", "in")]
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "PK" and loc.name == "Sukkur"


def test_a_town_glued_to_another_province_is_still_one_longer_name(gz):
    # Sukkur does not lie in Punjab: "Sukkur Punjab" is no town in a province
    assert relations("Protesters blocked the highway near Sukkur Punjab on Monday.", gz) == []


def test_a_place_before_a_particle_and_unknown_words_is_part_of_a_longer_name(gz):
    # "Puerta" alone is a Mexican village; "Puerta de Valdrino" is a name the gazetteer lacks
    text = "Gunmen opened fire at a bar in Puerta de Valdrino on Sunday."
    assert relations(text, gz) == []
    # a coordinator is no particle of one name: both towns are read
    text = "Gunmen ambushed a truck between Kisumu and Kakamega on Sunday."
    assert [name for name, _ in relations(text, gz)] == ["Kisumu", "Kakamega"]


def test_a_thai_subdistrict_word_announces_a_place_in_thailand(gz):
    # the subdistrict is not in the gazetteer: the event is in Thailand, not at a namesake
    text = "A bomb wounded two rangers on a road in tambon Kholuwan on Tuesday."
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "TH"
