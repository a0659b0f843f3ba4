"""People who fled: "melarikan diri" counts the displaced as "mengungsi" does ("sekitar 3.000
warga melarikan diri"), and a police post or base named as where they fled to ("mengungsi ke
Markas Polres", "fled to the police station") is a refuge, not a side the attack hit. A count
of bombs ("menetralkan dua bom rakitan") is no count of people killed."""

import pytest

from .extracted import claim_triples, extract_cases

# (text, published, event type, [(kind, value, claimant name or None)])
CASES = [
    (
        "Kelompok bersenjata menyerang Desa Sumberjaya, Kabupaten Puncak, Papua Tengah, pada Senin "
        + "(4/3/2024). Menurut Palang Merah Indonesia, sekitar 3.000 warga melarikan diri dari "
        + "desa itu.",
        "2024-03-06",
        "Violence against civilians",
        [("displaced", 3000, "Palang Merah Indonesia")],
    ),
    (
        "Kelompok bersenjata menyerang Kampung Kiwirok, Kabupaten Pegunungan Bintang, pada Senin "
        + "(4/3/2024) dan menembak mati dua petani. Akibat serangan itu, sekitar 40 warga mengungsi "
        + "ke Markas Polres Pegunungan Bintang.",
        "2024-03-06",
        "Violence against civilians",
        [("killed", 2, None), ("displaced", 40, None)],
    ),
    (
        "Gunmen attacked the village of Kuriga in Kaduna State on Monday and shot dead two "
        + "farmers. After the attack, about 40 residents fled to the police station in Kuriga.",
        "2024-03-06",
        "Violence against civilians",
        [("killed", 2, None), ("displaced", 40, None)],
    ),
    (
        "Warga menemukan benda mencurigakan di Pasar Terong, Makassar, Senin pagi. Tim Gegana "
        + "Brimob Polda Sulawesi Selatan berhasil menetralkan dua bom rakitan di lokasi itu.",
        "2024-03-06",
        None,  # the type: test_defused_bombs_are_disrupted_weapons_use
        [],
    ),
    (
        "Residents found a suspicious package at a market in Maiduguri on Monday morning. "
        + "Police bomb experts defused two improvised explosive devices at the scene.",
        "2024-03-06",
        None,
        [],
    ),
]
DEFUSED = (len(CASES) - 2, len(CASES) - 1)


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("fled"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_claims_of_the_fled_and_the_disarmed(found, case):
    events = found[case]
    claims = claim_triples(events)
    assert claims == CASES[case][3]
    if not CASES[case][3]:  # the bombs disarmed: no toll at all
        assert [e["fatalities"] for e in events] == [None]


@pytest.mark.parametrize("case", [i for i, c in enumerate(CASES) if c[2]])
def test_a_refuge_is_no_side_hit(found, case):
    assert [e["event_type"] for e in found[case]] == [CASES[case][2]]


@pytest.mark.parametrize("case", DEFUSED)
def test_defused_bombs_are_disrupted_weapons_use(found, case):
    """'Tim Gegana ... berhasil menetralkan dua bom rakitan' (stop 24): the bombs were made safe,
    ACLED's Disrupted weapons use, not an explosion (it was typed Explosions/Remote violence:
    "Tim Gegana" is read as the police, so its disrupted phrase was lost)."""
    assert [(e["event_type"], e["sub_event_type"]) for e in found[case]] == [
        ("Strategic developments", "Disrupted weapons use")
    ]
