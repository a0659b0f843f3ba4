"""Short coder-style notes (stop 24): headline present tense, bare firing, blowing up, and other
event words that were missing, typed by who the sides are; and the traps that must stay
non-events. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

EVENTS = {
    # firing with no "opened fire": the verb alone, or the noun
    "en-fired-with-on-positions": (
        "On 10 June 2024, soldiers of Ruritania fired with small arms on the positions of the "
        "Borduria army near the village of Tarnow.",
        "Battles",
    ),
    "en-continued-to-fire": (
        "Indian troops continued to fire along the Line of Control on Monday, targeting "
        "Pakistani army positions.",
        "Battles",
    ),
    "en-unprovoked-firing": (
        "Border guards resorted to unprovoked firing at a village near the frontier on "
        "Monday, wounding a farmer.",
        "Violence against civilians",
    ),
    "en-fired-heavy-artilleries": (
        "On 10 June 2024, army troops fired heavy artilleries at a village in Sagaing region. "
        "Many villagers fled.",
        "Explosions/Remote violence",
    ),
    # headline present tense
    "en-gunmen-kill": (
        "Suspected gunmen kill four traders on their way to the market in Mandera.",
        "Violence against civilians",
    ),
    "en-cadres-beats": (
        "Party cadres beats vendors at a market in Lusaka. 3 seriously injured.",
        "Violence against civilians",
    ),
    "en-gunmen-abduct": (
        "Unknown gunmen abduct a radio reporter from his home in Juba.",
        "Violence against civilians",
    ),
    "en-officer-shoots-and-kills": (
        "A police officer shoots and kills a taxi driver after a quarrel in Nairobi.",
        "Violence against civilians",
    ),
    "en-sprays-with-bullets": (
        "Gunman sprays a minibus carrying teachers with bullets, kills one.",
        "Violence against civilians",
    ),
    # blown up, hurled cocktails
    "en-blew-up-pylons": (
        "Suspected militants blew up two power pylons in Nasirabad district on Monday.",
        "Explosions/Remote violence",
    ),
    "en-hurled-cocktails": (
        "Activists hurled cocktails at a bus in Dhaka on Monday, injuring six passengers.",
        "Violence against civilians",
    ),
    # protests and riots told by words that were missing
    "en-booed": (
        "On 10 June 2024, dozens of teachers booed the education minister during a ceremony "
        "in Chisinau.",
        "Protests",
    ),
    "en-thronged-the-streets": (
        "Residents of Kibera thronged the streets on Monday asking the government to free a "
        "jailed activist.",
        "Protests",
    ),
    "en-stoned-police": (
        "On 10 June 2024, villagers stoned two police officers in a village near Kisumu.",
        "Riots",
    ),
    "en-fight-broke-out": (
        "On 10 June 2024, a physical fight broke out between deputies of two parties during a "
        "session of parliament in Yerevan.",
        "Riots",
    ),
    # fighting words that were missing
    "en-gun-fight": (
        "A militant commander lost his life during a brief gun fight with government forces "
        "in Sopore on Monday.",
        "Battles",
    ),
    "en-shoot-outs": (
        "On 10 June 2024, shoot-outs took place in three neighbourhoods of Belford Roxo.",
        "Battles",
    ),
    "en-inter-clan-violence": (
        "On 10 June 2024, inter-clan violence erupted in Galkayo, leaving at least four people "
        "dead.",
        "Battles",
    ),
    # crude bombs hurled at people are an attack on them; one that goes off stays remote
    "en-crude-bombs-hurled": (
        "Two passengers were injured as assailants hurled crude bombs at a bus in Bogura on "
        "Monday night.",
        "Violence against civilians",
    ),
    "en-crude-bomb-went-off": (
        "A crude bomb went off on the roof of a school in Burdwan on Monday, injuring three "
        "students.",
        "Explosions/Remote violence",
    ),
    # unarmed people state forces clash with are rioters
    "en-police-clashed-with-villagers": (
        "Police clashed with villagers in a village near Batticaloa on Monday; eight were injured.",
        "Riots",
    ),
    "en-police-fought-vendors": (
        "On 10 June 2024, police officers fought with market vendors in Addis Ababa.",
        "Riots",
    ),
    # ... but soldiers and rebels fighting is a battle
    "en-soldiers-clashed-with-rebels": (
        "On 10 June 2024, soldiers clashed with rebels in Beni, killing five.",
        "Battles",
    ),
    # one armed victim told without a number makes the attack a battle
    "en-a-peacekeeper-was-killed": (
        "A Kenyan peacekeeper was killed by unidentified gunmen near Bangui on Monday.",
        "Battles",
    ),
    "en-a-security-guard-was-shot": (
        "On 10 June 2024, a security guard was shot dead by robbers at a bank in Guatemala City.",
        "Battles",
    ),
    # ... one civilian is a civilian
    "en-a-trader-was-killed": (
        "A trader was killed by unidentified gunmen near Bangui on Monday.",
        "Violence against civilians",
    ),
    # an armed side's man taken is a battle; a civilian taken is an abduction
    "en-abducted-a-police-officer": (
        "On 10 June 2024, rebels abducted a police officer in a village near Lashio.",
        "Battles",
    ),
    "en-abducted-a-teacher": (
        "On 10 June 2024, rebels abducted a teacher in a village near Lashio.",
        "Violence against civilians",
    ),
    # a party's people taken or hit are civilians; a gang's members are armed
    "en-abducted-party-members": (
        "On 10 June 2024, rebels abducted three party members from their houses in a village "
        "near Dantewada.",
        "Violence against civilians",
    ),
    "en-police-killed-gang-members": (
        "On 10 June 2024, police killed two gang members in a shootout in Tegucigalpa.",
        "Battles",
    ),
    # a first sentence telling the act by reference alone: nothing before it to point back to
    "en-claims-responsibility-of-the-attack": (
        "The Pakistani Taliban claimed responsibility for the attack on two traffic policemen "
        "in Swabi district on Monday.",
        "Battles",
    ),
    # a gathering with a protest's purpose told in its clause is a demonstration
    "en-gathered-to-demand": (
        "On 10 June 2024, hundreds of merchants gathered at the city hall in Esperanza to "
        "demand the reopening of shops.",
        "Protests",
    ),
    "id-berkumpul-untuk-menuntut": (
        "Puluhan pedagang berkumpul di depan Balai Kota Medan untuk menuntut pembukaan kembali "
        "pasar, Senin (10/6/2024).",
        "Protests",
    ),
    # aircraft told as the weapon
    "en-military-planes-pounded": (
        "Twelve militants were killed when military planes pounded their hideouts in the "
        "Tirah valley on Monday.",
        "Explosions/Remote violence",
    ),
    # an ambush on soldiers opened by a bomb is a battle
    "en-ambush-opened-by-ied": (
        "On 10 June 2024, militants ambushed an army patrol near Pama with an IED followed by "
        "gunfire, killing four soldiers.",
        "Battles",
    ),
    # shut in an office to protest: no barricades built
    "en-barricaded-themselves": (
        "On 10 June 2024, nurses went on strike and barricaded themselves into an office of the "
        "health ministry in Hinche to protest against unpaid salaries.",
        "Protests",
    ),
    # a demonstration on a recent day of its own: a date told in it with no year is what it
    # is about (a plan ahead), not history
    "en-march-against-july-elections": (
        "On 10 June 2024, opposition supporters marched in Lilongwe against the decision to "
        "hold fresh elections on 2 July.",
        "Protests",
    ),
    "id-demo-tolak-pemilihan-juli": (
        "Ratusan buruh berunjuk rasa di depan gedung DPRD Medan pada Senin (10/6/2024), menolak "
        "rencana pemilihan ulang pada 2 Juli.",
        "Protests",
    ),
    # torches carried in a march are no arson
    "en-torches-carried": (
        "On 10 June 2024, supporters of the government marched with torches in Belgrade.",
        "Protests",
    ),
}

NON_EVENTS = {
    # ... an act of other kinds told with an old date stays history, and so does a protest
    # told with its year long before
    "en-said-on-monday-killed-in-july": (
        "The UN said on Monday that 300 people were killed in a massacre in Ituri on 2 July."
    ),
    "id-unjuk-rasa-maret": (
        "Pada Senin (10/6/2024), koordinator warga mengatakan unjuk rasa yang pernah dilakukan "
        "pada 21 Maret 2024 diikuti ratusan orang."
    ),
    # people gathering for no protest's purpose
    "en-ministers-gathered": (
        "Foreign ministers gathered in Geneva on Monday for talks on the war, a spokesman said."
    ),
    "en-fans-gathered": (
        "On 10 June 2024, fans gathered at the stadium in Rosario to watch the final."
    ),
    "id-remaja-berkumpul": (
        "Sekelompok remaja berkumpul di jalanan Koja, Jakarta Utara, pada Senin (10/6/2024) malam."
    ),
    # past the first sentence, a reference that joins no event is none of its own
    "en-denied-involvement-in-the-attack": (
        "Election results were announced in Diyarbakir on Monday. Turnout was high across the "
        "province. The youth wing of the party issued a statement denying any involvement in "
        "the attack."
    ),
    # the job's "fired", a firing range
    "en-fired-from-job": (
        "The club fired the coach on Monday after a fifth defeat in a row, the chairman said."
    ),
    "en-was-fired-from": (
        "A bank manager in Nairobi was fired from his job for fraud, the bank said on Monday."
    ),
    "en-firing-range": (
        "The army opened a new firing range near Eldoret on Monday, a spokesman said."
    ),
    # a threat to kill is no killing
    "en-threatened-to-kill": (
        "The gang threatened to kill the witness if he testified, police said on Monday."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, PUBLISHED) for k, (t, _) in EVENTS.items()]
    rows += [(k, t, PUBLISHED) for k, t in NON_EVENTS.items()]
    return extract_texts(tmp_path_factory.mktemp("acled_notes"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_a_note_tells_one_event_of_its_type(extracted, key):
    assert [e["event_type"] for e in extracted[key]] == [EVENTS[key][1]]


@pytest.mark.parametrize("key", sorted(NON_EVENTS))
def test_a_trap_tells_no_event(extracted, key):
    assert extracted[key] == []
