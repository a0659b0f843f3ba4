"""Arrests and seizures typed by what they are about (stop 26): an act an arrest is charged
with, told past a comma going on with a list ("wanted in several cases, including the 2015
ambush"), is no act of its own, and a casualty told there is the old act's, not the arrest's;
"in conjunction with" is a charge word. A weapon last in a list of things seized ("seized
rifles, ammunition, two motorbikes and a grenade") is held, not used. "Stormed out of" is no
attack. Traps: a grenade thrown in another clause after a seizure, a car carrying an official
that exploded, protesters storming offices. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-10"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-wanted-including-ambush": (
        "Police in Kisumu on Tuesday arrested a rebel commander wanted in several cases, "
        "including the 2015 ambush on a police post in which four officers were killed.",
        [("Strategic developments", "Arrests", "Police Forces of Kenya", None)],
    ),
    "en-wanted-in-ambush-killed": (
        "Police in Kisumu on Tuesday arrested a rebel commander wanted in the 2015 ambush on a "
        "police post in which four officers were killed.",
        [("Strategic developments", "Arrests", "Police Forces of Kenya", None)],
    ),
    "en-in-conjunction-with-plot": (
        "Three men were arrested in Mombasa on Friday in conjunction with a plot for attacks "
        "on government buildings.",
        [("Strategic developments", "Arrests", "Police Forces of Kenya", None)],
    ),
    "id-dicari-termasuk-penyerangan": (
        "Polisi menangkap seorang anggota kelompok bersenjata di Poso pada Selasa yang dicari "
        "dalam beberapa kasus, termasuk penyerangan pos polisi pada 2019 yang menewaskan dua "
        "polisi.",
        [("Strategic developments", "Arrests", "Police Forces of Indonesia", None)],
    ),
    "en-seized-list-grenade": (
        "Soldiers seized rifles, ammunition, two motorbikes and a grenade during a search in "
        "Garissa on Sunday.",
        [("Strategic developments", "Disrupted weapons use", "Military Forces of Kenya", None)],
    ),
    "id-menyita-daftar-granat": (
        "Aparat TNI menyita dua senapan, amunisi, tiga sepeda motor dan sebuah granat dalam "
        "penggeledahan di Intan Jaya pada Minggu.",
        [("Strategic developments", "Disrupted weapons use", "Military Forces of Indonesia", None)],
    ),
    "en-stormed-out": ("The minister stormed out of the meeting in Nairobi on Wednesday.", []),
    # traps: these stay as they were
    "en-seized-then-grenade-thrown": (
        "Police seized two pistols in Garissa on Sunday, and militants threw a grenade at the "
        "station.",
        [("Explosions/Remote violence", "Grenade", "Police Forces of Kenya", None)],
    ),
    "en-car-carrying-exploded": (
        "A car carrying a local official exploded in Mandera on Monday.",
        [("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None)],
    ),
    "en-protesters-stormed": (
        "Protesters stormed the county offices in Nakuru on Monday.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("charged_and_seized"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_by_what_it_is_about(extracted, key):
    assert_coded(extracted[key], CASES[key][1])


def test_charged_act_casualties_not_counted(extracted):
    (event,) = extracted["en-wanted-in-ambush-killed"]
    assert event["fatalities"] is None
