"""A toll told as of a day this week (stop 26): "hingga Senin sore" (as of Monday afternoon),
"throughout Monday" is one day, no period, so the toll is the event's; a total over months
("sepanjang 2024 hingga Oktober") stays none. Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name)] of the events, their best fatalities)
CASES = [
    (
        "Militer Myanmar mengebom Desa Kyaung di Sagaing pada Senin (3/3/2025). Seorang relawan "
        "mengatakan hingga Senin sore timnya telah menemukan 21 jenazah.",
        "2025-03-05",
        [("killed", 21, "relawan")],
        [21],
    ),
    (
        "Russian forces shelled Kherson on Monday. Throughout Monday, at least 7 civilians were "
        "killed by the shelling, regional officials said.",
        "2025-03-05",
        [("killed", 7, "officials")],
        [7],
    ),
    (
        "Sepanjang 2024 hingga Oktober, sedikitnya 70 warga tewas dalam serangan kelompok "
        "bersenjata di Papua, kata polisi.",
        "2025-03-05",
        [],
        [],
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("toll_as_of"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_toll_as_of_a_day_is_the_events(found, case):
    assert claim_triples(found[case]) == CASES[case][2]
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == CASES[case][3]
