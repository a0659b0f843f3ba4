"""HTML, RSS, JSON Lines and WARC inputs give the exact documents and problems expected."""

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta import codec
from warta.model import Document
from warta.read import FieldNames, Problem, ReadOptions, kind_of, read_paths

from ..conftest import FIXTURES, run_warta

READ = FIXTURES / "read"


def read_all(*paths, **options):
    return list(read_paths([str(p) for p in paths], ReadOptions(**options)))


def test_detection_can_be_left_for_extraction():
    """`warta extract` and `ingest` read with detect_language=False: the workers detect it."""
    (doc,) = read_all(READ / "detik_id_poso_page.html", detect_language=False)
    assert doc.language is None
    (forced,) = read_all(READ / "detik_id_poso_page.html", detect_language=False, language="en")
    assert forced.language == "en"


def test_html_page_gives_article_text_and_metadata():
    (doc,) = read_all(READ / "detik_id_poso_page.html")
    assert doc.title == "Baku Tembak di Poso, Dua Anggota MIT Tewas"
    assert doc.url == "https://news.detik.com/berita/d-5550123/baku-tembak-di-poso"
    assert doc.published == "2021-05-12"
    assert doc.author == "Noval Dhwinuari Antony"
    assert doc.language == "id"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Palu - Satuan Tugas Madago Raya terlibat baku tembak")
    assert (
        paragraphs[3]
        == "Menurut polisi, kelompok itu kini tersisa sekitar enam orang yang dipimpin Ali Kalora."
    )
    for gone in ("Home", "Berita Terkait", "Copyright", "dataLayer", "alert"):
        assert gone not in doc.text


def test_rss_feed_gives_one_document_per_entry():
    first, second = read_all(READ / "antara_id_feed.rss")
    assert first.title == "Polisi amankan 12 orang usai bentrok di Wamena"
    assert (
        first.url
        == "https://www.antaranews.com/berita/3001/polisi-amankan-12-orang-usai-bentrok-di-wamena"
    )
    assert first.published == "2022-10-03"
    assert first.outlet == "ANTARA News - Nusantara"
    assert first.text == (
        "Wamena (ANTARA) - Polres Jayawijaya mengamankan 12 orang yang diduga terlibat bentrokan "
        "antarkelompok di Wamena, Papua Pegunungan, Senin.\n\n"
        "Kapolres Jayawijaya AKBP Hesman Napitupulu mengatakan situasi kini sudah kondusif."
    )
    assert "alert" not in first.text
    # The second entry has only a summary.
    assert second.text.startswith("Sorong (ANTARA) - Ratusan warga dari Distrik Aifat Selatan")
    assert second.published == "2022-10-04"
    assert first.id != second.id


def test_jsonl_bad_line_is_reported_and_the_rest_read():
    items = read_all(READ / "mixed_en_records.jsonl")
    assert [type(i) for i in items] == [Document, Problem, Document]
    good, bad, last = items
    assert good.id == "afp-2023-0412"
    assert (good.title, good.published, good.outlet) == (
        "Shelling hits Khartoum market",
        "2023-04-19",
        "AFP",
    )
    assert good.text.startswith("KHARTOUM (AFP) - Artillery shells struck a crowded market")
    assert bad.where.endswith("mixed_en_records.jsonl:2")
    assert bad.message.startswith("not valid JSON")
    assert last.id == "afp-2023-0414" and last.url is None


def test_json_array_with_custom_field_names(tmp_path):
    path = tmp_path / "scrape.json"
    records = [
        {
            "uid": 7,
            "body": "Militants attacked a checkpoint in Mogadishu on Sunday, police said.",
            "headline": "Checkpoint attack",
        },
        {"uid": 8, "content": "no body field here"},
    ]
    path.write_text(json.dumps(records), "utf-8")
    fields = FieldNames(id="uid", text="body", title="headline")
    doc, problem = read_all(path, fields=fields)
    assert (doc.id, doc.title, doc.language) == ("7", "Checkpoint attack", "en")
    assert problem.where.endswith("scrape.json: record 2")
    assert "field 'body' is missing" in problem.message


def test_read_output_reads_back_unchanged(tmp_path):
    out = run_warta(
        "read", str(READ / "kompas_id_papua_portal.txt"), str(READ / "antara_id_feed.rss")
    )
    assert out.returncode == 0, out.stderr
    path = tmp_path / "docs.jsonl"
    path.write_text(out.stdout, "utf-8")
    again = read_all(path)
    assert [codec.dumps(d) for d in again] == out.stdout.splitlines()


def _warc_bytes(records, gz=True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, ctype, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
        )
    return buf.getvalue()


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>Officials said the situation remained tense on Tuesday evening.</p></article></body></html>"""


def _pages():
    return [
        ("https://example.org/a", "text/html; charset=utf-8",
         PAGE.format(title="Drone strike hits Kharkiv", body="A drone struck an apartment block in Kharkiv overnight, injuring five people, the regional governor said.").encode()),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
        ("https://example.org/b", "text/html",
         PAGE.format(title="Protest in Dhaka", body="Thousands of garment workers marched in Dhaka demanding higher wages, police said.").encode()),
    ]  # fmt: skip


@pytest.mark.parametrize("gz", [True, False])
def test_warc_gives_html_responses_only(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_warc_bytes(_pages(), gz=gz))
    docs = read_all(path)
    assert [d.url for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert docs[0].title == "Drone strike hits Kharkiv"
    assert docs[0].text.startswith("A drone struck an apartment block in Kharkiv overnight")
    assert docs[1].language == "en"


def test_truncated_warc_keeps_earlier_records_and_names_the_bad_one(tmp_path):
    data = _warc_bytes(_pages(), gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 200])
    items = read_all(path)
    assert isinstance(items[0], Document) and items[0].url == "https://example.org/a"
    problem = items[-1]
    assert isinstance(problem, Problem)
    assert problem.where == f"{path}: record 3"
    assert "truncated or corrupt WARC record" in problem.message


def test_kind_is_sniffed_when_the_extension_says_nothing():
    assert kind_of("dump", b'{"text": "x"}') == "jsonl"
    assert kind_of("page", b"  <!DOCTYPE html><html>") == "html"
    assert kind_of("feed", b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert kind_of("crawl", b"WARC/1.0\r\n") == "warc"
    assert kind_of("crawl.bin", gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo")) == "warc"
    assert kind_of("docs.jsonl.gz", b"") == "jsonl+gz"
    assert kind_of("notes", b"Serangan di Nduga") == "text"
    assert kind_of("blob", b"\x00\x01\x02binary") == "binary"


def test_gzipped_jsonl_is_read(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    line = {"id": "g1", "text": "Police fired tear gas at protesters in Nairobi on Tuesday."}
    path.write_bytes(gzip.compress((json.dumps(line) + "\n").encode()))
    (doc,) = read_all(path)
    assert doc.id == "g1" and doc.text.startswith("Police fired tear gas")
