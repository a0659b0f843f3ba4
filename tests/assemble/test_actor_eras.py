"""An actor under the name ACLED coded it under on the event's day (data/actor_eras.tsv):
Islamic State Sahel Province is "Islamic State (Greater Sahara)" and Islamic State West Africa
Province "Islamic State (West Africa)" before March 2022; later events keep today's name."""

import pytest

from warta.recognise.lexicon import name_at

from .extracted import extract_texts

EN_SAHEL = (
    "On Monday, ISGS militants attacked the village of Tamou in Niger, killing three villagers."
)
ID_SAHEL = "Militan ISGS menyerang desa Tamou di Niger pada Senin, menewaskan tiga warga desa."
EN_ISWAP = (
    "ISWAP fighters attacked a military base in Monguno, Borno, on Monday, killing four soldiers."
)
ID_ISWAP = (
    "Pejuang ISWAP menyerang pangkalan militer di Monguno, Borno, pada Senin, menewaskan "
    "empat tentara."
)
TEXTS = [
    ("en-sahel-2020", EN_SAHEL, "2020-05-05"),
    ("en-sahel-2024", EN_SAHEL, "2024-05-08"),
    ("id-sahel-2020", ID_SAHEL, "2020-05-05"),
    ("id-sahel-2024", ID_SAHEL, "2024-05-08"),
    ("en-iswap-2021", EN_ISWAP, "2021-06-09"),
    ("id-iswap-2023", ID_ISWAP, "2023-03-29"),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    return extract_texts(tmp_path_factory.mktemp("eras"), TEXTS, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "actor1"),
    [
        ("en-sahel-2020", "Islamic State (Greater Sahara)"),
        ("en-sahel-2024", "Islamic State Sahel Province"),
        ("id-sahel-2020", "Islamic State (Greater Sahara)"),
        ("id-sahel-2024", "Islamic State Sahel Province"),
        ("en-iswap-2021", "Islamic State (West Africa)"),
        ("id-iswap-2023", "Islamic State West Africa Province"),
    ],
)
def test_the_name_of_the_events_day(extracted, key, actor1):
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1


def test_the_day_the_name_changed_and_no_day():
    assert name_at("Islamic State Sahel Province", "2022-02-28") == "Islamic State (Greater Sahara)"
    assert name_at("Islamic State Sahel Province", "2022-03-01") == "Islamic State Sahel Province"
    assert name_at("Islamic State Sahel Province", None) == "Islamic State Sahel Province"
    assert name_at("Al Shabaab", "2015-01-01") == "Al Shabaab"


def test_every_era_is_of_a_catalogued_actor():
    from importlib import resources

    def rows(file: str) -> list[list[str]]:
        text = (resources.files("warta.data") / file).read_text("utf-8")
        lines = [x for x in text.splitlines() if x.strip() and not x.startswith("#")]
        return [x.split("\t") for x in lines[1:]]

    names = {r[0] for r in rows("actors.tsv")}
    eras = rows("actor_eras.tsv")
    assert eras and all(r[0] in names and r[3].strip() for r in eras)
