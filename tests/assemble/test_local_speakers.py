"""Claimants local reports quote: the head of a village or a district, named by a title that
ends in the feature noun of the place's name ("Kepala Desa Rumahkay", "Kepala Distrik
Kiwirok"), speaks and the place stays the event's; a second unnamed source speaks; a verb
naming no one ("according to a video") leaves the claim to the verb that does; the outlet that
carried a report ("seperti dilansir Antara News", "as reported by the BBC") speaks when no one
else does; people forced from their homes are displaced."""

import pytest

from .extracted import extract_cases

# (text, published, claimant's name, event's place): one claim each
SPEAKERS = [
    (
        "Kepala Desa Rumahkay mengatakan tiga warga tewas ditembak orang tak dikenal pada Senin.",
        "2024-03-13",
        "village head",
        "Rumahkay",
    ),
    (
        "Kepala Distrik Kiwirok mengatakan dua guru tewas ketika kelompok bersenjata menyerang "
        + "sekolah itu pada Senin.",
        "2024-03-13",
        "district head",
        "Kiwirok",
    ),
    (
        "Kepala suku setempat mengatakan empat warga tewas ketika kelompok bersenjata menyerang "
        + "Kampung Pelauw di Maluku Tengah pada Senin.",
        "2024-03-13",
        "tribal chief",
        "Pelauw",
    ),
    (
        "The village head said four farmers were killed when gunmen attacked Gwoza in Borno "
        + "state on Monday.",
        "2024-03-13",
        "village head",
        "Gwoza",
    ),
    (
        "A district chief told reporters that four farmers were killed when gunmen attacked "
        + "Gwoza in Borno state on Monday.",
        "2024-03-13",
        "district head",
        "Gwoza",
    ),
    (
        "Gunmen attacked Gwoza in Borno state on Monday. Another source said four farmers "
        + "were killed.",
        "2024-03-13",
        "sources",
        "Gwoza",
    ),
    # the verb nearest the count names no one: the speaker is the verb's before it
    (
        "Gunmen attacked Gwoza in Borno state on Monday. The army said on Tuesday that, "
        + "according to a video it had obtained, four farmers were killed.",
        "2024-03-13",
        "Military Forces of Nigeria",
        "Gwoza",
    ),
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin. Polisi "
        + "mengatakan, menurut rekaman video yang beredar, empat petani tewas.",
        "2024-03-13",
        "Police Forces of Indonesia",
        "Pelauw",
    ),
    # more reporting verbs: "ungkap X", "..., ungkapnya"
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin. Empat "
        + "petani tewas, ungkap Kapolres Maluku Tengah.",
        "2024-03-13",
        "Police Forces of Indonesia",
        "Pelauw",
    ),
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin, kata "
        + 'Kapolres Maluku Tengah. "Empat petani tewas di kebun mereka," ungkapnya.',
        "2024-03-13",
        "Police Forces of Indonesia",
        "Pelauw",
    ),
    # the outlet that carried the report, with no other speaker
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin. Empat "
        + "petani tewas, seperti dilansir Antara News.",
        "2024-03-13",
        "ANTARA News Agency",
        "Pelauw",
    ),
    (
        "Gunmen attacked Gwoza in Borno state on Monday. Four farmers were killed, as "
        + "reported by the BBC.",
        "2024-03-13",
        "BBC",
        "Gwoza",
    ),
    (
        "Gunmen attacked Gwoza in Borno state on Monday. Four farmers were killed, the local "
        + "council chairman said.",
        "2024-03-13",
        "local official",
        "Gwoza",
    ),
    # trap: a speaker named before the outlet keeps the claim
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin. Polisi "
        + "mengatakan empat petani tewas dalam serangan itu, seperti dilansir Antara News.",
        "2024-03-13",
        "Police Forces of Indonesia",
        "Pelauw",
    ),
]


@pytest.fixture(scope="module")
def speakers(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("speakers"), SPEAKERS, gazetteer_path)


@pytest.mark.parametrize("case", range(len(SPEAKERS)))
def test_a_local_head_or_second_source_is_the_claimant(speakers, case):
    _, _, name, place = SPEAKERS[case]
    (event,) = speakers[case]
    (claim,) = event["claims"]
    assert (claim["claimant"] or {}).get("name") == name
    assert event["location"]["name"] == place


DISPLACED = [
    (
        "Gunmen attacked Gwoza in Borno state on Monday. The local disaster agency said "
        + "some 300 residents had been forced to leave their village.",
        "2024-03-13",
        300,
    ),
    (
        "Kelompok bersenjata menyerang Kampung Pelauw di Maluku Tengah pada Senin. Menurut "
        + "BPBD, sekitar 300 warga terpaksa meninggalkan kampung mereka.",
        "2024-03-13",
        300,
    ),
]


@pytest.fixture(scope="module")
def displaced(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("displaced"), DISPLACED, gazetteer_path)


@pytest.mark.parametrize("case", range(len(DISPLACED)))
def test_people_forced_to_leave_are_displaced(displaced, case):
    kinds = {(c["kind"], c["value"]) for e in displaced[case] for c in e["claims"]}
    assert kinds == {("displaced", DISPLACED[case][2])}
