"""One person taken alive told without a count (stop 26): "abducted a priest", "menculik
seorang guru", and the Indonesian singular article "sang" after the word ("menyandera sang
pilot", "menembak mati sang kepala desa") are a count of one, as for the killed and the
injured ("seized the pilot": a person named after a seizing word); the "tak" of "orang tak dikenal" (unknown persons) denies no death. Every sentence
here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(kind, value)] claims of the one event, its best fatalities)
CASES = [
    (
        "Gunmen attacked a village near Kaduna on Monday and abducted a priest, police said.",
        "2025-03-05",
        [("captured", 1)],
        0,
    ),
    (
        "Kelompok bersenjata menyerang desa di Nduga pada Senin (3/3/2025) dan menculik seorang "
        "guru, kata polisi.",
        "2025-03-05",
        [("captured", 1)],
        0,
    ),
    (
        "Kelompok bersenjata menyerang Distrik Paro di Nduga pada Senin (3/3/2025) dan menyandera "
        "sang pilot.",
        "2025-03-05",
        [("captured", 1)],
        0,
    ),
    # ... and a person named after it is one taken alive: "seized the pilot"
    (
        "Rebels burned a small plane at an airstrip in Nduga on Monday and seized the pilot, "
        "police said.",
        "2025-03-05",
        [("captured", 1)],
        0,
    ),
    # a seizing word takes things as well as people: "seized a town" is no captive
    (
        "Rebels seized a town near Idlib on Thursday after heavy fighting with the army.",
        "2025-03-05",
        [],
        None,
    ),
    (
        "Orang tak dikenal menembak mati sang kepala desa di Sugapa, Intan Jaya, pada Senin "
        "(3/3/2025).",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("one_taken"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_one_victim_is_a_count_of_one(found, case):
    assert [(c["kind"], c["value"]) for e in found[case] for c in e["claims"]] == CASES[case][2]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_taken_alive_is_no_death(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]
