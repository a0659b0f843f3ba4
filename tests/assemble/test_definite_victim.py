"""One victim told by a determiner and a singular noun (stop 26, `markers.
singular_determiners`, `plural_suffixes`, `plural_nouns`): "killed the driver", "injured the
imam of a mosque", "the conductor later died" are one; "killed the suspects" (a plural noun)
tells no count. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(kind, value)] claims of the one event, its best fatalities)
CASES = [
    (
        "Militants threw a grenade at a bus in Rangpur on Sunday. The conductor later died in "
        "hospital.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    (
        "Gunmen ambushed a car near Djibo on Monday and killed the driver.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    (
        "Unknown gunmen shot and injured the imam of a mosque near Kano on Friday.",
        "2025-03-05",
        [("injured", 1)],
        0,
    ),
    (
        "Soldiers killed the suspects near the market in Maiduguri on Monday.",
        "2025-03-05",
        [],
        None,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("definite_victim"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_one_victim(found, case):
    assert [(c["kind"], c["value"]) for e in found[case] for c in e["claims"]] == CASES[case][2]
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]


def test_the_victim_told_is_a_civilian(found):
    # the imam is whom the shooting hit: violence against civilians, not a battle with him
    assert [e["event_type"] for e in found[2]] == ["Violence against civilians"]
