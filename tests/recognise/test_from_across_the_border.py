"""A country named "from across the border in X" is where attackers came from: no event place
and no country binding the others (issue 14). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_country_across_the_border_is_where_attackers_came_from(gz: Gazetteer):
    text = "Militants attacked a post in Kurram from across the border in Afghanistan."
    assert relations(text, gz) == [("Kurram", "at"), ("Afghanistan", "from")]


def test_the_event_stays_on_this_side(gz: Gazetteer):
    text = (
        "Gunmen who came from across the border in Afghanistan attacked a checkpoint in "
        "Kurram on Monday, killing two soldiers."
    )
    loc = event_location(text, gz)
    assert loc is not None
    assert loc.country == "PK"
