"""An act told as reported in the passive (stop 27): "rudal Israel dilaporkan menghantam rumah
sakit di Khan Younis" is a missile strike at Khan Younis, not a statement whose place is
Khan Younis; and "Polisi dilaporkan menembak dua warga" is the police's shooting, the police
no speaker. A statement's own place ("kata Dedi di Jayapura") is still no place of the act.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-14"

# key: (text, event type, actor1, place name)
CASES = {
    "id-rudal-dilaporkan-menghantam": (
        "Rudal Israel dilaporkan menghantam sebuah rumah sakit di Khan Younis pada Kamis.",
        "Explosions/Remote violence",
        "Military Forces of Israel",
        "Khān Yūnis",
    ),
    "id-polisi-dilaporkan-menembak": (
        "Polisi dilaporkan menembak dua warga di Wamena pada Kamis.",
        "Violence against civilians",
        "Police Forces of Indonesia",
        "Wamena",
    ),
    "en-was-reported-to-have-hit": (
        "A missile was reported to have hit a hospital in Khan Younis on Thursday.",
        "Explosions/Remote violence",
        None,
        "Khān Yūnis",
    ),
    # the trap: the speaker's place is not the act's
    "id-kata-di-jayapura": (
        "KKB menembak mati dua warga di Distrik Sugapa pada Kamis, kata Dedi di Jayapura.",
        "Violence against civilians",
        "West Papua National Liberation Army",
        "Sugapa",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("reportedly"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_an_act_told_as_reported_keeps_its_place_and_doer(extracted, key):
    _, event_type, actor1, place = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == event_type
    if actor1 is not None:
        assert event["actor1"]["name"] == actor1
    assert event["location"]["name"] == place
