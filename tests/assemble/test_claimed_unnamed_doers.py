"""The armed group that claims an act did it (stop 27): "Gunmen stormed a hotel ...; the
Taliban claimed responsibility" is the Taliban's attack, not an unidentified armed group's
with the Taliban as the side hit; so is "... MIT mengaku bertanggung jawab". A named force
told doing the act stays its doer, and a claim nobody makes ("no group has claimed
responsibility", "was not responsible for") names nobody. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-gunmen-then-taliban-claimed": (
        "Gunmen stormed a hotel in Kabul on Monday, killing four guests.\n\n"
        "The Taliban claimed responsibility for the attack.",
        [("Violence against civilians", "Attack", "Taliban", "Civilians (Afghanistan)")],
    ),
    "en-victims-told-first-then-claim": (
        "Three foreigners were among four people killed after gunmen stormed a hotel in Kabul "
        "on Monday.\n\nTaliban claimed responsibility for the attack.",
        [("Violence against civilians", "Attack", "Taliban", None)],
    ),
    "id-orang-tak-dikenal-lalu-mit-mengaku": (
        "Orang tak dikenal menembak mati dua warga di Poso pada Senin.\n\n"
        "MIT mengaku bertanggung jawab atas serangan itu.",
        [
            (
                "Violence against civilians",
                "Attack",
                "MIT: Mujahidin Indonesia Timur",
                "Civilians (Indonesia)",
            )
        ],
    ),
    # the traps: no claim made, a claim denied, and a named force that did it
    "en-no-group-claimed": (
        "Gunmen shot dead two teachers in Mandera on Monday.\n\nNo group has claimed responsibility.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Kenya)",
                "Civilians (Kenya)",
            )
        ],
    ),
    "en-group-not-responsible": (
        "Gunmen shot dead two teachers in Mandera on Monday.\n\n"
        "Al Shabaab was not responsible for the attack, its spokesman said.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Kenya)",
                "Civilians (Kenya)",
            )
        ],
    ),
    "id-belum-ada-yang-mengaku": (
        "Orang tak dikenal menembak mati dua warga di Poso pada Senin.\n\n"
        "Belum ada kelompok yang mengaku bertanggung jawab.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Indonesia)",
                "Civilians (Indonesia)",
            )
        ],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("claimed_unnamed"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_group_that_claims_the_act_did_it(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
