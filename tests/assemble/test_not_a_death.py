"""Counts that are no one's death, or a death told by its bodies (stop 27): a death that
did not happen ("nearly lynched", "nyaris tewas", `markers.near_miss`), animals counted as
victims ("30 cows", "12 ekor sapi", `markers.animals`; not "cattle herders"), a figure joined
by a hyphen to a capitalised title ("a 10-Household head"), and "the corpses of 14
fighters". Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(kind, value)] claims of the one event, its best fatalities)
CASES = [
    (
        "An angry crowd beat and nearly lynched a teacher accused of blasphemy in Sialkot on "
        "Friday.",
        "2025-03-05",
        [],
        None,
    ),
    ("Seorang guru nyaris tewas dikeroyok massa di Sorong, Jumat.", "2025-03-05", [], None),
    (
        "Bandits raided a village near Gusau on Monday, killing four people and 30 cows.",
        "2025-03-05",
        [("killed", 4)],
        4,
    ),
    (
        "Kawanan bersenjata menyerang desa di Nduga, Senin, dan menembak mati 12 ekor sapi.",
        "2025-03-05",
        [],
        None,
    ),
    # people named by their animals are people
    (
        "Two cattle herders were killed by gunmen near Gusau on Monday.",
        "2025-03-05",
        [("killed", 2)],
        2,
    ),
    (
        "A bomb exploded at a market in Mandalay on Monday. A 10-Household head was killed.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    (
        "The corpses of 14 fighters were found near Kidal on Monday after air strikes.",
        "2025-03-05",
        [("killed", 14)],
        14,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("not_a_death"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_not_a_death(found, case):
    assert [(c["kind"], c["value"]) for e in found[case] for c in e["claims"]] == CASES[case][2]
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]
