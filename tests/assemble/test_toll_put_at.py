"""'A local official put the death toll at 20': the speaker of a toll told by its own phrase
(en `reporting.before`: "put the death toll", "put the number of dead") is the claimant of
its figure, not whoever speaks next in the sentence (stop 28). Indonesian tells it with a
reporting verb ("menyebut jumlah korban tewas mencapai 20 orang"), which was read already.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-05-21"

# key: (text, (claimant of the 20 killed, claimant of the 30 killed))
CASES = {
    "en-death-toll": (
        "Gunmen attacked a village in Zamfara state on Sunday, killing at least 12 people, police "
        "said.\n\nA local official put the death toll at 20, while residents said more than 30 "
        "bodies had been recovered.",
        ("local official", "residents"),
    ),
    "en-number-of-dead": (
        "Gunmen attacked a village in Zamfara state on Sunday, killing at least 12 people, police "
        "said.\n\nA local official put the number of dead at 20, while residents said more than "
        "30 bodies had been recovered.",
        ("local official", "residents"),
    ),
    "id-menyebut": (
        "Kelompok bersenjata menyerang sebuah desa di Negara Bagian Zamfara pada Minggu dan "
        "menewaskan sedikitnya 12 orang, kata polisi.\n\nSeorang pejabat setempat menyebut "
        "jumlah korban tewas mencapai 20 orang, sementara warga mengatakan lebih dari 30 jenazah "
        "telah ditemukan.",
        ("local officials", "residents"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("toll_put_at"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_toll_put_at_is_its_speakers(extracted, key):
    [event] = extracted[key]
    by_value = {c["value"]: c["claimant"]["name"] for c in event["claims"] if c["kind"] == "killed"}
    assert (by_value[20], by_value[30]) == CASES[key][1]
