"""Stop 25 (issue 14): events with no place fall back to the country the text gives them.
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


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Kenyan police shot dead two suspected robbers on Tuesday night.", "en", "Kenya"),
        ("A Pakistani policeman was killed when gunmen opened fire on Friday.", "en", "Pakistan"),
        ("Polisi Kenya menembak mati dua perampok pada Selasa malam.", "id", "Kenya"),
    ],
)
def test_police_told_with_their_country_give_it(gz, text, language, country):
    # police serve at home: a text naming no place is placed in their country (precision 3)
    (loc,) = event_locations(text, gz, language)
    assert loc is not None and (loc.name, loc.precision) == (country, 3)


def test_police_attacked_by_a_group_from_abroad_are_at_home(gz):
    # Al Shabaab is coded to Somalia and fights in Kenya: the Kenyan police post is in Kenya
    (loc,) = event_locations(
        "Al Shabaab militants attacked a Kenyan police post with grenades on Monday.", gz
    )
    assert loc is not None and (loc.name, loc.precision) == ("Kenya", 3)


def test_police_of_two_countries_give_none(gz):
    assert event_locations(
        "Kenyan and Ugandan police arrested four suspected smugglers on Sunday.", gz
    ) == [None]


def test_soldiers_told_with_a_nationality_still_give_none(gz):
    # soldiers and peacekeepers serve abroad: a nationality word in their role is no place
    assert event_locations(
        "A Senegalese peacekeeper was killed by unidentified gunmen on Monday.", gz
    ) == [None]


def test_a_peoples_word_before_a_border_names_no_people(gz):
    # "the Somali border" is a border, not Somali people: the Kenyan police still give Kenya
    (loc,) = event_locations(
        "Kenyan police seized explosives in a camp near the Somali border on Friday.", gz
    )
    assert loc is not None and (loc.name, loc.precision) == ("Kenya", 3)


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Members of the Uttarakhand Teachers Union staged a protest demanding higher pay.",
            "en",
            "Uttarakhand",
            "IN",
        ),
        (
            "Hundreds of members of the Kenya Traders Association protested against new taxes.",
            "en",
            "Kenya",
            "KE",
        ),
        (
            "Ratusan anggota Serikat Buruh Aceh berunjuk rasa menuntut kenaikan upah.",
            "id",
            "Aceh",
            "ID",
        ),
    ],
)
def test_a_province_or_country_inside_an_organisations_name_gives_it(
    gz, text, language, name, country
):
    # no place named, no actor's country: the organisation's province or country (precision 3)
    (loc,) = event_locations(text, gz, language)
    assert loc is not None and (loc.name, loc.country, loc.precision) == (name, country, 3)


@pytest.mark.parametrize(
    "text",
    [
        # "Central" is a province of many countries
        "Members of the Central Farmers Union staged a protest demanding higher prices.",
        # "South" is a Rwandan province, and a common word
        "Members of the South Farmers Union staged a protest demanding higher prices.",
        # Somali people named: the Kenyan body is no sure place of the protest
        "Somali members of the Kenya Traders Association protested against new taxes.",
    ],
)
def test_an_unsure_name_inside_an_organisations_name_gives_none(gz, text):
    assert event_locations(text, gz) == [None]
