"""Victims added to a count ("killed along with two bodyguards", "tewas bersama dua
pengawalnya") are a group of the same claim: the fatalities add them up."""

import pytest

from .extracted import extract_cases

# (text, [(kind, value)], best)
CASES = [
    (
        "A rebel commander was killed along with two bodyguards in a drone strike near Marib "
        + "on Monday.",
        [("killed", 1), ("killed", 2)],
        3,
    ),
    (
        "Seorang komandan pemberontak tewas bersama dua pengawalnya dalam serangan drone di "
        + "dekat Marib pada Senin.",
        [("killed", 1), ("killed", 2)],
        3,
    ),
    # the one told before is not counted: the count added is the only figure
    (
        "Komandan pemberontak itu tewas bersama dua pengawalnya dalam serangan drone di dekat "
        + "Marib pada Senin.",
        [("killed", 2)],
        2,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2025-06-12") for text, _, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("along"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_victims_added_along_with_a_count(found, case):
    _, claims, best = CASES[case]
    (event,) = found[case]
    assert [(c["kind"], c["value"]) for c in event["claims"]] == claims
    assert event["fatalities"]["best"] == best
