"""Who a protest's sides are (stop 28): the people told gathering for it ("traders gathered",
"ratusan pedagang berkumpul") are its crowd, and the side it faced is the force that
intervened, or nobody for a peaceful protest; someone told inside the grievance ("to protest
the killing of two colleagues by gangsters") is a side of the act protested, not of the
protest. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-03-05"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-traders-gathered-police-dispersed": (
        "Traders gathered in Kisumu on Monday to protest the killing of two colleagues by "
        "robbers. Police dispersed the crowd with teargas.",
        [("Protests", "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")],
    ),
    "en-grievance-names-gangsters": (
        "Hundreds of residents gathered in Eldoret on Tuesday to protest the killing of two "
        "neighbours by gangsters.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "id-pedagang-berkumpul-polisi-membubarkan": (
        "Ratusan pedagang berkumpul di Kota Kupang pada Senin untuk memprotes pembunuhan dua "
        "rekan mereka oleh kawanan perampok. Polisi membubarkan massa dengan gas air mata.",
        [
            (
                "Protests",
                "Protest with intervention",
                "Protesters (Indonesia)",
                "Police Forces of Indonesia",
            )
        ],
    ),
    "id-grievance-names-unknown-gunmen": (
        "Ratusan mahasiswa berunjuk rasa di Kota Kupang pada Senin memprotes penembakan seorang "
        "rekan mereka oleh orang tak dikenal.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
    ),
    # traps: the police who fired are the other side; a strike "against" fighters names no
    # grievance, its fighters stay a side
    "en-police-fired-after-protesters-threw-stones": (
        "Police fired teargas in Kisumu on Monday after protesters threw stones at officers.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("protest_sides"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_protest_sides(extracted, key):
    assert_coded(extracted[key], CASES[key][1])


@pytest.mark.parametrize(
    "key", ["en-grievance-names-gangsters", "id-grievance-names-unknown-gunmen"]
)
def test_peaceful_protest_faced_nobody(extracted, key):
    [event] = extracted[key]
    assert event["actor2"] is None
