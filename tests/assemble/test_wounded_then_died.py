"""One victim told with no count before an intransitive death word (stop 28,
`claims._definite_singular`): a subject opened by an indefinite article, past a victim's age
("A 35-year-old man died"), and a subject told wounded in a relative clause before it died ("A
shopkeeper, who was injured ..., died in hospital", "Seorang petani yang terluka ... meninggal").
"a girl and a constable who later died" is the constable. A relative clause telling no wound
leaves the death word's subject unread. Every sentence here
is our own."""

import pytest

from .extracted import extract_cases

# (text, published, the event's best fatalities)
CASES = [
    (
        "A 35-year-old man died after stepping on a landmine near Hpakant on Monday.",
        "2025-03-04",
        1,
    ),
    (
        "A shopkeeper, who was injured when gunmen opened fire on the market in Bannu on "
        "Saturday, died in hospital on Monday.",
        "2025-03-04",
        1,
    ),
    (
        "Seorang petani yang terluka dalam penyerangan di Kiwirok, Sabtu, meninggal di rumah "
        "sakit pada Senin.",
        "2025-03-04",
        1,
    ),
    # a relative pronoun right before the word: the noun it refers to died, not the pair
    (
        "Militants attacked a police post near Bannu on Monday, wounding a girl and a constable "
        "who later died in hospital.",
        "2025-03-04",
        1,
    ),
    (
        "Kelompok bersenjata melukai seorang siswa dan seorang guru yang kemudian meninggal di "
        "rumah sakit di Kiwirok, Senin.",
        "2025-03-04",
        1,
    ),
    # the relative clause tells no wound: not the subject of "died" read through it
    (
        "Gunmen attacked the market in Bannu on Saturday. A shopkeeper who saw the attack later "
        "died of a heart attack.",
        "2025-03-04",
        None,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("wounded_then_died"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_one_victim_died(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][2]]
