"""A count of "other" victims told on its own after an event's toll ("the army also said it
killed three other fighters", "tiga anggota lainnya") counts victims besides the event's: it
is no rival account of the toll. Told after one victim alone ("killed a minister. Five others
were killed", stop 28) they add to that one. "Others" beside another count of their own
sentence ("eight killed and 10 others wounded") are that count's complement and stay."""

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
    # others told after one victim alone add to that one
    "en-after-one": (
        "A suicide bomber killed a provincial minister in Kabul on Monday, officials said. "
        "Five others were killed in the blast, police said."
    ),
    "id-after-one": (
        "Orang tak dikenal menembak mati seorang kepala kampung di Distrik Ilaga, Kabupaten "
        "Puncak, pada Senin. Dua warga lainnya tewas dalam serangan itu."
    ),
    # others hurt after one killed: another kind, no sum
    "en-after-one-wounded": (
        "A roadside bomb killed a soldier near Kidal on Monday. Two others were wounded in "
        "the blast."
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


@pytest.mark.parametrize(("key", "killed"), [("en-after-one", 6), ("id-after-one", 3)])
def test_others_told_after_one_victim_add_to_it(extracted, key, killed):
    [event] = extracted[key]
    assert [(c["kind"], c["value"]) for c in event["claims"]] == [("killed", killed)]
    assert (event["fatalities"]["low"], event["fatalities"]["best"]) == (killed, killed)


def test_others_of_another_kind_add_nothing(extracted):
    [event] = extracted["en-after-one-wounded"]
    assert sorted((c["kind"], c["value"]) for c in event["claims"]) == [
        ("injured", 2),
        ("killed", 1),
    ]
    assert event["fatalities"]["best"] == 1
