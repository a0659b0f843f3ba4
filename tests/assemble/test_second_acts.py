"""Second acts told beside another (stop 24): an act a statement tells with a day of its own
is dated by that day, not by the statement's ("said in a statement on Saturday that its
fighters had carried out a suicide attack ... on Thursday"), and an act told with no place
of its own, right after an act at a town, is at that town, not at the country."""

import json

import pytest

from .extracted import extract_texts

PUBLISHED = "2016-03-12"  # a Saturday

REPORTED = {
    "en": "Hundreds of people marched in Bamako on Wednesday to demand higher wages. Separately, "
    + "Malian troops fought rebels near the town of Gao on Friday, an army officer said. The "
    + "rebel group said in a statement on Saturday that its fighters had carried out a suicide "
    + "attack on an army camp on Thursday.",
    "id": "Ratusan orang berunjuk rasa di Bamako pada Rabu menuntut kenaikan upah. Secara "
    + "terpisah, tentara Mali bertempur melawan pemberontak di dekat kota Gao pada Jumat, kata "
    + "seorang perwira. Kelompok pemberontak itu mengatakan dalam sebuah pernyataan tertulis "
    + "pada Sabtu bahwa pejuangnya telah melancarkan serangan bom bunuh diri terhadap sebuah "
    + "kamp militer pada Kamis.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    """Every text of this module extracted in one run, by "case-key" ("afar-en")."""
    cases = {
        "reported": (REPORTED, PUBLISHED),
        "also": (ALSO, "2016-03-08"),
        "afar": (AFAR, "2016-03-08"),
        "afar_toll": (AFAR_TOLL, "2016-03-08"),
        "before": (BEFORE, "2023-05-09"),
        "ahead": (AHEAD, "2016-03-08"),
        "offensive": (OFFENSIVE, "2019-05-21"),
    }
    rows = [
        (f"{case}-{k}", t, day) for case, (texts, day) in cases.items() for k, t in texts.items()
    ]
    return extract_texts(tmp_path_factory.mktemp("second_acts"), rows, gazetteer_path)


@pytest.mark.parametrize("lang", sorted(REPORTED))
def test_statement_day_is_not_the_act_day_and_the_act_is_at_the_town(found, lang):
    told = sorted(
        (e["date"], e["event_type"], e["location"]["name"], e["location"]["precision"])
        for e in found[f"reported-{lang}"]
    )
    assert told == [
        ("2016-03-09", "Protests", "Bamako", 1),
        ("2016-03-10", "Explosions/Remote violence", "Gao", 1),
        ("2016-03-11", "Battles", "Gao", 2),
    ], json.dumps(told)


# One more act ("also") at a town of its own 25-50 km from the act told in the lead is
# another act; "also" with no place of its own adds to the act told, and an attack "also"
# recalled from 2014 is background, no event at all.
ALSO = {
    "en": "Boko Haram fighters have captured a military base near Maiduguri after days of heavy "
    + "clashes with the army, residents said. Heavy fighting has also continued in the town of "
    + "Konduga, where soldiers are shelling the insurgents' positions. The insurgents also burned "
    + "several houses near the base. They had also attacked Konduga in 2014, killing dozens of "
    + "villagers.",
    "id": "Para pejuang Boko Haram merebut sebuah pangkalan militer di dekat Maiduguri setelah "
    + "bentrokan sengit selama berhari-hari dengan tentara, kata warga. Pertempuran sengit juga "
    + "terus berlangsung di kota Konduga, tempat tentara menembaki posisi para militan. Para "
    + "militan itu juga membakar beberapa rumah di dekat pangkalan tersebut. Mereka juga pernah "
    + "menyerang Konduga pada tahun 2014 dan menewaskan puluhan warga desa.",
}


@pytest.mark.parametrize("lang", sorted(ALSO))
def test_also_at_a_town_of_its_own_is_another_act(found, lang):
    told = sorted(
        (e["location"]["name"], e["sub_event_type"], e["date"]) for e in found[f"also-{lang}"]
    )
    assert told == [
        ("Konduga", "Armed clash", "2016-03-07"),
        ("Maiduguri", "Non-state actor overtakes territory", "2016-03-07"),
    ], json.dumps(told)


# Air strikes told in a sentence of their own, joined to a storming only by their day, are
# another act, at the town of the storming; the mortars fired in the storming's own sentence
# stay part of it.
AFAR = {
    "en": "Boko Haram fighters stormed a police station in Damboa on Sunday, firing mortars as "
    + "they advanced, residents said. The fighters entered the building after hours of clashes "
    + "with soldiers. According to the army, fighter jets carried out 20 air strikes around the "
    + "town on Sunday afternoon.",
    "id": "Para pejuang Boko Haram menyerbu sebuah kantor polisi di Damboa pada Minggu sambil "
    + "menembakkan mortir, kata warga. Para pejuang itu memasuki gedung tersebut setelah "
    + "bentrokan selama berjam-jam dengan tentara. Menurut militer, jet tempur melancarkan 20 "
    + "serangan udara di sekitar kota itu pada Minggu sore.",
}


@pytest.mark.parametrize("lang", sorted(AFAR))
def test_air_strikes_joined_by_their_day_alone_are_another_act(found, lang):
    told = sorted(
        (e["event_type"], e["sub_event_type"], e["location"]["name"], e["date"])
        for e in found[f"afar-{lang}"]
    )
    assert told == [
        ("Battles", "Armed clash", "Damboa", "2016-03-06"),
        ("Explosions/Remote violence", "Air/drone strike", "Damboa", "2016-03-06"),
    ], json.dumps(told)


# An air strike told with its toll ("..., killing 12 militants") is still fire from afar: the
# killing word tells the strike's toll, no act on the ground that would tie it to the storming
# of the same day (it was folded into the storming in English, with its 12 dead).
AFAR_TOLL = {
    "en": "Boko Haram fighters stormed a police station in Damboa on Sunday, firing mortars as "
    + "they advanced, residents said. The fighters entered the building after hours of clashes "
    + "with soldiers. The army said a fighter jet carried out an air strike near the town on "
    + "Sunday, killing 12 militants.",
    "id": "Para pejuang Boko Haram menyerbu sebuah kantor polisi di Damboa pada Minggu sambil "
    + "menembakkan mortir, kata warga. Para pejuang itu memasuki gedung tersebut setelah "
    + "bentrokan selama berjam-jam dengan tentara. Menurut militer, jet tempur melancarkan "
    + "serangan udara di dekat kota itu pada Minggu dan menewaskan 12 militan.",
}


@pytest.mark.parametrize("lang", sorted(AFAR_TOLL))
def test_air_strike_told_with_its_toll_is_another_act(found, lang):
    told = sorted(
        (
            e["event_type"],
            e["location"]["name"],
            e["date"],
            (e.get("fatalities") or {}).get("best"),
        )
        for e in found[f"afar_toll-{lang}"]
    )
    assert told == [
        ("Battles", "Damboa", "2016-03-06", None),
        ("Explosions/Remote violence", "Damboa", "2016-03-06", 12),
    ], json.dumps(told)


# Shells "fired by" a side are the shelling, not a shooting as well (a shooting beside it would
# tie the telling to clashes on the same day, as fire from afar must not).
def test_shells_fired_are_one_shelling_trigger(tmp_path, gazetteer_path):
    text = (
        "Artillery shells fired by the rebels landed in a crowded market in Damboa on Sunday, "
        + "wounding five people, residents said."
    )
    found = extract_texts(tmp_path, [("shells", text, "2016-03-08")], gazetteer_path)
    (event,) = found["shells"]
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"
    assert event["triggers"] == ["Artillery shells fired"]


# "sebelum menyerang pos polisi", "before attacking the police post": the act told after
# "before" happened too (it was read as a plan in Indonesian, leaving the burning alone).
BEFORE = {
    "en": "Unidentified gunmen shot dead a motorcycle taxi driver in Sugapa district, Intan Jaya, "
    + "on Monday. Two hours later, the same group burned an elementary school in Bilogai village "
    + "before attacking the police post there.",
    "id": "Sekelompok orang tak dikenal menembak mati seorang tukang ojek di Distrik Sugapa, Intan "
    + "Jaya, pada Senin. Dua jam kemudian, kelompok yang sama membakar sebuah sekolah dasar di "
    + "Kampung Bilogai sebelum menyerang pos polisi di kampung itu.",
}


@pytest.mark.parametrize("lang", sorted(BEFORE))
def test_an_act_told_after_before_happened(found, lang):
    told = sorted(
        (e["location"]["name"], e["event_type"], e["actor2"]["name"] if e.get("actor2") else None)
        for e in found[f"before-{lang}"]
    )
    assert told == [
        ("Bilogai", "Battles", "Police Forces of Indonesia"),
        ("Sugapa", "Violence against civilians", "Civilians (Indonesia)"),
    ], json.dumps(told)


# An act told as coming right before the act referred to ("exploded minutes before the
# attack", "meledak beberapa menit sebelum serangan itu") is an earlier act of its own, at the
# attack's town; people who fled "before the attack" start no act of their own.
AHEAD = {
    "en": "Gunmen attacked a village near Konduga in Borno state on Sunday night, killing five "
    + "farmers, residents said. A car bomb exploded minutes before the attack at the village "
    + "market, a police spokesman said. Many residents had fled the village before the attack.",
    "id": "Kelompok bersenjata menyerang sebuah desa di dekat Konduga, negara bagian Borno, pada "
    + "Minggu malam dan menewaskan lima petani, kata warga. Sebuah bom mobil meledak beberapa "
    + "menit sebelum serangan itu di pasar desa, kata juru bicara polisi. Banyak warga telah "
    + "mengungsi dari desa itu sebelum serangan itu.",
}


@pytest.mark.parametrize("lang", sorted(AHEAD))
def test_an_act_ahead_of_the_attack_is_another_act(found, lang):
    told = sorted(
        (
            e["event_type"],
            e["location"]["name"],
            (e["fatalities"] or {}).get("best"),
        )
        for e in found[f"ahead-{lang}"]
    )
    assert told == [
        ("Explosions/Remote violence", "Konduga", None),
        ("Violence against civilians", "Konduga", 5),
    ], json.dumps(told)


# "a subsequent offensive" is one more act (the marker lies inside the event phrase); "the
# offensive" points back to the act told.
OFFENSIVE = {
    "subsequent": "Rebels captured an army base near Khan Shaykhun on Monday after days of heavy "
    + "clashes, a spokesman said. He said a subsequent offensive on the town of Maarat al-Numan "
    + "was forcing government troops to withdraw.",
    "the": "Rebels captured an army base near Khan Shaykhun on Monday after days of heavy "
    + "clashes, a spokesman said. He said the offensive on the town of Maarat al-Numan was "
    + "forcing government troops to withdraw.",
}


def test_a_subsequent_offensive_is_another_act(found):
    told = sorted((e["sub_event_type"], e["date"]) for e in found["offensive-subsequent"])
    assert told == [
        ("Armed clash", "2019-05-20"),
        ("Non-state actor overtakes territory", "2019-05-20"),
    ], json.dumps(told)
    assert len(found["offensive-the"]) == 1
