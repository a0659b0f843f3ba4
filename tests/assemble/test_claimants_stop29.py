"""Who speaks (stop 29): a force told in the possessive before a speaker's role ("the army's
spokesman") is the speaker's side, and a document told after "according to" with its author
("a statement by the army", "pernyataan dari polisi") is its author's word, not a body named
by the document's words; a body named after the document's "from" stays that body. Every
sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

PUBLISHED = "2024-06-12"

CASES = [
    (
        "Gunmen attacked a checkpoint in Mandera on Sunday, killing three soldiers, the army's"
        " spokesman said.",
        PUBLISHED,
        [("killed", 3, "Military Forces of Kenya")],
    ),
    (
        "Gunmen attacked a checkpoint in Mandera on Sunday, killing three soldiers, according"
        " to a statement by the army.",
        PUBLISHED,
        [("killed", 3, "Military Forces of Kenya")],
    ),
    (
        "Tiga tentara tewas dalam serangan di Mandera pada Minggu, menurut pernyataan dari polisi.",
        PUBLISHED,
        [("killed", 3, "Police Forces of Kenya")],
    ),
    # the trap: the document's author is a body no recogniser lists, named as written
    (
        "Three soldiers were killed in an attack in Mandera on Sunday, according to a report"
        " from Human Rights Watch.",
        PUBLISHED,
        [("killed", 3, "Human Rights Watch")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("stop29_claimants"), CASES, gazetteer_path)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_the_speaker_is_the_party_told(extracted, i):
    assert claim_triples(extracted[i]) == CASES[i][2]
