"""'Di Yogyakarta, aksi serupa ... juga berujung bentrok': a reference noun marked as similar
tells a new act of the kind of the one referred to, not that act and not a battle (stop 23)."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id": (
        "Demo Tolak Kenaikan Harga BBM Ricuh di Medan\n\n"
        "MEDAN, Warta Nusantara - Unjuk rasa menolak kenaikan harga BBM di depan gedung DPRD "
        "Sumatera Utara, Medan, berakhir ricuh pada Kamis (6/3/2025). Massa melempari polisi "
        "dengan batu.\n\n"
        "Di Makassar, aksi serupa di depan kantor gubernur juga berujung bentrok. Massa "
        "membakar ban di jalan."
    ),
    "en": (
        "Fuel price protest turns violent in Lagos\n\n"
        "LAGOS (Westwire) - A protest against fuel prices outside the state assembly in Lagos "
        "turned violent on Thursday as demonstrators threw stones at police.\n\n"
        "In Ibadan, a similar incident outside the governor's office also ended in clashes, "
        "witnesses said."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-03-07") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("similar"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "places"), [("id", ["Kota Medan", "Makassar"]), ("en", ["Lagos", "Ibadan"])]
)
def test_a_similar_act_is_a_new_act_of_the_same_kind(extracted, key, places):
    events = extracted[key]
    assert [(e["location"]["name"], e["event_type"]) for e in events] == [
        (place, "Riots") for place in places
    ]


def test_tear_gas_fired_at_a_protest_is_intervention_not_a_shooting(tmp_path, gazetteer_path):
    text = (
        "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD Sumatera Utara, Medan, pada Kamis "
        "(6/3/2025). Polisi menembakkan gas air mata untuk membubarkan massa."
    )
    events = extract_texts(tmp_path, [("tear-gas", text, "2025-03-07")], gazetteer_path)
    assert [(e["event_type"], e["sub_event_type"]) for e in events["tear-gas"]] == [
        ("Protests", "Protest with intervention")
    ]
