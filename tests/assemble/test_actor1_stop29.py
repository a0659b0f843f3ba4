"""Actor1 on the ACLED rows (stop 29): a fight told with one state's force alone ("officers
were shot by a wanted man and returned fire") has an unidentified armed group as its other
side, but two forces or a named group fighting a force take none; "communal violence" at a
village is the village's communal militia on both sides. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, the names the event's sides must hold, a name no side may bear or None)
CASES = {
    "en-lone-police-fight": (
        "Two police officers were shot and wounded by a wanted man in Eldoret on Sunday. The"
        " officers returned fire and killed him.",
        {"Police Forces of Kenya", "Unidentified Armed Group (Kenya)"},
        None,
    ),
    "id-lone-police-fight": (
        "Dua polisi ditembak oleh seorang buronan di Timika, Kabupaten Mimika, pada Minggu."
        " Polisi membalas tembakan dan menewaskan pelaku.",
        {"Police Forces of Indonesia", "Unidentified Armed Group (Indonesia)"},
        None,
    ),
    "en-communal-violence-village": (
        "Communal violence broke out in the village of Wadajir near Kinango on Sunday after a"
        " herder was killed. Three people were killed and ten wounded in the fighting.",
        {"Wadajir Communal Militia (Kenya)"},
        "Unidentified Armed Group (Kenya)",
    ),
    # the traps: a force fighting a group named, and two forces fighting each other
    "en-force-and-named-group": (
        "Soldiers clashed with Al Shabaab fighters near Mandera on Sunday, killing three"
        " militants.",
        {"Military Forces of Kenya", "Al Shabaab"},
        None,
    ),
    "en-two-forces": (
        "Ugandan and Kenyan police exchanged fire at the Busia border crossing on Sunday,"
        " wounding two officers.",
        {"Police Forces of Uganda", "Police Forces of Kenya"},
        "Unidentified Armed Group (Kenya)",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_actors"), rows, gazetteer_path)


def _names(event: dict) -> set[str]:
    return {
        a["name"]
        for a in (event["actor1"], event["actor2"], *event["assoc_actor1"], *event["assoc_actor2"])
        if a
    }


@pytest.mark.parametrize("key", sorted(CASES))
def test_sides_named_as_acled_codes_them(extracted, key):
    _, sides, not_a_side = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == "Battles"
    assert sides <= _names(event)
    assert not_a_side not in _names(event)
