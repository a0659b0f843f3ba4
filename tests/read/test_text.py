"""Plain-text articles: the seed and portal/wire fixtures keep the article, drop scaffolding."""

from warta.read import ReadOptions, read_paths
from warta.read.clean import clean_text

from ..conftest import FIXTURES, SEED


def read_one(path, **options):
    items = list(read_paths([str(path)], ReadOptions(**options)))
    assert len(items) == 1, items
    return items[0]


def seed_article_paragraphs() -> list[str]:
    """The seed's article paragraphs, cut from the raw file by hand-checked landmarks."""
    lines = [line for line in SEED.read_text("utf-8").split("\n") if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.startswith("wartaperang - Negara Islam"))
    last = next(i for i, line in enumerate(lines) if line.startswith("Observatorium Suriah"))
    return lines[first : last + 1]


def test_seed_keeps_every_article_paragraph_in_order():
    doc = read_one(SEED)
    assert doc.text.split("\n\n") == seed_article_paragraphs()
    assert len(seed_article_paragraphs()) == 21
    assert doc.text.startswith("wartaperang - Negara Islam menarik sejumlah besar pasukan")
    assert doc.text.endswith("banyak dari mereka tewas oleh penyergapan ISIS dan IED di Badia.")


def test_seed_drops_every_scaffolding_line():
    doc = read_one(SEED)
    for line in (
        "Mobil hancur dalam pertempuran antara IS dan Liwa Al-Qud - Courtesy of Liwa' Al-Qud",
        "Courtesy of",
        "Sumber: Click Disini",
        "0 komentar:",
        "Posting Komentar",
        "\u00a0",
    ):
        assert line not in doc.text
    assert "Top" not in doc.text.split("\n\n")


def test_seed_metadata_from_dateline_and_options():
    doc = read_one(SEED, published="2019-04-15")
    assert (doc.id, doc.outlet, doc.language, doc.published) == (
        "000_431c5bc77b043e91", "wartaperang", "id", "2019-04-15",
    )  # fmt: skip


def test_indonesian_portal_scaffolding_dropped_author_and_title_kept():
    doc = read_one(FIXTURES / "read" / "kompas_id_papua_portal.txt")
    assert doc.title == "Prajurit TNI Gugur Ditembak KKB di Intan Jaya"
    assert doc.author == "Dhias Suwandi"
    assert doc.outlet == "KOMPAS.com"
    assert doc.language == "id"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("JAYAPURA, KOMPAS.com - Seorang prajurit TNI gugur")
    assert paragraphs[3] == (
        "Ia menambahkan, aparat gabungan TNI-Polri masih memburu sekitar 1.500 meter dari lokasi kejadian."
    )
    for gone in ("Baca juga", "Editor:", "Penulis", "Dapatkan update", "Bagikan"):
        assert gone not in doc.text


def test_english_wire_scaffolding_dropped_byline_kept():
    doc = read_one(FIXTURES / "read" / "reuters_en_nigeria_wire.txt")
    assert (doc.author, doc.outlet, doc.language) == ("Afolabi Sotunde", "Reuters", "en")
    assert doc.title == "Gunmen kill 11 villagers in northwest Nigeria, police say"
    assert len(doc.text.split("\n\n")) == 3
    for gone in ("Advertisement", "Related:", "Share this", "Editing by", "By Afolabi"):
        assert gone not in doc.text
    assert "more than 1,500 people had fled to the nearby town of Tsafe." in doc.text


def test_crlf_text_is_normalised_and_place_dateline_read():
    doc = read_one(FIXTURES / "read" / "windows_id_ambon_crlf.txt")
    assert "\r" not in doc.text
    assert doc.title == "Bentrok warga di Ambon, dua rumah dibakar"
    assert doc.text.startswith("AMBON - Bentrokan antarwarga pecah di kawasan Batu Merah")
    assert doc.text.count("\n\n") == 1


def test_cleaning_is_idempotent_on_the_seed():
    once = clean_text(SEED.read_text("utf-8")).text
    assert clean_text(once).text == once


def test_hard_wrapped_paragraph_is_joined_with_spaces():
    raw = "Gunmen attacked a convoy\nnear Gao on Monday.\n\nThe army said two soldiers\ndied.\n"
    assert clean_text(raw).text == (
        "Gunmen attacked a convoy near Gao on Monday.\n\nThe army said two soldiers died."
    )


def test_invisible_characters_and_nbsp_are_removed():
    raw = "Bom\u200b meledak di\u00a0pos polisi\ufeff Poso.\n\n\u00a0\n\nDua polisi terluka."
    assert clean_text(raw).text == "Bom meledak di pos polisi Poso.\n\nDua polisi terluka."


def test_mojibake_is_read_back_as_the_characters_meant():
    # UTF-8 decoded as Windows-1252 by a scraper: the no-break space as "Â " (its second byte
    # already a space), curly quotes as "â€™", accents as "Ã©"
    raw = (
        "Rebels shelled the market onÂ Sunday, the army'sÂ spokesman said.\n\n"
        "The governorâ€™s office in SÃ©gou said 12Â people died.Â\n"
    )
    assert clean_text(raw).text == (
        "Rebels shelled the market on Sunday, the army's spokesman said.\n\n"
        "The governor\u2019s office in S\u00e9gou said 12 people died."
    )


def test_mojibake_repair_leaves_real_text_and_is_idempotent():
    # a capital Â inside a word, and runs that do not decode as UTF-8, are text
    raw = "ROMÂNIA: Ça va. Brigade Â-7 moved."
    assert clean_text(raw).text == raw
    once = clean_text("Dua polisiÂ terluka di PosoÂ pada Senin.").text
    assert once == "Dua polisi terluka di Poso pada Senin."
    assert clean_text(once).text == once
