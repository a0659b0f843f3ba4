"""A speaker told after an event's figures stands behind all of them, not only those of the
sentence right before: "Five soldiers were killed ... Two others were wounded. A security
source said the soldiers were shot dead at close range.": both figures are the source's. Every sentence here is
our own."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name or None)])
CASES = [
    (
        "Five Nigerian soldiers were killed when militants attacked their checkpoint near "
        + "Maiduguri on Monday. Two other soldiers were wounded. A security source said "
        + "the soldiers were shot dead at close range.",
        "2025-03-05",
        [("killed", 5, "security source"), ("injured", 2, "security source")],
    ),
    (
        "Lima tentara Nigeria tewas setelah pos mereka diserang militan di dekat Maiduguri pada "
        + "Senin (3/3/2025). Dua tentara lainnya terluka. Sumber keamanan mengatakan para "
        + "tentara itu ditembak mati dari jarak dekat.",
        "2025-03-05",
        [("killed", 5, "security source"), ("injured", 2, "security source")],
    ),
    # a figure told on someone's word keeps it
    (
        "Five Nigerian soldiers were killed when militants attacked their checkpoint near "
        + "Maiduguri on Monday, the army said. Two other soldiers were wounded. A security "
        + "source said the soldiers were shot dead at close range.",
        "2025-03-05",
        [("killed", 5, "Military Forces of Nigeria"), ("injured", 2, "security source")],
    ),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("confirmed_run"), CASES, gazetteer_path)
    return {i: claim_triples(events) for i, events in found.items()}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_speaker_after_stands_behind_the_figures_of_the_event(claims, case):
    assert claims[case] == CASES[case][2]
