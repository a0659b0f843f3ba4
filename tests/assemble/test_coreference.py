"""A later paragraph's claim about "that attack" belongs to the attack already told: one
incident is one event with every party's claim, at the article's place and date."""

import json

from ..conftest import FIXTURES, run_warta

FOLDER = FIXTURES / "coreference"


def _events(name: str, published: str, gazetteer_path) -> list[dict]:
    out = run_warta("extract", str(FOLDER / name), "--published", published,
                    "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["events"]


def _claims(event: dict) -> set[tuple[str | None, str, int]]:
    return {((c["claimant"] or {}).get("name"), c["kind"], c["value"]) for c in event["claims"]}


def test_the_rebels_later_claim_in_serangan_tersebut_joins_the_ambush(gazetteer_path):
    (event,) = _events("id_nduga_claim_in_that_attack.txt", "2025-06-11", gazetteer_path)
    assert event["date"] == "2025-06-10"  # Selasa, not the day the claim was published
    assert event["location"]["name"] == "Kenyam" and event["location"]["precision"] <= 2
    assert _claims(event) == {
        ("Military Forces of Indonesia", "killed", 2),
        ("West Papua National Liberation Army", "killed", 5),
    }
    assert (event["fatalities"]["low"], event["fatalities"]["high"]) == (2, 5)


def test_the_rsf_and_msf_figures_in_that_attack_join_the_ambush(gazetteer_path):
    (event,) = _events("en_kordofan_claim_in_that_attack.txt", "2025-06-12", gazetteer_path)
    assert event["date"] == "2025-06-10"
    assert event["location"]["country"] == "SD" and event["location"]["precision"] <= 2
    assert abs(event["location"]["lat"] - 13.7) < 0.5  # Bara, North Kordofan; never Khartoum
    assert {(k, v) for _, k, v in _claims(event)} == {
        ("killed", 3),
        ("killed", 15),
        ("injured", 11),
    }
