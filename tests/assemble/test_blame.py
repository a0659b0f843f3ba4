"""The one blamed is the doer, the one blaming a source (stop 25, second round): "Police
blamed Al Shabaab for the attack" is Al Shabaab's attack, told by the police, who are no side
of it; so is "Polisi menuding KKB sebagai pelaku penembakan". A force blamed ("Al Shabaab
was blamed") or acting is still a side. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-police-blamed-group-for-attack": (
        "Police blamed Al Shabaab for the attack in Mogadishu on Monday that killed 3 people.",
        [("Violence against civilians", "Attack", "Al Shabaab", "Civilians (Somalia)")],
    ),
    "en-police-on-monday-blamed-attack-on-group": (
        "Kenyan police on Monday blamed the attack in Mandera that killed 3 people on Al Shabaab.",
        [("Violence against civilians", "Attack", "Al Shabaab", "Civilians (Kenya)")],
    ),
    "en-police-blamed-shooting-on-unnamed": (
        "Police blamed the shooting of a teacher in Mandera on Monday on separatists.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Kenya)",
                "Civilians (Kenya)",
            )
        ],
    ),
    "id-polisi-menuding-kkb": (
        "Polisi menuding KKB sebagai pelaku penembakan di Intan Jaya pada Senin yang "
        "menewaskan dua warga.",
        [
            (
                "Violence against civilians",
                "Attack",
                "West Papua National Liberation Army",
                "Civilians (Indonesia)",
            )
        ],
    ),
    "id-polisi-menuduh-kkb-sebagai-pelaku": (
        "Polisi menuduh KKB sebagai pelaku penembakan di Intan Jaya pada Senin yang "
        "menewaskan dua warga.",
        [
            (
                "Violence against civilians",
                "Attack",
                "West Papua National Liberation Army",
                "Civilians (Indonesia)",
            )
        ],
    ),
    "id-diduga-dilakukan-oleh": (
        "Penembakan di Intan Jaya pada Senin yang menewaskan dua warga diduga dilakukan oleh KKB.",
        [
            (
                "Violence against civilians",
                "Attack",
                "West Papua National Liberation Army",
                "Civilians (Indonesia)",
            )
        ],
    ),
    # the traps: a group told as blamed in the passive is the doer, and police who fire act
    "en-group-was-blamed": (
        "Al Shabaab was blamed for the attack in Mogadishu on Monday that killed 3 people.",
        [("Violence against civilians", "Attack", "Al Shabaab", "Civilians (Somalia)")],
    ),
    "en-police-fired": (
        "Police shot dead two villagers in Mandera on Monday.",
        [("Violence against civilians", "Attack", "Police Forces of Kenya", "Civilians (Kenya)")],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("blame"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
