"""Political parties: the violence of a party's cadres and supporters is coded under the party
(ACLED's party militias); a party's people who are hit ("a BNP ward leader", "Rahim (BNP)")
are civilians, so the act is an attack on civilians, not a battle. Both languages."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en-cadres": "UPND cadres beat up two PF members in Lusaka on Monday.",
    "id-cadres": "Kader UPND memukuli dua anggota PF di Lusaka pada Senin (4/5/2020).",
    "en-men": "Trinamool men attacked a BJP candidate in Kasba on Sunday.",
    # a party's member hit: named with the party in brackets, or a few words after it
    "en-bracket": "Rahim Uddin (BNP) was hacked to death by unknown men in Feni on Sunday.",
    "id-bracket": "Rahim Uddin (BNP) tewas dibacok orang tak dikenal di Feni pada Minggu (3/5/2020).",
    "en-ward-leader": "A BNP union ward leader was shot dead by unknown men in Feni on Sunday.",
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("parties"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "actor1"),
    [
        ("en-cadres", "UPND: United Party for National Development"),
        ("id-cadres", "UPND: United Party for National Development"),
        ("en-men", "TMC: Trinamool Congress Party Militia"),
        ("en-bracket", "Unidentified Armed Group (Bangladesh)"),
        ("id-bracket", "Unidentified Armed Group (Bangladesh)"),
        ("en-ward-leader", "Unidentified Armed Group (Bangladesh)"),
    ],
)
def test_party_violence_is_an_attack_on_civilians_by_whoever_did_it(extracted, key, actor1):
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )
    assert event["actor1"]["name"] == actor1
