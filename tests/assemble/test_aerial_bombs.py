"""Bombs dropped from aircraft (stop 26): "guided aerial bombs", "glide bombs", "bom luncur"
are air strikes, so the nationality told beside them names the state that flew them; a bomb
planted stays an IED by nobody named. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-10"

# key: (text, (event type, sub-event type, actor1, actor2))
CASES = {
    "en-guided-aerial-bombs": (
        "Two Russian guided aerial bombs struck a shopping centre in Kharkiv on Saturday, "
        "killing five people and wounding 20, the governor said.",
        ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia",
         "Civilians (Ukraine)"),
    ),
    "id-bom-luncur": (
        "Dua bom luncur Rusia menghantam sebuah pusat perbelanjaan di Kharkiv pada Sabtu, "
        "menewaskan lima orang, kata gubernur.",
        ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia",
         "Civilians (Ukraine)"),
    ),
    # the trap: a bomb planted is no air strike
    "en-planted-bomb": (
        "A bomb planted on a motorcycle exploded at a market in Kharkiv on Saturday, killing "
        "five people, the governor said.",
        ("Explosions/Remote violence", "Remote explosive/landmine/IED",
         "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)"),
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("aerial_bombs"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_aerial_bombs_are_the_states(extracted, key):
    _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
