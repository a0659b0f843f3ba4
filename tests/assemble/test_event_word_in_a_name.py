"""An event word written with a capital between two more capitalised words is a word of a
name ("Komite Perlawanan Nyala", "the Kadugli Fighting Youth Committee"), not an act: the
shelling told with it stays a shelling of civilians, not a battle (stop 28,
`mentions._in_a_name`); the body named so ends before who it told ("kepada Radio Tamazuj",
`reporting.audience`). A weapon's model ("3 Grad Missiles") and a capitalised phrase of two
words ("Heavy Fighting") are still event words. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2025-04-14"

# key: (text, [(event type, actor2) of each event, in order])
CASES = {
    "id-komite-perlawanan": (
        "RSF menyerbu kamp pengungsi Kalma di Nyala sejak Kamis. PBB menyebut lebih dari 50 "
        "orang tewas dalam serangan itu.\n\n"
        "Pada Sabtu, RSF juga menembakkan artileri ke kamp Otash di utara Nyala dan menewaskan "
        "enam orang, kata Komite Perlawanan Nyala kepada Radio Tamazuj.",
        [
            ("Violence against civilians", "Civilians (Sudan)"),
            ("Explosions/Remote violence", "Civilians (Sudan)"),
        ],
    ),
    "en-fighting-youth-committee": (
        "Rebels shelled a market in Kadugli on Saturday, killing six people, according to the "
        "Kadugli Fighting Youth Committee.",
        [("Explosions/Remote violence", "Civilians (Sudan)")],
    ),
    # the traps: a weapon's model before its word, and two capitalised words only
    "en-grad-missiles": (
        "On Saturday, militants fired 3 Grad Missiles at an army base in Tessalit.",
        [("Explosions/Remote violence", "Military Forces of Mali")],
    ),
    "en-heavy-fighting": (
        "Rebels shelled a market in Kadugli on Saturday, killing six people. Heavy Fighting was "
        "reported near the airport.",
        [("Battles", None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("event_word_in_a_name"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_event_word_in_a_name_tells_no_act(extracted, key):
    got = [(e["event_type"], (e.get("actor2") or {}).get("name")) for e in extracted[key]]
    assert got == CASES[key][1]


def test_body_named_before_its_audience(extracted):
    """'kata Komite Perlawanan Nyala kepada Radio Tamazuj': the body's name ends before who
    was told (`reporting.audience`)."""
    shelling = extracted["id-komite-perlawanan"][-1]
    assert [c["claimant"]["name"] for c in shelling["claims"]] == ["Komite Perlawanan Nyala"]
