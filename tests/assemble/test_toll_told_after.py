"""Deaths told in the sentence after an act, with a passive killing word and no doer, place
or day of their own (stop 26, h83): the toll of the act just told, whatever its kind ("6
prisoners were killed." after a prison riot), as a bare "Three officers died." already was,
not a second event. A killing with its doer named, or told with no act before it, is still
an act of its own."""

import json

import pytest

from .extracted import extract_texts

TEXTS = {
    "riot_en": (
        "On 4 May 2022, prisoners rioted at the central prison in Tulua. 6 prisoners were killed."
    ),
    "riot_id": (
        "Pada 4 Mei 2022, narapidana membuat kerusuhan di Lapas Kelas IIA Tulungagung. "
        "Enam narapidana dibunuh."
    ),
    "attack_en": (
        "On 12 March 2023, gunmen attacked a police checkpoint in Dera Ismail Khan. "
        "Three officers died."
    ),
    # trap: the doer named with the killing makes it an act of its own
    "doer_en": (
        "On 4 May 2022, prisoners rioted at the central prison in Tulua. "
        "Soldiers killed 6 prisoners."
    ),
    # trap: a bare toll with no act told before it is still the news
    "alone_en": "6 prisoners were killed in the central prison in Tulua on 4 May 2022.",
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2022-05-06") for k, t in TEXTS.items()]
    rows[2] = ("attack_en", TEXTS["attack_en"], "2023-03-14")
    return extract_texts(tmp_path_factory.mktemp("toll_told_after"), rows, gazetteer_path)


def _told(events):
    return [
        (e["date"], e["event_type"], (e["fatalities"] or {}).get("best"), len(e["evidence"]))
        for e in events
    ]


@pytest.mark.parametrize("key", ["riot_en", "riot_id"])
def test_toll_after_a_riot_joins_the_riot(extracted, key):
    told = _told(extracted[key])
    assert told == [("2022-05-04", "Riots", 6, 2)], json.dumps(told)


def test_toll_after_an_attack_joins_the_attack(extracted):
    told = _told(extracted["attack_en"])
    assert told == [("2023-03-12", "Battles", 3, 2)], json.dumps(told)


def test_killing_with_its_doer_is_not_folded_into_the_riot(extracted):
    told = _told(extracted["doer_en"])
    assert len(told) == 2 and told[0][:2] == ("2022-05-04", "Riots"), json.dumps(told)
    assert told[1][2] == 6, json.dumps(told)


def test_bare_toll_alone_is_an_event(extracted):
    told = _told(extracted["alone_en"])
    assert len(told) == 1 and told[0][2] == 6, json.dumps(told)
