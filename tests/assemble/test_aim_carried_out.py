"""An aim carried out is a death told (stop 27): "rebels managed to kill two soldiers" and "we
were able to kill 35" count their dead (`markers.achieved` before an `aim` phrase); "tried
to kill", "threatened to kill" still count none. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, fatalities best)
CASES = {
    "en-managed-to-kill": (
        "Rebels managed to kill two soldiers in an ambush near Idlib on Tuesday.",
        2,
    ),
    "en-were-able-to-kill": (
        "We were able to kill 35 fighters in the ambush near Idlib, a rebel commander said on "
        "Tuesday.",
        35,
    ),
    "en-tried-to-kill": ("Gunmen tried to kill a judge in Mosul on Tuesday.", None),
    "en-vowed-to-kill": (
        "Rebels attacked an army post near Idlib on Tuesday and vowed to kill 35 soldiers.",
        None,
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("aim_carried_out"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_an_aim_carried_out_counts_its_dead(extracted, key):
    [event] = extracted[key]
    assert (event["fatalities"] or {}).get("best") == CASES[key][1]
