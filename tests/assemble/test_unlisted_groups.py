"""Armed groups data/actors.tsv does not list, read by their own name (stop 27): capitalised
words ending in a group's head noun ("the Mandalay Hills Guerrilla Force"), with the acronym
told in brackets after it as ACLED writes it ("SYRF: Sagaing Youth Revolutionary Force"); in
Indonesian the head opens the name ("Laskar Jundullah"). A state's force named so ("Kenya
Defence Forces", "Armed Police Force") and a firm, medium or movement ending (or opened) by a
weak head with no word of armed struggle ("Golden Valley Trading Group", "Gerakan Pemuda
Desa") are no group, nor are title-case words with an event word among them ("Gunmen Attack
Police Force Headquarters"). Every sentence here is our own."""

import pytest

from .extracted import actor_names, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, actor1, a name no actor of the event may bear or None)
CASES = {
    "en-guerrilla-force": (
        "Fighters of the Mandalay Hills Guerrilla Force attacked a junta convoy near Mandalay on"
        " Monday, killing four soldiers.",
        "Mandalay Hills Guerrilla Force",
        None,
    ),
    "en-acronym-in-brackets": (
        "The Sagaing Youth Revolutionary Force (SYRF) bombed a police outpost in Monywa on"
        " Tuesday, wounding two policemen.",
        "SYRF: Sagaing Youth Revolutionary Force",
        None,
    ),
    "en-weak-head-with-martial-word": (
        "The Northern Hills Liberation Front ambushed a police patrol in Ukhrul on Monday,"
        " killing two policemen.",
        "Northern Hills Liberation Front",
        None,
    ),
    "id-laskar": (
        "Laskar Jundullah menyerang pos polisi di Poso pada Senin dan menewaskan dua polisi.",
        "Laskar Jundullah",
        None,
    ),
    # the traps: a state's forces by their own name, and a medium ending in a weak head
    "en-state-force-of-state-words": (
        "Members of the Armed Police Force shot dead two villagers in Nepalgunj on Monday.",
        "Police Forces of Nepal",
        "Armed Police Force",
    ),
    "en-state-force-with-country": (
        "Zambia Defence Force soldiers shot dead two traders in Chipata on Monday.",
        "Military Forces of Zambia",
        "Zambia Defence Force",
    ),
    "en-title-case-headline": (
        "Gunmen Attack Police Force Headquarters in Maiduguri on Monday, killing two officers.",
        "Unidentified Armed Group (Nigeria)",
        "Gunmen Attack Police Force",
    ),
    "en-firm-weak-head": (
        "Supporters of the Golden Valley Trading Group beat two journalists in Monywa on Monday.",
        "Unidentified Armed Group (Myanmar)",
        "Golden Valley Trading Group",
    ),
    "id-weak-head-no-martial-word": (
        "Anggota Gerakan Pemuda Desa memukuli dua wartawan di Poso pada Senin.",
        "Unidentified Armed Group (Indonesia)",
        "Gerakan Pemuda Desa",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("unlisted"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_actor1_named_as_told(extracted, key):
    _, actor1, not_an_actor = CASES[key]
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1
    names = actor_names(event)
    assert not_an_actor not in names
