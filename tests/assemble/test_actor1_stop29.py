"""Actor1 on the ACLED rows (stop 29): a fight told with one state's force alone ("officers
were shot by a wanted man and returned fire") has an unidentified armed group as its other
side, but two forces or a named group fighting a force take none; "communal violence" at a
village is the village's communal militia on both sides; a killing with a gang's hallmarks (a
drive-by shooting, a beheaded or bound body, told in the act's sentence or the next) is an
unidentified gang's in Mexico and a gang's or police militia's in Brazil, while armed men
killing with none of them, and a drive-by shooting in Puerto Rico, stay an unidentified armed
group. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, event type, the names the event's sides must hold, a name no side may bear or None)
CASES = {
    "en-lone-police-fight": (
        "Two police officers were shot and wounded by a wanted man in Eldoret on Sunday. The"
        " officers returned fire and killed him.",
        "Battles",
        {"Police Forces of Kenya", "Unidentified Armed Group (Kenya)"},
        None,
    ),
    "id-lone-police-fight": (
        "Dua polisi ditembak oleh seorang buronan di Timika, Kabupaten Mimika, pada Minggu."
        " Polisi membalas tembakan dan menewaskan pelaku.",
        "Battles",
        {"Police Forces of Indonesia", "Unidentified Armed Group (Indonesia)"},
        None,
    ),
    "en-communal-violence-village": (
        "Communal violence broke out in the village of Wadajir near Kinango on Sunday after a"
        " herder was killed. Three people were killed and ten wounded in the fighting.",
        "Battles",
        {"Wadajir Communal Militia (Kenya)"},
        "Unidentified Armed Group (Kenya)",
    ),
    # the traps: a force fighting a group named, and two forces fighting each other
    "en-force-and-named-group": (
        "Soldiers clashed with Al Shabaab fighters near Mandera on Sunday, killing three"
        " militants.",
        "Battles",
        {"Military Forces of Kenya", "Al Shabaab"},
        None,
    ),
    "en-two-forces": (
        "Ugandan and Kenyan police exchanged fire at the Busia border crossing on Sunday,"
        " wounding two officers.",
        "Battles",
        {"Police Forces of Uganda", "Police Forces of Kenya"},
        "Unidentified Armed Group (Kenya)",
    ),
    "en-mexico-beheaded-body": (
        "The body of a man was found on a road outside Culiacan, Sinaloa, on Saturday. He had"
        " been beheaded and his hands were tied.",
        "Violence against civilians",
        {"Unidentified Gang (Mexico)", "Civilians (Mexico)"},
        "Unidentified Armed Group (Mexico)",
    ),
    "id-mexico-dipenggal": (
        "Jasad seorang pria ditemukan di pinggir jalan di Culiacan, Sinaloa, pada Sabtu. Korban"
        " dipenggal dan tangan terikat.",
        "Violence against civilians",
        {"Unidentified Gang (Mexico)"},
        "Unidentified Armed Group (Mexico)",
    ),
    "en-brazil-drive-by": (
        "A man was killed in a drive-by shooting by two armed men on a motorcycle in Manaus,"
        " Amazonas, on Friday.",
        "Violence against civilians",
        {"Unidentified Gang and/or Police Militia (Brazil)"},
        "Unidentified Armed Group (Brazil)",
    ),
    # ... but armed men killing with no gang's hallmark, and a drive-by shooting where ACLED
    # has no gang actor of its own, stay an unidentified armed group
    "en-brazil-armed-men": (
        "A man was shot dead in his home by two armed men in Manaus, Amazonas, on Friday.",
        "Violence against civilians",
        {"Unidentified Armed Group (Brazil)"},
        "Unidentified Gang and/or Police Militia (Brazil)",
    ),
    "en-puerto-rico-drive-by": (
        "A man was killed in a drive-by shooting in Caguas, Puerto Rico, on Sunday.",
        "Violence against civilians",
        {"Unidentified Armed Group (Puerto Rico)"},
        None,
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
    _, event_type, sides, not_a_side = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == event_type
    assert sides <= _names(event)
    assert not_a_side not in _names(event)
