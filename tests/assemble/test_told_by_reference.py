"""An act the headline names and the lead tells only by reference ("pelaku penembakan",
"serangan tersebut", "the attack") is the article's news: one event (stop 23). Without such a
headline, a reference to nothing told stays none."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id": (
        "Peru Buru Dalang Penembakan Wali Kota Cusco\n\n"
        "LIMA, Warta Dunia -- Pemerintah Peru memburu pelaku penembakan terhadap Wali Kota "
        "Cusco, Luis Quispe.\n\n"
        "Menteri Dalam Negeri menyatakan polisi menawarkan hadiah bagi siapa pun yang memberi "
        "informasi tentang pelaku utama serangan tersebut.\n\n"
        "Presiden Peru menyebut insiden itu sebagai serangan terhadap demokrasi."
    ),
    "en": (
        "Peru hunts gunman behind shooting of Cusco mayor\n\n"
        "LIMA (Westwire) - Peru's government is hunting the gunman who shot the mayor of Cusco, "
        "Luis Quispe.\n\n"
        "The interior minister offered a reward for information on the man behind the attack.\n\n"
        "The president called the attack an assault on democracy."
    ),
    # no act in the headline: "the attacks" refer to nothing the article tells
    "en-no-headline-act": (
        "Is the group really in the north? Not so fast\n\n"
        "The president appeared on television soon after the attacks and blamed the group, "
        "without giving details.\n\n"
        "Analysts say the claim deserves caution."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-06-09") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("by_reference"), rows, gazetteer_path)


@pytest.mark.parametrize("key", ["id", "en"])
def test_an_act_told_only_by_reference_under_its_headline_is_one_event(extracted, key):
    events = extracted[key]
    assert [(e["event_type"], e["location"]["country"], e["date"]) for e in events] == [
        ("Violence against civilians", "PE", "2025-06-08")
    ]


def test_a_reference_to_nothing_told_is_no_event(extracted):
    assert extracted["en-no-headline-act"] == []
