"""English data: site lines and wire datelines."""

from warta.read.clean import clean_text, dateline


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
