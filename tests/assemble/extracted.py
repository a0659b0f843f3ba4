"""Run `warta extract` once over many short texts, for the table-driven assembly tests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..conftest import run_warta


def extract_texts(folder: Path, texts: Iterable[tuple[str, str, str]], gazetteer: Path) -> dict:
    """The events of each (id, text, published) as `warta extract` gives them, by id."""
    path = folder / "in.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in texts),
        "utf-8",
    )
    out = run_warta("extract", str(path), "--gazetteer", str(gazetteer))
    assert out.returncode == 0, out.stderr
    return {r["document"]["id"]: r["events"] for r in map(json.loads, out.stdout.splitlines())}


def extract_cases(folder: Path, cases: list[tuple], gazetteer: Path) -> dict[int, list[dict]]:
    """The events of each (text, published, ...) case, by its index in `cases`."""
    texts = [(str(i), case[0], case[1]) for i, case in enumerate(cases)]
    return {int(k): v for k, v in extract_texts(folder, texts, gazetteer).items()}


def claim_triples(events: list[dict]) -> list[tuple]:
    """(kind, value, claimant's name) of every claim of the events, in order."""
    return [
        (c["kind"], c["value"], (c.get("claimant") or {}).get("name"))
        for e in events
        for c in e["claims"]
    ]


def assert_coded(events: list[dict], expected: list[tuple]) -> None:
    """The events are coded as expected: (event type, sub-type, actor1, actor2) each, in order;
    an actor given as None is not checked."""
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        (t, s) for t, s, _, _ in expected
    ]
    for e, (_, _, actor1, actor2) in zip(events, expected, strict=True):
        if actor1 is not None:
            assert e["actor1"]["name"] == actor1
        if actor2 is not None:
            assert (e["actor2"] or {}).get("name") == actor2


def actor_names(event: dict) -> list[str]:
    """The names of every actor of the event: both sides and their associates."""
    return [
        a["name"]
        for a in (event["actor1"], event["actor2"], *event["assoc_actor1"], *event["assoc_actor2"])
        if a
    ]
