"""Demonstrators and police fighting is a riot whichever side the text tells first, also when
the police count as the side hit ("a clash between demonstrators and police", stop 26); with
an armed group on a side it stays a battle. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-clash-between-demonstrators-and-police": (
        "On Monday, a clash broke out between demonstrators and police in Nakuru.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "en-clash-ensued-between-protesters-and-the-police": (
        "A clash ensued between protesters and the police in front of parliament in Nairobi "
        "on Monday.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "id-bentrokan-antara-pengunjuk-rasa-dan-polisi": (
        "Bentrokan antara pengunjuk rasa dan polisi terjadi di Makassar pada Senin.",
        [("Riots", "Violent demonstration", "Rioters (Indonesia)", None)],
    ),
    # an armed group on a side: a battle
    "en-clash-between-rebels-and-police": (
        "On Monday, a clash broke out between rebels and police in Beni.",
        [("Battles", "Armed clash", None, None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("crowd_sides"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_demonstrators_and_police_riot(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
