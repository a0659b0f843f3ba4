"""A name the document gives as a person's last name ("Carlos Soria") is that person where it
stands alone ("the attack on Soria"), not a town of that name, in both languages."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id": (
        "Politikus Oposisi Meksiko Ditembak Saat Berkampanye\n\n"
        "Pemerintah Meksiko memburu pelaku penembakan terhadap politikus oposisi, Carlos Soria, "
        "pada Sabtu (7/6/2025). Ia dilarikan ke rumah sakit dalam kondisi kritis.\n\n"
        "Penembakan terhadap Soria memicu kecaman dari berbagai pihak di Meksiko."
    ),
    "en": (
        "Mexican opposition politician shot while campaigning\n\n"
        "Mexico's government is hunting the gunman who shot opposition politician Carlos Soria "
        "on Saturday. He was taken to hospital in a critical condition.\n\n"
        "The shooting of Soria drew condemnation across Mexico."
    ),
    # a place named with a cue stays the place though a person bears the name too
    "id-cue": (
        "Penembakan di Kota Soria\n\n"
        "Seorang polisi ditembak mati di Kota Soria, Spanyol, pada Sabtu (7/6/2025), kata "
        "juru bicara kepolisian, Ana Soria."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-06-08") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("surnames"), rows, gazetteer_path)


@pytest.mark.parametrize("key", ["id", "en"])
def test_a_surname_alone_is_the_person_not_a_town(extracted, key):
    places = {(e["location"]["name"], e["location"]["country"]) for e in extracted[key]}
    assert places and all(country == "MX" for _, country in places), places


def test_a_place_told_with_its_cue_is_still_the_place(extracted):
    assert [(e["location"]["name"], e["location"]["country"]) for e in extracted["id-cue"]] == [
        ("Soria", "ES")
    ]
