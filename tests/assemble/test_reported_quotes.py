"""A quotation opened right after "said that" / "mengatakan bahwa" is the speaker's report,
told as a fact like the sentence around it: it may start an event. Other quotations still only
add to events told (views, warnings and plans), and a quoted plan starts none."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id-reported": (
        'Pada Senin (4/5/2020), juru bicara militer mengatakan bahwa "pasukan menembaki posisi '
        'pemberontak di dekat Sittwe sepanjang malam".'
    ),
    "en-reported": (
        'The governor of Homs province said on Friday that the "army is bombing the rebel '
        'positions from the air".'
    ),
    # traps: a quoted plan after "that"; a quotation with no complement word before it
    "en-plan": (
        'The minister said on Monday that "we will attack the rebels in Idlib if they refuse '
        'the deal".'
    ),
    "en-view": '"The army is bombing everything that moves from the air," a resident of Homs said.',
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("reported_quotes"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "event_type", "day", "place"),
    [
        ("id-reported", "Battles", "2020-05-04", "Sittwe"),
        ("en-reported", "Explosions/Remote violence", "2020-05-01", "Homs"),
    ],
)
def test_a_reported_quotation_starts_an_event(extracted, key, event_type, day, place):
    events = extracted[key]
    assert len(events) == 1, events
    assert events[0]["event_type"] == event_type
    assert events[0]["date"] == day
    assert events[0]["location"]["name"] == place


@pytest.mark.parametrize("key", ["en-plan", "en-view"])
def test_other_quotations_start_none(extracted, key):
    assert extracted[key] == []
