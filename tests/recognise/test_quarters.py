"""A neighbourhood lies in a town the text names, and a town named as where another lies is no
second event town (issue 14, stop 18). Sentences written by the authors; the built gazetteer
is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_neighbourhood_far_from_the_town_named_is_unresolved(gz):
    text = (
        "On 1 March 2020, in Londrina, Parana, police officers exchanged fire with suspects in "
        "Santa Rita neighborhood."
    )
    found = {m.name: (m, p) for m, p in read_places(text, gz)}
    mention, place = found["Santa Rita"]
    assert mention.feature == "quarter" and place is None  # no town of that name elsewhere
    loc = event_location(text, gz)
    assert loc is not None and loc.name == "Londrina" and loc.country == "BR"


def test_a_town_named_as_where_another_lies_is_no_second_event_town(gz):
    # the second event is told without a place: the document's one town, not its state's
    # capital 250 km away ("Rio de Janeiro" read as the city)
    text = (
        "On 1 March 2020, in Campos dos Goytacazes, Rio de Janeiro, Military Police officers went "
        "to check a tip on drug trafficking. Officers were attacked by suspects and a shoot-out "
        "broke out."
    )
    loc = event_location(text, gz)
    assert loc is not None and loc.name == "Campos dos Goytacazes" and loc.precision == 1
    assert abs(loc.lat - -21.75) < 0.1 and abs(loc.lon - -41.32) < 0.1


def test_a_suburb_is_a_quarter_of_the_town_named_after_it(gz):
    # stop 28: the one Santa Ana of the Cusco region lies some 100 km from the city
    far = (
        "Police fired tear gas at residents blocking a road in Santa Ana suburb, Cusco city, on "
        "Monday."
    )
    found = {m.name: (m, p) for m, p in read_places(far, gz)}
    mention, place = found["Santa Ana"]
    assert mention.feature == "quarter" and place is None
    loc = event_location(far, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Cusco", 2)
    # a suburb the gazetteer has within the city's reach stays the event's place
    near = (
        "Police fired tear gas at residents blocking a road in Paucarpata suburb, Arequipa city, "
        "on Monday."
    )
    loc = event_location(near, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Paucarpata", 1)
