"""What a demonstration is against runs to the end of its clause (stop 26): acts told after a
grievance word ("to protest against", "demanding", "menuntut"), with no punctuation, no act of
the protest's own and no clause opening word ("when", "then", "lalu") between, are the
grievance, not the protest turning violent, however far. A clause opening word ends the
grievance even near it. Every sentence here is our own."""

import pytest

from .extracted import assert_coded, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, [(event type, sub-event type, actor1, actor2)], None where not checked)
CASES = {
    "en-protest-against-killings-in-the-wake-of-an-attack": (
        "Thousands of residents took to the streets of Garissa on Monday to protest against "
        "killings of herders in the villages near the river in the wake of a bandit attack.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "en-demanding-arrest-of-gang-attacking-them": (
        "Dozens of traders held a protest march in Kisumu on Monday, demanding the police "
        "arrest the gang members attacking them at night.",
        [("Protests", "Peaceful protest", "Protesters (Kenya)", None)],
    ),
    "id-menuntut-pengusutan-penyerangan": (
        "Ratusan mahasiswa berunjuk rasa di Makassar pada Senin menuntut pengusutan tuntas "
        "kematian seorang rekan mereka dalam penyerangan di asrama kampus.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
    ),
    "id-menolak-tambang-pembakaran-hutan": (
        "Ratusan warga berunjuk rasa di Garut pada Senin menolak rencana tambang emas di dekat "
        "desa mereka yang disebut memicu pembakaran hutan.",
        [("Protests", "Peaceful protest", "Protesters (Indonesia)", None)],
    ),
    # the protest's own violence after a clause opening word stays a riot, near or far
    "en-protested-against-then-attacked": (
        "Residents protested against the eviction of traders in Nakuru on Monday and then "
        "attacked a police post.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", None)],
    ),
    "id-menolak-lalu-membakar": (
        "Ratusan warga berunjuk rasa di Garut pada Senin menolak penggusuran, lalu membakar pos "
        "polisi.",
        [("Riots", "Violent demonstration", "Rioters (Indonesia)", None)],
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("grievance_clause"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_grievance_runs_to_the_clause_end(extracted, key):
    assert_coded(extracted[key], CASES[key][1])
