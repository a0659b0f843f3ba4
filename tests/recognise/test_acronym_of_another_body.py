"""An actor's acronym in brackets after a name that spells it out as another body is that
body's (issue 14, stop 24): "the New Democratic Front (NDF)" is no Syrian militia, and its
country is no hint for the places; and an air force written as one word is the listed
actor. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import actor_names


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_an_acronym_spelled_out_as_another_body_is_not_the_listed_actor(gz):
    text = "Gunmen wounded two supporters of the New Democratic Front (NDF) on Sunday."
    assert not any(name.startswith("NDF") for name in actor_names(text, gz))


@pytest.mark.parametrize(
    "text",
    [
        # spelled out as the actor itself, or the acronym alone: the actor
        "Fighters of the National Defence Forces (NDF) shelled a village on Monday.",
        "NDF fighters shelled a village on Monday.",
    ],
)
def test_an_acronym_of_the_actor_itself_is_the_actor(gz, text):
    assert "NDF: National Defence Forces" in actor_names(text, gz)


def test_an_air_force_written_as_one_word_is_the_same_actor(gz):
    # "Nigerian Air Force" is listed; news writes "Airforce" too
    text = "The Nigerian Airforce bombed a camp of the militants on Monday."
    assert "Military Forces of Nigeria" in actor_names(text, gz)
