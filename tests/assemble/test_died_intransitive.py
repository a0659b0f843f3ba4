"""The subject of a death word told intransitively ("two residents died", "dua warga tewas",
`markers.intransitive_deaths`) died in the act: it is the side hit, never the doer, whatever
event word the sentence tells after it (stop 28, `events._suffered`). Residents told so had
been the attackers: a riot (Indonesian, no other event word), or the gunmen's own side. An
indefinite subject of such a word is one death ("a soldier died",
`claims._definite_singular`). Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-12-12"

# key: (text, (event type, actor1, actor2))
CASES = {
    "id-bare-death": (
        "Seorang warga tewas di Kabul pada Rabu.",
        (
            "Violence against civilians",
            "Unidentified Armed Group (Afghanistan)",
            "Civilians (Afghanistan)",
        ),
    ),
    "en-died-after": (
        "Two residents died after gunmen opened fire on a shop in Kabul on Wednesday.",
        (
            "Violence against civilians",
            "Unidentified Armed Group (Afghanistan)",
            "Civilians (Afghanistan)",
        ),
    ),
    "id-tewas-setelah": (
        "Dua warga tewas setelah orang tak dikenal menembaki sebuah warung di Kabul pada Rabu.",
        (
            "Violence against civilians",
            "Unidentified Armed Group (Afghanistan)",
            "Civilians (Afghanistan)",
        ),
    ),
    "en-died-beaten": (
        "A villager died after soldiers beat him in a market in Kabul on Wednesday.",
        ("Violence against civilians", "Military Forces of Afghanistan", "Civilians (Afghanistan)"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("died_intransitive"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_who_died_was_hit(extracted, key):
    [event] = extracted[key]
    got = (event["event_type"], event["actor1"]["name"], (event.get("actor2") or {}).get("name"))
    assert got == CASES[key][1]


# key: (text, fatalities best): "a soldier died" is one death, as "the soldier died" was
DEATHS = {
    "a-soldier-died": (
        "A soldier died when militants attacked a post in Kabul on Wednesday.",
        1,
    ),
    "a-woman-later-died": (
        "An elderly woman later died when a shell hit her house in Kharkiv on Wednesday.",
        1,
    ),
    # the trap: a plural subject tells no count
    "soldiers-died": ("Soldiers died when militants attacked a post in Kabul on Wednesday.", None),
}


@pytest.fixture(scope="module")
def deaths(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in DEATHS.items()]
    return extract_texts(tmp_path_factory.mktemp("a_subject_died"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(DEATHS))
def test_one_subject_died(deaths, key):
    [event] = deaths[key]
    assert (event["fatalities"] or {}).get("best") == DEATHS[key][1]


# "terlibat" (involved in) opens with the passive prefix "ter" but is active: its subject
# fought, and stays the doer when the dead of its side are told after
# (`markers.active_prefixed`)
INVOLVED = (
    "Tentara Thailand terlibat baku tembak dengan milisi bersenjata di dekat Poipet, Kamboja, "
    "pada Kamis (5/6/2025). Dua tentara terbunuh, kata juru bicara militer."
)


def test_involved_is_no_passive(tmp_path, gazetteer_path):
    [event] = extract_texts(tmp_path, [("involved", INVOLVED, PUBLISHED)], gazetteer_path)[
        "involved"
    ]
    assert event["actor1"]["name"] == "Military Forces of Thailand"
