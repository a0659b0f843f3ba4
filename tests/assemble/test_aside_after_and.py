"""A count after "and" past a death word, whose own casualty word follows an aside between
two commas, is that word's (stop 28, `claims._clause_between`): "A police colonel died and four
others, two soldiers and two policemen, were injured" is one dead, not four. Indonesian reads
it so already. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, the event's best fatalities)
CASES = [
    (
        "A police colonel died and four others, two soldiers and two policemen, were injured "
        "when a bomb exploded at a checkpoint in Yesagyo on Monday.",
        "2025-03-04",
        1,
    ),
    (
        "Seorang kolonel tewas dan empat lainnya, dua tentara dan dua polisi, terluka saat bom "
        "meledak di pos pemeriksaan di Sugapa, Senin.",
        "2025-03-04",
        1,
    ),
    # the count before the death word stays its own; the injured with their aside are apart
    (
        "Two soldiers died and three civilians, including a child, were injured when a bomb "
        "exploded at a checkpoint in Yesagyo on Monday.",
        "2025-03-04",
        2,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("aside_after_and"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_aside_after_and(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][2]]
