"""The defining article end to end: four events, their claims and fatalities, no traps taken."""

import json
import subprocess
import sys

import pytest

from ..conftest import FIXTURES, SEED, SHARED, run_warta


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory, gazetteer_path):
    out = run_warta("extract", str(SEED), "--published", "2019-04-15", "--format", "jsonl",
                    "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 0, out.stderr
    path = tmp_path_factory.mktemp("seed") / "out.jsonl"
    path.write_text(out.stdout, "utf-8")
    return path


@pytest.fixture(scope="module")
def seed_events(seed_output):
    return json.loads(seed_output.read_text("utf-8"))["events"]


def test_seed_scores_full_marks(seed_output):
    scorer = SHARED / "acceptance" / "score.py"
    gold = SHARED / "acceptance" / "000_431c5bc77b043e91.gold.json"
    if scorer.is_file():
        proc = subprocess.run([sys.executable, str(scorer), str(gold), str(seed_output), "--min-f1", "1.0"],
                              capture_output=True, text=True, check=False)  # fmt: skip
        assert proc.returncode == 0, proc.stdout
        assert proc.stdout.splitlines()[-1] == (
            "F1=1.00 recall=4/4 precision=4/4 actors=4/4 claims=4/4 fatalities=4/4"
        )
    out = run_warta("eval", str(FIXTURES / "acceptance" / "000_431c5bc77b043e91.gold.json"), str(seed_output),
                    "--min-f1", "1.0")  # fmt: skip
    assert out.returncode == 0, out.stdout
    assert (
        "TOTAL F1=1.00 recall=4/4 precision=4/4 actors=4/4 claims=4/4 fatalities=4/4" in out.stdout
    )


def _claims(events):
    return [c for e in events for c in e["claims"]]


def test_selusin_is_a_dozen_at_least_killed_or_missing_from_pro_regime_accounts(seed_events):
    (dozen,) = [c for c in _claims(seed_events) if c["figure"] == "setidaknya selusin"]
    assert (dozen["kind"], dozen["value"], dozen["qualifier"], dozen["also"]) == (
        "killed",
        12,
        "at_least",
        ["missing"],
    )
    assert dozen["claimant"]["name"] == "pro-regime social media"


def test_is_claims_go_via_amaq_and_name_the_islamic_state(seed_events):
    values = {
        c["value"]: c
        for c in _claims(seed_events)
        if c["claimant"] and c["claimant"]["name"] == "Islamic State"
    }
    assert {15, 20} <= set(values)


def test_sejumlah_gives_a_claim_without_a_figure(seed_events):
    siege = next(e for e in seed_events if "mengepung" in e["triggers"])
    assert siege["fatalities"] is None
    assert {(c["kind"], c["value"], c["qualifier"]) for c in siege["claims"]} >= {
        ("killed", None, "unknown")
    }


def test_monthly_toll_and_history_are_not_events(seed_events):
    for e in seed_events:
        text = " ".join(x["text"] for x in e["evidence"])
        assert "Observatorium" not in text and "69" not in text
        assert "Didirikan pada tahun 2013" not in text


def test_al_mayadeen_the_channel_is_no_location_and_as_is_no_actor(seed_events):
    for e in seed_events:
        assert (e["location"] or {}).get("name") != "al-Mayadeen"
        for key in ("actor1", "actor2"):
            assert (e[key] or {}).get("mention") not in ("AS", "al-Mayadeen")


def test_liwa_al_quds_spellings_are_one_actor(seed_events):
    mentions = {
        a["mention"]
        for e in seed_events
        for k in ("actor1", "actor2")
        if (a := e[k]) and a["name"] == "Liwa al-Quds"
    }
    mentions |= {
        a["mention"]
        for e in seed_events
        for k in ("assoc_actor1", "assoc_actor2")
        for a in e[k]
        if a["name"] == "Liwa al-Quds"
    }
    assert mentions & {"Liwa 'al-Quds", "Brigade Yerusalem"}


def test_every_claim_and_event_holds_its_evidence(seed_output):
    text = json.loads(seed_output.read_text("utf-8"))["document"]["text"]
    for e in json.loads(seed_output.read_text("utf-8"))["events"]:
        evidence = " ".join(x["text"] for x in e["evidence"])
        for x in e["evidence"]:
            assert text[x["start"] : x["end"]] == x["text"]
        assert all(t in evidence for t in e["triggers"])
        for c in e["claims"]:
            assert text[c["evidence"]["start"] : c["evidence"]["end"]] == c["evidence"]["text"]
            if c["figure"]:
                assert c["figure"] in c["evidence"]["text"]
