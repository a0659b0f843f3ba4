"""Who speaks, described between commas before the reporting verb (stop 26): a history word
or a year in the description ("a monitoring group founded in 2006", "pemerintahan tandingan
yang dibentuk para penentang kudeta") tells who the speaker is; the sentence's toll is news,
not history. Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, [(kind, value, claimant name)] of the one event, its best fatalities)
CASES = [
    (
        "Syrian warplanes bombed a market in Ariha on Monday. The Syrian Observatory for Human "
        "Rights, a monitoring group founded in 2006, said at least 15 people were killed.",
        "2025-03-05",
        [("killed", 15, "SOHR")],
        15,
    ),
    (
        "Militer Myanmar mengebom Desa Kyaung di Sagaing pada Senin (3/3/2025). Pemerintah "
        "Persatuan Nasional (NUG), pemerintahan tandingan yang dibentuk para penentang kudeta, "
        "menyebut korban tewas lebih dari 40 orang.",
        "2025-03-05",
        [("killed", 40, "Pemerintah Persatuan Nasional (NUG)")],
        40,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("speaker_described"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_described_speaker_gives_the_toll(found, case):
    assert claim_triples(found[case]) == CASES[case][2]
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][3]]
