"""Stop 28: a people's word written before a unit's word names the unit, not a people ("the
Somali region" is Ethiopia's region): it is no hint that the text's places lie in Somalia.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_region_named_like_a_people_gives_no_country_hint(gz):
    # "Goday" is an alternate name of Ethiopia's Gode: a Somali hint dropped it as foreign
    loc = event_location(
        "Regional police killed two herders near Goday in the Somali region on Friday.", gz
    )
    assert loc is not None
    assert (loc.name, loc.country, loc.precision) == ("Gode", "ET", 2)


def test_the_people_before_another_noun_stays_a_hint(gz):
    loc = event_location("Somali police killed two herders near Goday on Friday.", gz)
    assert loc is not None
    assert (loc.name, loc.country) == ("Somalia", "SO")
