"""A bare town written right before an actor names where the group is from, not where its
event is ("the Zalun PDF"; issue 14, stop 18). Sentences written by the authors; the built
gazetteer is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import pytest

from warta.assemble.facts import read_sentence
from warta.geo import Gazetteer
from warta.lang.segment import segment
from warta.recognise.lexicon import load_lexicon


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def relations(text: str, gz: Gazetteer) -> dict[str, str]:
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, load_lexicon("en"), gz, None)
    return {p.name: p.relation for p in facts.places}


def test_a_town_before_an_actor_is_where_the_group_is_from(gz):
    text = "In Thabaung township, the Zalun PDF attacked a military convoy with landmines."
    assert relations(text, gz) == {"Thabaung": "at", "Zalun": "based_in"}


def test_a_town_before_a_common_noun_keeps_its_relation(gz):
    text = "In Thabaung township, the Zalun militia attacked a military convoy with landmines."
    assert relations(text, gz)["Zalun"] == "at"
