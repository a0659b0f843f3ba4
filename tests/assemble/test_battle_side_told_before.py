"""The other side of a fight told with no armed group named (stop 26): "On Saturday, Iraqi
troops fought fierce battles in X" after a story about the Islamic State is fought against
the Islamic State, the armed group the article named (most often, of equals the last) before
it; with no group named before, the side is an unidentified armed group (stop 29); a group named in the act's own
sentence is kept. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-10"

# key: (text, [(event type, actor1, actor2)] of the events, in order)
CASES = {
    "en-group-told-before": (
        "Islamic State fighters seized the town of Hit in Anbar province last week, residents "
        "said.\n\nOn Saturday, Iraqi troops fought fierce battles in Baghdadi, a town north of "
        "Hit, the army said.",
        [
            ("Battles", "Islamic State", None),
            ("Battles", "Military Forces of Iraq", "Islamic State"),
        ],
    ),
    "id-kkb-told-before": (
        "Kelompok Kriminal Bersenjata (KKB) menembak mati seorang guru di Distrik Beoga, "
        "Kabupaten Puncak, pada Senin.\n\nPada Rabu, aparat gabungan TNI-Polri terlibat kontak "
        "tembak di Kampung Julukoma, Distrik Beoga, kata polisi.",
        [
            ("Violence against civilians", "West Papua National Liberation Army",
             "Civilians (Indonesia)"),
            ("Battles", "Military Forces of Indonesia", "West Papua National Liberation Army"),
        ],
    ),
    # nobody named before: the side hit is no group taken from elsewhere
    "en-nobody-told-before": (
        "On Saturday, Iraqi troops fought fierce battles in Baghdadi, a town north of Hit, the "
        "army said.",
        # no group told before: the other side is the unnamed armed group a fight with one
        # force told has (stop 29), no group taken from elsewhere
        [("Battles", "Military Forces of Iraq", "Unidentified Armed Group (Iraq)")],
    ),
    # a group named in the act's own sentence is its side, not the one told before
    "en-group-in-sentence": (
        "Islamic State fighters seized the town of Hit in Anbar province last week, residents "
        "said.\n\nOn Saturday, Iraqi troops clashed with Kataib Hezbollah fighters in "
        "Baghdadi, a town north of Hit, the army said.",
        [
            ("Battles", "Islamic State", None),
            ("Battles", "Military Forces of Iraq", "Kataib Hezbollah"),
        ],
    ),
    # a bomb with no doer told after the group's attack is the group's (stop 27), in place of
    # an unidentified group; an air strike with no target told gets no side added
    "en-bomber-after-the-attack": (
        "Boko Haram fighters attacked an army base in Maiduguri on Wednesday, residents "
        "said.\n\nOn Friday, a female suicide bomber blew herself up at a market in Konduga, "
        "killing five people.",
        [
            ("Battles", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
             "Military Forces of Nigeria"),
            ("Explosions/Remote violence",
             "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
        ],
    ),
    "id-bom-setelah-penembakan": (
        "Kelompok Kriminal Bersenjata (KKB) menembak mati seorang guru di Distrik Beoga, "
        "Kabupaten Puncak, pada Senin.\n\nPada Rabu, sebuah bom rakitan meledak di pasar "
        "Kampung Julukoma, Distrik Beoga, dan melukai tiga warga, kata polisi.",
        [
            ("Violence against civilians", "West Papua National Liberation Army",
             "Civilians (Indonesia)"),
            ("Explosions/Remote violence", "West Papua National Liberation Army",
             "Civilians (Indonesia)"),
        ],
    ),
    "en-air-strike-gets-no-side": (
        "Islamic State fighters seized the town of Hit in Anbar province last week, residents "
        "said.\n\nOn Saturday, Iraqi warplanes struck Baghdadi, a town north of Hit, the army "
        "said.",
        [
            ("Battles", "Islamic State", None),
            ("Explosions/Remote violence", "Military Forces of Iraq", None),
        ],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("side_told_before"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_other_side_is_the_group_told(extracted, key):
    _, expected = CASES[key]
    got = [
        (
            e["event_type"],
            e["actor1"]["name"] if e.get("actor1") else None,
            e["actor2"]["name"] if e.get("actor2") else None,
        )
        for e in extracted[key]
    ]
    assert got == expected
