"""A document that names no place at all falls back to the one country of the armed groups,
militias and parties it names, when none of them fights abroad too (issue 14: events without
a place). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.recognise.lexicon import fights_abroad

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_party_of_one_country_places_the_event_in_it(gz: Gazetteer):
    text = "ODM supporters protested outside the party offices on Tuesday over the nominations."
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.country, loc.precision) == ("KE", 3)


def test_a_group_that_fights_abroad_too_places_nothing(gz: Gazetteer):
    text = "Al Shabaab militants ambushed a bus on Tuesday, killing four passengers."
    assert event_location(text, gz) is None


def test_a_named_place_comes_first(gz: Gazetteer):
    text = "ODM supporters protested in Kisumu on Tuesday over the nominations."
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.country, loc.precision) == ("KE", 1)
    assert loc.name == "Kisumu"


def test_groups_that_fight_abroad_are_listed_by_their_catalogue_names():
    assert fights_abroad("JNIM: Group for Support of Islam and Muslims")
    assert not fights_abroad("ODM: Orange Democratic Movement")


def test_every_group_listed_as_fighting_abroad_is_a_catalogued_actor():
    from importlib import resources

    def names(file: str) -> set[str]:
        text = (resources.files("warta.data") / file).read_text("utf-8")
        rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        return {row.split("\t")[0] for row in rows[1:]}

    abroad = names("actors_abroad.tsv")
    assert len(abroad) >= 20
    assert abroad <= names("actors.tsv")
