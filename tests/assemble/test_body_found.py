"""A body found counts one death when told with an indefinite article or a count ("the body of
a farmer was found", "jenazah seorang petani ditemukan"), as "bodies" and "jenazah" already did
with a count (stop 29, `markers.remains`). Traps: a body after an earlier-act word is what set a
riot off ("after the body of a boy was found", "setelah mayat seorang bocah ditemukan"), a body
whose phrase goes on with a death word of its own counts once ("the body of a dead soldier"),
and "the body of the trader" names someone told, no death. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [best fatalities of each event])
CASES = [
    (
        "The body of a farmer was found in a ditch near Kisumu on Tuesday with machete wounds.",
        "2024-06-12",
        [1],
    ),
    (
        "The bodies of two traders were found near Kisumu on Tuesday, police said.",
        "2024-06-12",
        [2],
    ),
    (
        "Jenazah seorang petani ditemukan di parit di Poso pada Selasa dengan luka bacok.",
        "2024-06-12",
        [1],
    ),
    # traps
    (
        "Youths torched a police post in Kisumu on Tuesday after the body of a boy was found "
        "near a bar.",
        "2024-06-12",
        [None],
    ),
    (
        "Pemuda membakar pos polisi di Poso pada Selasa setelah mayat seorang bocah ditemukan "
        "di dekat bar.",
        "2024-06-12",
        [None],
    ),
    ("On Tuesday the body of a dead soldier was found near Kisumu.", "2024-06-12", [1]),
    (
        "Police fired tear gas at mourners carrying the body of the trader in Kisumu on Tuesday.",
        "2024-06-12",
        [None],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("body_found"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_body_found(events, index):
    assert [(e["fatalities"] or {}).get("best") for e in events[index]] == CASES[index][2]
