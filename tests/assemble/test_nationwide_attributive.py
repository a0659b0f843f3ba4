"""The word "nationwide" before a noun tells that noun's reach ("a nationwide transport blockade"),
not the acts': the blasts of the sentence are one event at the town it names. Told after the
acts ("clashes were reported nationwide"), it still spreads them over the country."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "adjective": (
        "At least nine people were wounded when crude bombs exploded at a bus stand in Rajshahi "
        "on the third day of the opposition's nationwide transport blockade, police said."
    ),
    "countrywide": (
        "Two bus drivers were killed in Khulna when their vehicle was set on fire during a "
        "countrywide general strike called by the opposition alliance."
    ),
    "adverb": (
        "Clashes between opposition activists and police were reported nationwide, leaving "
        "at least 40 people injured, officials said."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2015-01-12") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("nationwide"), rows, gazetteer_path)


def test_nationwide_blockade_leaves_the_blasts_one_event(extracted):
    events = extracted["adjective"]
    assert [(e["event_type"], e["location"]["name"]) for e in events] == [
        ("Explosions/Remote violence", "Rajshahi")
    ]
    assert [c["value"] for c in events[0]["claims"] if c["kind"] == "injured"] == [9]


def test_countrywide_strike_leaves_the_killing_one_event(extracted):
    events = extracted["countrywide"]
    assert [e["location"]["name"] for e in events] == ["Khulna"]
    assert events[0]["fatalities"]["best"] == 2


def test_nationwide_after_the_acts_still_spreads_them(extracted):
    assert extracted["adverb"] == []
