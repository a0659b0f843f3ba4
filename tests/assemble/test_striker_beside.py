"""A state's strike told by its nationality beside other strikers named (stop 26): "U.S. and
French warplanes bombed ..." is the United States' and France's, not only the one named as an
actor; "jet tempur Prancis" beside "Militer Amerika Serikat" likewise. A strike told with one
nationality and nobody else is that state's, as before. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, (actor1, actor2, assoc_actor1))
CASES = {
    "en-two-nationalities": (
        "U.S. and French warplanes bombed targets near Raqqa on Tuesday, a monitor said.",
        ("Military Forces of the United States", None, ["Military Forces of France"]),
    ),
    "id-jet-tempur-beside": (
        "Militer Amerika Serikat dan jet tempur Prancis mengebom posisi ISIS di dekat Raqqa "
        "pada Selasa.",
        ("Military Forces of the United States", "Islamic State", ["Military Forces of France"]),
    ),
    # one nationality, the only striker: as before
    "en-one-nationality": (
        "An Israeli air strike killed two Hamas commanders in Rafah on Tuesday, the army said.",
        ("Military Forces of Israel", "Hamas Movement", []),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("striker_beside"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_striker_told(extracted, key):
    _, (actor1, actor2, assoc1) = CASES[key]
    [event] = extracted[key]
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["actor1"]["name"] == actor1
    assert (event["actor2"] or {}).get("name") == actor2
    assert [a["name"] for a in event.get("assoc_actor1") or []] == assoc1
