"""State forces told with their nationality when the event has no place (stop 26): "the
Malian air force" is Military Forces of Mali though the text names no place, as "angkatan
udara Mali" already was in Indonesian, and "a US Drone" the United States' though the noun
has a capital. A force told with no nationality and no place keeps no
country: a people's word of others ("Somali residents", "a Norwegian missionary") is no
evidence of the force's country. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

STRIKE = ("Explosions/Remote violence", "Air/drone strike")

# key: (text, published, (event type, sub-event type, actor1))
CASES = {
    "air-force-demonym": (
        "On Monday, the Malian air force carried out airstrikes on several camps and killed"
        " 12 militants.",
        "2020-01-13",
        (*STRIKE, "Military Forces of Mali"),
    ),
    "navy-demonym": (
        "The Nigerian navy shelled a militant camp in the creeks on Sunday, killing three gunmen.",
        "2021-03-08",
        (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "Military Forces of Nigeria",
        ),
    ),
    # a country's name before a capitalised attributive noun ("a US Drone") is no longer
    # name (it was read as "US" glued to a town "Drone"): the drone is that state's
    "drone-capitalised": (
        "A US Drone fired two missiles at a compound, killing four militants.",
        "2020-01-10",
        (*STRIKE, "Military Forces of the United States"),
    ),
    # traps: the people told are foreigners, not the police's country; an embassy named with
    # a capital keeps the protest in its city
    "embassy-capitalised": (
        "Protesters gathered outside the US Embassy in Nairobi on Tuesday to denounce the new"
        " tax law.",
        "2020-01-10",
        ("Protests", "Peaceful protest", "Protesters (Kenya)"),
    ),
    "foreign-people": (
        "Police officers shot dead a Norwegian tourist on Friday after he refused to stop his car.",
        "2019-07-12",
        ("Violence against civilians", "Attack", "Police Forces"),
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], case[1]) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("forces_country"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_force_country_from_its_nationality(extracted, key):
    _, _, (event_type, sub_type, actor1) = CASES[key]
    [event] = extracted[key]
    assert (event["event_type"], event["sub_event_type"]) == (event_type, sub_type)
    assert event["actor1"]["name"] == actor1
