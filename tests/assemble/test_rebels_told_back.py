"""Rebels told back (stop 26): bare "rebels" / "pemberontak" are the armed group the article
named before them, or the one named right after them ("rebels of the X"); an actor told both
acting and hit in one event is of the side it is told on more often, else of the side it was
first told on. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(actor1, actor2)] of the events, in order)
CASES = {
    # bare "rebels" in a later paragraph: the group named before
    "en-rebels-after-group": (
        "Fighters of the New People's Army ambushed an army patrol near Kabankalan City on Monday, "
        "the army said.\n\n"
        "On Wednesday, two soldiers were wounded when a bomb planted by rebels exploded as "
        "their truck passed through a village in Himamaylan City, the military said.",
        [
            ("NPA: New People's Army", "Military Forces of the Philippines"),
            ("NPA: New People's Army", "Military Forces of the Philippines"),
        ],
    ),
    # "rebels of the X": the group named right after, not the one named before
    "en-rebels-of-group": (
        "M23 fighters shelled a camp near Goma on Monday, killing four people.\n\n"
        "Separately, rebels of the Allied Democratic Forces (ADF) raided a village near Beni "
        "on Tuesday night, killing nine people with machetes, a local official said.",
        [
            ("M23: March 23 Movement", "Civilians (Democratic Republic of Congo)"),
            ("ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"),
        ],
    ),
    "id-pemberontak-after-group": (
        "Tentara Pembebasan Nasional Papua Barat (TPNPB) menyerang pos militer di Distrik "
        "Kiwirok pada Senin.\n\n"
        "Pada Rabu, pemberontak menembaki truk tentara di Kampung Pelebib, Kabupaten "
        "Pegunungan Bintang, dan melukai dua prajurit, kata juru bicara militer.",
        [
            ("West Papua National Liberation Army", "Military Forces of Indonesia"),
            ("West Papua National Liberation Army", "Military Forces of Indonesia"),
        ],
    ),
    # with no group named at all, bare rebels name nobody
    "en-rebels-nobody-named": (
        "Rebels attacked an army post near Kabankalan City on Monday, killing two soldiers.",
        [("Unidentified Armed Group (Philippines)", "Military Forces of the Philippines")],
    ),
    # told hit first ("killed by troops"), then acting ("fired upon by rebels"): the rebels
    # stay the side hit, the troops the doers
    "en-sides-first-told": (
        "Two fighters of the New People's Army were killed by government troops in a "
        "firefight near Kabankalan City on Monday, the army said. Soldiers on patrol were "
        "fired upon by about 15 rebels, sparking a gunbattle, the army said.",
        [("Military Forces of the Philippines", "NPA: New People's Army")],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("rebels_told_back"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_rebels_are_the_group_told(extracted, key):
    _, expected = CASES[key]
    events = extracted[key]
    got = [
        (e["actor1"]["name"] if e.get("actor1") else None,
         e["actor2"]["name"] if e.get("actor2") else None)
        for e in events
    ]  # fmt: skip
    assert got == expected
