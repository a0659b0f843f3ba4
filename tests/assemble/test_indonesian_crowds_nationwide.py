"""Indonesian leftovers (stop 26): "di seluruh" spreads a sentence's acts like English "across
the country", so nationwide demonstrations counting no dead are one day's action while a toll
over the country with no day stays a total. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2025-09-03"  # a Wednesday

# key: (text, [(event type, sub-event type, actor1, actor2, date), ...] in order); an actor
# given as None is not checked
CASES = {
    # nationwide demonstrations on a day, counting no dead: one day's action
    "id-berunjuk-rasa-di-seluruh-indonesia": (
        "Ribuan mahasiswa berunjuk rasa di seluruh Indonesia pada Senin untuk menolak kenaikan "
        "harga bahan bakar.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None, "2025-09-01")],
    ),
    "id-mogok-di-seluruh-negeri": (
        "Buruh pabrik menggelar aksi mogok di seluruh negeri pada Kamis menuntut kenaikan upah.",
        [("Protests", "Peaceful protest", None, None, "2025-08-28")],
    ),
    # ... while dead counted over the country with no day are a total, as before
    "id-tewas-dalam-bentrokan-di-seluruh-papua": (
        "Sedikitnya 40 orang tewas dalam bentrokan di seluruh Papua tahun ini.",
        [],
    ),
    "id-korban-tewas-di-seluruh-suriah": (
        "Korban tewas akibat serangan udara di seluruh Suriah mencapai 300 orang.",
        [],
    ),
    # a youth day's name is no crowd
    "id-hari-sumpah-pemuda": (
        "Ratusan siswa memperingati Hari Sumpah Pemuda di Bandung pada Selasa.",
        [],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("id_crowds"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_indonesian_crowds_and_nationwide_acts(extracted, key):
    _, expected = CASES[key]
    events = extracted[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        (t, s) for t, s, *_ in expected
    ]
    for e, (_, _, actor1, actor2, day) in zip(events, expected, strict=True):
        if actor1 is not None:
            assert e["actor1"]["name"] == actor1
        if actor2 is not None:
            assert (e["actor2"] or {}).get("name") == actor2
        if day is not None:
            assert e["date"] == day
