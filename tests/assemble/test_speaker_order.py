"""Who speaks, by word order: a speaker-first verb written after the words told ("..., said
the army", '"...," said Musa Adamu, a resident') names its speaker after it; a quotation that
goes on in the next sentence is still the speaker's; and a pronoun
("katanya", "he said") speaks for the last one who spoke, a person no party is told for
("Yohanis Latuheru menyebut ...", "Musa Adamu, who lost his brother in the attack, said")
included, so the figure after is not given to the party who spoke before."""

import pytest

from .extracted import claim_triples, extract_cases

CASES = [
    (
        "Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. Six soldiers were "
        + "killed, said a police spokesman.",
        "2024-03-14",
        [("killed", 6, "Police Forces of Nigeria")],
    ),
    (
        'Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. "Six soldiers were '
        + 'killed," said the army.',
        "2024-03-14",
        [("killed", 6, "Military Forces of Nigeria")],
    ),
    (
        'Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. "Six soldiers were '
        + 'killed," said Musa Adamu, a resident.',
        "2024-03-14",
        [("killed", 6, "resident")],
    ),
    # traps: "told the BBC" names who was told; "said the army had lost" what the army did
    (
        "Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. Aziz Bello, a press "
        + "officer with the UN mission, told the BBC that six soldiers were killed.",
        "2024-03-14",
        [("killed", 6, "United Nations")],
    ),
    # a quotation going on in the next sentence, no verb of its own: the same speaker's words
    (
        'Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. "They came at dawn," '
        + 'a resident said. "Six soldiers were killed and the rest fled."',
        "2024-03-14",
        [("killed", 6, "resident")],
    ),
    (
        "Kelompok bersenjata menyerang pos TNI di Distrik Sugapa, Intan Jaya, Selasa. "
        + '"Mereka datang saat subuh," kata seorang warga. "Dua prajurit tewas dan sisanya '
        + 'melarikan diri."',
        "2024-03-14",
        [("killed", 2, "residents")],
    ),
    # ... also after a pronoun's verb
    (
        "Kelompok bersenjata menyerang pos TNI di Distrik Sugapa, Intan Jaya, Selasa, kata "
        + 'Kapolres Intan Jaya. "Mereka datang saat subuh," katanya. "Dua prajurit tewas dan '
        + 'sisanya melarikan diri."',
        "2024-03-14",
        [("killed", 2, "Police Forces of Indonesia")],
    ),
    # trap: the narrator's words after the quotation are no one's
    (
        'Gunmen attacked an army post near Gwoza, Borno state, on Tuesday. "They came at dawn," '
        + "a resident said. Six soldiers were killed and the rest fled.",
        "2024-03-14",
        [("killed", 6, None)],
    ),
    # a pronoun after a person no party is told for
    (
        "Bentrokan antara warga dua desa pecah di Pelauw, Maluku Tengah, kemarin pagi, kata "
        + "Kapolres Maluku Tengah. Dua warga tewas tertembak. Yohanis Latuheru menyebut korban "
        + 'tewas sudah tiga orang. "Satu lagi warga kami meninggal di puskesmas tadi malam," '
        + "katanya.",
        "2022-01-27",
        [("killed", 2, None), ("killed", 3, None), ("killed", 1, None)],
    ),
    (
        "Gunmen attacked a village near Jos, Plateau state, on Tuesday, police said. Four "
        + "farmers were killed. Musa Adamu, who lost his brother in the attack, said six people "
        + 'died. "Two more died in hospital overnight," he said.',
        "2024-03-14",
        [("killed", 4, None), ("killed", 6, None), ("killed", 2, None)],
    ),
    # traps: the party who spoke last keeps the pronoun
    (
        "Bentrokan antara warga dua desa pecah di Pelauw, Maluku Tengah, kemarin pagi. Dua "
        + "warga tewas tertembak. Kapolres Maluku Tengah menyebut korban tewas sudah tiga "
        + 'orang. "Satu lagi warga meninggal di puskesmas tadi malam," katanya.',
        "2022-01-27",
        [
            ("killed", 2, None),
            ("killed", 3, "Police Forces of Indonesia"),
            ("killed", 1, "Police Forces of Indonesia"),
        ],
    ),
    (
        "Gunmen attacked a village near Jos, Plateau state, on Tuesday. Four farmers were "
        + "killed. The state governor said six people died. "
        + '"Two more died in hospital overnight," he said.',
        "2024-03-14",
        [("killed", 4, None), ("killed", 6, "governor"), ("killed", 2, "governor")],
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("speaker_order"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_speaker_by_word_order(found, case):
    assert claim_triples(found[case]) == CASES[case][2]
