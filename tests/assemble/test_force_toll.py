"""Deaths told with the shots or tear gas of state forces right after a demonstration are the
toll of the force used on it: one event of excessive force, not a peaceful protest and an attack
of its own (stop 29, `events._policed`), as the Indonesian "menembaki ... dan menewaskan" was
read already. Trap: tear gas with no death stays a protest with intervention. Every sentence
here is our own."""

import pytest

from .extracted import extract_cases

EXCESSIVE = ("Protests", "Excessive force against protesters")

# (text, published, [(event type, sub-type, best fatalities)])
CASES = [
    (
        "Hundreds of traders protested against new taxes in Kisumu on Monday. Police fired on "
        "the protesters, killing one.",
        "2024-07-23",
        [(*EXCESSIVE, 1)],
    ),
    (
        "Ratusan pedagang berunjuk rasa menolak pajak baru di Wamena pada Senin. Polisi "
        "menembaki para pengunjuk rasa dan menewaskan seorang pedagang.",
        "2024-07-23",
        [(*EXCESSIVE, 1)],
    ),
    # trap
    (
        "Hundreds of traders protested against new taxes in Kisumu on Monday. Police fired tear "
        "gas to disperse them.",
        "2024-07-23",
        [("Protests", "Protest with intervention", None)],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("force_toll"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_force_toll(events, index):
    found = [
        (e["event_type"], e["sub_event_type"], (e["fatalities"] or {}).get("best"))
        for e in events[index]
    ]
    assert found == CASES[index][2]
