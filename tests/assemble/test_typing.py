"""ACLED typing (data/taxonomy.toml rules), default actors and implicit counts, on sentences
written for these tests in both languages."""

import pytest

from warta.model import Document
from warta.pipeline import Resources, extract


@pytest.fixture(scope="module")
def res(gazetteer_path):
    return Resources.load(gazetteer_path)


def only_event(res, text, lang):
    events = extract(Document(id="t", text=text, published="2024-03-06", language=lang), res).events
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


# (language, sentence, type, sub-type, actor1, actor2, fatalities)
CASES = [
    ("en", "Gunmen shot dead a village chief in Kaduna on Monday, police said.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1),
    ("en", "Soldiers and militants clashed near Gao on Tuesday; four soldiers were killed.",
     "Battles", "Armed clash", "Military Forces of Mali", "Unidentified Armed Group (Mali)", 4),
    ("en", "An angry mob beat a suspected thief to death in Nakuru on Sunday.",
     "Riots", "Mob violence", "Rioters (Kenya)", None, 1),
    ("en", "Hundreds of teachers protested outside parliament in Nairobi on Monday to demand higher pay.",
     "Protests", "Peaceful protest", "Protesters (Kenya)", None, None),
    ("en", "Police fired tear gas to disperse students marching in Lahore on Friday.",
     "Protests", "Protest with intervention", "Protesters (Pakistan)", "Police Forces of Pakistan", None),
    ("en", "Police opened fire on protesters in Mandalay on Saturday, killing one.",
     "Protests", "Excessive force against protesters", "Police Forces of Myanmar", "Protesters (Myanmar)", 1),
    ("en", "Demonstrators threw stones at police and burned tires in Tunis on Wednesday.",
     "Riots", "Violent demonstration", "Rioters (Tunisia)", "Protesters (Tunisia)", None),
    ("en", "A roadside bomb struck an army convoy near Kandahar on Monday, killing three soldiers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)",
     "Military Forces of Afghanistan", 3),
    ("en", "Police arrested twelve opposition activists in Dhaka on Tuesday.",
     "Strategic developments", "Arrests", "Police Forces of Bangladesh", "Civilians (Bangladesh)", None),
    # Bunagana is not in the gazetteer: with no country, the attackers and the army keep their kind
    ("en", "Militants took control of the town of Bunagana on Monday after government troops withdrew.",
     "Battles", "Non-state actor overtakes territory", "Unidentified Armed Group", "Military Forces", None),
    ("en", "Militants shot dead a policeman at a village market on Sunday and took his rifle.",
     "Battles", "Armed clash", "Unidentified Armed Group", "Police Forces", 1),
    ("en", "Police defused a bomb found near a church in Mombasa on Friday.",
     "Strategic developments", "Disrupted weapons use", "Police Forces of Kenya", None, None),
    ("en", "Gunmen kidnapped two aid workers near Maiduguri on Thursday.",
     "Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)", 0),
    ("id", "Seorang warga tewas ditembak orang tak dikenal di Intan Jaya, Papua, Senin.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", 1),
    ("id", "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD Makassar, Senin, menuntut harga BBM turun.",
     "Protests", "Peaceful protest", "Protesters (Indonesia)", None, None),
    ("id", "Polisi menembakkan gas air mata untuk membubarkan massa yang berdemo di Jakarta, Jumat.",
     "Protests", "Protest with intervention", "Protesters (Indonesia)", "Police Forces of Indonesia", None),
    ("id", "Tawuran antarwarga pecah di Makassar pada Sabtu malam, dua orang terluka.",
     "Riots", "Mob violence", "Rioters (Indonesia)", None, 0),
    ("id", "Polisi menangkap lima tersangka teroris di Solo, Selasa.",
     "Strategic developments", "Arrests", "Police Forces of Indonesia", None, None),
    ("id", "TNI dan KKB terlibat baku tembak di Puncak, Papua, Rabu, seorang prajurit gugur.",
     "Battles", "Armed clash", "Military Forces of Indonesia", "West Papua National Liberation Army", 1),
    # a country doing a violent act is its state's forces, not the act's place; one hit stays a place
    ("id", "Iran menembakkan puluhan rudal ke Israel pada Minggu, menewaskan sepuluh orang.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Iran", "Civilians (Israel)", 10),
    ("en", "Russia shelled Kharkiv on Sunday, killing two people.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", 2),
    ("id", "Israel diserang puluhan rudal pada Minggu.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Israel)", None, None),
    # an offensive opened on a new front is an attack
    ("en", "Jihadists opened a new front in the town of Menaka on Tuesday, targeting army checkpoints.",
     "Battles", "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", None),
    ("id", "Kelompok bersenjata membuka front baru di Kiwirok pada Selasa dengan menyasar pos-pos tentara.",
     "Battles", "Armed clash", "Unidentified Armed Group (Indonesia)", "Military Forces of Indonesia", None),
    # the "tak" of "orang tak dikenal" (unknown people) negates no act
    ("id", "Orang tak dikenal menembak seorang politikus di Medan pada Senin malam.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", None),
    ("en", "Unidentified people shot a local politician in Kaduna on Monday night.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None),
    # goods seized, not people: looting ("a" is no count of people)
    ("en", "Suspected militants seized a lorry carrying food aid near Djibo on Sunday.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", None, None),
    # a place seized is territory taken (with "the town of" or the name alone)
    ("en", "Jihadist fighters seized the town of Djibo in northern Burkina Faso on Tuesday after the army withdrew.",
     "Battles", "Non-state actor overtakes territory", "Unidentified Armed Group (Burkina Faso)",
     "Military Forces of Burkina Faso", None),
    ("en", "Al-Shabaab fighters seized Galkayo on Monday after a day of fighting with the army.",
     "Battles", "Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia", None),
    ("en", "Gunmen seized cattle in the village of Kirawa near Gwoza on Sunday.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Nigeria)", None, None),
    # vandalism by an armed group is property destruction, not a riot
    ("en", "Jihadist fighters vandalized the town hall of Kaya, Burkina Faso, on Sunday and burned a school.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", None, None),
    # a village attacked and burned, nobody hurt: property destruction
    ("en", "Gunmen attacked the village of Tin-Akoff on Saturday, fired into the air and torched "
           "the granaries. No one was hurt.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", None, 0),
    # what an arrest is for is no act of that day
    ("en", "Police in Mombasa arrested four men on Friday in connection with the bombing of a bus terminal.",
     "Strategic developments", "Arrests", "Police Forces of Kenya", None, None),
    ("id", "Polisi menangkap tiga pemuda di Ambon, Kamis, terkait pembakaran rumah warga pekan lalu.",
     "Strategic developments", "Arrests", "Police Forces of Indonesia", "Civilians (Indonesia)", None),
    # a bomb left from an old war: ACLED's Other, not remote violence
    ("id", "Sebuah bom peninggalan Perang Dunia II meledak saat dibakar warga di Morotai, Maluku Utara, "
           "Selasa, dua orang tewas.",
     "Strategic developments", "Other", "Civilians (Indonesia)", None, 2),
    ("en", "A mortar shell left over from the civil war exploded in a field near Battambang on Monday, "
           "killing a farmer.",
     "Strategic developments", "Other", "Civilians (Cambodia)", None, 1),
    # a count spread over the country on one named day is that day's event (ACLED codes it)
    ("en", "Police arrested more than 200 opposition supporters across the country on Friday, "
           "Nepal's home ministry said.",
     "Strategic developments", "Arrests", "Police Forces of Nepal", "Unidentified Armed Group (Nepal)", None),
    ("en", "The governments of Kenya and Ethiopia signed a memorandum of understanding on border "
           "security in Moyale on Tuesday.",
     # the government is the actor of its non-violent acts (stop 28)
     "Strategic developments", "Agreement", "Government of Kenya", None, None),
    ("en", "About 300 fighters of the Mai-Mai militia defected to the army in Beni on Monday.",
     "Strategic developments", "Change to group/activity", "Mai-Mai Militia (Democratic Republic of Congo)",
     "Military Forces of the Democratic Republic of Congo", None),
    ("en", "Soldiers seized two boats carrying fuel with foreign military markings near Puerto Ayacucho on Saturday.",
     "Strategic developments", "Looting/property destruction", "Military Forces of Venezuela", None, None),
    # a protest word naming people is no protest: the arrest is the event
    ("en", "Police arrested 37 hartal supporters in Satkhira on Monday.",
     "Strategic developments", "Arrests", "Police Forces of Bangladesh", "Unidentified Armed Group (Bangladesh)", None),
    # "melawan" (against) names the side a weapon is aimed at, not a clash: missiles fired
    # "against" a country are remote violence, as "against" is in English
    ("id", "Militer Iran menembakkan rudal balistik melawan pangkalan militer Israel pada Minggu, menewaskan "
           "sepuluh tentara di Haifa.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Iran",
     "Military Forces of Israel", 10),
    ("en", "The Iranian military fired ballistic missiles against an Israeli military base on Sunday, killing "
           "ten soldiers in Haifa.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Iran",
     "Military Forces of Israel", 10),
    # a party's leader hit by gunmen is a civilian: violence against civilians, not a battle
    ("en", "Unidentified assailants shot dead a local Awami League leader in Feni on Saturday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Bangladesh)", "Bangladesh Awami League", 1),
    # shots fired into the air with no one hit and no demonstration: a show of force, Other
    ("en", "Border guards fired several shots into the air near the village of Kastanies, Greece, on Tuesday "
           "night; nobody was hurt.",
     "Strategic developments", "Other", "Police Forces of Greece", None, 0),
    ("id", "Prajurit TNI melepaskan tembakan ke udara di dekat pos jaga mereka di Intan Jaya, Papua, Senin.",
     "Strategic developments", "Other", "Military Forces of Indonesia", None, None),
    # ... but warning shots at a demonstration are the demonstration's, and a shot that kills an attack
    ("id", "Polisi melepaskan tembakan peringatan ke udara untuk membubarkan demonstran yang melempari batu "
           "di Makassar, Senin.",
     "Riots", "Violent demonstration", "Rioters (Indonesia)", "Police Forces of Indonesia", None),
    ("en", "Soldiers fired into the air and then shot dead a fleeing suspect in Garissa on Monday.",
     "Violence against civilians", "Attack", "Military Forces of Kenya", "Civilians (Kenya)", 1),
    # the subject of "was wounded" is the victim, whatever event word is nearest; and people
    # who shoot are an armed group's attack, not a mob
    ("en", "A shopkeeper was wounded in a ride-by shooting in Yala on Monday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Thailand)", "Civilians (Thailand)", 0),
    ("id", "Seorang pedagang terluka ditembak dua pria bermotor di Sampang, Madura, Senin.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", 0),
    ("en", "Unidentified motorcyclists opened fire on a councillor in Charsadda on Monday, killing him.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 1),
    # a weapon held, seized or found is no remote violence: a seizure alone, else the fight's
    ("en", "Police seized two hand grenades and a pistol in a house in Mombasa on Friday.",
     "Strategic developments", "Disrupted weapons use", "Police Forces of Kenya", None, None),
    ("id", "Polisi menyita dua granat dan sepucuk pistol dari sebuah rumah di Poso, Sulawesi Tengah, Jumat.",
     "Strategic developments", "Disrupted weapons use", "Police Forces of Indonesia", None, None),
    ("en", "Soldiers shot dead two militants near Gao on Sunday and recovered a grenade and two rifles.",
     "Battles", "Armed clash", "Military Forces of Mali", "Unidentified Armed Group (Mali)", 2),
    # southern Thailand's unnamed militants are ACLED's Southern Muslim Separatists (stop 26)
    ("en", "Militants hurled a hand grenade at a police checkpoint in Rueso on Friday.",
     "Explosions/Remote violence", "Grenade", "Southern Muslim Separatists (Thailand)", "Police Forces of Thailand", None),
    # a nationwide ceasefire is one agreement, not a total over the country
    ("en", "The military government and seven ethnic armed groups signed a nationwide ceasefire in Naypyitaw "
           "on Thursday.",
     "Strategic developments", "Agreement", "Military Forces of Myanmar", None, None),
    # a named mine is a site, a mine on a road a weapon
    ("en", "Gunmen seized a truck carrying fuel to the Tarkwa gold mine in Ghana on Sunday.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Ghana)", None, None),
    ("en", "A soldier was killed when his vehicle hit a mine near Kidal, Mali, on Thursday.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali", 1),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "sub", "a1", "a2", "killed"), CASES)
def test_acled_type_actors_and_deaths(res, lang, text, etype, sub, a1, a2, killed):
    e = only_event(res, text, lang)
    assert (e.event_type, e.sub_event_type) == (etype, sub)
    assert (e.actor1.name if e.actor1 else None) == a1
    assert (e.actor2.name if e.actor2 else None) == a2
    assert (e.fatalities.best if e.fatalities else None) == killed


def test_victim_groups_told_together_are_summed(res):
    e = only_event(
        res,
        "Militants attacked a police post in Mandera on Monday, killing two officers and a civilian.",
        "en",
    )
    assert e.fatalities is not None and e.fatalities.best == 3


@pytest.mark.parametrize(
    ("lang", "text", "killed", "injured"),
    [
        # the count before a verb with its own victim after it counts the attackers
        ("en", "Four gunmen shot dead a journalist in Karachi on Monday.", 1, None),
        # the count after "by" counts who did it, not the victims
        ("en", "Two villagers were wounded by five masked gunmen in Yala on Monday.", 0, 2),
        (
            "id",
            "Dua warga terluka ditembak oleh lima pria bersenjata di Intan Jaya, Senin.",
            0,
            2,
        ),
    ],
)
def test_a_count_of_the_attackers_is_no_count_of_victims(res, lang, text, killed, injured):
    e = only_event(res, text, lang)
    assert e.event_type == "Violence against civilians"
    assert (e.fatalities.best if e.fatalities else None) == killed
    assert (e.injured.best if e.injured else None) == injured


def test_the_grievance_of_a_protest_is_no_act_of_it(res):
    e = only_event(
        res, "Lawyers protested in Lahore on Monday against the killing of a colleague.", "en"
    )
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_day_just_after_publication_is_this_year(res):
    """'28 July' in a note dated 27 July (the end of a range, a dateline's lag) is this year's
    28 July: the act is news, not history a year old."""
    events = extract(
        Document(
            id="t",
            text="On 28 July, militants burned a school in Tansarga, Burkina Faso.",
            published="2020-07-27",
            language="en",
        ),
        res,
    ).events
    assert [(e.event_type, e.date, e.date_end) for e in events] == [
        ("Strategic developments", "2020-07-28", "2020-07-28")
    ]


def test_a_protest_dated_today_is_news_whatever_its_clauses_recall(res):
    e = only_event(
        res,
        "On 5 March 2024, workers of a textile mill which closed down years ago protested in "
        "Faisalabad to demand unpaid wages.",
        "en",
    )
    assert (e.event_type, e.sub_event_type, e.date) == (
        "Protests",
        "Peaceful protest",
        "2024-03-05",
    )


def test_a_count_spread_over_the_country_with_no_day_is_a_total(res):
    events = extract(
        Document(
            id="t",
            text="Security forces have arrested hundreds of opposition activists across the country, "
            "rights groups said.",
            published="2024-03-06",
            language="en",
        ),
        res,
    ).events
    assert events == ()


def test_a_clash_has_two_fighting_sides_whoever_dies_in_it(res):
    e = only_event(
        res,
        "A woman was killed in a clash between two groups of villagers over a land dispute in "
        "Sherpur on Friday.",
        "en",
    )
    assert (e.event_type, e.sub_event_type, e.fatalities.best) == ("Battles", "Armed clash", 1)
