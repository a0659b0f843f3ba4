"""A toll given on someone's word, then split into acts told one by one after a sentence
telling several at once: the acts' figures on no one's word are that speaker's; a figure with
a speaker of its own keeps it. Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name)])
CASES = [
    (
        "Air strikes killed at least 30 people in Idlib province, according to medical sources. "
        + "The deaths occurred in two separate strikes on Saturday. One strike hit a market in "
        + "Maarat al-Numan, killing at least 12 people, local activists said. In the second "
        + "strike, at least 18 people were killed in the town of Saraqib.",
        "2025-06-01",
        [
            ("killed", 30, "medical sources"),
            ("killed", 12, "local activists"),
            ("killed", 18, "medical sources"),
        ],
    ),
    (
        "Serangan udara menewaskan sedikitnya 30 orang di Provinsi Idlib, kata sumber medis. "
        + "Korban jatuh dalam dua serangan terpisah pada Sabtu (31/5/2025). Satu serangan "
        + "menghantam pasar di Maarat al-Numan dan menewaskan 12 orang, kata aktivis setempat. "
        + "Dalam serangan kedua, 18 orang tewas di kota Saraqib.",
        "2025-06-01",
        [
            ("killed", 30, "medical sources"),
            ("killed", 12, "activists"),
            ("killed", 18, "medical sources"),
        ],
    ),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("several_attributed"), CASES, gazetteer_path)
    return {
        i: sorted(t for t in claim_triples(events) if t[1] is not None)
        for i, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_parts_of_a_toll_are_its_speakers(claims, case):
    assert claims[case] == sorted(CASES[case][2])
