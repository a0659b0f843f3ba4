"""A town word after a name whose best reading is a town says what the name is; it does not
make a longer name that another place bears (issue 14, stop 18). Sentences written by the
authors; the built gazetteer is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_town_word_is_no_part_of_the_name(gz):
    # "Bo town" meets a Myanmar village "Baw Ton" by its key; Bo is Sierra Leone's town
    loc = event_location("Youths clashed with police in Bo town on Monday.", gz)
    assert loc is not None and loc.name == "Bo" and loc.country == "SL"
    assert abs(loc.lat - 7.96) < 0.1 and abs(loc.lon - -11.74) < 0.1


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Gunmen killed two police officers in Mexico City on Monday.", "Mexico City", "MX"),
        ("Protesters clashed with police in Kansas City on Friday.", "Kansas City", "US"),
    ],
)
def test_a_city_word_after_a_country_or_state_is_part_of_the_name(gz, text, name, country):
    (m, p), *_ = read_places(text, gz)
    assert m.name == name and p is not None and p.country == country
    assert p.feature_class == "P"
