"""English data: site lines and wire datelines."""

from warta.read.clean import clean_text, dateline, dateline_span


def test_english_site_lines_are_scaffolding():
    raw = "Share this:\n\nAdvertisement\n\nFollow us on Twitter\n\nRead more: Sahel crisis\n\nTroops entered Gao."
    assert clean_text(raw).text == "Troops entered Gao."


def test_photo_caption_with_credit_is_scaffolding():
    raw = "Burnt cars in Sukhnah - Courtesy of Liwa al-Quds\n\nFighting resumed on Friday."
    assert clean_text(raw).text == "Fighting resumed on Friday."


def test_english_datelines():
    assert dateline("MAIDUGURI, Nigeria (Reuters) - Gunmen killed 11.") == ("Reuters", "Maiduguri")
    assert dateline("KYIV (AP) — Russian drones struck the capital.") == ("AP", "Kyiv")
    assert dateline("Gunmen killed 11 people (police) - officials said.") == (None, None)


def test_long_line_starting_like_scaffolding_is_kept():
    line = "Source: " + "officials in the province said the convoy was ambushed twice " * 4
    assert clean_text(line).text == line.strip()


def test_a_dateline_after_a_one_line_headline_is_found_in_both_styles():
    text = "Fire kills patients in clinic\n\nDoha, Qatar - Scores of patients died on Sunday."
    start, end = dateline_span(text)
    assert text[start:end] == "Doha, Qatar - "
    text = "Rudal Baru Iran Kalah Cepat?\n\nTEHERAN, KOMPAS.com -- Iran menembakkan rudal."
    start, end = dateline_span(text)
    assert text[start:end] == "TEHERAN, KOMPAS.com -- "
    assert dateline_span("Gunmen killed 11 in Kano.\n\nDoha, Qatar - Talks resumed.") == (0, 0)
