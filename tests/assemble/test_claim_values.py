"""Figures a sentence tells that used to be lost: a count known by report ("12 warga
dilaporkan tewas", "were confirmed dead") or with its victims in scare quotes ('12 "bandits"
were killed'), and a toll whose source the next sentence gives
("The health ministry confirmed the toll"); a figure per group of victims told together
("one policeman and one civilian", "28 tentara dan sekitar 20 militan"), not their sum."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name or None)])
CASES = [
    # a newsroom's own finding is its word: "..., the agency has learnt"
    (
        "Militants ambushed an army convoy near Maiduguri on Monday, killing at least nine "
        + "soldiers, Reuters has learnt.",
        "2025-03-05",
        [("killed", 9, "Reuters")],
    ),
    # a count of camps, schools or buildings is no count of victims ("two camps for displaced
    # people": no two displaced)
    (
        "Bombs struck two camps for displaced people near Goma on Friday, killing at least 12 "
        + "people, local leaders said.",
        "2025-03-05",
        [("killed", 12, "local leaders")],
    ),
    (
        "Bom menghantam dua kamp pengungsi di dekat Goma pada Jumat dan menewaskan sedikitnya "
        + "12 orang, kata tokoh masyarakat.",
        "2025-03-05",
        [("killed", 12, "community leaders")],
    ),
    # an aside naming a part of the victims ("including a lieutenant", "termasuk dua
    # perwira") between a count and its casualty word: the count is the whole, the part none
    (
        "Four Iraqi soldiers, including a lieutenant, were killed when militants attacked their "
        + "post near Kirkuk on Monday.",
        "2025-03-05",
        [("killed", 4, None)],
    ),
    (
        "Empat tentara Irak, termasuk seorang perwira berpangkat letnan, tewas setelah pos "
        + "mereka diserang militan ISIS di dekat Kirkuk pada Senin (3/3/2025).",
        "2025-03-05",
        [("killed", 4, None)],
    ),
    (
        "Enam tentara Irak, termasuk dua perwira, tewas setelah pos mereka diserang militan "
        + "ISIS di dekat Kirkuk pada Senin (3/3/2025).",
        "2025-03-05",
        [("killed", 6, None)],
    ),
    # a word in scare quotes between a count and its casualty word breaks nothing, nor does
    # the casualty word in scare quotes
    (
        "Militants attacked an army post near Tillaberi on Tuesday, the defence ministry said. "
        + 'It said more than 30 of the assailants were "neutralised" in the fighting.',
        "2025-06-12",
        [("killed", 30, "defence ministry")],
    ),
    (
        "Kelompok bersenjata menyerang pos tentara di dekat Tillaberi pada Selasa. Kementerian "
        + 'Pertahanan mengatakan lebih dari 30 penyerang "dinetralisir" dalam pertempuran itu.',
        "2025-06-12",
        [("killed", 30, "defence ministry")],
    ),
    (
        'Twelve "bandits" were killed in an air strike near Gusau on Monday, the army said.',
        "2025-06-12",
        [("killed", 12, "Military Forces of Nigeria")],
    ),
    (
        'Tiga "anggota KKB" tewas dalam kontak tembak dengan pasukan TNI di Intan Jaya, Senin, '
        + "kata Kapendam XVII/Cenderawasih.",
        "2025-06-12",
        [("killed", 3, "Military Forces of Indonesia")],
    ),
    (
        "Sedikitnya 12 warga dilaporkan tewas dalam serangan udara di Khan Younis pada Sabtu "
        + "(31/5/2025).",
        "2025-06-01",
        [("killed", 12, None)],
    ),
    (
        "Tiga prajurit TNI dikabarkan gugur dalam kontak tembak dengan kelompok bersenjata di "
        + "Kabupaten Puncak, Senin (2/6/2025), kata Kapendam XVII/Cenderawasih.",
        "2025-06-03",
        [("killed", 3, "Military Forces of Indonesia")],
    ),
    (
        "At least 13 soldiers have been confirmed dead after militants stormed a checkpoint "
        + "near Ramadi on Sunday.",
        "2015-06-01",
        [("killed", 13, None)],
    ),
    (
        "Four policemen were reported killed when gunmen attacked a post near Kandahar on "
        + "Tuesday, a provincial spokesman said.",
        "2015-06-03",
        [("killed", 4, "spokesperson")],
    ),
    (
        "Serangan udara Israel di Khan Younis pada Sabtu (31/5/2025) menewaskan dua warga. "
        + "Kementerian Kesehatan Gaza mengonfirmasi jumlah korban tersebut.",
        "2025-06-01",
        [("killed", 2, "health ministry")],
    ),
    (
        "An air strike on a crowded market in Idlib killed nine people on Saturday. "
        + "The civil defence service confirmed the toll.",
        "2025-06-01",
        [("killed", 9, "civil defence")],
    ),
    # speakers joined by "and" each give the figure
    (
        "Troops killed at least 18 militants in a raid near Tebessa on Monday, the defence "
        + "ministry and security sources said.",
        "2015-05-20",
        [("killed", 18, "defence ministry"), ("killed", 18, "security sources")],
    ),
    (
        "Pasukan keamanan menewaskan 18 militan dalam penggerebekan di dekat Tebessa pada Senin "
        + "(18/5/2015), kata Kementerian Pertahanan dan sumber keamanan.",
        "2015-05-20",
        [("killed", 18, "defence ministry"), ("killed", 18, "security source")],
    ),
    # a period after a superlative frames a comparison, not a total
    (
        "Soldiers killed 30 rebels near Goma on Sunday in one of the deadliest clashes in recent "
        + "years, the army said.",
        "2015-05-20",
        [("killed", 30, "Military Forces of the Democratic Republic of Congo")],
    ),
    (
        "Pasukan pemerintah menewaskan 30 pemberontak dalam bentrokan terbesar dalam beberapa "
        + "tahun terakhir di dekat Goma pada Minggu (17/5/2015), kata juru bicara tentara.",
        "2015-05-20",
        [("killed", 30, "Military Forces of the Democratic Republic of Congo")],
    ),
    # "since Wednesday" of this week: the toll of the operation being told, not a total
    (
        "State TV reported that about 120 civilians had been killed by the militants in Tadmur "
        + "since Wednesday.",
        "2015-05-23",
        [("killed", 120, "state TV")],
    ),
    (
        "Televisi pemerintah melaporkan sekitar 120 warga sipil tewas dibunuh kelompok militan "
        + "di Tadmur sejak Rabu.",
        "2015-05-23",
        [("killed", 120, "state TV")],
    ),
    (  # since a year long past: a total, no event and no claim
        "About 120,000 civilians have been killed in the war since 2011, state TV said.",
        "2015-05-23",
        [],
    ),
    # a verb of capturing joined to a killing by "and"
    (
        "Rebels fired mortars into Najran on Tuesday, killing three civilians and capturing four "
        + "border guards.",
        "2015-05-06",
        [("killed", 3, None), ("captured", 4, None)],
    ),
    # a reporting verb in the passive names no speaker: its subject is among the victims
    (
        "Two aid workers are reported to be among six people killed when gunmen stormed a "
        + "hotel in Mogadishu on Sunday.",
        "2015-05-12",
        [("killed", 6, None)],
    ),
    (
        "Dua pekerja kemanusiaan dilaporkan termasuk di antara enam orang yang tewas ketika "
        + "kelompok bersenjata menyerbu sebuah hotel di Mogadishu pada Minggu (10/5/2015).",
        "2015-05-12",
        [("killed", 6, None)],
    ),
    # "kata juru bicara militer": the speaker after the shortest reporting phrase, whose
    # words the role "juru bicara militer" begins with
    (
        "Pasukan pemerintah menewaskan 30 pemberontak di dekat Goma pada Minggu (17/5/2015), "
        + "kata juru bicara militer.",
        "2015-05-20",
        [("killed", 30, "Military Forces of the Democratic Republic of Congo")],
    ),
    (
        "Dua prajurit tewas ditembak di Intan Jaya pada Minggu (17/5/2025), kata juru bicara "
        + "TPNPB Sebby Sambom.",
        "2025-05-20",
        [("killed", 2, "West Papua National Liberation Army")],
    ),
    # a confirmation gives no claimant to a figure that already has one
    (
        "Gunmen killed six villagers near Maiduguri on Monday, residents said. "
        + "The police confirmed the toll.",
        "2025-06-03",
        [("killed", 6, "residents")],
    ),
    # the speaker of the next sentence, telling those casualties again with no count, is the
    # claimant of the figure told before
    (
        "Rebels shelled the market town of Bama on Friday. At least 14 people were killed in "
        + "the shelling. Medical sources said several people were also wounded when a shell "
        + "hit a mosque.",
        "2025-06-08",
        [("killed", 14, "medical sources"), ("injured", None, "medical sources")],
    ),
    (
        "Pasukan Israel menembaki kamp pengungsi Jabalia pada Jumat (6/6/2025). Sedikitnya 14 "
        + "orang tewas dalam serangan itu. Pertahanan Sipil mengatakan anak-anak termasuk di "
        + "antara korban tewas.",
        "2025-06-08",
        [("killed", 14, "Pertahanan Sipil")],
    ),
    # "the source said", "kata sumber tersebut": the speaker named just before
    (
        "Gunmen attacked a police post in Kidal on Monday, a security source said. "
        + '"Six of our men were wounded," the source said.',
        "2025-06-03",
        [("injured", 6, "security source")],
    ),
    (
        "Kelompok bersenjata menyerang pos polisi di Kidal pada Senin (2/6/2025), kata seorang "
        + 'pejabat militer Mali. "Empat polisi tewas dan enam lainnya luka-luka," kata sumber '
        + "tersebut.",
        "2025-06-03",
        [("killed", 4, "Military Forces of Mali"), ("injured", 6, "Military Forces of Mali")],
    ),
    # "were also killed": the count before the passive is the victims', not the one after
    (
        "Gunmen stormed a hotel in Mogadishu on Sunday. Two Kenyan engineers were also killed "
        + "and four guests were rescued, a diplomat said.",
        "2025-06-05",
        [("killed", 2, "diplomat")],
    ),
    # groups of victims told together: a claim per group, the policy adds them (below)
    (
        "A suicide blast near a stadium in Kano killed one policeman and one civilian on Monday.",
        "2025-03-05",
        [("killed", 1, None), ("killed", 1, None)],
    ),
    (
        "Pertempuran di dekat Palmyra pada Senin (3/3/2025) menewaskan sedikitnya 28 tentara dan "
        + "sekitar 20 militan, kata SOHR.",
        "2025-03-05",
        [("killed", 28, "SOHR"), ("killed", 20, "SOHR")],
    ),
    (
        "Fighting near Palmyra on Monday killed at least 28 soldiers and about 20 militants, "
        + "the Syrian Observatory for Human Rights said.",
        "2025-03-05",
        [("killed", 28, "SOHR"), ("killed", 20, "SOHR")],
    ),
]
# a count of wounds is no count of the wounded; a singular pronoun before it tells one wounded
WOUND_CASES = [
    (
        "Seorang politikus oposisi ditembak orang tak dikenal di Medan pada Senin (3/3/2025). "
        + "Ia mengalami tiga luka tembak dan kini dalam kondisi kritis.",
        "2025-03-05",
        [("injured", 1, None)],
    ),
    (
        "Gunmen shot an opposition politician in Medan on Monday. He suffered three gunshot "
        + "wounds and is in a critical condition.",
        "2025-03-05",
        [("injured", 1, None)],
    ),
    # trap: a plural subject tells no count of people
    (
        "Dua pedagang ditembak orang tak dikenal di Medan pada Senin (3/3/2025). Mereka "
        + "mengalami tiga luka tembak dan kini dirawat di rumah sakit.",
        "2025-03-05",
        [("injured", None, None)],
    ),
    (
        "Gunmen shot two traders in Medan on Monday. They suffered three gunshot wounds and are "
        + "in hospital.",
        "2025-03-05",
        [("injured", None, None)],
    ),
]
CASES += WOUND_CASES
# the fatalities of the group cases above: the groups added
GROUP_FATALITIES = {-7: 2, -6: 48, -5: 48}

# casualties all wounded: 0 dead; none told: unknown (null)
WOUNDED = [
    ("A parcel bomb exploded at a party office in Adana on Monday, injuring six people.", 0),
    (
        "Orang tak dikenal menembak pos polisi di Medan pada Senin (3/3/2025), melukai dua polisi.",
        0,
    ),
    ("Sebuah bom meledak di kantor partai di Medan pada Senin (3/3/2025), melukai enam orang.", 0),
    ("Gunmen attacked a police post near Jos on Monday.", None),
    # no casualties told, with a report noun between the denial and the word: 0 dead
    (
        "Several mortar rounds landed near the airport in Mogadishu on Thursday. There were no "
        + "immediate reports of casualties.",
        0,
    ),
    (
        "Beberapa peluru mortir jatuh di dekat bandara di Mogadishu pada Kamis (6/3/2025). Belum "
        + "ada laporan mengenai korban jiwa.",
        0,
    ),
    # taken alive: an abduction with no one killed is 0 dead too
    ("Gunmen abducted 14 farmers from a village near Jos on Monday, police said.", 0),
    ("Kelompok bersenjata menculik 14 petani di Kabupaten Puncak pada Senin (3/3/2025).", 0),
]


@pytest.fixture(scope="module")
def wounded(tmp_path_factory, gazetteer_path):
    cases = [(t, "2025-03-05") for t, _ in WOUNDED]
    return extract_cases(tmp_path_factory.mktemp("wounded"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(WOUNDED)))
def test_an_event_with_only_wounded_is_zero_dead(wounded, case):
    assert [(e["fatalities"] or {}).get("best") for e in wounded[case]] == [WOUNDED[case][1]]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("claim_values"), CASES, gazetteer_path)


@pytest.fixture(scope="module")
def claims(found):
    return {i: claim_triples(events) for i, events in found.items()}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_figure_and_its_claimant(claims, case):
    assert claims[case] == CASES[case][2]


@pytest.mark.parametrize("offset", sorted(GROUP_FATALITIES))
def test_groups_of_victims_add_up_in_the_fatalities(found, offset):
    events = found[len(CASES) + offset]
    assert [e["fatalities"]["best"] for e in events] == [GROUP_FATALITIES[offset]]
