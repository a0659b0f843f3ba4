"""State forces named the way ACLED names them (stop 27): prison guards are their state's
police ("Police Forces of X ... Prison Guards"); gendarmes are police, but Guinea's and
Turkey's gendarmerie are units of their military ("Military Forces of Guinea (2010-)
Gendarmerie"); "FC" is Pakistan's Frontier Corps. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2024-06-12"

# key: (text, actor1, actor2)
CASES = {
    "en-prison-guards": (
        "Prison guards beat two inmates at the prison in Kakamega on Monday.",
        "Police Forces of Kenya",
        "Civilians (Kenya)",
    ),
    "id-sipir": (
        "Sipir lapas memukuli dua narapidana di Jakarta pada Senin hingga luka-luka.",
        "Police Forces of Indonesia",
        "Civilians (Indonesia)",
    ),
    "en-gendarmes-guinea": (
        "Gendarmes beat and injured a trader at a checkpoint in Conakry on Monday.",
        "Military Forces of Guinea",
        "Civilians (Guinea)",
    ),
    "en-gendarmerie-turkey": (
        "Gendarmerie forces shot dead two smugglers near Sirnak on Monday.",
        "Military Forces of Turkey",
        "Civilians (Turkey)",
    ),
    "id-gendarmeri-guinea": (
        "Pasukan gendarmeri memukuli seorang pedagang di Conakry pada Senin hingga luka-luka.",
        "Military Forces of Guinea",
        "Civilians (Guinea)",
    ),
    "en-frontier-corps": (
        "FC personnel shot dead two militants in Turbat on Monday.",
        "Military Forces of Pakistan",
        "Unidentified Armed Group (Pakistan)",
    ),
    # the trap: elsewhere gendarmes stay police
    "en-gendarmes-burkina-faso": (
        "Gendarmes beat and injured a trader at a checkpoint in Ouagadougou on Monday.",
        "Police Forces of Burkina Faso",
        "Civilians (Burkina Faso)",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("state_roles"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_state_force_named_as_acled_codes_it(extracted, key):
    _, actor1, actor2 = CASES[key]
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1
    assert (event["actor2"] or {}).get("name") == actor2
