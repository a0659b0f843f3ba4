"""A claim's claimant is the most specific party named: who speaks for the military or the
police is the military or the police; rescuers are rescuers, never the attackers."""

import json

import pytest

from ..conftest import run_warta

CASES = [
    (
        "Five soldiers were killed in an ambush near Maiduguri on Monday, a military spokesman said.",
        "Military Forces of Nigeria",
        "military spokesman",
    ),
    (
        "Five people were killed when gunmen attacked a village near Jos on Monday, "
        + "a police spokesman said.",
        "Police Forces of Nigeria",
        "police spokesman",
    ),
    (
        "Five people were killed when gunmen attacked a village near Jos on Monday, "
        + "a rescue worker told reporters.",
        "rescue workers",
        "rescue worker",
    ),
    (
        "Dua warga tewas ditembak kelompok bersenjata di Intan Jaya, Senin, "
        + "kata Kapendam XVII/Cenderawasih.",
        "Military Forces of Indonesia",
        "Kapendam",
    ),
    (
        "Tiga orang tewas dalam bentrokan di Kabupaten Puncak, Papua Tengah, Senin, "
        + "kata Kabid Humas Polda Papua Tengah.",
        "Police Forces of Indonesia",
        "Kabid Humas",
    ),
    # the body a described speaker speaks for, known or not
    (
        "Nadia Rahimi, a spokeswoman for the Norwegian Refugee Council, said four aid workers "
        + "were killed when gunmen attacked their convoy near Kunduz on Monday.",
        "Norwegian Refugee Council",
        "Norwegian Refugee Council",
    ),
    (
        "A spokesman for the French embassy confirmed that one French engineer was killed when "
        + "gunmen attacked the hotel in Bamako on Friday.",
        "French embassy",
        "French embassy",
    ),
    (
        "Kareem al-Nouri, a spokesman for the Popular Mobilisation Forces, said 12 fighters "
        + "were killed in clashes near Baiji on Monday.",
        "PMF: Popular Mobilization Forces",
        "Popular Mobilisation Forces",
    ),
    (
        "Reuters' Aisha Bello, reporting from Maiduguri, said nine people were killed when a "
        + "bomb exploded at the market on Tuesday.",
        "Reuters",
        "Reuters",
    ),
    (
        "At least 30 soldiers were killed in the fighting near Palmyra on Wednesday, according "
        + "to Rami Abdel Rahman, the head of the Syrian Observatory for Human Rights.",
        "SOHR",
        "Syrian Observatory for Human Rights",
    ),
]


@pytest.fixture(scope="module")
def claimants(tmp_path_factory, gazetteer_path):
    path = tmp_path_factory.mktemp("claimants") / "in.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": t, "published": "2025-06-12"}) + "\n"
                            for i, (t, _, _) in enumerate(CASES)), "utf-8")  # fmt: skip
    out = run_warta("extract", str(path), "--gazetteer", str(gazetteer_path))
    assert out.returncode == 0, out.stderr
    found = {}
    for record in map(json.loads, out.stdout.splitlines()):
        claims = [c for e in record["events"] for c in e["claims"]]
        found[int(record["document"]["id"])] = [c["claimant"] for c in claims]
    return found


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_claimant_is_the_party_the_speaker_speaks_for(claimants, case):
    _, name, mention = CASES[case]
    (claimant,) = claimants[case]
    assert claimant["name"] == name and mention.lower() in claimant["mention"].lower()
