"""A 'since' clause tells an earlier act: its date is not the sentence's event's date, and a
toll told before it is a total since then (no event); a start within the last week is the
start of the operation being told, and still dates it."""

import pytest

from .extracted import extract_cases

# (text, published, events as (date, [claim values]))
CASES = [
    (  # the month dates the earlier taking, not today's capture
        "Taliban fighters have stormed the last army base near Kunduz, their boldest assault in "
        + "the province since taking the city in March, local officials said.",
        "2015-05-20",
        [("2015-05-19", [])],
    ),
    (
        "Pasukan pemberontak merebut pangkalan militer terakhir di dekat Kunduz, kemenangan "
        + "terbesar mereka sejak menguasai kota itu pada Maret, kata pejabat setempat.",
        "2015-05-20",
        [("2015-05-19", [])],
    ),
    (  # a toll since an offensive began weeks ago is a total
        "At least 310 people have been killed in Kunduz since the Taliban launched their "
        + "offensive on April 2, a rights group said.",
        "2015-05-20",
        [],
    ),
    (
        "Sedikitnya 310 orang tewas di Kunduz sejak Taliban melancarkan serangan pada 2 April, "
        + "kata sebuah kelompok hak asasi.",
        "2015-05-20",
        [],
    ),
    (  # an offensive begun this week: its toll, dated from its start
        "At least 40 soldiers have been killed near Kunduz since the Taliban launched their "
        + "offensive on Monday.",
        "2015-05-21",
        [("2015-05-18", [40])],
    ),
    (  # the day of the act is told: a since clause after it changes nothing
        "Gunmen killed five villagers near Maiduguri on Tuesday, the deadliest attack in the "
        + "area since the army retook the town in March.",
        "2015-05-22",
        [("2015-05-19", [5])],
    ),
    (  # ... however long ago the clause's act was: no background of the sentence
        "A missile fired by the rebels struck a cargo ship near Aden on Wednesday, killing three "
        + "crew members, the first deaths since the group began attacking ships in November.",
        "2024-03-08",
        [("2024-03-06", [3])],
    ),
    (
        "Rudal yang ditembakkan pemberontak menghantam kapal kargo di dekat Aden pada Rabu dan "
        + "menewaskan tiga awak kapal, korban tewas pertama sejak kelompok itu mulai menyerang "
        + "kapal pada November.",
        "2024-03-08",
        [("2024-03-06", [3])],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("since"), CASES, gazetteer_path)
    return {
        i: [(e["date"], [c["value"] for c in e["claims"]]) for e in events]
        for i, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_since_clause_dates_an_earlier_act(events, case):
    assert events[case] == CASES[case][2]
