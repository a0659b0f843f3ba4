"""Fatalities in short coder-style notes (stop 24): the present tense of a headline ("gunmen
kill four"), an age that is no count ("a 70-year-old farmer"), one victim told by a pronoun
("he died") or a phrase ("lost his life"), single victims joined by "and" ("a woman and her
son"), an aim that is no death ("tried to kill"). Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, best fatalities of the one event, or None)
CASES = [
    # headline present tense: the count after "kill"/"kills" is the dead
    ("Rebel fighters kill three farmers near Kisumu on Monday.", 3),
    ("A drone strike kills 6 near Miranshah in North Waziristan.", 6),
    ("Soldiers shoot and kill a herder near the river in Kotido.", 1),
    # an age is no count: the victim told with it is one
    (
        "On 3 June 2024, a mortar shell fired by the army exploded in Tarnow village and "
        "killed a 70-year-old farmer.",
        1,
    ),
    ("Army troops shot dead a 15-year-old boy during a protest in Srinagar on Saturday.", 1),
    (
        "Karim, 34, a rickshaw driver, was killed in Rangpur on Sunday when militants threw a "
        "crude bomb at his vehicle.",
        1,
    ),
    (
        "Rebels ambushed an army patrol near Bunia and killed 8 soldiers, a 20-year-old recruit "
        "among them.",
        8,
    ),
    # one victim told by a singular pronoun before the death word, or by the phrase's form
    (
        "Militants threw a petrol bomb at a bus in Rangpur on Sunday night. The driver suffered "
        "burns and he died in hospital on Monday.",
        1,
    ),
    ("Gunmen shot a shopkeeper in Rangpur on Sunday. She later succumbed to her wounds.", 1),
    (
        "A party supporter lost his life in Rangpur on Sunday after being beaten by rival "
        "activists.",
        1,
    ),
    (
        "Orang tak dikenal menembak seorang pedagang di Cibinong, Kabupaten Bogor, pada Senin "
        "malam. Ia tewas di rumah sakit.",
        1,
    ),
    # single victims joined by "and" with no count add up
    (
        "A farmer and his daughter were killed when their cart struck a landmine near Tarnow "
        "on Sunday.",
        2,
    ),
    (
        "Gunmen opened fire on a minibus near Tarnow on Sunday. A nurse and a teacher were killed.",
        2,
    ),
    # a plural group among them has no count: no figure
    ("The soldiers and a policeman were killed when a bomb exploded near Tarnow on Sunday.", None),
    # the pronoun is the killer when an object follows: no count of the dead
    ("He killed the guards in Rangpur on Sunday, police said.", None),
    # an aim, not a death: no one is counted
    ("Gunmen attacked a police post in Jinja on Monday and tried to kill a police officer.", None),
    (
        "Massa menyerang dan berusaha membunuh seorang terduga pencuri di Cibinong, Kabupaten "
        "Bogor, pada Senin.",
        None,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2024-06-12") for text, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("acled_fatal"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_fatalities_in_notes(found, case):
    _, best = CASES[case]
    events = found[case]
    (event,) = events
    if best is None:
        assert event["fatalities"] is None
        assert [c for c in event["claims"] if c["kind"] == "killed"] == []
        return
    assert event["fatalities"]["best"] == best
