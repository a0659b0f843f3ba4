"""The one blamed in a sentence of its own (stop 26): "The governor blamed al Shabaab." after
an act tells that act back, and the group blamed is its doer; "Police blamed al Shabaab for
the attack" told after the act keeps the group on the attackers' side; with nobody blamed the
doer stays unidentified. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, (actor1, actor2, assoc_actor1))
CASES = {
    "en-blamed-alone": (
        "Two rockets hit a market in Baidoa on Tuesday night, officials said. The governor "
        "blamed al Shabaab.",
        ("Al Shabaab", None, []),
    ),
    "en-blamed-for-the-attack": (
        "Gunmen attacked a police post in Mandera on Monday. Police blamed al Shabaab for the "
        "attack.",
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya", ["Al Shabaab"]),
    ),
    "en-nobody-blamed": (
        "Two rockets hit a market in Baidoa on Tuesday night, officials said.",
        ("Unidentified Armed Group (Somalia)", None, []),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("blamed_told_back"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_blamed_group_is_the_doer(extracted, key):
    _, (actor1, actor2, assoc1) = CASES[key]
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1
    assert (event["actor2"] or {}).get("name") == actor2
    assert [a["name"] for a in event.get("assoc_actor1") or []] == assoc1
