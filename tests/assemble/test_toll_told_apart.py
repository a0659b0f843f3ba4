"""A toll told in a sentence of its own, or a means told inside one act, stays with the act
(stop 28, `events._toll_only`, `events._group`): victims named as an actor ("12 guards and 3
police officers injured") are no doers, an arrest count beside the dead ("One bandit was killed
and 3 arrested") is more of the toll, and "an ambush initiated by the detonation of an IED" is
one ambush. A count of arrests alone after a seizure is still an act of its own. Every
sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(event type, best fatalities) of each event, in order])
CASES = [
    (
        "Inmates rioted at the main prison in Kisumu on Monday, setting fire to cells. 5 inmates "
        "were killed, 12 guards and 3 police officers injured.",
        "2025-03-04",
        [("Riots", 5)],
    ),
    (
        "Police and bandits clashed near Isiolo on Tuesday. One bandit was killed and 3 arrested.",
        "2025-03-05",
        [("Battles", 1)],
    ),
    (
        "Aparat keamanan terlibat baku tembak dengan kelompok bersenjata di Sugapa, Selasa. "
        "Seorang anggota kelompok itu tewas dan 3 orang ditangkap.",
        "2025-03-05",
        [("Battles", 1)],
    ),
    (
        "On Monday, militants carried out an ambush initiated by the detonation of an IED "
        "followed by gunfire against an army patrol near Djibo, killing four soldiers.",
        "2025-03-04",
        [("Battles", 4)],
    ),
    # an arrest count with no dead is no toll: the seizure and the arrests stay two acts
    (
        "Police seized two tons of cannabis hidden in a truck in Mombasa on Monday. Two men "
        "were arrested.",
        "2025-03-04",
        [("Strategic developments", None), ("Strategic developments", None)],
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("toll_told_apart"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_toll_stays_with_its_act(found, case):
    events = found[case]
    assert [(e["event_type"], (e["fatalities"] or {}).get("best")) for e in events] == CASES[case][
        2
    ]
