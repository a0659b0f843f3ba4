"""Victims told apart from their count or with no count at all (stop 27): a headline's bare
singular noun ("kill village councillor"), a victim between an act and "dead" / "to death"
("shot Musa, a shopkeeper, dead"), a count opening a long subject ("Four soldiers guarding a
fuel depot near Mopti have been killed", "Lima prajurit yang mengawal truk ... tewas"), a
count after "and" or "while" that opens a clause of its own, and "fatally shot". Every
sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(kind, value)] claims of the one event, its best fatalities)
CASES = [
    (
        "Suspected bandits kill village councillor in Gusau on Sunday.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    # a plural noun tells no count
    ("Gunmen kill villagers in Gusau on Sunday.", "2025-03-05", [], None),
    # a vague count of others before the word does not hide the one victim after it
    (
        "Jihadists ambush convoy carrying several traders near Gao on Monday, kill soldier.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    (
        "One police officer died and several civilians were wounded when a mine exploded near "
        "Kidal on Monday.",
        "2025-03-05",
        [("killed", 1), ("injured", None)],
        1,
    ),
    (
        "Satu anggota polisi tewas dan dua warga luka-luka saat bom meledak di Poso, Senin.",
        "2025-03-05",
        [("killed", 1), ("injured", 2)],
        1,
    ),
    (
        "Four people were shot and killed while one person is missing after a clan clash near "
        "Marsabit on Monday.",
        "2025-03-05",
        [("killed", 4), ("missing", 1)],
        4,
    ),
    (
        "Four soldiers guarding a fuel depot near Mopti have been killed by jihadists, the army "
        "said on Tuesday.",
        "2025-03-05",
        [("killed", 4)],
        4,
    ),
    (
        "Lima prajurit yang mengawal truk logistik menuju Sugapa di Intan Jaya tewas ditembak "
        "KKB, Senin.",
        "2025-03-05",
        [("killed", 5)],
        5,
    ),
    # the count inside the including aside is a part of the twelve
    (
        "Twelve fighters belonging to a faction of the ADF, including 2 commanders were killed by "
        "soldiers near Beni on Monday.",
        "2025-03-05",
        [("killed", 12)],
        12,
    ),
    # another clause, not a subject: the three are the attackers
    (
        "Three gunmen on motorbikes stormed the market in Gao and traders were killed on Monday.",
        "2025-03-05",
        [],
        None,
    ),
    (
        "Gunmen shot Musa, a shopkeeper, dead in Maiduguri on Friday.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    (
        "Soldiers beat a young farmer to death near Bouake on Sunday.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    ("Gunmen shot them dead in Maiduguri on Friday.", "2025-03-05", [], None),
    (
        "A private guard fatally shot a taxi driver in Lagos on Monday.",
        "2025-03-05",
        [("killed", 1)],
        1,
    ),
    # "-men" makes a noun plural: no one counted
    (
        "Militants attacked a police post in Bannu on Monday. The policemen later died in hospital.",
        "2025-03-05",
        [],
        None,
    ),
    # a crowd at a funeral, told vaguely, and the dead of a relative clause: no count of them
    (
        "Serangan udara Israel menghantam sebuah kendaraan di Nabatiyeh pada Sabtu. Ratusan warga "
        "menghadiri pemakaman para anggota milisi yang tewas di Nabatiyeh, Minggu.",
        "2025-03-05",
        [],
        None,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("victims_told_apart"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_victims_told_apart(found, case):
    assert [(c["kind"], c["value"]) for e in found[case] for c in e["claims"]] == CASES[case][2]
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]
