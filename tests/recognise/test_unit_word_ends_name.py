"""Stop 28: a unit's word written after a name and right before the next one ends the first
name: "Safi Tehsil Mohmand Agency" is a tehsil and the agency it lies in, not one longer name
the gazetteer lacks. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        (
            "A roadside bomb went off in Safi Tehsil Mohmand Agency on Friday.",
            "Mohmand Agency",
            "PK",
        ),
        ("Police raided a house in Kaliganj Upazila Gazipur District on Monday.", "Gazipur", "BD"),
    ],
)
def test_the_name_after_a_unit_word_is_read(gz, text, unit, country):
    read = [
        (m.name, p.name if p else None, p.country if p else None) for m, p in read_places(text, gz)
    ]
    assert read[-1][1:] == (unit, country)


@pytest.mark.parametrize(
    "text",
    [
        "Gunship helicopters pounded hideouts in Tirah Valley Khyber Agency on Monday.",
        # Bara's only readings lie abroad: the agency it is told in says the country
        "Gunship helicopters pounded hideouts in Bara Tehsil Khyber Agency on Monday.",
    ],
)
def test_the_unit_after_a_unit_word_holds_the_place_before(gz, text):
    read = {m.name: m.relation for m, _ in read_places(text, gz)}
    assert read["Khyber Agency"] == "in"
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.name, loc.country, loc.precision) == ("Khyber Agency", "PK", 2)
