"""Fire from afar told right after a fight on the ground (stop 25, second round): with no
town of its own (a province named around its teller at most) and a day, its own or its
teller's, it is a second act by another side at the fight's town, not dropped nor folded
into the fight. Undated fire from afar ("has since launched air strikes") stays background."""

import json

import pytest

from .extracted import extract_texts

TEXTS = {
    "told": (
        "Rebel fighters stormed the town of Jisr al-Shughur on Saturday after days of fierce "
        "clashes with government troops. The governor of Idlib province said on Sunday that "
        "the air force is pounding the rebel positions from the air."
    ),
    # a toll told with both acts ("killing five soldiers", "killing 12 fighters") does not tie
    # the fire from afar to the fight as an act of the same means
    "toll": (
        "Rebel fighters stormed the town of Jisr al-Shughur on Saturday after days of fierce "
        "clashes with government troops, killing five soldiers. The governor of Idlib province "
        "said on Sunday that the air force is pounding the rebel positions from the air, "
        "killing 12 fighters."
    ),
    # trap: the same fire from afar told with no day is background, no event of its own
    "undated": (
        "Rebel fighters stormed the town of Jisr al-Shughur on Saturday after days of fierce "
        "clashes with government troops. A coalition has since launched air strikes to stop "
        "the rebels' advance."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2015-05-11") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("afar_beside"), rows, gazetteer_path)


def _told(events):
    return sorted((e["date"], e["event_type"], e["location"]["name"]) for e in events)


def test_fire_from_afar_told_by_a_dated_source_is_a_second_act_at_the_town(extracted):
    told = _told(extracted["told"])
    assert told == [
        ("2015-05-09", "Battles", "Jisr ash Shughūr"),
        ("2015-05-10", "Explosions/Remote violence", "Jisr ash Shughūr"),
    ], json.dumps(told)


def test_undated_fire_from_afar_is_background(extracted):
    told = _told(extracted["undated"])
    assert told == [("2015-05-09", "Battles", "Jisr ash Shughūr")], json.dumps(told)


def test_fire_from_afar_with_its_toll_is_a_second_act_with_that_toll(extracted):
    told = sorted(
        (e["date"], e["event_type"], e["location"]["name"], e["fatalities"]["best"])
        for e in extracted["toll"]
    )
    assert told == [
        ("2015-05-09", "Battles", "Jisr ash Shughūr", 5),
        ("2015-05-10", "Explosions/Remote violence", "Jisr ash Shughūr", 12),
    ], json.dumps(told)
