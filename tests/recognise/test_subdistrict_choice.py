"""Stop 28 (issue 14): the event's place among a subdistrict told with its kind ("X upazila",
"X township", "Kecamatan X") and other places of the telling. A town named bare outside the
subdistrict (a district town written as where it lies, a dateline, a hospital's town) and the
district holding it are wider; a town inside it, or one told with its settlement noun, stays
narrower. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def where(text: str, gz: Gazetteer, language: str = "en") -> tuple[str, str | None, int | None]:
    (loc,) = set(event_locations(text, gz, language))
    assert loc is not None
    return loc.name, loc.admin2, loc.precision


def test_a_district_town_written_after_the_upazila_is_no_event_place(gz):
    text = (
        "Supporters of two candidates clashed at a bazaar under Pirganj upazila of northern "
        "Rangpur on Friday."
    )
    assert where(text, gz) == ("Pirganj", "Rangpur", 2)


def test_a_dateline_town_is_no_event_place(gz):
    text = (
        "Rajshahi, two students were injured when a crude bomb went off near a college in "
        "Godagari upazila on Sunday."
    )
    assert where(text, gz) == ("Godagari", "Rajshahi", 2)


def test_the_town_of_a_hospital_is_no_event_place(gz):
    text = (
        "A shopkeeper wounded when gunmen attacked his store in Sitakunda upazila on Monday died "
        "at a Chattogram hospital on Tuesday."
    )
    assert where(text, gz) == ("Sitakunda", "Chattogram", 2)


def test_an_upazila_is_narrower_than_the_district_told_first(gz):
    text = "In Narail district, a man was beaten to death in Kalia upazila on Sunday."
    assert where(text, gz) == ("Kalia", "Narail", 2)


def test_a_kecamatan_is_narrower_than_its_regency_and_a_hospital_town(gz):
    regency = (
        "Di Kabupaten Bima, dua pemuda terluka dalam bentrokan antarkampung di Kecamatan Wera "
        "pada Minggu malam."
    )
    assert where(regency, gz, "id") == ("Wera", "Kabupaten Bima", 2)
    hospital = (
        "Seorang petani tewas dibacok dalam bentrokan antarwarga di Kecamatan Lambu, lalu "
        "jenazahnya dibawa ke rumah sakit di Bima."
    )
    assert where(hospital, gz, "id") == ("Lambu", "Kabupaten Bima", 2)


def test_a_village_inside_the_township_stays_the_event_place(gz):
    # the village's record names its township, though it lies 45 km from the township's point
    text = "Soldiers clashed with rebels in Ding Ga Yang in Momauk township on Monday."
    assert where(text, gz) == ("Ding Ga Yang", "Momauk", 1)


def test_a_town_told_with_its_settlement_noun_stays_the_event_place(gz):
    text = (
        "A crude bomb went off in the town of Sylhet on Sunday as police searched Beanibazar "
        "upazila."
    )
    assert where(text, gz) == ("Sylhet", "Sylhet", 1)


def test_a_union_read_far_outside_the_upazila_is_no_event_place(gz):
    # the one Baliadanga union the gazetteer has lies over 200 km from Godagari
    far = "Border guards shot dead a cattle trader at Baliadanga border under Godagari upazila on Monday."
    assert where(far, gz) == ("Godagari", "Rajshahi", 2)
    # Matikata union lies inside Godagari upazila
    near = "Border guards shot dead a cattle trader at Matikata border under Godagari upazila on Monday."
    assert where(near, gz) == ("Matikata", None, 2)


def test_a_district_read_as_its_town_is_as_wide_as_a_district(gz):
    # the gazetteer has Sungai Kolok as a town only; Rangae is a district there: the event
    # is where the bomb went off, the first district told
    text = (
        "A bomb wounded two rangers in Rangae district on Monday as they drove to a blast in "
        "Narathiwat's Sungai Kolok district."
    )
    assert where(text, gz) == ("Amphoe Ra-ngae", "Amphoe Ra-ngae", 2)
