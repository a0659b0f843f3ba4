"""Forces and militias told by what they are: law enforcement is the police, Kenya's General
Service Unit and Bangladesh's Rapid Action Battalion are their countries' police, and unnamed
identity militias take ACLED's name for what they are of (clan, ethnic or communal)."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en-law-enforcers": (
        "Law enforcement officers shot dead two suspected robbers in Sylhet, Bangladesh, on Monday."
    ),
    "id-penegak-hukum": (
        "Aparat penegak hukum menembak mati dua terduga perampok di Sylhet, Bangladesh, pada "
        "Senin (4/5/2020)."
    ),
    "en-gsu": "GSU officers shot dead a man in Garissa on Monday.",
    "id-gsu": "Pasukan GSU menembak mati seorang pria di Garissa, Kenya, pada Senin (4/5/2020).",
    "en-rab": "RAB members arrested six men in Chittagong on Monday.",
    "en-clan": "Clan militias fought in Baidoa, Somalia, on Monday, killing five fighters.",
    "id-clan": (
        "Milisi klan bertempur di Baidoa, Somalia, pada Senin (4/5/2020), menewaskan lima petempur."
    ),
    "en-ethnic": ("Ethnic militias fought in Bunia, Congo, on Monday, killing seven fighters."),
    "id-ethnic": (
        "Milisi etnis bertempur di Bunia, Kongo, pada Senin (4/5/2020), menewaskan tujuh petempur."
    ),
    # a rank told for the man is his force
    "en-ranks": (
        "A suicide blast near a market in Peshawar killed one sub-inspector and two constables "
        "on Friday."
    ),
    "id-police-rank": (
        "Bripda Andi tewas ditembak kelompok bersenjata di Puncak, Papua, pada Senin (4/5/2020)."
    ),
    "id-army-rank": (
        "Pratu Budi gugur ditembak kelompok bersenjata di Intan Jaya, Papua, pada Senin (4/5/2020)."
    ),
    # a group told by its country's branch, or by its name in English
    "en-aqap": (
        "The leader of al-Qaeda in Yemen was killed in a US drone strike in Shabwa on Monday."
    ),
    "id-aqap": (
        "Tentara Yaman bertempur melawan militan Al-Qaeda di Yaman di Shabwa pada Senin "
        "(4/5/2020), menewaskan enam militan."
    ),
    "en-caliphate-soldiers": (
        "Algerian troops killed 12 fighters of the Caliphate Soldiers in an ambush near "
        "Boumerdes on Monday."
    ),
    # shelling and missiles told with the firing state's nationality and no doer named
    "en-russian-shelling": "Russian shelling killed two civilians in Kherson on Saturday.",
    "id-iran-missiles": (
        "Rudal Iran menghantam Tel Aviv pada Sabtu (2/5/2020), menewaskan tiga orang."
    ),
    "id-israeli-artillery": (
        "Penembakan artileri Israel menewaskan empat warga di Khan Younis pada Sabtu (2/5/2020)."
    ),
    # ... but a people's rockets are its armed groups'
    "en-palestinian-rockets": "Palestinian rockets hit Sderot on Saturday, injuring two people.",
    # the verb that makes its subject the one hit is no act of its own
    "en-hit-landmine": (
        "An army truck hit a landmine near Amarapura, Myanmar, on Monday, injuring two soldiers."
    ),
    "id-melindas-ranjau": (
        "Mobil patroli polisi melindas ranjau di dekat Kawlin, Myanmar, pada Senin (4/5/2020), "
        "melukai dua polisi."
    ),
    # a joint force of the army and the police, hyphenated, is the military
    "id-tni-polri": (
        "Aparat gabungan TNI-Polri terlibat kontak tembak dengan KKB di sekitar Kampung Wandai, "
        "Intan Jaya, Papua, pada Senin (4/5/2020)."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("forces"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "actor1"),
    [
        ("en-law-enforcers", "Police Forces of Bangladesh"),
        ("id-penegak-hukum", "Police Forces of Bangladesh"),
        ("en-gsu", "Police Forces of Kenya General Service Unit"),
        ("id-gsu", "Police Forces of Kenya General Service Unit"),
        ("en-rab", "Police Forces of Bangladesh"),
        ("en-clan", "Unidentified Clan Militia (Somalia)"),
        ("id-clan", "Unidentified Clan Militia (Somalia)"),
        ("en-ethnic", "Unidentified Ethnic Militia (Democratic Republic of Congo)"),
        ("id-ethnic", "Unidentified Ethnic Militia (Democratic Republic of Congo)"),
    ],
)
def test_the_force_or_militia_named_by_what_it_is(extracted, key, actor1):
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1


@pytest.mark.parametrize(
    ("key", "sides"),
    [
        ("en-ranks", ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")),
        ("id-police-rank", ("Unidentified Armed Group (Indonesia)", "Police Forces of Indonesia")),
        ("id-army-rank", ("Unidentified Armed Group (Indonesia)", "Military Forces of Indonesia")),
        ("en-aqap",
         ("Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")),
        ("id-aqap", ("Military Forces of Yemen", "AQAP: Al Qaeda in the Arabian Peninsula")),
        ("en-caliphate-soldiers", ("Military Forces of Algeria", "Jund al Khilafah")),
        ("en-russian-shelling", ("Military Forces of Russia", "Civilians (Ukraine)")),
        ("id-iran-missiles", ("Military Forces of Iran", "Civilians (Israel)")),
        ("id-israeli-artillery", ("Military Forces of Israel", "Civilians (Palestine)")),
        ("en-hit-landmine", ("Unidentified Armed Group (Myanmar)", "Military Forces of Myanmar")),
        ("id-melindas-ranjau",
         ("Unidentified Armed Group (Myanmar)", "Police Forces of Myanmar")),
        ("en-palestinian-rockets", ("Unidentified Armed Group (Israel)", "Civilians (Israel)")),
        ("id-tni-polri",
         ("Military Forces of Indonesia", "West Papua National Liberation Army")),
    ],
)  # fmt: skip
def test_ranks_branches_and_names(extracted, key, sides):
    [event] = extracted[key]
    assert (event["actor1"]["name"], event["actor2"]["name"]) == sides
