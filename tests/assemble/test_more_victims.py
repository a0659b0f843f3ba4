"""Figures on no one's word in later sentences that add to the toll told before instead of
rivalling it (stop 27, `build._besides`): victims told as more ("Two civilians were also
killed", "Seorang warga juga tewas", `markers.also`), and the dead of the other side ("killing
five soldiers. Troops ... killed three militants"). The same side counted again is a rival
account, the lowest standing. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, the event's best fatalities)
CASES = [
    (
        "Militants attacked a police post near Bannu on Monday, killing four policemen. Two "
        "civilians were also killed.",
        "2025-03-05",
        6,
    ),
    (
        "KKB menyerang pos TNI di Intan Jaya, Senin, dan menewaskan dua prajurit. Seorang warga "
        "juga tewas dalam serangan itu.",
        "2025-03-05",
        3,
    ),
    (
        "Militants ambushed an army patrol near Kidal on Monday, killing five soldiers. Troops "
        "returned fire and killed three militants.",
        "2025-03-05",
        8,
    ),
    # the same side's dead told twice: two accounts, the lowest stands
    (
        "Militants ambushed an army patrol near Kidal on Monday, killing five soldiers. Seven "
        "soldiers died in the ambush.",
        "2025-03-05",
        5,
    ),
    # "eliminated" is a death word of military statements
    (
        "Security forces eliminated 11 militants in an operation near Miranshah on Monday, the "
        "army said.",
        "2025-03-05",
        11,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("more_victims"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_more_victims_add_up(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][2]]
