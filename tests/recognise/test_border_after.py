"""A country name before "border" ("near the Somalia border") is a border the event lies near,
not the event's country (issue 14, stop 17). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations, relations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_country_before_border_is_a_border(gz):
    text = "Gunmen attacked a police post in Mandera, near the Somalia border."
    assert relations(text, gz) == [("Mandera", "at"), ("Somalia", "border")]
    (loc,) = set(event_locations(text, gz))
    assert loc is not None and loc.country == "KE" and loc.name == "Mandera"


def test_an_event_near_a_border_alone_is_not_placed_in_the_country(gz):
    # before: Somalia, precision 3, for a Kenyan police post near its border
    text = "Militants ambushed Kenyan troops at a camp near Somalia border, killing four soldiers."
    # since stop 24 the Kenyan forces, the only ones named, give the event their country
    ((loc),) = event_locations(text, gz)
    assert loc is not None and (loc.country, loc.precision) == ("KE", 3)


@pytest.mark.parametrize(
    "text",
    [
        "The monks had criticised Cambodia's border dispute with Thailand.",
        "Troops were sent to Somalia to guard the border.",
    ],
)
def test_a_country_with_a_possessive_or_apart_from_border_keeps_its_relation(gz, text):
    assert all(rel != "border" for _, rel in relations(text, gz))
