"""Event typing, stop 29: stones thrown by a crowd with no demonstration told are mob violence.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")

# key: (text, [(event type, sub-event type, actor1), ...])
CASES = {
    # stones thrown at someone, no demonstration told: the crowd's violence
    "en-villagers-threw-stones-at-soldiers": (
        "Villagers threw stones at two soldiers in Kailahun on Tuesday, injuring one of them.",
        [(*MOB, "Rioters (Sierra Leone)")],
    ),
    "en-crowd-stoned-a-man": (
        "A crowd stoned a man accused of stealing a goat in Mbale on Sunday.",
        [(*MOB, "Rioters (Uganda)")],
    ),
    "id-warga-melempari-polisi": (
        "Warga melempari dua anggota polisi dengan batu di Sentani, Jayapura, Minggu.",
        [(*MOB, "Rioters (Indonesia)")],
    ),
    # the traps: the same stones thrown at a demonstration, or by people told as protesters
    "en-students-protested-and-threw-stones": (
        "Students protested in Kisumu on Monday and threw stones at the police.",
        [(*VIOLENT_DEMO, "Rioters (Kenya)")],
    ),
    "en-protesters-pelted-police": (
        "Protesters pelted police officers with stones in Kisumu on Monday.",
        [(*VIOLENT_DEMO, "Rioters (Kenya)")],
    ),
    "id-mahasiswa-berunjuk-rasa-dan-melempari": (
        "Mahasiswa berunjuk rasa di depan kantor bupati Jayapura, Senin, dan melempari polisi "
        "dengan batu.",
        [(*VIOLENT_DEMO, "Rioters (Indonesia)")],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_typing"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    _, typed = CASES[key]
    got = [(e["event_type"], e["sub_event_type"], e["actor1"]["name"]) for e in extracted[key]]
    assert got == typed


GRENADE = ("Explosions/Remote violence", "Grenade")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

# key: (text, [(event type, sub-event type), ...])
THROWN_CASES = {
    # a bomb thrown by hand: ACLED's Grenade sub-type, whatever the bomb is called
    "en-threw-a-homemade-bomb": (
        "Two men on a motorcycle threw a homemade bomb at a police post in Lashio on Tuesday, "
        "injuring a guard.",
        [GRENADE],
    ),
    "en-bomb-was-thrown": (
        "A bomb was thrown into the compound of the township office in Bago on Monday. No one "
        "was hurt.",
        [GRENADE],
    ),
    "id-melemparkan-bom": (
        "Orang tak dikenal melemparkan bom ke pos polisi di Poso, Senin malam.",
        [GRENADE],
    ),
    "id-bom-dilempar": (
        "Bom dilempar ke rumah seorang kepala kampung di Poso, Senin malam.",
        [GRENADE],
    ),
    # the traps: a bomb that went off where it was left, and a thrown word of another clause
    "en-planted-bomb": (
        "A bomb planted under a bridge exploded in Lashio on Tuesday, killing two soldiers.",
        [IED],
    ),
    "en-stones-thrown-after-a-bomb": (
        "A bomb exploded near a market in Lashio on Tuesday, and residents threw stones at the "
        "soldiers who arrived.",
        [IED],
    ),
    "id-bom-meledak-di-bawah-jembatan": (
        "Sebuah bom meledak di bawah jembatan di Poso, Senin, dan melukai dua warga.",
        [IED],
    ),
    # a crude bomb hurled is the incendiary of South Asian news, no grenade
    "en-hurled-crude-bombs": (
        "Assailants hurled crude bombs at a rally in Dhaka on Tuesday, injuring five people.",
        [("Violence against civilians", "Attack")],
    ),
}


@pytest.fixture(scope="module")
def thrown(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in THROWN_CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_thrown"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(THROWN_CASES))
def test_thrown_bomb_sub_type(thrown, key):
    _, typed = THROWN_CASES[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in thrown[key]] == typed


LOOTING = ("Strategic developments", "Looting/property destruction")
ARRESTS = ("Strategic developments", "Arrests")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")

# key: (text, [(event type, sub-event type), ...])
DISMANTLED_CASES = {
    # a lab or a camp dismantled by the police is property destroyed, as "destroyed" is
    "en-dismantled-a-cocaine-lab": (
        "Police dismantled a cocaine lab in a farmhouse near Cali on Tuesday. Two men were "
        "arrested.",
        [LOOTING, ARRESTS],
    ),
    # the traps: a cell dismantled by arrests is the arrests; a bomb or a booby trap
    # dismantled is a weapon made safe
    "en-dismantled-a-terror-cell": (
        "Police dismantled a terror cell in Bekasi on Tuesday, arresting four suspects.",
        [ARRESTS],
    ),
    "en-dismantled-booby-traps": (
        "Hezbollah fighters showed reporters newly dismantled booby traps near Flita on Sunday.",
        [DISRUPTED],
    ),
    "en-dismantled-an-ied": (
        "Bomb disposal experts dismantled an IED found near the market in Maiduguri on Tuesday.",
        [DISRUPTED],
    ),
}


@pytest.fixture(scope="module")
def dismantled(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in DISMANTLED_CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_dismantled"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(DISMANTLED_CASES))
def test_dismantled_sub_type(dismantled, key):
    _, typed = DISMANTLED_CASES[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in dismantled[key]] == typed


VIOLENT_DEMO_CASES = {
    # a crowd's violence told with what it asks for: a demonstration turned violent
    "en-looted-and-demanded": (
        "Residents looted shops in Kitale on Sunday and demanded the reopening of the market.",
        [(*VIOLENT_DEMO, "Rioters (Kenya)")],
    ),
    "en-vandalised-demanding": (
        "Students occupied and vandalised the registrar's office in Kumasi on Monday, demanding "
        "the dismissal of the registrar.",
        [(*VIOLENT_DEMO, "Rioters (Ghana)")],
    ),
    "id-merusak-menuntut": (
        "Warga merusak kantor desa di Nabire, Senin, menuntut kepala desa mundur.",
        [(*VIOLENT_DEMO, "Rioters (Indonesia)")],
    ),
    # the traps: the same violence with no demand told is mob violence
    "en-looted-no-demand": (
        "Residents looted shops in Kitale on Sunday.",
        [(*MOB, "Rioters (Kenya)")],
    ),
    "id-merusak-tanpa-tuntutan": (
        "Warga merusak kantor desa di Nabire, Senin.",
        [(*MOB, "Rioters (Indonesia)")],
    ),
}


@pytest.fixture(scope="module")
def demanded(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in VIOLENT_DEMO_CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop29_demanded"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(VIOLENT_DEMO_CASES))
def test_crowd_violence_with_a_demand(demanded, key):
    _, typed = VIOLENT_DEMO_CASES[key]
    got = [(e["event_type"], e["sub_event_type"], e["actor1"]["name"]) for e in demanded[key]]
    assert got == typed
