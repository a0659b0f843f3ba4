"""A short acronym of capitals is an armed group only where the document is of its country:
news names suspects and victims by their initials ("AA", "RS"), and the Arakan Army's "AA"
in a report from Java is a person."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id-suspects": (
        "Polisi Tetapkan Dua Tersangka Penganiayaan Pelajar di Bandung\n\n"
        "BANDUNG, KOMPAS.com - Polisi menetapkan dua tersangka penganiayaan seorang pelajar "
        "di Kota Bandung, Jawa Barat, Senin (3/3/2025). Keduanya adalah AA, anak seorang "
        "pengusaha, dan RS, yang diduga ikut memukul korban hingga luka berat."
    ),
    "en-suspects": (
        "Two men charged over beating of student in Surabaya\n\n"
        "SURABAYA - Police in Surabaya, East Java, on Monday charged two men over the beating "
        "of a university student. The suspects, identified only by their initials AA and RS, "
        "attacked the student outside a cafe, police said."
    ),
    "en-arakan": (
        "Fighting in Rakhine\n\n"
        "AA fighters attacked a police outpost in Kyauktaw township, Rakhine State, on "
        "Monday, killing four policemen, a local official said."
    ),
    "id-arakan": (
        "Bentrokan di Rakhine\n\n"
        "Pasukan AA menyerang pos polisi di Kyauktaw, Negara Bagian Rakhine, Myanmar, pada "
        "Senin (3/3/2025) dan menewaskan empat polisi, kata seorang pejabat setempat."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-03-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("initials"), rows, gazetteer_path)


def _actors(events):
    return {(e.get(side) or {}).get("name") for e in events for side in ("actor1", "actor2")} - {
        None
    }


@pytest.mark.parametrize("key", ["id-suspects", "en-suspects"])
def test_initials_in_a_report_from_elsewhere_name_no_armed_group(extracted, key):
    assert not any("Arakan" in a for a in _actors(extracted[key]))
    assert not any(e["event_type"] == "Battles" for e in extracted[key])


@pytest.mark.parametrize("key", ["en-arakan", "id-arakan"])
def test_the_acronym_where_its_group_fights_is_still_the_group(extracted, key):
    assert "ULA/AA: United League of Arakan/Arakan Army" in _actors(extracted[key])
