"""A riot between a crowd and a state force puts the crowd first (stop 26): ACLED codes
Rioters as actor1 and the police or army as actor2 in Mob violence and Violent demonstration,
whichever side the text tells first ("Police clashed with a crowd"). Traps: a crowd beating a
man stays Rioters against Civilians, and police shooting protesters dead keeps the police
first (Excessive force against protesters). Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-06"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-police-clashed-with-crowd": (
        "Police clashed with a crowd in Nairobi on Monday.",
        [("Riots", "Mob violence", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    "en-soldiers-fought-with-youths": (
        "Soldiers fought with a group of youths in Kisumu on Monday.",
        [("Riots", "Mob violence", "Rioters (Kenya)", "Military Forces of Kenya")],
    ),
    "id-polisi-bentrok-pemuda": (
        "Bentrokan antara polisi dan sekelompok pemuda terjadi di Makassar pada Senin.",
        [("Riots", "Mob violence", "Rioters (Indonesia)", "Police Forces of Indonesia")],
    ),
    "en-police-clashed-with-protesters": (
        "Police clashed with protesters in Nairobi on Monday.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    # traps
    "en-residents-beat-thief": (
        "Residents beat a suspected thief in Nakuru on Sunday.",
        [("Riots", "Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
    ),
    "en-police-shot-protesters": (
        "Police shot dead two protesters in Nakuru on Sunday during a demonstration.",
        [
            (
                "Protests",
                "Excessive force against protesters",
                "Police Forces of Kenya",
                "Protesters (Kenya)",
            )
        ],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("riot_sides"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_riot_sides(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
