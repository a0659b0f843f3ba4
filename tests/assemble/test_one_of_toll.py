"""One victim told alone in a sentence after a counted toll ("The driver died at the scene",
"Seorang sopir tewas di lokasi kejadian") is one of that toll told again, not a rival account
of one death that the lowest-account rule would take (stop 28, `build._one_of_toll`); told as
more victims ("also") it still adds, and a count's group opened by a possessive after "and"
adds to the one before it ("A police commander and his two guards": 3); bulls killed are no
one's death. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, the event's best fatalities)
CASES = [
    (
        "Gunmen killed five people in Bannu on Monday. The driver died at the scene.",
        "2025-03-04",
        5,
    ),
    (
        "Kelompok bersenjata menembak mati lima warga di Sugapa, Senin. Seorang sopir tewas di "
        "lokasi kejadian.",
        "2025-03-04",
        5,
    ),
    # the numeral is a count of its own: two accounts, the lowest stands
    (
        "Gunmen killed five people in Bannu on Monday. One person died, police said.",
        "2025-03-04",
        1,
    ),
    # more victims told as such still add up
    (
        "Gunmen killed five people in Bannu on Monday. A policeman was also killed.",
        "2025-03-04",
        6,
    ),
    (
        "A police commander and his two guards were killed when gunmen ambushed their car near "
        "Bannu on Monday.",
        "2025-03-04",
        3,
    ),
    (
        "Seorang komandan dan dua pengawalnya tewas saat mobil mereka diserang di Sugapa, Senin.",
        "2025-03-04",
        3,
    ),
    # bulls are animals (`markers.animals`): no one's death
    (
        "Rustlers raided a village near Baringo on Monday, killing two herders and three bulls.",
        "2025-03-04",
        2,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("one_of_toll"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_one_of_toll(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][2]]
