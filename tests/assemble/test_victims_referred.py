"""Victims referred to after their count (stop 29): a plural pronoun right after a casualty word
is the group counted just before it as another kind ("kidnapped two villagers and killed them",
"menculik tiga petani lalu membunuh mereka"), and "the dead included two officers" names a part
of the toll, no rival count of 2. Traps: "shot dead two traders, killing them" stays 2, and
"Korban tewas termasuk dua perwira" already read as a part. "An alleged commander and his three
guards" is 4: a reporting word right after the article describes the victim; "The driver and a
passenger were killed" is 2 (a singular definite first conjunct), "The militants and a soldier"
no count; "killing and robbing him", "membunuh dan merampok sang pendeta" one. Every sentence
here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, [best fatalities of each event])
CASES = [
    ("Rebels abducted three farmers near Beni on Monday and killed them.", "2024-07-02", [3]),
    (
        "Pemberontak menculik tiga petani di dekat Beni pada Senin lalu membunuh mereka.",
        "2024-07-02",
        [3],
    ),
    (
        "Rebels kidnapped two teachers near Beni on Monday and killed both of them.",
        "2024-07-02",
        [2],
    ),
    (
        "Six soldiers were killed in an ambush near Mopti on Monday. The dead included two "
        "officers.",
        "2024-07-02",
        [6],
    ),
    (
        "An alleged militant commander and his three guards were killed in an army raid near "
        "Bannu on Monday.",
        "2024-07-02",
        [4],
    ),
    (
        "The driver and a passenger were killed when gunmen opened fire on a bus near Kisumu on "
        "Monday.",
        "2024-07-02",
        [2],
    ),
    (
        "Gunmen raided the home of a missionary in Kisumu on Monday, killing and robbing him.",
        "2024-07-02",
        [1],
    ),
    (
        "Kawanan bersenjata menyerbu rumah seorang pendeta di Poso pada Senin, lalu membunuh dan "
        "merampok sang pendeta.",
        "2024-07-02",
        [1],
    ),
    # traps
    (
        "Gunmen shot dead two traders near Beni on Monday, killing them instantly.",
        "2024-07-02",
        [2],
    ),
    (
        "Enam tentara tewas dalam penyergapan di dekat Intan Jaya pada Senin. Korban tewas "
        "termasuk dua perwira.",
        "2024-07-02",
        [6],
    ),
    # a plural first conjunct is no single victim
    (
        "The militants and a soldier were killed in the clash near Mopti on Monday.",
        "2024-07-02",
        [None],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("victims_referred"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_victims_referred(events, index):
    assert [(e["fatalities"] or {}).get("best") for e in events[index]] == CASES[index][2]
