"""Stop 26: a province named inside a body's name tells which namesake a text means.
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_province_in_a_body_s_name_picks_the_namesake_in_its_country(gz):
    # India's Hyderabad is bigger; the Sindh body's staff rally in Pakistan's
    (loc,) = event_locations(
        "Clerks of the Sindh Revenue Board rallied at the Hyderabad railway station on Monday.",
        gz,
    )
    assert loc is not None and (loc.name, loc.country) == ("Hyderabad", "PK")


def test_without_the_body_the_bigger_namesake_stays(gz):
    (loc,) = event_locations("Clerks rallied at the Hyderabad railway station on Monday.", gz)
    assert loc is not None and (loc.name, loc.country) == ("Hyderabad", "IN")


def test_a_province_in_a_name_tells_nothing_when_no_place_reads_there(gz):
    # a Chilean region's name inside a union's gives no hint to a Panamanian note: no
    # reading of its places lies in Chile
    (loc,) = event_locations(
        "In Penonome, members of the Atacama Miners Union protested on Monday.", gz
    )
    assert loc is not None and loc.country == "PA"


def test_a_department_is_a_first_level_unit_only_where_countries_call_them_so(gz):
    # Haiti's first-level units are departments; Cameroon's are regions with departments below
    (loc,) = event_locations(
        "Police officers beat a reporter in the Nord department on Tuesday.", gz
    )
    assert loc is not None and (loc.country, loc.precision) == ("HT", 3)


def test_a_region_of_the_name_is_read_as_before(gz):
    (loc,) = event_locations("Police officers beat a reporter in the Nord region on Tuesday.", gz)
    assert loc is not None and (loc.country, loc.precision) == ("CM", 3)


def test_a_people_of_burkina_faso_is_no_tanzanian_town(gz):
    # "Mossi" folds like Moshi's name: written as a people it is no place at all
    locs = event_locations("Mossi and Fulani farmers clashed over a field on Sunday.", gz)
    assert all(loc is None or loc.country != "TZ" for loc in locs)
