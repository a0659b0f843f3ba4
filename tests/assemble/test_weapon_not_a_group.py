"""A weapon's word after 'and' opens a thing, not another group of victims: "arrested two
suspects and a grenade exploded" is two captured, not two and one (lead, stop 28). Traps: "two
herdsmen and a suspected bandit" stays two groups of dead, and "two soldiers and three
civilians" too. Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name)])
CASES = [
    (
        "Soldiers arrested two suspects and a grenade exploded minutes later in Mombasa on "
        "Monday, killing a vendor.",
        "2024-03-06",
        [("captured", 2, None), ("killed", 1, None)],
    ),
    (
        "Polisi menangkap dua tersangka dan sebuah granat meledak di Poso pada Senin.",
        "2024-03-06",
        [("captured", 2, None)],
    ),
    # traps: groups of people after "and" stay groups
    (
        "Gunmen killed two herdsmen and a suspected bandit near Mokwa on Monday.",
        "2024-03-06",
        [("killed", 2, None), ("killed", 1, None)],
    ),
    (
        "Militants killed two soldiers and three civilians near Mopti on Monday.",
        "2024-03-06",
        [("killed", 2, None), ("killed", 3, None)],
    ),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("weapon_not_a_group"), CASES, gazetteer_path)
    return {i: claim_triples(events) for i, events in found.items()}


@pytest.mark.parametrize("index", range(len(CASES)))
def test_weapon_is_no_group(claims, index):
    assert claims[index] == CASES[index][2]
