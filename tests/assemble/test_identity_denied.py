"""A denial of who the victims were is no denial of their count: "denied that the two dead
were its members" gives the denier's figure of two dead; "denied that five soldiers were
killed" gives none. Every sentence here is our own."""

import pytest

from .extracted import claim_triples, extract_cases

ARMY_EN = "Military Forces of the Philippines"
ARMY_ID = "Military Forces of Indonesia"
NPA = "NPA: New People's Army"
TPNPB = "West Papua National Liberation Army"

# (text, published, [(kind, value, claimant name)])
CASES = [
    (
        "Two suspected NPA rebels were killed by government troops in a firefight near "
        + "Kabankalan City on Monday, the army said. In a statement, an NPA spokesperson denied "
        + "that the two dead were its members, saying they were farmers.",
        "2025-03-05",
        [("killed", 2, ARMY_EN), ("killed", 2, NPA)],
    ),
    (
        "Dua terduga anggota KKB tewas dalam kontak tembak dengan aparat TNI di Kabupaten Intan "
        + "Jaya, Senin (3/3/2025), kata Kapendam. Juru bicara TPNPB membantah dua korban tewas "
        + "itu adalah anggotanya dan menyebut mereka petani.",
        "2025-03-05",
        [("killed", 2, ARMY_ID), ("killed", 2, TPNPB)],
    ),
    # the count itself denied: no figure of the denier's
    (
        "Two suspected NPA rebels were killed by government troops in a firefight near "
        + "Kabankalan City on Monday, the army said. In a statement, the NPA denied that five "
        + "soldiers were killed in the clash.",
        "2025-03-05",
        [("killed", 2, ARMY_EN)],
    ),
    (
        "Dua terduga anggota KKB tewas dalam kontak tembak dengan aparat TNI di Kabupaten Intan "
        + "Jaya, Senin (3/3/2025), kata Kapendam. Juru bicara TPNPB membantah lima prajurit TNI "
        + "tewas dalam kontak tembak itu.",
        "2025-03-05",
        [("killed", 2, ARMY_ID)],
    ),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("identity_denied"), CASES, gazetteer_path)
    return {i: claim_triples(events) for i, events in found.items()}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_denied_identity_keeps_the_deniers_count(claims, case):
    assert claims[case] == CASES[case][2]
