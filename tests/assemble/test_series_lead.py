"""A lead telling "a series of" attacks, followed by a sentence giving the day of a kindred
act, tells that day's incident, not a run over a period (stop 23); the next sentence's act
joins it though it names a town nearby."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en": (
        "Suicide bombers hit army convoys near Baqubah\n\n"
        "Armed fighters have carried out a series of suicide attacks on army convoys north and "
        "east of the city of Baqubah, killing at least 30 soldiers, officials said.\n\n"
        "Two blasts on Monday struck convoys travelling in Diyala province towards the town "
        "of Muqdadiyah, an army officer said."
    ),
    "id": (
        "Serangkaian Bom Bunuh Diri Hantam Konvoi Militer di Baqubah\n\n"
        "BAGHDAD, Warta Dunia - Kelompok bersenjata melancarkan serangkaian serangan bom bunuh "
        "diri terhadap konvoi militer di sebelah utara Kota Baqubah, menewaskan sedikitnya 30 "
        "tentara, kata pejabat setempat.\n\n"
        "Dua ledakan pada Senin (3/3/2025) menghantam konvoi yang melintas di Provinsi Diyala, "
        "kata seorang perwira."
    ),
    # a habit, then a dated act of another kind: still no event of the habit
    "id-habit": (
        "Remaja di Kolong Tol Sering Tawuran\n\n"
        "JAKARTA, Warta Nusantara - Para remaja di kolong Tol Wiyoto Wiyono, Koja, disebut "
        "sering tawuran pada malam hari.\n\n"
        "Pada Senin (3/3/2025), polisi menangkap lima remaja di Koja yang membawa celurit."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-03-04") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("series"), rows, gazetteer_path)


@pytest.mark.parametrize("key", ["en", "id"])
def test_a_series_in_the_lead_is_the_dated_incident(extracted, key):
    events = extracted[key]
    assert [(e["sub_event_type"], e["date"], e["location"]["name"]) for e in events] == [
        ("Suicide bomb", "2025-03-03", "Baqubah")
    ]
    assert [c["value"] for c in events[0]["claims"] if c["kind"] == "killed"] == [30]


def test_a_habit_stays_no_event(extracted):
    assert all(e["sub_event_type"] != "Mob violence" for e in extracted["id-habit"])
