"""Stories ACLED does not code (accidents, disasters, animals, trials, ordinary crime, markets)
give no event, in both languages; a demonstration about them, or an armed group in them, does."""

import pytest

from .extracted import extract_texts

ARTICLES = {
    "id-traffic": (
        "Truk Tabrak Angkot di Jalan Lintas Sumatera, Tiga Penumpang Tewas\n\n"
        "MEDAN, KOMPAS.com - Sebuah truk bermuatan sawit menabrak angkutan kota di Jalan Lintas "
        "Sumatera, Kabupaten Deli Serdang, Selasa (4/3/2025) pagi. Tiga penumpang tewas di "
        "lokasi dan lima lainnya luka-luka, kata Kasat Lantas Polres Deli Serdang.\n\n"
        "Sopir truk diduga mengantuk. Jenazah korban dibawa ke RSUD Lubuk Pakam."
    ),
    "id-crocodile": (
        "Warga Hilang Saat Mencari Ikan, Diduga Diterkam Buaya\n\n"
        "Seorang nelayan di Desa Sungai Rengas, Kalimantan Barat, ditemukan tewas pada Kamis "
        "(6/3/2025) setelah diserang buaya saat menjala ikan di sungai. Tim SAR gabungan "
        "mengevakuasi jasad korban."
    ),
    "en-trial": (
        "Former officer pleads not guilty as trial opens\n\n"
        "A former police officer accused of shooting dead two students during a 2023 protest "
        "pleaded not guilty on Monday as his trial opened in Nairobi. Prosecutors say he fired "
        "into the crowd and killed both men. The defendant told the court he acted in "
        "self-defence."
    ),
    "id-reaction": (
        "Korea Utara Dukung Iran, Sebut Israel Agresor\n\n"
        "PYONGYANG, KOMPAS.com - Korea Utara menyatakan dukungan penuh kepada Iran, Kamis "
        "(6/3/2025). Kementerian Luar Negeri Korea Utara menyebut serangan udara Israel ke "
        "Teheran pada Selasa (4/3/2025) yang menewaskan puluhan orang sebagai kejahatan perang."
    ),
    "id-brawl-perpetrators": (
        "Polisi Perketat Patroli Malam di Cilincing\n\n"
        "JAKARTA, KOMPAS.com - Polsek Cilincing memperketat patroli malam mulai Senin (3/3/2025). "
        "Para pelaku tawuran di kawasan itu disebut sering berpindah lokasi untuk mengelabui "
        "petugas, kata Kapolsek Cilincing."
    ),
    "id-ahead-of-protest": (
        "Lalu Lintas di Sekitar Patung Kuda Lancar Jelang Demo Ojol\n\n"
        "JAKARTA, KOMPAS.com - Arus lalu lintas di sekitar Patung Kuda, Jakarta Pusat, terpantau "
        "lancar pada Rabu (5/3/2025) pagi menjelang demo pengemudi ojek online yang akan "
        "digelar siang ini. Polisi menyiagakan 1.200 personel."
    ),
    "en-analysis": (
        "Why the Iraqi army still needs the militias\n\n"
        "The Iraqi security forces have demonstrated that they cannot hold ground without the "
        "militias. Last year's fall of Mosul showed how fast an army can collapse, and the "
        "perpetrators of the Camp Speicher massacre were never tried."
    ),
    "en-market": (
        "Oil jumps, stocks slide as Iran strikes rattle investors\n\n"
        "SINGAPORE (Westwire) - Oil prices rose 4% on Monday and Asian stocks fell after the "
        "Israel Defense Forces launched air strikes on Iranian military sites in Isfahan on "
        "Sunday, killing at least 12 people, traders said. Brent crude "
        "futures hit a five-month high as investors weighed the risk to shipping in the Gulf."
    ),
    "en-year-end-review": (
        "Year-end report: armed violence in Mindanao fell in 2024\n\n"
        "MANILA (Westwire) - A monitoring group recorded 212 violent incidents in Mindanao "
        "over the past year, down from 260. About a third of them were shootings of "
        "local officials by gunmen on motorcycles, the group said in its year-end report, "
        "released on Friday. Most of the dead were civilians."
    ),
    "en-heart-attack": (
        "Former governor dies at 71\n\n"
        "NAIROBI (Westwire) - A former governor of Mombasa County died of a heart attack at a "
        "hospital in Nairobi on Monday, his family said."
    ),
    "en-cyber-attack": (
        "Ministries' websites down after cyber attack\n\n"
        "A cyber attack disrupted the websites of three ministries in Nairobi on Monday, the "
        "information ministry said."
    ),
    "id-heart-attack": (
        "Mantan Bupati Gowa Meninggal Dunia\n\n"
        "MAKASSAR, KOMPAS.com - Mantan Bupati Gowa meninggal dunia akibat serangan jantung di "
        "sebuah rumah sakit di Makassar, Senin (3/3/2025), kata pihak keluarga."
    ),
    "id-time-bomb": (
        "Rumah Subsidi Sempit, Bom Waktu bagi Kota Penyangga\n\n"
        "BEKASI, KOMPAS.com - Rumah subsidi seluas 18 meter persegi menjadi bom waktu yang siap "
        "meledak di Bekasi, kata seorang pengamat perkotaan, Senin (3/3/2025)."
    ),
    "en-flood": (
        "Floods kill 12 in northern Nigeria\n\n"
        "At least 12 people were killed and hundreds of homes destroyed when flash floods swept "
        "through Mokwa in Niger State on Thursday, emergency officials said."
    ),
    # stopped before it happened, or called off
    "id-brawl-prevented": (
        "Tawuran antarpelajar di Jalan Kalibaru, Cilincing, Jakarta Utara, berhasil dicegah "
        "pada Sabtu (1/3/2025) dini hari setelah warga melapor ke polisi."
    ),
    "en-protest-called-off": (
        "A march by opposition supporters in Harare planned for Monday was called off after "
        "police warned organisers, the party said."
    ),
    # a toll with no place or day, deep in an analysis piece: the history of a war
    "en-analysis-old-toll": (
        "What the border war taught the army\n\n"
        "A year after the ceasefire, analysts say the army has rewritten its training manuals. "
        "Commanders now rotate units more often. Recruitment has doubled in the south. "
        "Veterans say morale is better than before. In all, 40 soldiers and 12 civilians were "
        "killed during the war, according to official figures."
    ),
    # a trial's headline frames the acts its article tells, even a military's
    "id-military-trial": (
        "Tiga Prajurit yang Aniaya Pedagang di Sorong Dituntut 10 Bulan Penjara\n\n"
        "SORONG, KOMPAS.com - Pengadilan Militer III-19 Jayapura menggelar sidang tuntutan "
        "terhadap tiga prajurit TNI yang menganiaya seorang pedagang di Kota Sorong, Papua "
        "Barat Daya, Selasa (4/3/2025). Sebelumnya, Polisi Militer TNI menahan ketiga prajurit "
        "itu selama 20 hari."
    ),
    # a habit, not one brawl; a brawl stopped before it began
    "id-brawl-habit": (
        "Remaja di Kolong Tol Sering Tawuran pada Malam Hari\n\n"
        "JAKARTA, KOMPAS.com - Para remaja di kolong Tol Wiyoto Wiyono, Koja, Jakarta Utara, "
        "disebut sering tawuran pada malam hari dan kerap kabur ketika polisi datang."
    ),
    "id-brawl-before-it-began": (
        "Polisi menyita dua celurit dari remaja di Koja, Jakarta Utara, Sabtu (1/3/2025), "
        "sebelum tawuran terjadi."
    ),
    # youths arrested before they could brawl: crime prevention, and no brawl
    "id-arrest-before-brawl": (
        "Polsek Koja menangkap lima remaja yang hendak tawuran di Jalan Sulawesi, Koja, "
        "Jakarta Utara, Sabtu (1/3/2025) dini hari. Patroli itu digelar untuk mencegah "
        "tawuran antarkelompok pada malam Minggu."
    ),
    # a murder by people nobody knows: a crime, not an armed group's attack
    "id-murder-unknown-persons": (
        "Mayat Pria Ditemukan di Kebun Tebu, Diduga Dibunuh OTK\n\n"
        "KEDIRI, KOMPAS.com - Warga Desa Sumberejo, Kecamatan Ngasem, Kabupaten Kediri, "
        "digemparkan dengan penemuan mayat seorang pria di kebun tebu. Pria itu diduga dibunuh "
        "orang tak dikenal pada Selasa (4/3/2025) malam."
    ),
    # commentary: the lead tells no act; the acts it recalls later have no date, no source
    "en-commentary-recalls-acts": (
        "Why the militias will decide the next war\n\n"
        "The state has never controlled the men who fight in its name. Its generals know it, "
        "and so do the militia leaders who sit in parliament. Every minister now courts them. "
        "Reform has stalled for a decade. Retaking Kirkuk was both symbolic and tactical, as it "
        "avenged the massacre of hundreds of cadets at Camp Speicher."
    ),
    # a strategy and an ongoing supply of strikes are policy, not acts
    "en-strategy": (
        "Allies question the air campaign\n\n"
        "The strategy of fighting the insurgents with foreign air power and local ground troops "
        "is under review in several capitals. A defence official said the coalition was "
        "continuing to provide air strikes and training to the army."
    ),
    "id-strategi": (
        "Pemerintah Kaji Ulang Strategi Keamanan di Perbatasan\n\n"
        "JAKARTA, KOMPAS.com - Strategi memerangi kelompok bersenjata dengan operasi gabungan "
        "dikaji ulang oleh pemerintah, kata seorang pejabat kementerian, Senin (3/3/2025)."
    ),
    # a sanctions story: peace "damaged" is no property destroyed, a ceasefire sought is no
    # agreement, hostages brought home are freed, not taken
    "id-sanctions-statement": (
        "Tiga Negara Larang Dua Pejabat Masuk, Sekutunya Berang\n\n"
        "OSLO, KOMPAS.com - Norwegia melarang dua pejabat senior masuk ke negaranya, Selasa "
        "(4/3/2025). Menurut Menteri Luar Negeri Norwegia, kedua pejabat itu merusak "
        "perdamaian dan keamanan di kawasan. Seorang juru bicara sekutunya mengatakan larangan "
        "itu tidak membantu upaya untuk mencapai gencatan senjata di Sudan, mengakhiri perang, "
        "dan membawa pulang sandera."
    ),
    "en-hostages-released": (
        "Three hostages freed in Gaza\n\n"
        "Hamas released three hostages in Khan Younis on Saturday, the "
        "Red Cross said. The three were taken to a hospital in Israel."
    ),
    # children "caught brawling" name who the programme is for, not a brawl
    "id-programme-caught-brawling": (
        "Wali Kota Medan Ganti Program Pembinaan Remaja\n\n"
        "MEDAN, KOMPAS.com - Wali Kota Medan menjelaskan alasannya mengganti program pembinaan "
        "remaja, Jumat (7/3/2025). Pemkot Medan pernah mengirim remaja yang tertangkap tawuran "
        "ke asrama milik Kodam I/Bukit Barisan selama dua pekan."
    ),
}
EVENTS = {
    "id-protest-after-accident": (
        (
            "Warga Blokade Jalan Usai Kecelakaan Maut\n\n"
            "Ratusan warga Desa Sumber Rejo, Kabupaten Lampung Selatan, berunjuk rasa dan memblokade "
            "jalan lintas pada Rabu (5/3/2025) setelah kecelakaan yang menewaskan seorang pelajar. "
            "Mereka menuntut pemasangan lampu lalu lintas."
        ),
        "Protests",
    ),
    "id-reaction-with-protest": (
        (
            "Mahasiswa Kecam Penggusuran Pasar\n\n"
            "Ratusan mahasiswa berunjuk rasa di depan Balai Kota Medan, Kamis (7/3/2025), "
            "menolak penggusuran pedagang Pasar Aksara."
        ),
        "Protests",
    ),
    "en-gunmen-robbery-village": (
        (
            "Gunmen kill villagers in Zamfara raid\n\n"
            "Armed bandits stormed the village of Kurfa in Zamfara State on Saturday, killing nine "
            "villagers and rustling cattle after a theft dispute, residents said."
        ),
        "Violence against civilians",
    ),
    "id-hostages-taken": (
        (
            "Kelompok bersenjata menyandera tiga pekerja tambang di Distrik Sugapa, Intan Jaya, "
            "Papua Tengah, Kamis (6/3/2025), kata polisi."
        ),
        "Violence against civilians",
    ),
    "id-office-vandalised": (
        (
            "Massa merusak kantor Polsek Sugapa di Intan Jaya, Papua Tengah, Kamis (6/3/2025), "
            "setelah seorang warga tewas ditembak, kata polisi."
        ),
        "Riots",
    ),
    # ... unless a source tells one
    "en-commentary-then-sourced-act": (
        (
            "Why the militias will decide the next war\n\n"
            "The state has never controlled the men who fight in its name. Its generals know "
            "it, and so do the militia leaders who sit in parliament. Every minister now "
            "courts them. Reform has stalled for a decade. Iraqi security forces said they "
            "had retaken the town of Husaybah, east of Ramadi, from ISIL fighters."
        ),
        "Battles",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    texts = {**ARTICLES, **{k: v for k, (v, _) in EVENTS.items()}}
    rows = [(k, t, "2025-03-08") for k, t in texts.items()]
    return extract_texts(tmp_path_factory.mktemp("non_events"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_a_story_acled_does_not_code_gives_no_event(extracted, key):
    assert extracted[key] == []


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_a_demonstration_or_an_armed_group_in_such_a_story_is_still_an_event(extracted, key):
    assert [e["event_type"] for e in extracted[key]] == [EVENTS[key][1]]
