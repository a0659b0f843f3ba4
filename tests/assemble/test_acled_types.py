"""ACLED event types and sub-types (stop 25): force used on a demonstration told in the next
sentence (arrests, rubber bullets) is a protest with intervention, not an arrest event beside
a peaceful protest; state forces and demonstrators clashing is a riot; and the cases that
must stay as they were. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    # arrests told right after a demonstration: the force used on it
    "en-protest-then-protesters-arrested": (
        "About 30 farmers held a protest in Mombasa on Monday against new land taxes. Four "
        "protesters were arrested by the police.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")],
    ),
    "en-protest-then-rubber-bullets-and-arrests": (
        "Nurses demonstrated outside a hospital in Kisumu on Monday over unpaid allowances. "
        "Police used rubber bullets and arrested six of them.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
    ),
    "id-unjuk-rasa-lalu-polisi-menangkap": (
        "Sekitar 30 petani berunjuk rasa di depan kantor bupati di Garut pada Senin menolak "
        "pajak tanah baru. Polisi menangkap empat pengunjuk rasa.",
        [("Protests", "Protest with intervention", "Protesters (Indonesia)", None)],
    ),
    # ... but suspects of another act arrested, or a death in custody, are no force used on it
    "en-protest-then-suspects-arrested": (
        "About 30 farmers held a protest in Mombasa on Monday against new land taxes. Police "
        "arrested two suspects in connection with the killing of a farmer.",
        [
            ("Protests", "Peaceful protest", "Protesters (Kenya)", None),
            ("Strategic developments", "Arrests", None, None),
        ],
    ),
    "en-protest-over-death-in-custody": (
        "Drivers held a demonstration in Nanyuki on Monday over the death of a colleague. The "
        "colleague died in a police cell after being arrested for a traffic offence.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "id-unjuk-rasa-lalu-tersangka-ditangkap": (
        "Sekitar 30 petani berunjuk rasa di depan kantor bupati di Garut pada Senin menolak "
        "pajak tanah baru. Polisi menangkap dua tersangka pembunuhan seorang petani.",
        [
            ("Protests", "Peaceful protest", "Protesters (Indonesia)", None),
            ("Strategic developments", "Arrests", None, None),
        ],
    ),
    # state forces and demonstrators clashing: both sides violent, a riot, whoever is told
    # first and whether in the same sentence or the next
    "en-police-clash-with-protesters": (
        "Police clashed with protesters in Nakuru on Monday during a demonstration against "
        "fuel prices.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    "en-protest-then-clashes-with-police": (
        "Angry traders blocked roads in Nakuru on Monday to protest fuel prices. They got into "
        "clashes with the police.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "en-protest-then-throw-stones": (
        "Students protested in Eldoret on Monday against higher fees. The students started to "
        "throw stones at the police.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "id-unjuk-rasa-lalu-bentrok-dengan-polisi": (
        "Ratusan mahasiswa berunjuk rasa di depan kantor DPRD di Makassar pada Senin menolak "
        "kenaikan harga BBM. Mereka bentrok dengan polisi.",
        [("Riots", "Violent demonstration", "Rioters (Indonesia)", None)],
    ),
    "id-polisi-bentrok-dengan-pengunjuk-rasa": (
        "Polisi bentrok dengan pengunjuk rasa saat unjuk rasa menolak kenaikan harga BBM di "
        "Makassar pada Senin.",
        [("Riots", "Violent demonstration", "Rioters (Indonesia)", "Police Forces of Indonesia")],
    ),
    # ... but police killing demonstrators stay the state's excessive force, and police
    # fighting gunmen after a protest are no force used on it
    "en-police-kill-protesters": (
        "Police opened fire on protesters in Nakuru on Monday, killing two.",
        [("Protests", "Excessive force against protesters", "Police Forces of Kenya", None)],
    ),
    "en-militants-clash-with-police": (
        "Rebels fought heavy clashes with the police in Beni on Monday.",
        [("Battles", "Armed clash", None, None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("acled_types"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_typed_as_acled_codes_it(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
