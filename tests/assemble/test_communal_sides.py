"""Two unnamed groups of one community fighting (stop 26): "a clash between two rival groups
at X village over a land dispute" is coded as ACLED codes it, the communal militia of the
place on both sides ("X Communal Militia (Country)"), X the smallest place told; a side the
text names (a party, a force) keeps the usual coding. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

CLASH = ("Battles", "Armed clash")

# key: (text, published, (event type, sub-event type, actor1, actor2))
CASES = {
    # a village the gazetteer lacks names the militia; the event is placed at its upazila
    "en-village": (
        "Two men died on Monday when two rival groups clashed with machetes at Kolapara village "
        "in Ramganj upazila.",
        "2016-03-02",
        (
            *CLASH,
            "Kolapara Communal Militia (Bangladesh)",
            "Kolapara Communal Militia (Bangladesh)",
        ),
    ),
    "en-two-groups": (
        "A clash between two groups armed with spears at Kolapara village in Ramganj upazila left "
        "three men dead on Monday.",
        "2016-03-02",
        (
            *CLASH,
            "Kolapara Communal Militia (Bangladesh)",
            "Kolapara Communal Militia (Bangladesh)",
        ),
    ),
    # no village told: the event's place, without its feature noun
    "id-kecamatan": (
        "Dua orang tewas dalam baku tembak antara dua kampung di Kecamatan Kei Besar, Kabupaten "
        "Maluku Tenggara, pada Senin.",
        "2024-03-02",
        (
            *CLASH,
            "Kei Besar Communal Militia (Indonesia)",
            "Kei Besar Communal Militia (Indonesia)",
        ),
    ),
    "id-desa": (
        "Bentrokan bersenjata antara dua desa di Desa Wailolong, Kabupaten Flores Timur, pada "
        "Senin menewaskan dua orang.",
        "2024-03-02",
        (
            *CLASH,
            "Wailolong Communal Militia (Indonesia)",
            "Wailolong Communal Militia (Indonesia)",
        ),
    ),
    # traps: a party named keeps its name; an army fighting two groups is no communal clash
    "en-party-named": (
        "Two people were killed in a clash between two rival groups of Awami League activists in "
        "Ramganj upazila of Lakshmipur district on Monday.",
        "2016-03-02",
        (*CLASH, "Unidentified Armed Group (Bangladesh)", "Bangladesh Awami League"),
    ),
    "en-army": (
        "Soldiers killed three militants in a clash with two groups of fighters near Maiduguri on "
        "Monday.",
        "2016-03-02",
        (*CLASH, "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], case[1]) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("communal"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_communal_sides_as_acled_codes_them(extracted, key):
    _, _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
