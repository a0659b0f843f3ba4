"""The dead of a group referred to ("one of the militants", "dua anggota kelompok itu") after a
toll of state forces are the other side's dead: they join that toll's account, no rival count
of it (stop 29, `build._victims_side`). Trap: a later count of the same side stays a rival
account, the lower kept. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, best fatalities of the one event)
CASES = [
    (
        "Two gunmen ambushed a police convoy near Kupwara on Monday, killing two constables. One "
        "of the militants was killed and the other escaped.",
        "2024-07-16",
        3,
    ),
    (
        "Kelompok bersenjata menyergap konvoi polisi di dekat Sugapa pada Senin dan menewaskan "
        "dua polisi. Dua anggota kelompok itu tewas dalam baku tembak.",
        "2024-07-16",
        4,
    ),
    # trap: the same side told again is a rival count
    (
        "Two gunmen ambushed a police convoy near Kupwara on Monday, killing three constables. "
        "Two constables were killed, a police spokesman said.",
        "2024-07-16",
        2,
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("group_referred_dead"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_group_referred_dead(events, index):
    assert [(e["fatalities"] or {}).get("best") for e in events[index]] == [CASES[index][2]]
