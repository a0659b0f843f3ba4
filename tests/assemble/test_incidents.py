"""One event per incident: a back-reference joins only an act of its own kind ("despite the
ceasefire" after a clash tells no more of the clash, and its residents are no targets of
it), a country's Indonesian name is the country, not a same-named village abroad, and an
outlet's name is no place with a possessive either; an act of an earlier month told past the
lead is background; gunfire told with the police right after a riot is the riot's.
Sentences written for these tests."""

import pytest

from .extracted import extract_cases

# (text, published, events as (event type, sub-type, date, place, country))
CASES = [
    (
        "Gunmen clash with troops as talks stall\n\n"
        "At least six soldiers were killed when gunmen attacked an army post in Taiz on Monday, "
        "officials said.\n\n"
        "Fighting also broke out in the town of Ad-Dali, a local official said.\n\n"
        "In several towns, including Aden and Lahj, residents say they have yet to see any aid "
        "despite the ceasefire.",
        "2025-03-04",
        [
            ("Battles", "Armed clash", "2025-03-03", "Taiz", "YE"),
            ("Battles", "Armed clash", "2025-03-03", "Aḑ Ḑāli‘", "YE"),
            ("Strategic developments", "Agreement", "2025-03-03", "Aden", "YE"),
        ],
    ),
    (
        "Bentrokan di Yaman Tewaskan Enam Tentara\n\n"
        "Sedikitnya enam tentara tewas ketika orang-orang bersenjata menyerang pos militer di "
        "Taiz pada Senin (3/3/2025), kata pejabat setempat.\n\n"
        "Pertempuran juga pecah di kota Ad-Dali, kata seorang pejabat.\n\n"
        "Warga di sejumlah kota, termasuk Aden dan Lahj, mengatakan belum menerima bantuan "
        "sejak gencatan senjata itu.",
        "2025-03-04",
        [
            ("Battles", "Armed clash", "2025-03-03", "Taiz", "YE"),
            ("Battles", "Armed clash", "2025-03-03", "Aḑ Ḑāli‘", "YE"),
            ("Strategic developments", "Agreement", "2025-03-03", "Aden", "YE"),
        ],
    ),
    (  # a piece opened by no act: the act told right after its news is news too
        "Donors meet in Riyadh to discuss aid for Yemen\n\n"
        "Ministers from a dozen countries gathered in Riyadh to discuss reconstruction.\n\n"
        "The meeting is expected to pledge funds for hospitals and schools.\n\n"
        "Officials said the talks would continue for three days.\n\n"
        "Delegates called for a lasting political settlement.\n\n"
        "The talks come as at least seven people were killed in clashes in the city of Taiz on "
        "Sunday, residents said.\n\n"
        "Fighting also took place in the town of Ad-Dali.",
        "2025-03-17",
        [
            ("Battles", "Armed clash", "2025-03-16", "Taiz", "YE"),
            ("Battles", "Armed clash", "2025-03-16", "Aḑ Ḑāli‘", "YE"),
        ],
    ),
    (
        "Negara Donor Bertemu di Riyadh Bahas Bantuan untuk Yaman\n\n"
        "Menteri dari belasan negara berkumpul di Riyadh untuk membahas rekonstruksi.\n\n"
        "Pertemuan itu diharapkan menjanjikan dana untuk rumah sakit dan sekolah.\n\n"
        "Para pejabat mengatakan pembicaraan akan berlangsung selama tiga hari.\n\n"
        "Para delegasi menyerukan penyelesaian politik yang langgeng.\n\n"
        "Pembicaraan itu berlangsung saat sedikitnya tujuh orang tewas dalam bentrokan di kota "
        "Taiz pada Minggu (16/3/2025), kata warga.\n\n"
        "Pertempuran juga terjadi di kota Ad-Dali.",
        "2025-03-17",
        [
            ("Battles", "Armed clash", "2025-03-16", "Taiz", "YE"),
            ("Battles", "Armed clash", "2025-03-16", "Aḑ Ḑāli‘", "YE"),
        ],
    ),
    (  # a lead with a place and no day; the next sentence gives the day and no place
        "Militants storm army headquarters near Kirkuk\n\n"
        "Fighters have launched a string of attacks on an Iraqi army headquarters near Kirkuk, "
        "killing at least 12 soldiers.\n\n"
        "Al Jazeera's Omar Khan, reporting from Baghdad, said suicide bombers detonated five car "
        "bombs near the army's headquarters on Saturday.",
        "2025-06-08",
        [("Explosions/Remote violence", "Suicide bomb", "2025-06-07", "Kirkuk", "IQ")],
    ),
    (
        "Militan Serbu Markas Tentara di Kirkuk\n\n"
        "Para militan melancarkan serangkaian serangan terhadap markas tentara Irak di dekat "
        "Kirkuk dan menewaskan sedikitnya 12 tentara.\n\n"
        "Koresponden Al Jazeera, Omar Khan, melaporkan dari Baghdad bahwa pelaku bom bunuh diri "
        "meledakkan lima bom mobil di dekat markas tentara pada Sabtu (7/6/2025).",
        "2025-06-08",
        [("Explosions/Remote violence", "Suicide bomb", "2025-06-07", "Kirkuk", "IQ")],
    ),
    (  # "Kolombia" is also a GeoNames alternate name of a Mexican village
        "Calon Wali Kota Ditembak Saat Berkampanye\n\n"
        "Seorang calon wali kota ditembak orang tak dikenal saat menyapa warga pada Sabtu "
        "(7/6/2025). Serangan itu dikecam sebagai serangan terhadap demokrasi di Kolombia.\n\n"
        "Pemerintah Amerika Serikat ikut mengecam penembakan tersebut.",
        "2025-06-08",
        [("Violence against civilians", "Attack", "2025-06-07", "Colombia", "CO")],
    ),
    (  # an act of a month before the one of publication, told past the lead: background
        "Gunmen kill four traders in Maiduguri\n\n"
        "Gunmen killed four traders at a market in Maiduguri on Tuesday, police said.\n\n"
        "The attackers fled on motorcycles.\n\n"
        "In April, two weeks of clashes between soldiers and militants near Bama left dozens "
        "dead.",
        "2025-05-07",
        [("Violence against civilians", "Attack", "2025-05-06", "Maiduguri", "NG")],
    ),
    (
        "Orang Bersenjata Tewaskan Empat Pedagang di Maiduguri\n\n"
        "Orang-orang bersenjata menewaskan empat pedagang di sebuah pasar di Maiduguri pada "
        "Selasa (6/5/2025), kata polisi.\n\n"
        "Para pelaku melarikan diri dengan sepeda motor.\n\n"
        "Pada April lalu, bentrokan selama dua pekan antara tentara dan militan di dekat Bama "
        "menewaskan puluhan orang.",
        "2025-05-07",
        [("Violence against civilians", "Attack", "2025-05-06", "Maiduguri", "NG")],
    ),
    (  # gunfire told with the police right after a riot is the force used on the riot
        "Fuel protest in Nigeria turns violent\n\n"
        "Protests in Nigeria over fuel prices turned violent on Monday when demonstrators "
        "burned tyres and threw stones at security forces.\n\n"
        "Residents in the capital, Abuja, reported hearing gunfire in the evening as police "
        "officers moved back into the streets.\n\n"
        "The protesters say the price rise is unfair.",
        "2025-05-06",
        [("Riots", "Violent demonstration", "2025-05-05", "Abuja", "NG")],
    ),
    (
        "Demo Tolak Kenaikan BBM di Indonesia Ricuh\n\n"
        "Unjuk rasa menolak kenaikan harga BBM di Indonesia pada Senin (5/5/2025) berujung "
        "ricuh setelah massa membakar ban dan melempari aparat dengan batu.\n\n"
        "Warga di Makassar mendengar suara tembakan saat polisi kembali berjaga di "
        "jalan-jalan.\n\n"
        "Para pengunjuk rasa menilai kenaikan harga itu memberatkan.",
        "2025-05-06",
        [("Riots", "Violent demonstration", "2025-05-05", "Makassar", "ID")],
    ),
    (  # an act placed only at its province joins the telling that names its town there
        "Gunmen storm police station in Borno\n\n"
        "Gunmen stormed a police station in northeastern Borno state on Sunday, killing three "
        "officers, a police spokesman said.\n\n"
        "The spokesman said the gunmen exchanged fire with officers at the station in the town "
        "of Konduga for two hours.",
        "2025-06-02",
        [("Battles", "Armed clash", "2025-06-01", "Konduga", "NG")],
    ),
    (
        "Kelompok Bersenjata Serbu Pos Polisi di Papua Tengah\n\n"
        "Kelompok bersenjata menyerbu sebuah pos polisi di Provinsi Papua Tengah pada Minggu "
        "(1/6/2025) dan menewaskan tiga polisi, kata juru bicara polisi.\n\n"
        "Juru bicara itu mengatakan baku tembak terjadi selama dua jam di pos polisi di Distrik "
        "Sugapa.",
        "2025-06-02",
        [("Battles", "Armed clash", "2025-06-01", "Sugapa", "ID")],
    ),
    (  # an outlet's name with a possessive is no place (GeoNames lists "Al Jazeera" in Iraq)
        "Al Jazeera's Omar Khan, reporting from Baghdad, said suicide bombers detonated car "
        "bombs near an army base in Fallujah on Sunday.",
        "2025-06-02",
        [("Explosions/Remote violence", "Suicide bomb", "2025-06-01", "Al Fallūjah", "IQ")],
    ),
    (
        "Koresponden Al Jazeera, Omar Khan, melaporkan dari Baghdad bahwa pelaku bom bunuh diri "
        "meledakkan bom mobil di dekat pangkalan militer di Fallujah pada Sabtu (31/5/2025).",
        "2025-06-02",
        [("Explosions/Remote violence", "Suicide bomb", "2025-05-31", "Al Fallūjah", "IQ")],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("incidents"), CASES, gazetteer_path)
    return {
        i: [
            (
                e["event_type"],
                e["sub_event_type"],
                e["date"],
                (e["location"] or {}).get("name"),
                (e["location"] or {}).get("country"),
            )
            for e in events
        ]
        for i, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_one_event_per_incident(events, case):
    assert events[case] == CASES[case][2]
