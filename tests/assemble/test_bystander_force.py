"""A force that is no side of the act (stop 25, second round): police named only as the
place's jurisdiction ("under Dumri police station", "wilayah hukum Polsek Mulia") do not make
an attack on civilians a battle, nor do police who came after it ("before police arrived at
the scene"); "clashed with police" is a riot word for a crowd only, and an
armed group so clashing fights a battle. With the traps that must stay as they were. Every
sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    # the police station names the place's jurisdiction: the police are no side
    "en-jurisdiction-police-station-area": (
        "Gunmen shot dead a shopkeeper in the Saddar police station area of Quetta on Monday. "
        "Police said the attackers fled on a motorcycle.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Pakistan)",
                "Civilians (Pakistan)",
            )
        ],
    ),
    "en-jurisdiction-under-police-station": (
        "Gunmen shot dead a shopkeeper at Rampur village under Dumri police station in "
        "Jharkhand on Monday.",
        [("Violence against civilians", "Attack", "Unidentified Armed Group (India)", None)],
    ),
    "id-wilayah-hukum-polsek": (
        "Orang tak dikenal menembak mati seorang sopir truk di wilayah hukum Polsek Mulia, "
        "Kabupaten Puncak Jaya, Papua, Senin.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Indonesia)",
                "Civilians (Indonesia)",
            )
        ],
    ),
    # ... but a police station attacked is the police hit
    "en-police-station-attacked": (
        "Gunmen attacked the Dumri police station in Jharkhand on Monday.",
        [
            (
                "Battles",
                "Armed clash",
                "Unidentified Armed Group (India)",
                "Police Forces of India",
            )
        ],
    ),
    "id-polsek-diserang": (
        "Kelompok bersenjata menyerang Polsek Mulia di Kabupaten Puncak Jaya, Papua, Senin.",
        [("Battles", "Armed clash", None, "Police Forces of Indonesia")],
    ),
    # police who came after the act, to help or investigate, are no side of it
    "en-police-arrived-after": (
        "Gunmen shot dead a trader in Quetta on Monday before police arrived at the scene.",
        [
            (
                "Violence against civilians",
                "Attack",
                "Unidentified Armed Group (Pakistan)",
                "Civilians (Pakistan)",
            )
        ],
    ),
    "id-polisi-tiba-setelahnya": (
        "Orang tak dikenal menembak mati seorang pedagang di Kota Jayapura pada Senin sebelum "
        "polisi tiba di lokasi.",
        [("Violence against civilians", "Attack", None, None)],
    ),
    # ... but police who arrive and fight are a side
    "en-police-arrived-and-fired": (
        "Police arrived and opened fire on the gunmen in Quetta on Monday.",
        [("Battles", "Armed clash", "Police Forces of Pakistan", None)],
    ),
    # an armed group clashing with the police fights a battle; a crowd riots
    "en-militants-clashed-with-police": (
        "Militants clashed with police in Beni on Monday.",
        [("Battles", "Armed clash", None, "Police Forces of the Democratic Republic of Congo")],
    ),
    "en-named-group-clashed-with-security-forces": (
        "Al-Shabaab fighters clashed with security forces in Mandera on Monday.",
        [("Battles", "Armed clash", "Al Shabaab", "Military Forces of Kenya")],
    ),
    "en-protesters-clashed-with-police": (
        "About 200 protesters clashed with police in Nairobi on Monday.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "en-youths-clashed-with-police": (
        "Youths clashed with police in Kisumu on Monday after a man died in custody.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "en-party-activists-clashed-with-police": (
        "BNP activists clashed with police in Bogura on Monday.",
        [("Riots", "Violent demonstration", "Rioters (Bangladesh)", None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("bystander_force"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
