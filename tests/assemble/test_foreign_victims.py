"""Foreigners among the dead ("one American was killed", "two Indian nationals were also
killed" in Kabul) are a part of a larger toll of the event, not a rival account of it; a
count of the event country's own people is an account as any other."""

import pytest

from .extracted import extract_cases

CASES = [
    (
        "Gunmen stormed a guesthouse in Kabul on Wednesday, killing seven people. A spokeswoman "
        + "for the US embassy confirmed that one American was killed in the attack. Two Indian "
        + "nationals were also killed, a diplomat said.",
        7,
    ),
    (
        "Orang bersenjata menyerbu sebuah wisma di Kabul pada Rabu dan menewaskan tujuh orang. "
        + "Kedutaan menyebut dua warga asing termasuk di antara korban. Dua warga asing tewas, "
        + "kata seorang diplomat.",
        7,
    ),
    # the event country's own people: a rival account, the lower stands
    (
        "Gunmen stormed a guesthouse in Kabul on Wednesday, killing seven people, police said. "
        + "Residents said four Afghan guards were killed.",
        4,
    ),
    # no larger toll told: the foreigners are the toll
    ("Gunmen stormed a guesthouse in Kabul on Wednesday, killing one American.", 1),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2025-06-12") for text, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("foreign"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_foreigners_among_the_dead_are_a_part_of_the_toll(found, case):
    assert [e["fatalities"]["best"] for e in found[case]] == [CASES[case][1]]
