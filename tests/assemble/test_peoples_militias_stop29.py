"""Two peoples joined by "and" before "militias" are both peoples' militias (stop 29), also
when a place bears one of the names ("Samburu", a county): the fight is a battle between
them, not a crime over the cattle. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, (event type, actor1, actor2) of each event)
CASES = {
    "en-place-named-people": (
        "Turkana and Samburu militias clashed near Baragoi on Sunday after a cattle theft,"
        " leaving four people dead.",
        [("Battles", "Turkana Ethnic Militia (Kenya)", "Samburu Ethnic Militia (Kenya)")],
    ),
    "en-two-peoples": (
        "Hema and Lendu militias fought near Bunia in Ituri on Sunday, killing six people.",
        [
            (
                "Battles",
                "Hema Ethnic Militia (Democratic Republic of Congo)",
                "Lendu Ethnic Militia (Democratic Republic of Congo)",
            )
        ],
    ),
    # the trap: herders hit by a people's militia stay civilians
    "en-herders-hit": (
        "Turkana militia clashed with Samburu herders near Baragoi on Sunday, killing four.",
        [("Battles", "Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_peoples"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_peoples_militias_fight(extracted, key):
    coded = [
        (e["event_type"], (e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
        for e in extracted[key]
    ]
    assert coded == CASES[key][1]
