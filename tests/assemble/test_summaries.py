"""Lines that name what other sentences tell, and tolls or times of something else: a
subheading ("Heavy fighting in Kidal"), a summary of several acts ("in two separate
incidents"), the toll of a whole conflict ("a conflict that has killed thousands"), and a
year told as the time of an act ("the embassy attack in Sanaa in 2008") start no event, in
both languages; a note telling several acts in one sentence, or a protest about an old act,
still does, and history told between an act and its toll does not part them. Sentences
written for these tests."""

import pytest

from .extracted import extract_cases

# (text, published, events as (event type, date, place, [claim values]))
CASES = [
    (  # a subheading joins nothing and starts nothing
        "Soldiers repelled an attack on a base near Gao on Monday, the army said.\n\n"
        "Heavy fighting in Kidal\n\nResidents said the town was calm on Tuesday.",
        "2024-03-06",
        [("Battles", "2024-03-04", "Gao", [])],
    ),
    (
        "Dua warga tewas ditembak di Sugapa, Intan Jaya, pada Senin, kata polisi.\n\n"
        "Bentrokan di Kiwirok\n\nWarga mengatakan situasi di kota itu kini aman.",
        "2024-03-06",
        [("Violence against civilians", "2024-03-04", "Sugapa", [2])],
    ),
    (  # a summary before the acts told one by one; "two" counts incidents, not the dead
        "Air strikes killed 30 people in Idlib province on Saturday, a monitoring group said. "
        "The deaths occurred in two separate incidents on Saturday when jets hit a market and "
        "a school. One air strike hit the market in Maarat al-Numan, killing 18 people. In the "
        "second raid, 12 people were killed at a school in Ariha.",
        "2024-03-10",
        [
            ("Explosions/Remote violence", "2024-03-09", "Ma‘arrat an Nu‘mān", [30, 18]),
            ("Violence against civilians", "2024-03-09", "Arīḩā", [12]),
        ],
    ),
    (
        "Korban tewas terjadi dalam dua insiden terpisah pada Sabtu. Serangan udara menghantam "
        "pasar di Maarat al-Numan dan menewaskan 18 orang, kata warga. Serangan kedua "
        "menewaskan 12 orang di sebuah sekolah di Ariha.",
        "2024-03-10",
        [("Explosions/Remote violence", "2024-03-09", "Ma‘arrat an Nu‘mān", [18, 12])],
    ),
    (  # the acts told one by one take the summary's day, not the days up to publication
        "Gunmen have raided villages in Borno state, police said. The deaths occurred in two "
        "separate incidents on Saturday. One group of gunmen shot dead five farmers in Konduga. In "
        "the second attack, four traders were killed at a market in Bama.",
        "2024-03-12",
        [
            ("Violence against civilians", "2024-03-09", "Konduga", [5]),
            ("Violence against civilians", "2024-03-09", "Bama", [4]),
        ],
    ),
    (
        "Orang bersenjata menyerbu desa-desa di Borno, kata polisi. Korban tewas terjadi dalam "
        "dua insiden terpisah pada Sabtu. Sekelompok orang bersenjata menembak mati lima petani "
        "di Konduga. Dalam serangan kedua, empat pedagang tewas di sebuah pasar di Bama.",
        "2024-03-12",
        [
            ("Violence against civilians", "2024-03-09", "Konduga", [5]),
            ("Violence against civilians", "2024-03-09", "Bama", [4]),
        ],
    ),
    (  # alone, the sentence telling several acts is the event
        "Two journalists were attacked in separate incidents in Lahore on Saturday, police said.",
        "2024-03-10",
        [("Violence against civilians", "2024-03-09", "Lahore", [])],
    ),
    (  # the toll of a whole conflict
        "The agreement was signed in Bangui on Saturday to end a conflict that has killed "
        "thousands of people since 2013.",
        "2024-03-10",
        [],
    ),
    (
        "Kesepakatan itu ditandatangani di Bangui pada Sabtu untuk mengakhiri konflik yang "
        "telah menewaskan ribuan orang.",
        "2024-03-10",
        [],
    ),
    (  # a year told as the time of the acts: history
        "Raymi planned big operations such as the embassy attack in Sanaa in 2008 and attacks "
        "on army officers in Yemen.",
        "2015-06-16",
        [],
    ),
    (
        "Kelompok itu juga berada di balik serangan bom di Poso pada 2016 yang menewaskan tiga "
        "polisi.",
        "2024-03-10",
        [],
    ),
    (  # history told between an act and its toll is a digression: the toll is the act's
        "Seorang pria meledakkan bom di pos polisi di Sukoharjo pada Senin. Polisi mengatakan "
        "pelaku terafiliasi dengan JAD. Pelaku pernah dipenjara karena kasus bom di Solo pada "
        '2016. "Dua anggota kami terluka," kata Kapolres.',
        "2024-03-06",
        [("Explosions/Remote violence", "2024-03-04", "Kabupaten Sukoharjo", [2])],
    ),
    (
        "A suicide bomber blew himself up at a police station in Peshawar on Monday. Police "
        "said the attacker belonged to a banned group. He had been jailed for a bombing in "
        'Quetta in 2016. "Two of our officers were wounded," the police chief said.',
        "2024-03-06",
        [("Explosions/Remote violence", "2024-03-04", "Peshawar", [2])],
    ),
    (  # a protest about an old killing is news, dated or not
        "Hundreds marched in Ouagadougou to demand a new inquiry into the murder of their "
        "leader in 1987.",
        "2024-03-10",
        [("Protests", "2024-03-09", "Ouagadougou", [])],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("summaries"), CASES, gazetteer_path)
    return {
        i: [
            (
                e["event_type"],
                e["date"],
                (e["location"] or {}).get("name"),
                [c["value"] for c in e["claims"]],
            )
            for e in events
        ]
        for i, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_what_names_other_tellings_starts_no_event(events, case):
    assert events[case] == CASES[case][2]
