"""A riot told right after a word of what came before ("following", "after", "menyusul"), in a
sentence that told a protest before it, is what the protest is about, not the protest turning
violent (stop 26); a riot told as breaking out stays the protest's own. Every sentence here is
our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-protests-following-a-riot-last-month": (
        "Relatives of inmates held protests outside the prison in Nakuru on Monday, demanding "
        "news of their kin following a riot at the prison last month.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "en-protested-after-the-riots-in-may": (
        "Hundreds of traders protested in Kisumu on Monday over market fees, after the riots in "
        "the town centre in May.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "id-unjuk-rasa-menyusul-kerusuhan": (
        "Keluarga narapidana berunjuk rasa di depan lapas di Makassar pada Senin, menuntut kabar "
        "kerabat mereka menyusul kerusuhan di lapas itu bulan lalu.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
    ),
    # the protest's own riot, told as breaking out or in a clause of its own, stays a riot
    "en-after-the-speeches-riots-broke-out": (
        "Hundreds of traders protested in Kisumu on Monday over market fees, and after the "
        "speeches riots broke out.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "en-after-the-speeches-they-clashed-with-police": (
        "Hundreds of traders protested in Kisumu on Monday over market fees. After the "
        "speeches, they clashed with police.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("earlier_riot"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_a_riot_before_the_protest(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
