"""`warta eval`: a gold event is found by date and place; extras cost precision, neutral ones do not."""

import json

from warta.evaluate import score

from .conftest import run_warta

GOLD = {
    "document": "mini.txt",
    "published": "2024-05-25",
    "events": [
        {"key": "ambush", "what": "KKB ambush", "event_type": "Battles", "date": ["2024-05-23", "2024-05-23"],
         "place": {"name": "Titigi", "lat": -3.74, "lon": 137.05, "radius_km": 25},
         "actors": ["West Papua National Liberation Army", "Military Forces of Indonesia"],
         "claims": [{"claimant": "Military Forces of Indonesia", "kind": "killed", "value": 2}],
         "fatalities": {"low": 2, "high": 4}},
        {"key": "demo", "what": "protest", "event_type": "Protests", "date": ["2024-05-24", "2024-05-24"],
         "place": {"name": "Jayapura", "lat": -2.53, "lon": 140.72, "radius_km": 25},
         "actors": [], "claims": [], "fatalities": {"low": 0, "high": 0}},
    ],
    "neutral": [{"key": "old", "what": "an older attack", "evidence_keywords": ["Bilogai"]}],
    "not_events": [],
}  # fmt: skip


def event(event_type, day, lat, lon, evidence, claims=(), best=None, actors=("", "")):
    return {"event_type": event_type, "date": day, "location": {"lat": lat, "lon": lon},
            "actor1": {"name": actors[0]}, "actor2": {"name": actors[1]},
            "claims": list(claims), "fatalities": {"best": best}, "evidence": [{"text": evidence}]}  # fmt: skip


def write(tmp_path, events):
    gold = tmp_path / "mini.gold.json"
    gold.write_text(json.dumps(GOLD), "utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"document": {"id": "mini"}, "events": events}) + "\n", "utf-8")
    return gold, pred


def test_found_event_with_actors_claim_and_fatalities_and_an_extra(tmp_path):
    claim = {"kind": "killed", "value": 2, "claimant": {"name": "Military Forces of Indonesia"}}
    gold, pred = write(tmp_path, [
        event("Battles", "2024-05-23", -3.75, 137.06, "Dua prajurit gugur", [claim], 2,
              ("West Papua National Liberation Army", "Military Forces of Indonesia")),
        event("Battles", "2024-05-20", -4.0, 138.0, "Serangan lain di Nduga"),
        event("Battles", "2024-05-21", -3.72, 136.67, "kontak tembak di Bilogai"),
        event("Protests", "2024-05-24", -2.54, 140.71, "Mahasiswa berunjuk rasa"),
    ])  # fmt: skip
    total, _ = score([gold], pred)
    assert (total.found, total.extra, total.actors, total.claims, total.fatalities) == (
        1,
        1,
        1,
        1,
        1,
    )
    assert (total.other_gold, total.other_found) == (1, 1)
    assert round(total.f1, 2) == 0.67


def test_missing_prediction_counts_as_nothing_found(tmp_path):
    gold, pred = write(tmp_path, [])
    total, _ = score([gold], pred)
    assert (total.gold, total.found, total.extra) == (1, 0, 0)


def test_eval_command_prints_totals_and_honours_min_f1(tmp_path):
    gold, pred = write(tmp_path, [event("Battles", "2024-05-20", -4.0, 138.0, "Serangan lain")])
    out = run_warta("eval", str(gold), str(pred), "--min-f1", "0.5")
    assert out.returncode == 1
    assert out.stdout.splitlines()[-1].startswith("TOTAL F1=0.00 recall=0/1 precision=0/1")
    assert "MISSED  ambush" in out.stdout and "EXTRA   Battles 2024-05-20" in out.stdout


def test_bad_prediction_file_is_a_clear_error(tmp_path):
    gold, pred = write(tmp_path, [])
    pred.write_text("{not json\n", "utf-8")
    out = run_warta("eval", str(gold), str(pred))
    assert out.returncode == 2
    assert (
        out.stderr.strip()
        == f"error: {pred}:1: not valid JSON (Expecting property name enclosed in double quotes)"
    )
