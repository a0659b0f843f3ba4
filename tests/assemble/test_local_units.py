"""Local units named after their home (stop 27): ACLED names Myanmar's local defence forces
after their township, "People's Defense Force - Khin-U" (data/local_units.tsv); the home is
the town written right before the actor ("the Khin-U PDF") or after a dash right after it
("People's Defense Force - Thein Za Yat"). Told with no home, the PDF keeps its own name.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

# key: (text, published, actor1)
CASES = {
    "en-town-before": (
        "On 13 October 2021, in Khin-U town, the Khin-U PDF attacked a convoy of military forces"
        " with landmines, killing two soldiers.",
        "2021-10-14",
        "People's Defense Force - Khin-U",
    ),
    "en-town-after-dash": (
        "On 25 June 2021, a bomb exploded near the township office in Thein Za Yat town. The"
        " People's Defense Force - Thein Za Yat later claimed responsibility for the attack.",
        "2021-06-26",
        "People's Defense Force - Thein Za Yat",
    ),
    "id-town-before": (
        "Pada 13 Oktober 2021, Khin-U PDF menyerang konvoi militer Myanmar dengan ranjau darat di"
        " kota Khin-U dan menewaskan dua tentara.",
        "2021-10-14",
        "People's Defense Force - Khin-U",
    ),
    # the trap: no home told
    "en-no-home": (
        "On 13 October 2021, PDF fighters attacked a convoy of military forces near Monywa with"
        " landmines, killing two soldiers.",
        "2021-10-14",
        "PDF: People's Defense Force",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], case[1]) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("local_units"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_local_unit_named_after_home(extracted, key):
    [event] = extracted[key]
    assert event["actor1"]["name"] == CASES[key][2]
