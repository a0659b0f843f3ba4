"""The side a strike hit when the dead are fighters (stop 25, second round): a strike on
"rebel positions" or "militant hideouts", or one counting "12 fighters" killed, hit an armed
side nobody named, not civilians; a strike on a market killing people still hit civilians.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

STRIKE = ("Explosions/Remote violence", "Air/drone strike")

# key: (text, (event type, sub-event type, actor1, actor2))
CASES = {
    "en-rebel-positions-fighters": (
        "Government aircraft bombed rebel positions near Idlib on Tuesday, killing 12 fighters.",
        (*STRIKE, "Military Forces of Syria", "Unidentified Armed Group (Syria)"),
    ),
    "en-militant-hideouts": (
        "An air strike hit militant hideouts in North Waziristan on Tuesday, killing 6 militants.",
        (*STRIKE, "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ),
    "id-posisi-pemberontak": (
        "Serangan udara menghantam posisi pemberontak di Intan Jaya pada Senin, menewaskan "
        "tiga pemberontak.",
        (*STRIKE, "Military Forces of Indonesia", "Unidentified Armed Group (Indonesia)"),
    ),
    # the named group hit stays named
    "id-markas-kkb": (
        "Pesawat TNI membombardir markas KKB di Intan Jaya pada Senin, menewaskan lima orang.",
        (*STRIKE, "Military Forces of Indonesia", "West Papua National Liberation Army"),
    ),
    # the trap: people killed at a market are civilians
    "en-market-people": (
        "Government aircraft bombed a market near Idlib on Tuesday, killing 12 people.",
        (*STRIKE, "Military Forces of Syria", "Civilians (Syria)"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("armed_hit"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_side_hit_as_acled_codes_it(extracted, key):
    _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
