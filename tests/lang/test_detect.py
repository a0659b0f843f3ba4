"""Language detection: Indonesian, English, Malay as its own code, everything else unknown."""

import pytest

from warta.lang.detect import detect, detect_paragraphs

ID = (
    "Aparat gabungan TNI dan Polri terlibat kontak tembak dengan kelompok kriminal bersenjata di "
    "Distrik Sugapa, Kabupaten Intan Jaya, pada Selasa pagi. Seorang prajurit dilaporkan gugur."
)
EN = (
    "Security forces exchanged fire with an armed group in Sugapa district of Intan Jaya regency on "
    "Tuesday morning, and one soldier was reported killed, the military said."
)
MS = (
    "Polis Diraja Malaysia berkata seramai tiga orang lelaki telah ditahan kerana disyaki terlibat "
    "dalam kejadian rompakan bersenjata di sebuah kedai emas di Johor Bahru semalam."
)
FR = ("Des hommes armés ont attaqué un poste de l'armée dans la région de Mopti vendredi, tuant "
      "quatre soldats, selon une source sécuritaire.")  # fmt: skip


@pytest.mark.parametrize(("text", "code"), [(ID, "id"), (EN, "en"), (MS, "ms"), (FR, "unknown")])
def test_detects_supported_languages_malay_and_unknown(text, code):
    assert detect(text) == code


def test_too_little_text_is_unknown():
    assert detect("12/04 - AFP") == "unknown"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Polisi menangkap lima orang di Solo, Selasa.", "id"),
        ("Police arrested five men in Mombasa on Tuesday.", "en"),
        ("Attaque à Paris mardi soir", "unknown"),
        ("12/04 - AFP", "unknown"),
    ],
)
def test_a_headline_length_document_takes_its_function_words_language(text, code):
    """Too short for the detector alone: the function words ("di", "in", "on") decide, when
    one language leads them."""
    assert detect_paragraphs([text])[0] == code


def test_mixed_document_keeps_each_long_paragraph_language():
    doc, paras = detect_paragraphs([ID, ID, EN, "Sumber: AFP"])
    assert doc == "id"
    assert paras == ("id", "id", "en", "id")


def test_short_paragraphs_of_indonesian_do_not_turn_malay():
    short = [
        "ISIS mengaku bertanggung jawab atas kedua serangan melalui agensi propaganda Amaq.",
        '"Kami berhasil mematahkan serangan terhadap mereka dengan peralatan dan pejuang," kata Said.',
    ]
    doc, paras = detect_paragraphs([ID, *short])
    assert doc == "id" and paras == ("id", "id", "id")
