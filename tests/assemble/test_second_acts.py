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
    rows = [(f"reported-{k}", t, PUBLISHED) for k, t in REPORTED.items()]
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
