"""A weapon told as the object of destroying, seizing or finding, after it in the passive or
closing its clause ("an IED workshop destroyed", "two grenades were recovered"), is no means of
the act told with it (stop 28): the act is typed by its own words. Every sentence here is our
own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-12"

# key: (text, [(event type, sub-event type, actor1, actor2)])
CASES = {
    "en-workshop-destroyed": (
        "Soldiers killed four militants near Kidal on Monday, and a bomb workshop destroyed.",
        [("Battles", "Armed clash", "Military Forces of Mali", None)],
    ),
    "en-grenades-recovered": (
        "Two grenades were recovered after police shot dead three robbers in Nakuru on Monday.",
        [("Battles", "Armed clash", "Police Forces of Kenya", None)],
    ),
    "id-granat-disita": (
        "Polisi menembak mati dua perampok di Poso pada Senin, dan sebuah granat disita.",
        [("Battles", "Armed clash", "Police Forces of Indonesia", None)],
    ),
    # a list of two joined by "and" alone, the weapon last (lead, stop 28)
    "en-rifles-and-a-grenade-seized": (
        "Police seized two rifles and a grenade from a house in Mombasa on Monday.",
        [("Strategic developments", "Disrupted weapons use", "Police Forces of Kenya", None)],
    ),
    "id-senjata-dan-granat-disita": (
        "Polisi menyita dua pucuk senjata api dan tiga granat dari sebuah rumah di Poso pada "
        "Senin.",
        [("Strategic developments", "Disrupted weapons use", "Police Forces of Indonesia",
          None)],
    ),
    # the traps: a bomb that destroyed something, a tower bombed and destroyed, and a grenade
    # that went off after an arrest told with "and"
    "en-arrested-and-a-grenade-exploded": (
        "Soldiers arrested two suspects and a grenade exploded minutes later in Mombasa on "
        "Monday, killing a vendor.",
        [("Explosions/Remote violence", "Grenade", None, None)],
    ),
    "en-bomb-destroyed-a-shop": (
        "A bomb destroyed a shop in Quetta on Monday, killing two people.",
        [("Explosions/Remote violence", "Remote explosive/landmine/IED", None,
          "Civilians (Pakistan)")],
    ),
    "en-bombed-and-destroyed": (
        "A telecom tower in Monywa was bombed and destroyed on Monday.",
        [("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None)],
    ),
    "id-bom-menghancurkan": (
        "Sebuah bom menghancurkan sebuah toko di Poso pada Senin dan menewaskan dua orang.",
        [("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None)],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("weapon_not_used"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_weapon_held_is_no_means(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
