""" "Strike" names a labour strike and a strike from the air (stop 28): told with a nationality
or a force before it, a force after "by", or a place after "on", it is an air strike by that
state; else it stays a strike of workers. Indonesian keeps the two apart in its words
("serangan udara", "mogok kerja"). Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-12"
AIR = ("Explosions/Remote violence", "Air/drone strike")

# key: (text, [(event type, sub-event type, actor1, actor2)])
CASES = {
    "en-nationality-before": (
        "Four members of one family were killed in an Israeli strike on their home in Khan "
        "Younis on Monday night, hospital officials said.",
        [(*AIR, "Military Forces of Israel", None)],
    ),
    "en-strikes-on-a-place": (
        "Russia carried out strikes on Kharkiv on Sunday, killing three people.",
        [(*AIR, "Military Forces of Russia", "Civilians (Ukraine)")],
    ),
    "en-force-before": (
        "Coalition strikes killed nine Houthi fighters near Marib on Sunday.",
        [(*AIR, None, None)],
    ),
    "en-force-after-by": (
        "Six militants were killed on Sunday in strikes by the air force near Jilib.",
        [(*AIR, "Military Forces of Somalia", None)],
    ),
    # the traps: a strike of workers, and a strike told with a day after "on"
    "en-labour-strike-shot": (
        "Two garment workers were killed in Gazipur on Sunday during a strike when police "
        "opened fire on them.",
        [("Protests", "Excessive force against protesters", None, "Police Forces of Bangladesh")],
    ),
    "en-strike-on-a-day": (
        "A strike on Monday closed shops and schools across Srinagar.",
        [("Protests", "Peaceful protest", "Protesters (India)", None)],
    ),
    "en-strikes-of-teachers": (
        "Teachers in Nakuru staged strikes on Monday over unpaid allowances.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "id-serangan-udara": (
        "Tiga warga tewas dalam serangan udara Israel di Rafah pada Senin malam.",
        [(*AIR, "Military Forces of Israel", None)],
    ),
    "id-mogok-kerja": (
        "Ribuan buruh pabrik melakukan mogok kerja di Bekasi pada Senin menuntut kenaikan upah.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("strike_words"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_strike_word_typed_by_context(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
