"""The government as an actor (stop 28): ACLED codes a government's non-violent acts (a state of
emergency, a curfew, an agreement) to "Government of X"; told with a violent act it is no side:
the state's forces are ("the government carried out air strikes": the military), and a
government that condemns a bombing is nobody's side at all. Every sentence here is our own."""

import pytest

from .extracted import actor_names, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, event type, actor1, a name no actor may bear or None)
CASES = {
    "en-state-of-emergency": (
        "The government declared a state of emergency in the Sahel and Est regions of Burkina"
        " Faso on Tuesday.",
        "Strategic developments",
        "Government of Burkina Faso",
        None,
    ),
    "en-agreement": (
        "The governments of Kenya and Uganda signed an agreement on the disputed Migingo island"
        " in Lake Victoria on Friday.",
        "Strategic developments",
        "Government of Kenya",
        None,
    ),
    # the traps: violent acts
    "en-air-strikes-by-the-government": (
        "The government carried out air strikes on KIA positions near Laiza on Monday.",
        "Explosions/Remote violence",
        "Military Forces of Myanmar",
        "Government of Myanmar",
    ),
    "en-government-condemned-a-bombing": (
        "A bomb exploded at a bus station in Ankara on Saturday, killing five people. The"
        " government condemned the attack.",
        "Explosions/Remote violence",
        "Unidentified Armed Group (Turkey)",
        "Government of Turkey",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("government"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_government_coded_as_acled_codes_it(extracted, key):
    _, event_type, actor1, not_an_actor = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == event_type
    assert event["actor1"]["name"] == actor1
    names = actor_names(event)
    assert not_an_actor not in names
