"""Aircraft told inside an actor's name ("Syrian warplanes", "pesawat tempur Rusia") are the
means of the act the sentence tells: an air strike, not a bombing by an IED. They start no
act of their own. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2016-03-02"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-air-force-name-bombed": (
        "Syrian warplanes bombed a market in Maarat al-Numan on Tuesday, killing 9 people.",
        [("Explosions/Remote violence", "Air/drone strike",
          "Military Forces of Syria Syrian Arab Air Force", None)],
    ),
    "en-jets-bombed": (
        "Russian jets bombed a bakery in Maarat al-Numan on Tuesday, killing 7 people.",
        [("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", None)],
    ),
    "id-pesawat-tempur-membom": (
        "Pesawat tempur Rusia membom sebuah pasar di Maarat al-Numan pada Selasa, menewaskan "
        "sembilan warga.",
        [("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", None)],
    ),
    # the same name with no act told: nothing happened
    "en-warplanes-seen": (
        "Syrian warplanes were seen over Maarat al-Numan on Tuesday evening.",
        [],
    ),
    # a car bomb beside the name stays the bomb it is
    "en-car-bomb-after-air-force-named": (
        "A car bomb exploded near a Syrian Air Force base in Latakia on Tuesday, killing 4 people.",
        [("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None)],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("named_means"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_aircraft_in_a_name_are_the_means(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
