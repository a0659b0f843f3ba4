""" "over recent" tells a total over a period only with its time word ("over recent weeks"); "over
recent fee hikes" is what a protest is about, and the sentence tells its act (stop 29). Trap: a
toll "over recent weeks" stays a total, no event. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, number of events)
CASES = [
    (
        "Parents were protesting outside a school in Dehradun on Monday over recent fee hikes "
        "when a group of men began attacking them.",
        "2024-07-09",
        1,
    ),
    (
        "Militants have killed 40 villagers in Borno over recent weeks, officials said.",
        "2024-07-09",
        0,
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("over_recent"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_over_recent(events, index):
    assert len(events[index]) == CASES[index][2]
