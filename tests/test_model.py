"""Records are frozen, checked cheaply, and round-trip through JSON unchanged."""

import dataclasses
import json

import pytest

from warta import codec
from warta.model import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    Fatalities,
    Location,
    Result,
    Span,
)


def test_span_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError, match=r"bad span \[5, 3\)"):
        Span(5, 3)


def test_records_are_frozen():
    doc = Document(id="d1", text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


def test_result_with_event_round_trips_through_json():
    ev = Evidence(10, 30, "membunuh 20 pejuang")
    event = Event(
        id="e1", event_type="Battles", sub_event_type="Armed clash",
        date="2019-04-11", date_end="2019-04-11", date_precision="day",
        location=Location("Jabal Bishri", "SY", "Deir ez-Zor", None, 35.37, 39.3, 2, "near", "sup:jabal-bishri"),
        actor1=ActorRef("Islamic State", "rebel_group", "ISIS"),
        actor2=ActorRef("Military Forces of Syria", "state_forces", "SAA"),
        fatalities=Fatalities(12, 12, 20), evidence=(ev,),
        assoc_actor2=(ActorRef("Pro-government militias (Syria)", "political_militia"),),
        claims=(Claim("killed", 20, "exact", ActorRef("Islamic State"), ev, via=ActorRef("Amaq")),),
        confidence=0.8,
    )  # fmt: skip
    result = Result(Document(id="d", text="t", published="2019-04-15", language="id"), (event,))
    line = codec.dumps(result)
    data = json.loads(line)
    assert data["events"][0]["location"]["lat"] == 35.37
    assert data["events"][0]["claims"][0]["via"] == {
        "name": "Amaq",
        "category": None,
        "mention": None,
    }
    assert codec.from_dict(Result, data) == result


def test_unknown_keys_are_ignored_when_reading_records():
    doc = codec.from_dict(Document, {"id": "a", "text": "b", "segments": {}})
    assert doc == Document(id="a", text="b")


def test_the_taxonomy_is_read_once_from_its_data_file():
    from warta.export._common import VIOLENT_TYPES
    from warta.taxonomy import event_types, for_clients, type_families, violent_types

    assert violent_types() == VIOLENT_TYPES == {
        "Battles", "Explosions/Remote violence", "Violence against civilians"
    }  # fmt: skip
    assert len(event_types()) == 6 and sum(len(s) for s in event_types().values()) == 25
    assert type_families()["Riots"] == "Riots" and type_families()["Battles"] == "violent"
    assert set(for_clients()["colours"]) == set(event_types())


def test_records_read_back_fast_and_a_value_no_longer_listed_still_reads():
    event = Event(
        id="e", event_type="Battles", sub_event_type="Armed clash", date="2024-03-02",
        date_end=None, date_precision="day", location=None, actor2=None, fatalities=None,
        actor1=ActorRef("Islamic State", "rebel_group"), evidence=(Evidence(0, 4, "ISIS"),),
    )  # fmt: skip
    line = codec.dumps(event)
    assert line.startswith('{"id":"e","event_type":"Battles","sub_event_type":"Armed clash"')
    assert codec.loads(Event, line) == event
    older = line.replace('"rebel_group"', '"insurgents"')  # a category a later warta dropped
    assert codec.loads(Event, older).actor1 == ActorRef("Islamic State", "insurgents")  # type: ignore[arg-type]
