"""Event typing, stop 28: ACLED's type for force used on a crowd that no demonstration is told
for. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

MOB = ("Riots", "Mob violence")
INTERVENTION = ("Protests", "Protest with intervention")

# key: (text, (event type, sub-event type, actor1))
CASES = {
    # force used on a crowd with no demonstration told: the crowd is rioters
    "en-tear-gas-at-border-crowd": (
        "Police fired tear gas on Thursday to stop a crowd of migrants who tried to force their "
        "way across the border bridge near Tulcan.",
        (*MOB, "Rioters (Ecuador)"),
    ),
    "en-crowd-dispersed-after-shop-forced-shut": (
        "Residents forced a supermarket in Soweto to close on Sunday after a worker fell ill. "
        "Police dispersed the crowd.",
        (*MOB, "Rioters (South Africa)"),
    ),
    "id-massa-dibubarkan-dengan-gas-air-mata": (
        "Polisi menembakkan gas air mata untuk membubarkan massa yang mengepung rumah kepala "
        "desa di Nabire, Senin.",
        (*MOB, "Rioters (Indonesia)"),
    ),
    # the trap: tear gas fired at a demonstration is force used on a protest
    "en-tear-gas-at-student-protest": (
        "Students protested in Jammu on Friday and police fired tear gas to disperse them.",
        (*INTERVENTION, "Protesters (India)"),
    ),
    "id-gas-air-mata-ke-pengunjuk-rasa": (
        "Mahasiswa berunjuk rasa di depan gedung DPRD Makassar, Senin. Polisi menembakkan gas "
        "air mata untuk membubarkan mereka.",
        (*INTERVENTION, "Protesters (Indonesia)"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop28_typing"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    _, typed = CASES[key]
    got = [(e["event_type"], e["sub_event_type"], e["actor1"]["name"]) for e in extracted[key]]
    assert got == [typed]


# key: (text, [(event type, sub-event type), ...])
GROUP_REFERENCE_CASES = {
    # "the group" after a demonstration, with no armed group told before: the crowd, so the
    # force used on it joins the demonstration
    "en-police-dispersed-the-group": (
        "About fifty motorcycle taxi riders gathered in Kisumu on Monday to protest the killing "
        "of a colleague. Police dispersed the group with tear gas and arrested twelve of them.",
        [INTERVENTION],
    ),
    "id-polisi-membubarkan-kelompok-itu": (
        "Puluhan pengemudi ojek berunjuk rasa di Kupang, Senin, memprotes pembunuhan seorang "
        "rekan mereka. Polisi membubarkan kelompok itu dengan gas air mata dan menangkap "
        "sepuluh orang.",
        [INTERVENTION],
    ),
    # the trap: with an armed group told before, "the group" is that group, not the crowd
    "en-the-group-after-an-armed-group": (
        "Al-Shabaab fighters attacked a police post in Mandera on Monday. Residents protested "
        "in Mandera on Tuesday. Police arrested the group.",
        [("Battles", "Armed clash"), ("Protests", "Peaceful protest")],
    ),
}


@pytest.fixture(scope="module")
def referenced(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in GROUP_REFERENCE_CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop28_group"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(GROUP_REFERENCE_CASES))
def test_group_reference_after_a_demonstration(referenced, key):
    _, typed = GROUP_REFERENCE_CASES[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in referenced[key]] == typed


# key: (text, [(event type, sub-event type), ...])
CROWD_VIOLENCE_CASES = {
    # the demonstrators' own violence told in the next sentence, with no riot word: the
    # demonstration turned violent (it was dropped: no act of its own, kin to no protest)
    "en-demonstrators-hurled-petrol-bomb": (
        "About 500 anarchists marched in Exarchia on Saturday against police raids. The "
        "demonstrators hurled a petrol bomb at a police officer.",
        [("Riots", "Violent demonstration")],
    ),
    "id-pengunjuk-rasa-memukuli-polisi": (
        "Ratusan mahasiswa berunjuk rasa di depan kantor DPRD Makassar, Senin. Para pengunjuk "
        "rasa memukuli seorang polisi.",
        [("Riots", "Violent demonstration")],
    ),
    # the trap: protesters killed by the police are force used on the protest
    "en-police-shot-dead-protesters": (
        "Hundreds of protesters marched in Nairobi on Monday. Police shot dead two protesters.",
        [("Protests", "Excessive force against protesters")],
    ),
}


@pytest.fixture(scope="module")
def crowd_violence(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CROWD_VIOLENCE_CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop28_crowd"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CROWD_VIOLENCE_CASES))
def test_crowd_violence_after_a_demonstration(crowd_violence, key):
    _, typed = CROWD_VIOLENCE_CASES[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in crowd_violence[key]] == typed
