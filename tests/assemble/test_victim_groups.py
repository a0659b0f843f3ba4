"""Groups of victims a count is told with (stop 26): a name or a part in brackets between a
count and its casualty word ("Two fighters of the Arakan Army (AA) were killed"), a
part named with "including" and no closing comma, groups joined by "and" before the count
nearest the word ("three soldiers and two police reservists were killed", "seorang guru dan
seorang petani tewas"), and a second group past the first one's phrase after the word
("korban tewas adalah seorang guru berusia 41 tahun dan seorang pedagang"). Every sentence
here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [(kind, value)] claims of the one event, its best fatalities)
CASES = [
    (
        "Three Kenyan soldiers and two police reservists were killed when militants ambushed "
        "their convoy near Mandera on Monday.",
        "2025-03-05",
        [("killed", 3), ("killed", 2)],
        5,
    ),
    (
        "Two fighters of the Arakan Army (AA) were killed in a clash with the army near "
        "Paletwa on Sunday.",
        "2025-03-05",
        [("killed", 2)],
        2,
    ),
    (
        "Eleven villagers (among them four children and two women) were killed when a shell hit "
        "a market in Kharkiv on Tuesday.",
        "2025-03-05",
        [("killed", 11)],
        11,
    ),
    (
        "Five fighters including a senior commander of the Free Syrian Army were killed in an "
        "air strike near Idlib on Friday.",
        "2025-03-05",
        [("killed", 5)],
        5,
    ),
    (
        "Gunmen ambushed a bus near Kaduna on Monday and killed nine passengers including two "
        "pastors and three traders.",
        "2025-03-05",
        [("killed", 9)],
        9,
    ),
    # a clause before 'and' is no group: "a gunfight broke out and two soldiers died"
    (
        "A gunfight broke out near Kismayo on Monday and two soldiers died and one was injured.",
        "2025-03-05",
        [("killed", 2), ("injured", 1)],
        2,
    ),
    (
        "Seorang guru dan seorang petani tewas ditembak kelompok bersenjata di Intan Jaya pada "
        "Senin (3/3/2025).",
        "2025-03-05",
        [("killed", 1), ("killed", 1)],
        2,
    ),
    (
        "Tiga tentara dan dua warga sipil tewas ketika militan menyerang pos di dekat Kirkuk "
        "pada Senin (3/3/2025).",
        "2025-03-05",
        [("killed", 3), ("killed", 2)],
        5,
    ),
    (
        "Dua anggota Tentara Pembebasan Nasional (TPNPB) tewas dalam baku tembak dengan TNI di "
        "Puncak pada Senin (3/3/2025).",
        "2025-03-05",
        [("killed", 2)],
        2,
    ),
    (
        "Kelompok bersenjata menyerang warga di Sugapa, Intan Jaya, pada Senin (3/3/2025). "
        "Menurut polisi, korban tewas adalah seorang guru berusia 41 tahun dan seorang pedagang.",
        "2025-03-05",
        [("killed", 1), ("killed", 1)],
        2,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("victim_groups"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_each_group_is_a_claim(found, case):
    assert [(c["kind"], c["value"]) for e in found[case] for c in e["claims"]] == CASES[case][2]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_groups_add_up(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]
