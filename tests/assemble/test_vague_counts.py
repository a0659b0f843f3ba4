"""A vague count ("dozens of bodies", "puluhan jenazah") yields to a figure told as a number
that it does not contradict: the codebook's floor stands in only where no one counts."""

import pytest

from .extracted import extract_cases

CASES = [
    (
        "Gunmen attacked a cattle market near Maiduguri on Monday, killing at least 40 people, "
        + "a police spokesman said. A hospital worker said dozens of bodies had been brought "
        + "to the morgue.",
        40,
    ),
    (
        "Serangan udara menghantam pasar di Khan Younis pada Senin (9/6/2025) dan menewaskan "
        + "lebih dari 30 orang, kata Pertahanan Sipil. Puluhan jenazah masih dikeluarkan dari "
        + "reruntuhan, kata seorang dokter.",
        30,
    ),
    # a number below the vague floor contradicts it: the lower account stands
    (
        "Gunmen attacked a cattle market near Maiduguri on Monday, killing five people, a "
        + "police spokesman said. A resident said dozens of people were killed.",
        5,
    ),
    # no one counts: the floor stands
    (
        "Gunmen attacked a cattle market near Maiduguri on Monday, killing dozens of people, "
        + "a police spokesman said.",
        12,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2025-06-10") for text, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("vague"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_vague_count_yields_to_a_number(found, case):
    assert [e["fatalities"]["best"] for e in found[case]] == [CASES[case][1]]
