"""Two nationalities joined by "and" before one force's noun name both countries' forces
(stop 29), also when the second nationality and the noun are one listed actor ("Pakistani
troops"): the fight has both as its sides and no unidentified armed group. Every sentence here
is our own."""

import pytest

from .extracted import actor_names, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, the names the event's sides must hold, a name no side may bear or None)
CASES = {
    "en-listed-second": (
        "Indian and Pakistani troops exchanged fire along the Line of Control in Kupwara on"
        " Sunday.",
        {"Military Forces of India", "Military Forces of Pakistan"},
        "Unidentified Armed Group (India)",
    ),
    "en-listed-second-chad": (
        "Sudanese and Chadian soldiers clashed near the border town of Adre on Monday.",
        {"Military Forces of Sudan", "Military Forces of Chad"},
        "Unidentified Armed Group (Chad)",
    ),
    # the trap: one nationality before the listed force keeps its named enemy, no second force
    "en-one-nationality": (
        "Pakistani troops clashed with Taliban fighters in North Waziristan on Sunday.",
        {"Military Forces of Pakistan"},
        "Military Forces of India",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_paired"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_both_nationalities_forces_are_sides(extracted, key):
    _, sides, not_a_side = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == "Battles"
    assert sides <= set(actor_names(event))
    assert not_a_side not in actor_names(event)
