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
