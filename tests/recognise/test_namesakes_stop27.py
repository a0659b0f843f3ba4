"""Stop 27: the unit a text tells a place lies in picks among namesakes.
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


def test_a_district_after_an_unknown_village_keeps_its_own_feature(gz):
    # "village of" belongs to the village the gazetteer lacks; "district" is Morang's, so it
    # is Nepal's district, not an Indonesian village of that name
    found = read_places(
        "A mob beat a trader in Kumhalgaun village of Morang district on Sunday.", gz
    )
    assert [(m.name, m.feature) for m, _ in found] == [
        ("Kumhalgaun", "village"),
        ("Morang", "adm2"),
    ]
    loc = event_location(
        "A mob beat a trader in Kumhalgaun village of Morang district on Sunday.", gz
    )
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Morang", "NP", 2)
