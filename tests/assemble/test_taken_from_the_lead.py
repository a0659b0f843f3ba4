"""A capture told late with no place or day of its own, of a victim referred back to by a
determiner ("the pilot", "sang pilot") whose noun the lead told, is the lead's news: its claim
joins the lead's event. A noun the lead never told is no reference (trap)."""

import pytest

from .extracted import claim_triples, extract_cases

ID_LEAD = (
    "Kelompok bersenjata membakar sebuah helikopter sewaan di lapangan terbang Distrik Kiwirok, "
    "Kabupaten Pegunungan Bintang, Papua Pegunungan, Kamis (9/3/2023). Pilot helikopter itu "
    "hingga Jumat belum ditemukan. Polisi mengatakan dua penumpang selamat. Tim gabungan masih "
    "menyisir hutan di sekitar lapangan terbang. "
)
EN_LEAD = (
    "Armed men set fire to a chartered helicopter at an airstrip in Kiwirok, Pegunungan "
    "Bintang, Papua, on Thursday. The pilot of the helicopter was still missing on Friday. "
    "Police said two passengers were safe. A joint team was still searching the forest near "
    "the airstrip. "
)
CASES = [
    (ID_LEAD + "Kelompok itu mengaku telah menyandera sang pilot.", [("captured", 1, None)]),
    (EN_LEAD + "The group said it had kidnapped the pilot.", [("captured", 1, None)]),
    # trap: the lead told no teacher, so "sang guru" refers to no one told: no claim
    (ID_LEAD + "Kelompok itu mengaku telah menyandera sang guru.", []),
    (EN_LEAD + "The group said it had kidnapped the teacher.", []),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    cases = [(text, "2023-03-10") for text, _ in CASES]
    return extract_cases(tmp_path_factory.mktemp("taken_from_the_lead"), cases, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_late_capture_of_the_leads_victim_joins_its_event(found, case):
    assert len(found[case]) == 1
    assert [c[:2] for c in claim_triples(found[case])] == [c[:2] for c in CASES[case][1]]
