"""A fighting party's figure is a boast only when it counts another fighting party's dead;
the civilians it counts it tells as a witness."""

import pytest

from .extracted import extract_texts

CASES = [
    (
        "Soldiers killed 12 communist rebels in a clash near Kabankalan City, Negros "
        + "Occidental, on Monday, the army said.",
        True,
    ),
    (
        "Gunmen killed 12 villagers in an attack near Kabankalan City, Negros Occidental, on "
        + "Monday, the army said.",
        False,
    ),
    (
        "Pasukan TNI menembak mati tiga anggota KKB dalam kontak tembak di Intan Jaya, Senin, "
        + "kata Kapendam XVII/Cenderawasih.",
        True,
    ),
    (
        "Kelompok bersenjata menembak mati tiga warga sipil di Intan Jaya, Senin, kata "
        + "Kapendam XVII/Cenderawasih.",
        False,
    ),
    # "menetralisir" (neutralised): killed, the security forces' word for their enemy's dead
    (
        "Prajurit TNI menetralisir tiga anggota kelompok kriminal bersenjata dalam kontak tembak "
        + "di Intan Jaya, Senin, kata Kapendam XVII/Cenderawasih.",
        True,
    ),
]


@pytest.fixture(scope="module")
def boasts(tmp_path_factory, gazetteer_path):
    texts = [(str(i), text, "2025-06-12") for i, (text, _) in enumerate(CASES)]
    found = extract_texts(tmp_path_factory.mktemp("boasts"), texts, gazetteer_path)
    return {
        int(k): [(c["claimant"]["name"], c["boast"]) for e in events for c in e["claims"]]
        for k, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_boast_counts_an_enemy_party_s_dead(boasts, case):
    _, boast = CASES[case]
    (claim,) = boasts[case]
    assert claim[0].startswith("Military Forces of") and claim[1] is boast
