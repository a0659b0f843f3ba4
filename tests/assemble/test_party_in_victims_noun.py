"""One victim told by "the" and a singular noun with a party's name before it ("killed the
Taliban commander") or a "for" phrase after it ("the minister for refugees") is one death
(stop 28, `claims._definite_singular`, en `head_before`). The noun must end the phrase: "the
Taliban" alone counts no one. English only: Indonesian marks no singular by an article.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-12-12"

# key: (text, the killed claims' values)
CASES = {
    "party-before-noun": (
        "A suicide bomber killed the Taliban commander in Kunduz on Wednesday.",
        [1],
    ),
    "for-phrase-after-noun": (
        "A suicide bomber killed the minister for refugees in Kabul on Wednesday.",
        [1],
    ),
    "both": (
        "A roadside bomb killed the Taliban governor for Nangarhar province in Jalalabad on "
        "Wednesday.",
        [1],
    ),
    # the trap: the party's name is the whole phrase
    "party-only": ("Gunmen killed the Taliban in Kunduz on Wednesday.", []),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("party_in_victims_noun"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_one_victim_named_with_a_party(extracted, key):
    [event] = extracted[key]
    assert [c["value"] for c in event["claims"] if c["kind"] == "killed"] == CASES[key][1]
