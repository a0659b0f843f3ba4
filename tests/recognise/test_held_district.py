"""Stop 28: a district placed at its province's point is no narrower than the city the text
names it in ("Karachi's Korangi area": Korangi District sits at Sindh's point, 240 km away);
the event stays at the city. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two shopkeepers in Karachi's Korangi area on Monday.",
        "Gunmen shot dead two shopkeepers in Karachi's Malir district on Monday.",
    ],
)
def test_a_district_at_its_provinces_point_does_not_take_the_city(gz, text):
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.name, loc.country, loc.precision) == ("Karachi", "PK", 1)
