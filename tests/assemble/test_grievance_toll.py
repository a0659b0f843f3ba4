"""Deaths told in what a protest is against are the grievance's, not the protest's (stop 26):
"protested against the ambush in which four officers were killed" is a peaceful protest with
no dead; "protested against the killing of two classmates" likewise, and so is "gathered to
protest the killing of two colleagues", whose grievance words hold the protest word (stop 28).
Traps: a riot over prices that killed people keeps its dead (no other act between the
grievance word and the death), and protesters killed in the protest itself are counted. Every
sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-06"

# key: (text, [(event type, sub-event type, actor1, actor2)], fatalities of the first event)
CASES = {
    "en-against-ambush-killed": (
        "Hundreds of people protested in Kano on Monday against the ambush in which four "
        "officers were killed last week.",
        [("Protests", "Peaceful protest", "Protesters (Nigeria)", None)],
        None,
    ),
    "en-against-killing-of-two": (
        "Students protested in Jos on Tuesday against the killing of two classmates by "
        "unknown gunmen.",
        [("Protests", "Peaceful protest", "Protesters (Nigeria)", None)],
        None,
    ),
    "id-memprotes-penyerangan-tewas": (
        "Ratusan warga berunjuk rasa di Wamena pada Senin memprotes penyerangan yang "
        "menewaskan tiga warga pekan lalu.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
        None,
    ),
    # the grievance word holds the protest word itself ("to protest the killing"), stop 28
    "en-gathered-to-protest-killing": (
        "Traders gathered in Kisumu on Monday to protest the killing of two colleagues by "
        "robbers. Police dispersed the crowd with teargas.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", None)],
        None,
    ),
    "id-berkumpul-untuk-memprotes-pembunuhan": (
        "Puluhan pengemudi ojek berkumpul di Jayapura pada Senin untuk memprotes pembunuhan "
        "dua rekan mereka oleh orang tak dikenal.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
        None,
    ),
    # traps: the dead stay counted
    "en-riots-over-prices-killed": (
        "Riots over fuel prices killed three people in Kano on Tuesday.",
        [("Riots", "Violent demonstration", "Rioters (Nigeria)", None)],
        3,
    ),
    "en-protesters-shot-dead": (
        "Police shot dead two protesters in Jos on Tuesday during a demonstration against "
        "fuel prices.",
        [("Protests", "Excessive force against protesters", None, None)],
        2,
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("grievance_toll"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_grievance_toll(extracted, key):
    _, coded, fatalities = CASES[key]
    assert_coded(extracted[key], coded)
    best = extracted[key][0]["fatalities"]
    assert (best["best"] if best else None) == fatalities
