"""Indonesian suicide bombings told by the bomber ("pembom bunuh diri"), by the act ("meledakkan
diri", "blew himself up") or without the word bomb ("serangan bunuh diri") are ACLED's
Suicide bomb, as English "suicide bomber" / "blew himself up" are. Every sentence here is our
own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2021-03-29"
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
PLANTED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

# key: (text, (event type, sub-event type))
CASES = {
    "id-pembom": (
        "Seorang pembom bunuh diri beraksi di depan sebuah gereja di Kota Makassar pada Minggu "
        "pagi, menewaskan dua orang jemaat, kata polisi.",
        SUICIDE,
    ),
    "id-meledakkan-diri": (
        "Seorang pria meledakkan diri di halaman markas polisi di Kota Medan, Rabu pagi, "
        "melukai empat petugas.",
        SUICIDE,
    ),
    "id-meledakkan-dirinya": (
        "Seorang pria meledakkan dirinya di pos pemeriksaan polisi di Kartasura, Sukoharjo, Senin "
        "malam, melukai dua petugas.",
        SUICIDE,
    ),
    "en-blew-himself-up": (
        "A man blew himself up outside a police station in Medan on Wednesday morning, "
        "wounding four officers.",
        SUICIDE,
    ),
    # the trap: a bomb that went off with nobody blowing himself up stays planted
    "id-bom-meledak": (
        "Sebuah bom rakitan meledak di depan pos polisi di Kota Medan, Rabu pagi, melukai "
        "empat petugas.",
        PLANTED,
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("suicide_id"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_suicide_bombings_in_indonesian(extracted, key):
    _, expected = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == expected
