"""A toll told as grown since ("the death toll rose to 12") replaces the lower figures told
before it: the event's best count is the new one, not the lowest account."""

import pytest

from .extracted import extract_cases

CASES = [
    (
        "A car bomb exploded at a market in Mogadishu on Saturday, killing eight people. The "
        + "death toll later rose to 12, a police officer said.",
        12,
    ),
    (
        "Sebuah bom mobil meledak di pasar di Mogadishu pada Sabtu dan menewaskan delapan "
        + "orang. Jumlah korban tewas kemudian bertambah menjadi 12 orang, kata seorang polisi.",
        12,
    ),
    # a bare "toll" is the death toll
    (
        "Gunmen stormed a village near Jos on Monday, killing eight people. The toll rose to 12 "
        + "on Tuesday, a police spokesman said.",
        12,
    ),
    # two accounts, neither grown: the lowest stands
    (
        "A car bomb exploded at a market in Mogadishu on Saturday, killing eight people, "
        + "police said. Residents said 12 people were killed.",
        8,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2025-06-12") for text, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("risen"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_risen_toll_replaces_the_lower_figures(found, case):
    assert [e["fatalities"]["best"] for e in found[case]] == [CASES[case][1]]


def test_a_toll_without_a_count_is_no_event(tmp_path, gazetteer_path):
    text = "The conflict has taken a heavy toll on the economy of Borno state, the governor said."
    found = extract_cases(tmp_path, [(text, "2025-06-12")], gazetteer_path)
    assert found[0] == []


def test_a_toll_not_given_is_no_count_of_zero(tmp_path, gazetteer_path):
    text = (
        "Gunmen attacked a village near Jos on Monday, killing several people. The government "
        "did not give a toll."
    )
    found = extract_cases(tmp_path, [(text, "2025-06-12")], gazetteer_path)
    assert [e["fatalities"] for e in found[0]] == [None]
