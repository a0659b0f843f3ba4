"""A count of "other" victims told on its own after an event's toll ("the army also said it
killed three other fighters", "tiga anggota lainnya") counts victims besides the event's: it
is no rival account of the toll. "Others" beside another count of their own sentence ("eight
killed and 10 others wounded") are that count's complement and stay."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en-later": (
        "An air strike on a car near Tyre on Saturday killed four people, the health ministry "
        "said. The Israeli army separately said it had killed three other Hezbollah members."
    ),
    "id-later": (
        "Serangan udara di distrik Nabatiyeh pada Sabtu (2/5/2020) menewaskan empat orang, kata "
        "Kementerian Kesehatan Lebanon. Selain itu, militer Israel juga menewaskan tiga anggota "
        "Hizbullah lainnya."
    ),
    # the complement of the sentence's other count: kept
    "en-same": (
        "Eight soldiers were killed and 10 others wounded when rebels ambushed a patrol near "
        "Goundam on Monday, a military source said."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("others"), rows, gazetteer_path)


@pytest.mark.parametrize("key", ["en-later", "id-later"])
def test_other_victims_told_later_are_no_rival_account(extracted, key):
    [event] = extracted[key]
    assert [(c["kind"], c["value"]) for c in event["claims"]] == [("killed", 4)]
    assert (event["fatalities"]["low"], event["fatalities"]["best"]) == (4, 4)


def test_others_beside_a_count_of_their_sentence_stay(extracted):
    [event] = extracted["en-same"]
    assert sorted((c["kind"], c["value"]) for c in event["claims"]) == [
        ("injured", 10),
        ("killed", 8),
    ]
