"""'Meanwhile in Syria, ...' opens a sentence about another event when it names a place of its
own: the fighting told there, and its dead, are not the Iraqi strike told before it."""

import json

import pytest

from .extracted import extract_texts

TEXTS = {
    "en": "Iraq's defence ministry said a coalition air strike had killed a senior rebel commander "
    + "in a mosque in Tal Afar. The coalition confirmed it had conducted an air strike there in "
    + "the last 24 hours. Meanwhile in Syria, rebels have seized more territory in the central "
    + "province of Homs amid intense clashes with government forces, activists say. The "
    + "monitoring group said Wednesday's fighting killed at least 28 soldiers and about 20 rebels.",
    "id": "Pasukan koalisi menggempur sebuah masjid di Tal Afar dan menewaskan seorang komandan "
    + "senior pemberontak, kata Kementerian Pertahanan Irak. Koalisi membenarkan telah "
    + "melancarkan serangan udara di sana dalam 24 jam terakhir. Sementara itu di Suriah, "
    + "pemberontak merebut lebih banyak wilayah di provinsi Homs di tengah bentrokan sengit "
    + "dengan pasukan pemerintah, kata para aktivis. Kelompok pemantau itu menyebut pertempuran "
    + "pada hari Rabu menewaskan sedikitnya 28 tentara dan sekitar 20 pemberontak.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2015-05-14") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("meanwhile"), rows, gazetteer_path)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_meanwhile_somewhere_else_is_another_event(found, lang):
    events = found[lang]
    told = sorted(
        (e["location"]["country"], sorted(c["value"] for c in e["claims"] if c["kind"] == "killed"))
        for e in events
    )
    assert told == [("IQ", [1]), ("SY", [20, 28])], json.dumps(told)
