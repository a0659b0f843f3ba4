"""Stop 27: the unit a text tells a place lies in picks among namesakes.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, event_locations, read_places


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


def test_a_plural_unit_word_after_a_list_announces_every_name_of_it(gz):
    # "districts" makes both names districts: Nepal's Banke, not India's bigger town Banka
    found = read_places("Traders shut their shops in Banke and Bardiya districts on Monday.", gz)
    assert [(m.name, m.feature) for m, _ in found] == [("Banke", "adm2"), ("Bardiya", "adm2")]
    assert [(p.name, p.country) for _, p in found if p is not None] == [
        ("Banke", "NP"),
        ("Bardiya", "NP"),
    ]


def test_a_plural_unit_word_reaches_back_over_a_list_of_three(gz):
    found = read_places(
        "Shells fell on villages in Jammu, Rajouri and Poonch districts overnight.", gz
    )
    assert [m.feature for m, _ in found] == ["adm2", "adm2", "adm2"]
    assert {p.country for _, p in found if p is not None} == {"IN"}


def test_a_name_before_a_comma_and_a_unit_is_no_list_member(gz):
    # "X, Y districts" may say where X lies: X keeps no feature of its own
    found = read_places("Traders shut their shops in Nepalgunj, Banke districts on Monday.", gz)
    assert [(m.name, m.feature) for m, _ in found][0] == ("Nepalgunj", None)


def test_a_people_s_word_before_a_settlement_noun_and_a_name_is_no_place(gz):
    # "Somali" is also Ethiopia's Somali Region: here the town of the next name is Somalia's
    loc = event_location("Militants attacked the Somali town of Beledweyne on Monday.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Beledweyne", "SO", 1)


def test_a_people_s_word_before_region_stays_the_region(gz):
    loc = event_location("Troops clashed with rebels in the Somali region on Monday.", gz)
    assert loc is not None and (loc.country, loc.precision) == ("ET", 3)


def test_a_region_of_another_event_does_not_unplace_a_village(gz):
    # the region is where the protest is, not where the shelled village lies
    locs = event_locations(
        "Soldiers shelled Kyauk Ka Char village on Monday, residents said. "
        "Protesters also marched in Yangon Region.",
        gz,
    )
    assert ("Kyauk Ka Char", "MM", 1) in [(x.name, x.country, x.precision) for x in locs if x]


def test_a_state_named_for_its_governor_does_not_unplace_a_village(gz):
    loc = event_location(
        "Gunmen killed two traders in Gubio village on Monday. "
        "The governor of Lagos State condemned the killings.",
        gz,
    )
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Gubio", "NG", 1)


def test_a_people_s_word_before_a_plural_unit_word_is_no_place(gz):
    # "Sunni districts" are districts of Sunnis, not a place called Sunni
    found = read_places("Bombs exploded in Shia and Sunni districts of Baghdad on Friday.", gz)
    assert [m.name for m, _ in found] == ["Baghdad"]
