"""A peace mission's contingents (stop 26): a contributing state's military in the mission's
country, on a day it served there, is the mission's contingent as ACLED codes it
(data/taxonomy.toml [[mission]]): Kenyan troops in Somalia in 2016 are "AMISOM: African Union
Mission in Somalia (Kenya)", Ethiopian troops there in 2023 ATMIS's. Before Kenya joined, and
at home, they are Kenya's military. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

CLASH = ("Battles", "Armed clash")
KENYA_BASE = (
    "Al Shabaab fighters attacked a Kenyan army base in Kolbio, Lower Juba region, on Tuesday."
)

# key: (text, published, (event type, sub-event type, actor1, actor2))
CASES = {
    "amisom-kenya": (
        KENYA_BASE,
        "2016-05-10",
        (*CLASH, "Al Shabaab", "AMISOM: African Union Mission in Somalia (Kenya)"),
    ),
    "atmis-ethiopia": (
        "Al Shabaab fighters ambushed an Ethiopian army convoy near Baidoa on Tuesday.",
        "2023-05-09",
        (*CLASH, "Al Shabaab", "ATMIS: African Union Transition Mission in Somalia (Ethiopia)"),
    ),
    # traps: before Kenya's forces joined the mission; Kenya's forces at home
    "before-joining": (
        KENYA_BASE,
        "2010-05-11",
        (*CLASH, "Al Shabaab", "Military Forces of Kenya"),
    ),
    "at-home": (
        "Al Shabaab fighters attacked Kenyan soldiers in Mandera town on Tuesday.",
        "2016-05-10",
        (*CLASH, "Al Shabaab", "Military Forces of Kenya"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], case[1]) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("missions"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_contingent_named_as_acled_codes_it(extracted, key):
    _, _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
    if actor2.startswith(("AMISOM", "ATMIS")):
        assert event["actor2"]["category"] == "external"
