"""Who died or was hurt "in" an act, and who did it: the subject of a casualty word and a
preposition before the event word (`suffered_in`: "tewas dalam", "luka-luka akibat", "died
in") was hit, and the doer told right after the phrase or the event word acted. Before, the
victims were read as the attackers and the named doer as the side hit."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id-soldiers": "Dua prajurit TNI tewas dalam serangan KKB di Intan Jaya, Papua, Senin (4/5/2020).",
    "id-villagers": (
        "Tiga warga luka-luka akibat serangan KKB di Intan Jaya, Papua, Senin (4/5/2020)."
    ),
    "en-policemen": "Two policemen died in a Taliban attack near Kandahar on Monday.",
    # traps: "saat" opens the victim's own act, so the attacker stays the attacker; a passive
    # with "by" keeps its agent; a name far after the event word is no doer
    "id-while-attacking": (
        "Anggota KKB tewas saat menyerang pos TNI di Intan Jaya, Papua, Senin (4/5/2020)."
    ),
    "en-by": "A shopkeeper was wounded in an attack by gunmen near Maiduguri on Monday.",
    "en-far": (
        "An elderly man was killed in a clash between two groups of villagers near Sherpur on "
        "Monday."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("suffered_in"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "event_type", "actor1", "actor2"),
    [
        ("id-soldiers", "Battles",
         "West Papua National Liberation Army", "Military Forces of Indonesia"),
        ("id-villagers", "Violence against civilians",
         "West Papua National Liberation Army", "Civilians (Indonesia)"),
        ("en-policemen", "Battles", "Taliban", "Police Forces of Afghanistan"),
        ("id-while-attacking", "Battles",
         "West Papua National Liberation Army", "Military Forces of Indonesia"),
        ("en-by", "Violence against civilians",
         "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        # two unnamed groups of villagers fighting are the place's communal militia on both
        # sides (stop 26, build._communal); the man killed is no doer
        ("en-far", "Battles",
         "Sherpur Communal Militia (Bangladesh)", "Sherpur Communal Militia (Bangladesh)"),
    ],
)  # fmt: skip
def test_victim_and_doer(extracted, key, event_type, actor1, actor2):
    events = extracted[key]
    assert len(events) == 1, events
    ev = events[0]
    assert ev["event_type"] == event_type
    assert ev["actor1"]["name"] == actor1
    assert (ev.get("actor2") or {}).get("name") == actor2
