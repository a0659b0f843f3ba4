"""The government's armed posts name the force holding them (stop 26): an attack on
"government checkpoints" or "pos pemeriksaan pemerintah" is a battle with the country's
military hit, not an attack on civilians; a checkpoint told with no holder names nobody.
Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-10"

# key: (text, (event type, actor1, actor2))
CASES = {
    "en-government-checkpoints": (
        "Islamic State fighters attacked government checkpoints near Ramadi on Monday.",
        ("Battles", "Islamic State", "Military Forces of Iraq"),
    ),
    "id-pos-pemeriksaan-pemerintah": (
        "Kelompok bersenjata menyerang pos pemeriksaan pemerintah di dekat Ramadi pada Senin, "
        "kata pejabat setempat.",
        ("Battles", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ),
    # the trap: a checkpoint with no holder told names no force
    "en-checkpoint-no-holder": (
        "Gunmen attacked a checkpoint near Ramadi on Monday.",
        ("Battles", "Unidentified Armed Group (Iraq)", None),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("government_posts"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_post_names_its_force(extracted, key):
    _, (event_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert event["event_type"] == event_type
    assert event["actor1"]["name"] == actor1
    assert (event["actor2"] or {}).get("name") == actor2
