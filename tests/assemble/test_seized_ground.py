"""Seizing ground is a capture of territory, seizing goods is looting (stop 23; English: Indonesian has its own words of capture), and "the
advance" points back to the capture the lead told."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en-territory": (
        "The rebels have seized more territory from government forces in Homs province near "
        "the border with Lebanon, a monitoring group said on Tuesday."
    ),
    "en-base": (
        "Opposition fighters have seized the largest remaining army base in Daraa province, "
        "a spokesman said on Tuesday."
    ),
    "en-goods-from-base": (
        "Gunmen seized weapons from an army base in Daraa province on Tuesday, a spokesman said."
    ),
    # the lead's capture, then "the advance" with its day: one event
    "en-the-advance": (
        "Rebels seize territory near Lebanese border\n\n"
        "The rebels have seized more territory from government forces in Homs province.\n\n"
        "The advance by the rebels on Tuesday threatens supply lines used by government troops "
        "fighting in the mountains."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-03-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("seized"), rows, gazetteer_path)


def _types(events):
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize("key", ["en-territory", "en-base"])
def test_seized_ground_is_territory_taken(extracted, key):
    assert _types(extracted[key]) == [("Battles", "Non-state actor overtakes territory")]


def test_seized_goods_are_looting(extracted):
    assert _types(extracted["en-goods-from-base"]) == [
        ("Strategic developments", "Looting/property destruction")
    ]


def test_the_advance_points_back_to_the_capture(extracted):
    events = extracted["en-the-advance"]
    assert _types(events) == [("Battles", "Non-state actor overtakes territory")]
    assert events[0]["date"] == "2025-03-04"
