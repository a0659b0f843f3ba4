"""'had been taken' tells a capture when a count goes with it ("more than 200 people had been
taken"), not when it goes on into a move ("had been taken to hospital") nor with no figure ("a
number of pupils had been taken"). Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

LEAD = (
    "Gunmen stormed a village near Gamboru Ngala in Borno state on Friday and abducted women "
    + "and children, local officials said. "
)

# (text, published, [(kind, value, claimant name)])
CASES = [
    (
        LEAD
        + "The United Nations said more than 200 people had been taken, though the figure "
        + "could not be confirmed.",
        "2025-03-05",
        [("captured", 200, "United Nations")],
    ),
    (
        "Gunmen attacked a village near Gamboru Ngala in Borno state on Friday, killing three "
        + "people, local officials said. Seven people had been taken to hospital, the officials "
        + "said.",
        "2025-03-05",
        [("killed", 3, "local official")],
    ),
    (
        LEAD + "The governor said only that a number of children had been taken.",
        "2025-03-05",
        [],
    ),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("taken_counted"), CASES, gazetteer_path)
    return {i: claim_triples(events) for i, events in found.items()}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_had_been_taken_is_a_capture_with_its_count(claims, case):
    assert claims[case] == CASES[case][2]
