"""Role nouns ACLED names its own way in a country (stop 26): insurgents told without a
group's name in southern Thailand are "Southern Muslim Separatists (Thailand)"
(data/taxonomy.toml [role_in_country], the `kind` of a role in lang/<code>/roles.toml); a bomb
told with no doer stays an unidentified armed group there, and insurgents elsewhere stay one
too. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2016-03-02"

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

# key: (text, (event type, sub-event type, actor1, actor2))
CASES = {
    "th-insurgents": (
        "Insurgents detonated a roadside bomb as a police patrol passed in Rueso district of "
        "Narathiwat on Tuesday, wounding two officers.",
        (*IED, "Southern Muslim Separatists (Thailand)", "Police Forces of Thailand"),
    ),
    "th-muslim-insurgents": (
        "Muslim insurgents set off a car bomb beside an army camp in Sungai Padi district of "
        "Narathiwat on Tuesday, wounding two soldiers.",
        (*IED, "Southern Muslim Separatists (Thailand)", "Military Forces of Thailand"),
    ),
    # traps: nobody told as the doer; insurgents in another country
    "th-no-doer": (
        "A roadside bomb exploded as a police patrol passed in Rueso district of Narathiwat on "
        "Tuesday, wounding two officers.",
        (*IED, "Unidentified Armed Group (Thailand)", "Police Forces of Thailand"),
    ),
    "ph-insurgents": (
        "Insurgents detonated a roadside bomb as a military patrol passed in Datu Piang, "
        "Maguindanao on Tuesday, wounding two soldiers.",
        (*IED, "Unidentified Armed Group (Philippines)", "Military Forces of the Philippines"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("role_in_country"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_role_named_as_acled_names_it_in_the_country(extracted, key):
    _, (event_type, sub_type, actor1, actor2) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
    assert event["actor2"]["name"] == actor2
