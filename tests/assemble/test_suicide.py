"""A suicide is no political violence (stop 28): "killed himself", "tewas bunuh diri" make no
event; a suicide bombing stays one, and so do victims joined to the bomber's own death
("killing himself and 12 others"). Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-03-05"

TEXTS = {
    "en-killed-himself": (
        "A soldier killed himself with his service rifle at a base in Kidal on Monday, the "
        "army said."
    ),
    "id-tewas-bunuh-diri": (
        "Seorang anggota polisi tewas bunuh diri di Markas Polres Jayapura, Papua, pada Senin."
    ),
    "id-membunuh-dirinya": (
        "Seorang tahanan membunuh dirinya di sel Markas Polres Sorong, Papua Barat Daya, pada "
        "Senin."
    ),
    # traps: a bombing that killed others, the bomber among them; a suicide bombing
    "en-killing-himself-and-others": (
        "A bomber detonated his explosive vest at a checkpoint in Kabul on Monday, killing "
        "himself and 12 others, police said."
    ),
    "id-bom-bunuh-diri": (
        "Pelaku bom bunuh diri meledakkan bom di depan Markas Polrestabes Medan pada Senin dan "
        "melukai enam polisi."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, PUBLISHED) for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("suicide"), rows, gazetteer_path)


@pytest.mark.parametrize("key", ["en-killed-himself", "id-tewas-bunuh-diri", "id-membunuh-dirinya"])
def test_a_suicide_is_no_event(extracted, key):
    assert extracted[key] == []


def test_victims_joined_to_the_bombers_death_stay(extracted):
    [event] = extracted["en-killing-himself-and-others"]
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["fatalities"]["best"] == 12


def test_a_suicide_bombing_stays(extracted):
    [event] = extracted["id-bom-bunuh-diri"]
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )
