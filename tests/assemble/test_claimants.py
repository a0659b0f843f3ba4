"""A claim's claimant is the most specific party named: who speaks for the military or the
police is the military or the police; rescuers are rescuers, never the attackers."""

import pytest

from .extracted import extract_texts

CASES = [
    (
        "Five soldiers were killed in an ambush near Maiduguri on Monday, a military spokesman said.",
        "Military Forces of Nigeria",
        "military spokesman",
    ),
    (
        "Five people were killed when gunmen attacked a village near Jos on Monday, "
        + "a police spokesman said.",
        "Police Forces of Nigeria",
        "police spokesman",
    ),
    (
        "Five people were killed when gunmen attacked a village near Jos on Monday, "
        + "a rescue worker told reporters.",
        "rescue workers",
        "rescue worker",
    ),
    (
        "Dua warga tewas ditembak kelompok bersenjata di Intan Jaya, Senin, "
        + "kata Kapendam XVII/Cenderawasih.",
        "Military Forces of Indonesia",
        "Kapendam",
    ),
    (
        "Tiga orang tewas dalam bentrokan di Kabupaten Puncak, Papua Tengah, Senin, "
        + "kata Kabid Humas Polda Papua Tengah.",
        "Police Forces of Indonesia",
        "Kabid Humas",
    ),
    # ACLED writes some countries with their article ("of the Philippines")
    (
        "Three soldiers were killed in an ambush near Kabankalan City, Negros Occidental, on "
        + "Monday, the army said.",
        "Military Forces of the Philippines",
        "army",
    ),
    # the body a described speaker speaks for, known or not
    (
        "Nadia Rahimi, a spokeswoman for the Norwegian Refugee Council, said four aid workers "
        + "were killed when gunmen attacked their convoy near Kunduz on Monday.",
        "Norwegian Refugee Council",
        "Norwegian Refugee Council",
    ),
    (
        "A spokesman for the French embassy confirmed that one French engineer was killed when "
        + "gunmen attacked the hotel in Bamako on Friday.",
        "French embassy",
        "French embassy",
    ),
    (
        "Kareem al-Nouri, a spokesman for the Popular Mobilisation Forces, said 12 fighters "
        + "were killed in clashes near Baiji on Monday.",
        "PMF: Popular Mobilization Forces",
        "Popular Mobilisation Forces",
    ),
    (
        "Reuters' Aisha Bello, reporting from Maiduguri, said nine people were killed when a "
        + "bomb exploded at the market on Tuesday.",
        "Reuters",
        "Reuters",
    ),
    (
        "At least 30 soldiers were killed in the fighting near Palmyra on Wednesday, according "
        + "to Rami Abdel Rahman, the head of the Syrian Observatory for Human Rights.",
        "SOHR",
        "Syrian Observatory for Human Rights",
    ),
    # the party named before a spokesman's role speaks
    (
        "Twelve soldiers were killed when fighters overran a checkpoint in Helmand on Monday, "
        + "a Taliban spokesman said.",
        "Taliban",
        "Taliban",
    ),
    (
        "Dua belas tentara tewas ketika para pejuang menyerbu pos pemeriksaan di Helmand pada "
        + "Senin, kata seorang juru bicara Taliban.",
        "Taliban",
        "Taliban",
    ),
    # an unnamed source told with the unnamed body it belongs to is named by that description
    (
        'Gunmen attacked a bus near Mopti on Monday. "Six passengers were killed," an official '
        + "from a charity in the town said.",
        "official from a charity",
        "official",
    ),
    (
        'Kelompok bersenjata menyerang sebuah bus di dekat Mopti pada Senin. "Enam penumpang '
        + 'tewas," kata seorang pejabat dari sebuah yayasan di kota itu.',
        "pejabat dari sebuah yayasan",
        "pejabat",
    ),
    # an unnamed source keeps the people of its country named before it
    (
        "Syrian state TV said 12 militants were killed when jets struck their positions near "
        + "Idlib on Tuesday.",
        "Syrian state TV",
        "state TV",
    ),
    (
        "Four police officers were killed when a roadside bomb hit their vehicle in Herat on "
        + "Monday, the Afghan interior ministry said.",
        "Afghan interior ministry",
        "interior ministry",
    ),
    # a body no recogniser knows, named head first before its verb or the aside about it
    (
        "Pemerintah negara bagian Darfur Selatan sebelumnya menyebut lebih dari 120 warga "
        + "tewas ketika pasukan paramiliter menyerbu sebuah desa di dekat Nyala pada Jumat.",
        "Pemerintah negara bagian Darfur Selatan",
        "Pemerintah negara bagian Darfur Selatan",
    ),
    (
        "Komite Bantuan Nyala (KBN), kelompok relawan setempat, mengatakan 15 warga tewas "
        + "ketika pasukan paramiliter menyerbu kamp pengungsi di dekat Nyala pada Jumat.",
        "Komite Bantuan Nyala (KBN)",
        "Komite Bantuan Nyala",
    ),
    (
        "The Committee for Relief in Nyala, a local volunteer group, said 15 residents were "
        + "killed when paramilitary fighters stormed a camp near Nyala on Friday.",
        "Committee for Relief in Nyala",
        "Committee for Relief in Nyala",
    ),
    # a body no recogniser knows named after "according to", ended by a body word or opened
    # by one; its body word outweighs a role inside it ("military")
    (
        "A car bomb exploded at a market in Mogadishu on Saturday. Eight people were killed, "
        + "according to the Aamin ambulance service.",
        "Aamin ambulance service",
        "Aamin ambulance service",
    ),
    (
        "In the southern city of Kherson, a drone strike killed two people on Saturday, "
        + "according to the regional military administration.",
        "regional military administration",
        "regional military administration",
    ),
    (
        "Dua warga tewas akibat serangan drone di Kherson pada Sabtu, menurut Badan "
        + "Penanggulangan Bencana Kherson.",
        "Badan Penanggulangan Bencana Kherson",
        "Badan Penanggulangan Bencana Kherson",
    ),
    (
        "Pasukan paramiliter menembaki kamp pengungsi di dekat Nyala pada Minggu dan menewaskan "
        + "sembilan orang, kata Komite Relawan Nyala kepada Radio Dabanga.",
        "Komite Relawan Nyala",
        "Komite Relawan Nyala",
    ),
    # a body no recogniser knows keeps the acronym given in brackets after its name
    (
        "Pieter Janssen, a press officer with the Dutch Relief Mission in Mali (DRM), told "
        + "reporters that three nurses were killed when gunmen attacked a clinic near Mopti on "
        + "Sunday.",
        "Dutch Relief Mission (DRM)",
        "Dutch Relief Mission",
    ),
    (
        "Pieter Janssen, petugas dari Lembaga Bantuan Kasih Ibu di Mali (LBKI), mengatakan tiga "
        + "perawat tewas ketika kelompok bersenjata menyerang sebuah klinik di dekat Mopti pada "
        + "Minggu.",
        "Lembaga Bantuan Kasih Ibu (LBKI)",
        "Lembaga Bantuan Kasih Ibu",
    ),
    # a party named in an aside describing the speaker is not the speaker
    (
        "JNIM, the al Qaeda affiliate in the Sahel, claimed responsibility and said it had "
        + "killed 300 soldiers near Barsalogho on Saturday.",
        "JNIM: Group for Support of Islam and Muslims",
        "JNIM",
    ),
    (
        "JNIM, afiliasi al Qaeda di Sahel, mengaku bertanggung jawab dan mengatakan telah "
        + "membunuh 300 tentara di dekat Barsalogho pada Sabtu.",
        "JNIM: Group for Support of Islam and Muslims",
        "JNIM",
    ),
    # an unnamed source keeps what kind of official it is
    (
        "Tiga polisi terluka ketika bom rakitan meledak di dekat pos mereka di Tarmiyah pada "
        + "Senin, kata seorang pejabat keamanan setempat.",
        "security officials",
        "pejabat keamanan",
    ),
    (
        "Four people were injured when a parcel bomb exploded at the party office in Adana on "
        + "Monday, a party official said.",
        "party official",
        "party official",
    ),
]


@pytest.fixture(scope="module")
def claimants(tmp_path_factory, gazetteer_path):
    texts = [(str(i), text, "2025-06-12") for i, (text, _, _) in enumerate(CASES)]
    found = extract_texts(tmp_path_factory.mktemp("claimants"), texts, gazetteer_path)
    return {
        int(k): [c["claimant"] for e in events for c in e["claims"]] for k, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_claimant_is_the_party_the_speaker_speaks_for(claimants, case):
    _, name, mention = CASES[case]
    (claimant,) = claimants[case]
    assert claimant["name"] == name and mention.lower() in claimant["mention"].lower()


# two speakers after "according to" / "menurut", joined by "and": a claim apiece, not one
# body named "witnesses and hospital"
TWO_SPEAKERS = {
    "en": "A bomb blast at a crowded bus station in Maiduguri on Monday killed about 30 people, "
    + "according to witnesses and hospital sources.",
    "id": "Sebuah bom meledak di terminal bus di Maiduguri pada Senin dan menewaskan sekitar 30 "
    + "orang, menurut saksi mata dan sumber rumah sakit.",
}


@pytest.mark.parametrize("lang", sorted(TWO_SPEAKERS))
def test_speakers_joined_by_and_after_according_to_each_claim(tmp_path, gazetteer_path, lang):
    found = extract_texts(tmp_path, [("x", TWO_SPEAKERS[lang], "2025-06-12")], gazetteer_path)
    claims = [(c["value"], c["claimant"]["name"]) for e in found["x"] for c in e["claims"]]
    assert claims == [(30, "witnesses"), (30, "hospital sources")]


# a participle ("saying", "seraya mengatakan") speaks with the voice of the reporting verb
# before it, not of a party named in the aside between commas
GOES_ON = {
    "en": "Suspected jihadists killed nine farmers near Gwoza on Saturday, residents said. A "
    + "commander of the Civilian Joint Task Force, a vigilante group that fights alongside the "
    + "army, put the toll higher, saying at least 20 bodies had been recovered.",
    "id": "Militan menewaskan sembilan petani di dekat Gwoza pada Sabtu, kata warga. Seorang "
    + "komandan Civilian Joint Task Force, kelompok milisi yang bertempur bersama tentara, "
    + "menyebut jumlah korban lebih tinggi, seraya mengatakan sedikitnya 20 jenazah telah "
    + "ditemukan.",
}


@pytest.mark.parametrize("lang", sorted(GOES_ON))
def test_a_participle_speaks_with_the_verb_before_it(tmp_path, gazetteer_path, lang):
    found = extract_texts(tmp_path, [("x", GOES_ON[lang], "2025-06-10")], gazetteer_path)
    claims = {c["value"]: c["claimant"]["name"] for e in found["x"] for c in e["claims"]}
    assert claims == {9: "residents", 20: "CJTF: Civilian Joint Task Force"}
