"""A site named after a town ("the Kanda barracks in Bunia", "asrama Kanda di Bunia") whose
name the gazetteer knows only as a small town far from every town the text names (a Kanda in
Japan) stands at the town the text names nearest it. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.geo.conftest import mention, place
from tests.recognise.places_read import event_location, read_places
from warta.geo import Gazetteer
from warta.geo.resolve import resolve


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Soldiers searched the Kanda barracks in Bunia on Monday."),
        ("en", "Gunmen fired on the Kanda military base outside Bunia."),
        ("id", "Massa menyerang asrama Kanda di Bunia pada Senin."),
    ],
)
def test_a_site_named_after_a_far_namesake_stands_at_the_named_town(gz, code, text):
    # before: Kanda, Fukuoka (Japan)
    (site, here), (_, town) = read_places(text, gz, code)
    assert site.site and site.name == "Kanda"
    assert town is not None and town.name == "Bunia"
    assert here == town


def test_the_event_at_such_a_site_is_at_the_town(gz):
    loc = event_location("Rebels attacked the Kanda barracks in Bunia on Monday, killing two.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Bunia", "CD", 1)


def test_a_town_name_without_a_site_noun_keeps_its_reading(gz):
    # Mongbwalu alone does not say the country (no district bears its name): Kanda is read
    # as before (with Bunia it is dropped, below)
    (town, here), _ = read_places("Soldiers searched Kanda and Mongbwalu on Monday.", gz)
    assert not town.site and here is not None and here.country == "JP"


def test_a_town_name_without_a_site_noun_is_not_moved_to_the_town(gz):
    # no site noun, so not the site rule's; Bunia, a city named after its district, says the
    # text is Congolese, so the small Japanese namesake nothing agrees with is dropped (stop 27)
    (town, here), _ = read_places("Soldiers searched Kanda and Bunia on Monday.", gz)
    assert not town.site and here is None


def test_a_site_near_the_named_towns_keeps_its_own_reading():
    camp = place("geonames:1", "Kakuma", "KE", 3.72, 34.86, population=2_000)
    other = place("geonames:4", "Kakuma", "KE", -1.0, 37.0, population=500)
    lodwar = place("geonames:2", "Lodwar", "KE", 3.12, 35.60, population=50_000)
    near = resolve(
        [mention("Kakuma", [camp, other], site=True), mention("Lodwar", [lodwar], start=30)]
    )
    assert near == [camp, lodwar]  # 100 km apart: the site's own reading stands


@pytest.mark.parametrize(
    ("readings", "stands"),
    [
        ((("ET", 2_000), ("ET", 500)), True),  # a namesake abroad: the site stands at Lodwar
        ((("KE", 0), ("KE", 0)), True),  # so does a locality of unknown size
        ((("KE", 2_000), ("KE", 500)), False),  # a known town of the text's country keeps it
        ((("ET", 2_000),), False),  # so does a name with one reading
    ],
)
def test_which_far_sites_stand_at_the_named_town(readings, stands):
    cands = [
        place(f"geonames:{k}", "Kakuma", country, 9.0 + k, 38.7, population=population)
        for k, (country, population) in enumerate(readings)
    ]
    lodwar = place("geonames:9", "Lodwar", "KE", 3.12, 35.60, population=50_000)
    found = resolve([mention("Kakuma", cands, site=True), mention("Lodwar", [lodwar], start=30)])
    assert (found[0] == lodwar) == stands
    assert found[0] is not None
