"""Indonesian data: portal lines and datelines."""

from warta.read.clean import clean_text, dateline


def test_indonesian_portal_lines_are_scaffolding():
    raw = "Baca juga: Tiga Polisi Terluka\n\n12 komentar:\n\nPosting Komentar\n\nSimak video berikut\n\nPolisi berjaga di Wamena."
    assert clean_text(raw).text == "Polisi berjaga di Wamena."


def test_indonesian_datelines():
    assert dateline("JAKARTA, KOMPAS.com - Polisi menangkap dua orang.") == (
        "KOMPAS.com",
        "Jakarta",
    )
    assert dateline("Jayapura (ANTARA) - Aparat keamanan berjaga.") == ("ANTARA", "Jayapura")
    assert dateline("wartaperang - Negara Islam menarik pasukan.") == ("wartaperang", None)
    assert dateline("Polisi menangkap dua orang di Jakarta - Bogor.") == (None, None)


def test_indonesian_byline_becomes_author():
    cleaned = clean_text("Pewarta: Evarukdijati\n\nSorong (ANTARA) - Warga mengungsi.")
    assert cleaned.author == "Evarukdijati" and cleaned.text == "Sorong (ANTARA) - Warga mengungsi."
