"""Words after or before a casualty word that count no one (stop 29): a weapon after "a" is a
thing ("neutralized an IED", "menetralkan sebuah bom"), an animal before "was" is no person ("A
goat was killed"), and a death a `hypothetical` word opens is asked, not told ("not clear
whether anyone was killed"). Trap: "killed a soldier" stays one death. Every sentence here is
our own."""

import pytest

from .extracted import extract_cases

# (text, published, [best fatalities of each event])
CASES = [
    (
        "Soldiers neutralized an IED on the road between Djibo and Namssiguia on Monday.",
        "2024-07-02",
        [None],
    ),
    ("Tim Gegana menetralkan sebuah bom di pasar Poso pada Senin.", "2024-07-02", [None]),
    (
        "Militants shelled the village of Kiwanja on Monday. A goat was killed and a house was "
        "burned.",
        "2024-07-02",
        [None],
    ),
    (
        "Militer menembaki desa Kiwanja pada Senin. Seekor kambing mati dan sebuah rumah terbakar.",
        "2024-07-02",
        [None],
    ),
    (
        "Gunmen attacked a police post in Kiwanja on Monday; it is not clear whether anyone was "
        "killed.",
        "2024-07-02",
        [None],
    ),
    # trap: a person after "a" is a victim
    ("Militants killed a soldier in Kiwanja on Monday.", "2024-07-02", [1]),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("not_victims"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_not_victims(events, index):
    assert [(e["fatalities"] or {}).get("best") for e in events[index]] == CASES[index][2]
