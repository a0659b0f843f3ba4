"""Stop 24 (issue 14): events with no place, and the most specific level the text supports.
Sentences written by the authors; the villages named here are made up, so the gazetteer lacks
them and the event must fall back to the unit the text names after them.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, event_locations, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer, code: str = "en") -> list[tuple[str, str, bool, str | None]]:
    return [
        (m.name, m.relation, m.bare, p.country if p is not None else None)
        for m, p in read_places(text, gz, code)
    ]


def test_an_unknown_village_before_a_comma_heads_a_chain(gz):
    # "Mirrawani" is unknown: it is kept unresolved, and Dadu is where it lies (not a bare name)
    assert _read("Gunmen shot dead two traders in Mirrawani, Dadu on Sunday.", gz) == [
        ("Mirrawani", "at", False, None),
        ("Dadu", "in", False, "PK"),
    ]
    loc = event_location("Gunmen shot dead two traders in Mirrawani, Dadu on Sunday.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Dadu", "PK", 2)


def test_an_unknown_indonesian_village_falls_back_to_the_town_after_it(gz):
    text = "Massa membakar dua rumah warga di Lorongsari, Wamena, pada Senin."
    assert _read(text, gz, "id") == [
        ("Lorongsari", "at", False, None),
        ("Wamena", "in", False, "ID"),
    ]


def test_a_known_town_before_its_country_keeps_its_place(gz):
    # both names known: the chain is read as before, the town is the event's place
    assert _read("Protesters marched in Nairobi, Kenya on Monday.", gz) == [
        ("Nairobi", "at", False, "KE"),
        ("Kenya", "in", False, "KE"),
    ]
    loc = event_location("Protesters marched in Nairobi, Kenya on Monday.", gz)
    assert loc is not None and (loc.name, loc.precision) == ("Nairobi", 1)


def test_no_unknown_head_without_a_relation_word(gz):
    # a capitalised word opening the sentence is no unknown village
    assert [(n, r) for n, r, _, _ in _read("Mirrawani, Dadu and Larkana saw protests.", gz)] == [
        ("Dadu", "at"),
        ("Larkana", "at"),
    ]


def test_a_region_known_only_by_its_seat_town_holds_its_towns(gz):
    # the gazetteer has Turkistan only as a town: "Turkistan region" is the region around it
    # (its towns' record names the region), so Shardara, 230 km away, stays Shardara
    text = "Farmers blocked a highway in Shardara town of Turkistan region on Tuesday."
    assert _read(text, gz) == [("Shardara", "at", False, "KZ"), ("Turkistan", "in", False, "KZ")]
    loc = event_location(text, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Shardara", 1)


def test_a_district_known_only_by_its_seat_town_is_a_district_wide(gz):
    # "Kentau district" (only the town in the gazetteer) reaches a district's 120 km, not a
    # region's: Arys, 123 km away, is no town of it, so it is left open (a namesake elsewhere
    # would be no better) and the event falls back to Kentau
    found = dict(
        (m.name, p) for m, p in read_places("Police detained ten men in Arys, Kentau district.", gz)
    )
    assert found["Arys"] is None and found["Kentau"] is not None


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Kenya Defence Forces soldiers shot dead two suspected raiders on Tuesday.",
            "en",
            "Kenya",
        ),
        (
            "Soldiers of the Pakistan Army killed three militants in a raid on Sunday.",
            "en",
            "Pakistan",
        ),
        (
            "Prajurit TNI menembak mati dua anggota kelompok bersenjata pada Selasa.",
            "id",
            "Indonesia",
        ),
    ],
)
def test_a_text_naming_only_state_forces_falls_back_to_their_country(gz, text, language, country):
    (loc,) = event_locations(text, gz, language)
    assert loc is not None and (loc.name, loc.precision) == (country, 3)


def test_forces_known_to_serve_abroad_give_no_country(gz):
    # France's forces fought in the Sahel (data/actors_abroad.tsv): no French event place
    assert event_locations(
        "French troops killed four militants in an airstrike on Monday.", gz
    ) == [None]


def test_an_unknown_link_keeps_a_chain_going(gz):
    # "Barrio Kalitu" is unknown: the chain goes on to Misiones, and San Pedro is read inside
    # it (alone, San Pedro is the Ivorian port)
    text = "Nurses protested in San Pedro, Barrio Kalitu, Misiones on Monday."
    found = read_places(text, gz)
    assert [(m.name, m.relation) for m, _ in found] == [
        ("San Pedro", "at"),
        ("Barrio Kalitu", "in"),
        ("Misiones", "in"),
    ]
    town, link, unit = (p for _, p in found)
    assert link is None and town is not None and unit is not None
    assert town.country == unit.country != "CI"


def test_a_peoples_word_before_a_place_noun_names_its_country_not_a_place(gz):
    text = "A roadside bomb killed three traders near a small Ugandan village on Friday."
    ((m, p),) = read_places(text, gz)
    # "Ugandan village": no village called Ugandan, but a village in Uganda
    assert (m.name, m.candidates, m.people, m.countries, p) == ("Ugandan", (), ("UG",), (), None)
    (loc,) = event_locations(text, gz)
    assert loc is not None and (loc.name, loc.precision) == ("Uganda", 3)


def test_forces_serving_abroad_keep_the_places_of_their_theatre(gz):
    # French forces served in the Sahel (data/actors_abroad.tsv): a Burkinabe town near them is
    # no namesake "abroad" to drop, as it would be for a force of France's own neighbours
    (loc,) = event_locations("French soldiers killed five militants near Djibo on Monday.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Djibo", "BF", 2)


def test_a_peoples_word_before_a_named_town_binds_nothing(gz):
    # "the Iraqi town of Al-Qaim" names the town: Abu Kamal across the border stays in Syria
    text = "Airstrikes hit a depot near Abu Kamal, opposite the Iraqi town of Al-Qaim."
    found = {m.name: (m, p) for m, p in read_places(text, gz)}
    assert found["Abu Kamal"][1] is not None and found["Abu Kamal"][1].country == "SY"
    assert all(m.people == () for m, _ in found.values())


def test_a_district_placed_at_its_provinces_point_holds_the_towns_of_that_province(gz):
    # GeoNames' West Wellega zone has no point of its own (its province's, near Addis Ababa,
    # 300 km from Gimbi): it says only that Gimbi lies in Oromiya, which its record does
    found = {m.name: p for m, p in read_places("Students protested in Gimbi (West Wellega).", gz)}
    assert found["Gimbi"] is not None and (found["Gimbi"].name, found["Gimbi"].country) == (
        "Gimbi",
        "ET",
    )


@pytest.mark.parametrize(
    ("chain", "level"),
    [
        # the village is unknown: the narrowest level that resolves, with precision 2
        ("Desa Wanggoroto, Kecamatan Sugapa, Kabupaten Intan Jaya, Papua Tengah", "Sugapa"),
        ("Desa Wanggoroto, Kecamatan Xyzabu, Kabupaten Intan Jaya", "Kabupaten Intan Jaya"),
        ("Kampung Wanggoroto, Distrik Sugapa, Intan Jaya", "Sugapa"),
    ],
)
def test_an_indonesian_chain_takes_its_narrowest_level_that_resolves(gz, chain, level):
    text = f"Kelompok bersenjata membakar sebuah sekolah di {chain}, pada Senin."
    (loc,) = event_locations(text, gz, "id")
    assert loc is not None and (loc.name, loc.country, loc.precision) == (level, "ID", 2)
