""" "There were explosions near the police station" (stop 26): an auxiliary after "there"
tells that the act happened and makes no passive, so the force named after the event word is
the side hit, not the doer; a true passive still makes the one after "by" the doer. Every
sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2021-12-07"

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

# key: (text, (event type, sub-event type, actor1, actor2))
CASES = {
    "there-were": (
        "There were two explosions near the Tamu police station in Sagaing region on Monday night.",
        (*IED, "Unidentified Armed Group (Myanmar)", "Police Forces of Myanmar"),
    ),
    "there-was-an": (
        "There was an explosion near the army barracks in Monywa on Monday night.",
        (*IED, "Unidentified Armed Group (Myanmar)", "Military Forces of Myanmar"),
    ),
    # the trap: a passive keeps its doer after "by"
    "passive": (
        "Near the market in Monywa, soldiers were attacked by gunmen on Monday.",
        (
            "Battles",
            "Armed clash",
            "Unidentified Armed Group (Myanmar)",
            "Military Forces of Myanmar",
        ),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("existential"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_there_was_is_no_passive(extracted, key):
    _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
