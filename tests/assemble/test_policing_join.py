"""Force used on a demonstration told in the next sentence with no force word ("Police
intervened.") or with nobody named but the crowd ("Several arrests were made.", "Five
demonstrators were detained."): a protest with intervention, not a peaceful protest (stop 26).
"Intervened" alone, joining no demonstration, tells nothing. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-protest-then-police-intervened": (
        "About 200 teachers demonstrated outside the education ministry in Nairobi on Monday, "
        "demanding unpaid salaries. Police intervened.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
    ),
    "en-protest-then-intervened-in-the-protest-and-arrested": (
        "About 200 teachers marched in Nairobi on Monday. The police intervened in the protest "
        "and arrested two of the organisers.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
    ),
    "en-protest-then-arrests-were-made": (
        "About 200 teachers demonstrated outside the education ministry in Nairobi on Monday, "
        "demanding unpaid salaries. Several arrests were made.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
    ),
    "en-protest-then-teachers-detained": (
        "About 200 teachers demonstrated outside the education ministry in Nairobi on Monday, "
        "demanding unpaid salaries. Several teachers were briefly detained.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
    ),
    "id-unjuk-rasa-lalu-polisi-turun-tangan": (
        "Sekitar 200 guru berunjuk rasa di depan kantor bupati di Garut pada Senin menuntut "
        "gaji yang belum dibayar. Polisi turun tangan.",
        [("Protests", "Protest with intervention", "Protesters (Indonesia)", None)],
    ),
    "id-unjuk-rasa-lalu-pengunjuk-rasa-ditangkap": (
        "Sekitar 200 guru berunjuk rasa di depan kantor bupati di Garut pada Senin menuntut "
        "gaji yang belum dibayar. Beberapa pengunjuk rasa ditangkap.",
        [("Protests", "Protest with intervention", "Protesters (Indonesia)", None)],
    ),
    # traps: one man arrested long before, told by a pronoun, is whom the protest is for;
    # "intervened" joining no demonstration is nothing
    "en-protest-for-a-man-arrested-earlier": (
        "About 5,000 people demonstrated in Eldoret on Monday for the release of a former "
        "minister. He was arrested in mid-September.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "en-intervened-in-a-country": (
        "France intervened in Mali in 2013 to stop the advance of rebels on Bamako, the "
        "foreign minister said on Monday.",
        [],
    ),
    "en-battle-then-soldiers-intervened": (
        "Rebels attacked an army post in Beni on Monday. Soldiers intervened.",
        [("Battles", "Armed clash", None, None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("policing_join"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_force_on_a_demonstration(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
