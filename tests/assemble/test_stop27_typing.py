"""Event typing, stop 27: who was hit, and the sides of a fight, as ACLED's codebook codes
them. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")
RIOT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")

# key: (text, (event type, sub-event type))
CASES = {
    # civilians told first as the ones hit: the armed group named after them is no side hit
    "en-villagers-then-rebels": (
        "Soldiers beat and robbed villagers in Hpakant on Monday while searching for KIA fighters.",
        ATTACK,
    ),
    "en-villagers-accused-of-spying": (
        "Militants abducted three villagers accused of spying for the army near Gao on Monday.",
        ABDUCTION,
    ),
    "id-warga-dituduh-membantu-kkb": (
        "Tentara menganiaya warga desa yang dituduh membantu KKB di Intan Jaya, Senin.",
        ATTACK,
    ),
    # the trap: soldiers told first are the side hit
    "en-soldiers-then-villagers": (
        "Militants attacked soldiers and villagers near Gao on Monday.",
        CLASH,
    ),
    # an armed group's violence at a rally or a strike hits unarmed people: no protest
    "en-cadres-attack-at-rallies": (
        "UPND cadres attacked musicians hired to sing at PF rallies in Lusaka on Monday.",
        ATTACK,
    ),
    "en-crude-bombs-at-rally": (
        "Assailants hurled crude bombs at an election rally in Bogura on Monday, injuring four "
        "people.",
        ATTACK,
    ),
    "id-kkb-tembaki-pengunjuk-rasa": (
        "Anggota KKB menembaki warga yang sedang berunjuk rasa di Intan Jaya, Senin, melukai "
        "dua orang.",
        ATTACK,
    ),
    # the trap: the demonstrators' own violence is a riot
    "en-protesters-attack-police-post": (
        "Hundreds of protesters marched in Accra on Monday and attacked a police station, "
        "injuring two officers.",
        RIOT,
    ),
    # fire answered is an exchange of fire: two armed sides
    "en-police-shot-back": (
        "Police officers were patrolling in Teotepeque on Monday when gang members started "
        "shooting. The police shot back.",
        CLASH,
    ),
    "en-exchanged-gun-shots": (
        "Maoist cadres exchanged gun shots with the Armed Police in Jhapa, Nepal, on Monday, and "
        "police arrested three of them.",
        CLASH,
    ),
    "id-polisi-membalas-tembakan": (
        "Polisi sedang berpatroli di Intan Jaya, Senin, ketika orang tak dikenal menembak ke "
        "arah mereka. Polisi membalas tembakan.",
        CLASH,
    ),
    # people of a community fighting another: communal militias in battle, not rioters
    "en-herders-and-farmers-clash": (
        "Herders and farmers clashed over grazing land near Naivasha on Sunday, leaving one man "
        "dead.",
        CLASH,
    ),
    "en-two-groups-of-herders": (
        "Two groups of herders clashed over a water point in Wajir on Sunday.",
        CLASH,
    ),
    "id-petani-dan-peternak-bentrok": (
        "Petani dan peternak bentrok karena sengketa lahan di Sumba Barat, Minggu, satu orang "
        "tewas.",
        CLASH,
    ),
    # ... and with an armed group named as the side they fought
    "en-villagers-clash-with-militants": (
        "Villagers clashed with Al-Shabaab militants near Lamu on Sunday, leaving two dead.",
        CLASH,
    ),
    "id-warga-bentrok-dengan-kkb": (
        "Warga bentrok dengan anggota KKB di Intan Jaya, Minggu, dua orang tewas.",
        CLASH,
    ),
    # the trap: residents clashing with the police riot
    "en-residents-clash-with-police": (
        "Residents clashed with police in Kisumu on Sunday after a boy was shot.",
        RIOT,
    ),
    "en-villagers-and-police-clash": (
        "Villagers and police clashed in Kisumu on Sunday.",
        MOB,
    ),
    # tear gas told as shelling is force used on a crowd, not artillery
    "en-teargas-shelling": (
        "Police resorted to a baton charge and teargas shelling to disperse students protesting "
        "in Jammu on Friday.",
        ("Protests", "Protest with intervention"),
    ),
    # state forces that kill an armed group's men while foiling its weapons fight a battle
    "en-thwarted-and-killed": (
        "Anti-terrorism police thwarted an attack in Kwale on Monday and killed an al-Shabaab "
        "fighter.",
        CLASH,
    ),
    "en-encounter-at-bomb-factory": (
        "Police killed two suspected TTP militants in an encounter at a bomb-making factory in "
        "Karachi on Monday.",
        CLASH,
    ),
    "id-menggagalkan-dan-menembak-mati": (
        "Densus 88 menggagalkan serangan bom dan menembak mati dua anggota JAD di Bekasi, Senin.",
        CLASH,
    ),
    # the trap: a bomb defused, nobody fought
    "en-ied-defused": (
        "Security forces defused an IED planted by militants near Kandahar on Monday.",
        ("Strategic developments", "Disrupted weapons use"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("stop27_typing"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    _, typed = CASES[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in extracted[key]] == [typed]


def test_tear_gas_told_back_to_the_crowd_is_force_used_on_the_demonstration(
    tmp_path, gazetteer_path
):
    """The sentence before tells a protest and the killing it is about, two events: tear gas
    fired at "the crowd" is force used on the protest, not on the killing."""
    text = (
        "On Monday, about 300 residents of Kibera blocked police from taking the body of a man "
        "who was allegedly shot dead by officers enforcing the curfew. The residents then "
        "carried the body to the chief's office. Police fired teargas to disperse the crowd."
    )
    [events] = extract_texts(tmp_path, [("t", text, PUBLISHED)], gazetteer_path).values()
    protests = [e["sub_event_type"] for e in events if e["event_type"] == "Protests"]
    assert protests == ["Protest with intervention"]
