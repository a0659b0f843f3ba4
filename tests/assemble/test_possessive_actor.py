"""A named actor told in the possessive (stop 26): "Al Shabaab's fighters", "the KIA's 8th
brigade" name the group, not an unidentified armed group. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2016-01-04"

KIA = "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"

# key: (text, (event type, sub-event type, actor1, actor2))
CASES = {
    "en-al-shabaab": (
        "Al Shabaab's fighters attacked an army post in Kismayo on Monday.",
        ("Battles", "Armed clash", "Al Shabaab", "Military Forces of Somalia"),
    ),
    "en-kia-curly-apostrophe": (
        "The KIA’s fighters attacked an army post in Hpakant on Monday.",
        ("Battles", "Armed clash", KIA, "Military Forces of Myanmar"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("possessive"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_possessive_actor_named(extracted, key):
    _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
