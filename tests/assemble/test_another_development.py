"""A sentence opened by "In another development" / "Dalam perkembangan lain" tells another
event (stop 27, `new_event_sentence`): a second attack at the same town on the same day is
not folded into the first, so its toll is its own. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-10"

# key: (text, fatalities best of each event, in order)
CASES = {
    "en-another-development": (
        "Rebels attacked an army post in Idlib on Sunday, killing three soldiers.\n\n"
        "In another development, rebels attacked a checkpoint in Idlib on Sunday, killing two "
        "soldiers.",
        [3, 2],
    ),
    "id-perkembangan-lain": (
        "Pemberontak menyerang pos tentara di Idlib pada Minggu dan menewaskan tiga tentara.\n\n"
        "Dalam perkembangan lain, pemberontak menyerang pos pemeriksaan di Idlib pada Minggu "
        "dan menewaskan dua tentara.",
        [3, 2],
    ),
    # the trap: the same attack told again is still one event
    "en-told-again": (
        "Rebels attacked an army post in Idlib on Sunday, killing three soldiers.\n\n"
        "The attack on the post in Idlib on Sunday was the deadliest this month.",
        [3],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("another_development"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_another_development_is_another_event(extracted, key):
    got = [(e["fatalities"] or {}).get("best") for e in extracted[key]]
    assert got == CASES[key][1]
