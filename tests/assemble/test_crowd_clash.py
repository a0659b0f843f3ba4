"""An unorganised crowd told as a side of a clash ("clashes between youths and police") is a
riot, Mob violence, whichever side the text tells first and also when the crowd is one of
several doers: ACLED's Battles need organised armed groups on both sides (stop 26). With a
militia on a side, or youths told as armed, it stays a battle; sides told in the passive
("clashes between youths and police were reported") are no speakers; police and unarmed people clashing is a riot too, whichever is told first,
unless guns were fired on both sides ("a shoot-out", "baku tembak"); two unnamed rival groups of a
village stay the communal militia's battle. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-clashes-between-youths-and-police": (
        "Clashes between youths and police erupted in Bobo-Dioulasso on Sunday.",
        [("Riots", "Mob violence", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso")],
    ),
    "en-clashes-between-youths": (
        "Clashes between youths erupted in Bobo-Dioulasso on Sunday.",
        [("Riots", "Mob violence", "Rioters (Burkina Faso)", None)],
    ),
    "en-police-clashed-with-a-crowd": (
        "Police clashed with a crowd in Koudougou on Saturday.",
        [("Riots", "Mob violence", None, None)],
    ),
    "id-bentrok-antara-sekelompok-pemuda-dan-polisi": (
        "Bentrokan antara sekelompok pemuda dan polisi terjadi di Makassar pada Senin.",
        [("Riots", "Mob violence", "Rioters (Indonesia)", None)],
    ),
    # sides told by what divides them, not by an armed group's name
    "en-opposing-political-groups-clashed": (
        "Opposing political groups clashed in Koudougou after the vote, injuring several.",
        [("Riots", "Mob violence", "Rioters (Burkina Faso)", None)],
    ),
    # a count of people killed in clashes is no crowd: still a battle
    "en-dozens-of-people-killed-in-clashes": (
        "Dozens of people were killed in clashes in Koudougou on Sunday.",
        [("Battles", "Armed clash", None, None)],
    ),
    # told in the passive ("were reported"), the sides are no speakers
    "en-clashes-were-reported": (
        "Clashes between youths and police were reported in Bobo-Dioulasso on Sunday.",
        [("Riots", "Mob violence", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso")],
    ),
    # ... while who reports in the active voice still only speaks
    "en-police-reported": (
        "Police reported that gunmen killed two farmers in Bobo-Dioulasso on Sunday.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Burkina Faso)",
                "Civilians (Burkina Faso)",
            )
        ],
    ),
    # state forces and unarmed people clashing, the force told first
    "en-clashes-between-police-and-vendors": (
        "Clashes broke out in Oran between police and street vendors.",
        [("Riots", "Mob violence", "Rioters (Algeria)", "Police Forces of Algeria")],
    ),
    "id-bentrokan-antara-polisi-dan-pedagang": (
        "Bentrokan antara polisi dan pedagang kaki lima terjadi di Makassar pada Senin.",
        [("Riots", "Mob violence", "Rioters (Indonesia)", "Police Forces of Indonesia")],
    ),
    # ... but guns fired on both sides: a battle
    "en-shoot-out-in-a-raid": (
        "Police raided a neighbourhood of Oran on Sunday. A shoot-out broke out and two officers "
        "and two residents were injured.",
        [("Battles", "Armed clash", None, None)],
    ),
    "id-baku-tembak-polisi-dan-warga": (
        "Baku tembak antara polisi dan warga terjadi di Makassar pada Senin.",
        [("Battles", "Armed clash", None, None)],
    ),
    # an armed side: a battle
    "en-soldiers-clashed-with-armed-youths": (
        "Soldiers clashed with armed youths in Bobo-Dioulasso on Sunday.",
        [("Battles", "Armed clash", None, None)],
    ),
    "en-clash-between-militia-and-youths": (
        "Clashes between a communal militia and youths erupted in Bobo-Dioulasso on Sunday.",
        [("Battles", "Armed clash", None, None)],
    ),
    "en-two-rival-groups-at-a-village": (
        "A clash between two rival groups at Kolapara village in Barisal over a land dispute "
        "left three people injured on Sunday.",
        [("Battles", "Armed clash", None, None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("crowd_clash"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_crowd_clash(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
