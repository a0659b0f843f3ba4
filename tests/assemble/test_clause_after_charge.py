"""An 'and' after an arrest's charge word, then an indefinite article and an event word told
as the subject of its own verb, joins a clause of its own: "menangkap tiga tersangka dan
sebuah bom meledak" tells the bomb, no charge of the arrest (stop 29). Traps: acts listed
after the charge word ("tersangka penembakan dan pembakaran", "accused of the shooting and a
bombing") stay the arrest's charge. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ARREST = ("Strategic developments", "Arrests")

# (text, published, [(event type, sub-type, best fatalities)])
CASES = [
    (
        "Polisi menahan tiga tersangka dan sebuah bom meledak di dekat pasar di Poso pada "
        "Selasa, menewaskan seorang tukang ojek.",
        "2024-05-08",
        [(*BOMB, 1)],
    ),
    (
        "Police detained three men accused of the shooting of a teacher and a bomb exploded "
        "near the market in Poso on Tuesday, killing a motorcycle taxi driver.",
        "2024-05-08",
        [(*BOMB, 1)],
    ),
    # traps: acts listed after the charge word are what the arrest is for
    (
        "Polisi menangkap dua tersangka penembakan dan pembakaran di Poso pada Selasa.",
        "2024-05-08",
        [(*ARREST, None)],
    ),
    (
        "Police arrested two men accused of the shooting and a bombing in Poso on Tuesday.",
        "2024-05-08",
        [(*ARREST, None)],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("clause_after_charge"), CASES, gazetteer_path)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_clause_after_charge(events, index):
    found = [
        (e["event_type"], e["sub_event_type"], (e["fatalities"] or {}).get("best"))
        for e in events[index]
    ]
    assert found == CASES[index][2]
