"""Archives and compressed input: read streaming, within size limits, bombs refused, and a
corrupt WARC record skipped without losing the records after it."""

import bz2
import gzip
import io
import json
import lzma
import re
import zipfile

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.model import Document
from warta.read import Problem, ReadOptions, read_paths

from ..conftest import run_warta

MB = 2**20
ID_TEXT = (
    "Dua warga tewas dalam bentrokan antarkelompok di Distrik Wamena, Kabupaten Jayawijaya, "
    "Papua, pada Senin malam, kata Kapolres Jayawijaya kepada wartawan.\n\n"
    "Polisi menahan empat orang yang diduga terlibat setelah memeriksa belasan saksi."
)
EN_TEXT = (
    "Gunmen on motorbikes killed seven villagers in an attack on a market near Gusau in "
    "Zamfara state on Sunday, a police spokesman said.\n\n"
    "Residents said the attackers also set fire to several shops before fleeing."
)


def read_all(*paths, **options):
    return list(read_paths([str(p) for p in paths], ReadOptions(**options)))


def problems(items):
    return [(p.where, p.message) for p in items if isinstance(p, Problem)]


def docs(items):
    return [d for d in items if isinstance(d, Document)]


def record(doc_id: str, text: str) -> bytes:
    return json.dumps({"id": doc_id, "text": text, "published": "2024-05-06"}).encode() + b"\n"


# Compressed files


@pytest.mark.parametrize(
    ("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_compressed_jsonl_is_read_by_extension_and_by_its_bytes(tmp_path, suffix, compress):
    data = compress(record("id-1", ID_TEXT) + record("en-1", EN_TEXT))
    named = tmp_path / f"dump.jsonl{suffix}"
    named.write_bytes(data)
    unnamed = tmp_path / "dump"  # no extension: the magic bytes say what it is
    unnamed.write_bytes(data)
    for path in (named, unnamed):
        found = read_all(path)
        assert [(d.id, d.language) for d in found] == [("id-1", "id"), ("en-1", "en")]
        assert found[1].text.startswith("Gunmen on motorbikes killed seven villagers")


def test_gzip_bomb_is_refused_and_the_other_files_are_read(tmp_path):
    bomb = tmp_path / "a-bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * (40 * MB), compresslevel=9))  # ~40 KB
    fine = tmp_path / "b-fine.txt"
    fine.write_text(ID_TEXT, "utf-8")
    items = read_all(tmp_path, max_bytes=4 * MB)
    ((where, message),) = problems(items)
    assert where == str(bomb)
    assert message.startswith("expands more than 100x (4.0 MB from ")
    assert message.endswith("so far): refused as a compression bomb")
    assert [d.id for d in docs(items)] == ["b-fine"]


def test_a_bomb_line_in_a_jsonl_gz_keeps_the_records_before_it(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(record("r1", EN_TEXT) + b'{"text": "' + b"x" * (30 * MB)))
    items = read_all(path, max_bytes=2 * MB)
    assert [d.id for d in docs(items)] == ["r1"]
    ((where, message),) = problems(items)
    assert where == str(path)
    assert "refused as a compression bomb" in message


def test_text_that_compresses_like_text_is_not_a_bomb(tmp_path):
    # 3 MB of varied article text gzips about 5x: over max_bytes is "too large", not a bomb.
    body = "\n\n".join(f"{ID_TEXT} Laporan ke-{i}." for i in range(12_000)).encode()
    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(body))
    (problem,) = read_all(path, max_bytes=1 * MB)
    assert problem.message == "file is larger than 1.0 MB, the reading limit (--max-bytes)"


# Size limits on plain input


def test_an_oversized_jsonl_record_is_skipped_and_named_by_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    huge = record("big", "Serangan. " * 300_000)  # 3 MB on one line
    path.write_bytes(record("a", ID_TEXT) + huge + record("b", EN_TEXT))
    items = read_all(path, max_bytes=1 * MB)
    assert [d.id for d in docs(items)] == ["a", "b"]
    assert problems(items) == [
        (f"{path}:2", "record is larger than 1.0 MB, the reading limit (--max-bytes)")
    ]


def test_an_oversized_text_file_is_skipped_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Kontak tembak. " * 100_000, "utf-8")  # 1.5 MB
    (tmp_path / "b.txt").write_text(EN_TEXT, "utf-8")
    items = read_all(tmp_path, max_bytes=1 * MB)
    assert problems(items) == [
        (str(tmp_path / "a.txt"), "file is larger than 1.0 MB, the reading limit (--max-bytes)")
    ]
    assert [d.id for d in docs(items)] == ["b"]


def test_max_bytes_on_the_command_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(record("a", ID_TEXT) + record("big", "Bom meledak. " * 2000))
    out = run_warta("read", str(path), "--max-bytes", "10000")
    assert out.returncode == 1
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["a"]
    assert out.stderr.splitlines() == [
        f"error: {path}:2: record is larger than 0.0 MB, the reading limit (--max-bytes)"
    ]


# Zip archives


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)


def test_zip_members_are_read_as_their_kinds(tmp_path):
    path = tmp_path / "dump.zip"
    page = f"<html><head><title>Bentrok di Wamena</title></head><body><article><p>{ID_TEXT}</p></article></body></html>"
    _zip(path, [
        ("2024/wamena.html", page),
        ("2024/gusau.txt", EN_TEXT),
        ("2024/", ""),
        ("2024/.DS_Store", b"\x00\x01"),
        ("batch.jsonl.gz", gzip.compress(record("j1", EN_TEXT))),
        ("old.zip", b"PK\x05\x06" + bytes(18)),
    ])  # fmt: skip
    items = read_all(path)
    assert [(d.id, d.source) for d in docs(items)] == [
        ("wamena", f"{path}:2024/wamena.html"),
        ("gusau", f"{path}:2024/gusau.txt"),
        ("j1", f"{path}:batch.jsonl.gz:1"),
    ]
    assert docs(items)[0].title == "Bentrok di Wamena"
    assert problems(items) == [
        (f"{path}:old.zip", "an archive inside the archive; unpack it first")
    ]


def test_zip_bomb_is_refused_from_its_directory(tmp_path):
    path = tmp_path / "bomb.zip"
    _zip(path, [(f"part{i}.txt", b"\x20" * (8 * MB)) for i in range(4)])  # 32 MB in ~32 KB
    items = read_all(path, max_bytes=16 * MB)
    ((where, message),) = problems(items)
    assert where == str(path)
    assert re.fullmatch(
        r"its members declare 32\.0 MB from 0\.0 MB \(more than 100x\): refused as a compression bomb",
        message,
    )


def test_oversized_and_damaged_zip_members_are_skipped(tmp_path):
    path = tmp_path / "mixed.zip"
    _zip(path, [("a.txt", ID_TEXT), ("big.txt", "Tembakan. " * 60_000), ("c.txt", EN_TEXT)],
         zipfile.ZIP_STORED)  # fmt: skip
    data = bytearray(path.read_bytes())
    at = data.index(EN_TEXT[:20].encode())
    data[at : at + 7] = b"XXXXXXX"  # c.txt's CRC no longer matches
    path.write_bytes(bytes(data))
    items = read_all(path, max_bytes=500_000)
    assert [d.id for d in docs(items)] == ["a"]
    assert problems(items) == [
        (f"{path}:big.txt", "file is larger than 0.5 MB, the reading limit (--max-bytes)"),
        (f"{path}:c.txt", "cannot read this member (Bad CRC-32 for file 'c.txt')"),
    ]


def test_zip_from_standard_input_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "a.zip"
    _zip(path, [("a.txt", ID_TEXT)])
    out = run_warta("read", "-", stdin=path.read_bytes())
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "error: <stdin>: a zip archive cannot be read from standard input; name its file"
    )


# WARC records with a wrong Content-Length


def _warc(pages: int, gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(pages):
        body = f"<html><head><title>Laporan {i}</title></head><body><article><p>{ID_TEXT} Laporan {i}.</p></article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://kabar.example/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=http
        ))  # fmt: skip
    return buf.getvalue()


def _set_length(data: bytes, record: int, change) -> bytes:
    """The WARC with the Content-Length header of record `record` (0-based) rewritten."""
    found = list(re.finditer(rb"Content-Length: (\d+)", data))[record]
    value = str(change(int(found.group(1)))).encode()
    return data[: found.start(1)] + value + data[found.end(1) :]


def test_warc_content_length_far_too_long_skips_to_the_next_record(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_set_length(_warc(3, gz=False), 0, lambda n: n + 10**9))
    items = read_all(path)
    assert [d.url for d in docs(items)] == ["https://kabar.example/1", "https://kabar.example/2"]
    ((where, message),) = problems(items)
    assert where == f"{path}: record 1"
    assert re.fullmatch(
        r"truncated or corrupt WARC record \(record ends before its Content-Length\); "
        r"skipped \d+ bytes to the next record",
        message,
    )


def test_warc_content_length_a_little_short_is_a_warning_on_that_record(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_set_length(_warc(3, gz=False), 1, lambda n: n - 30))
    items = read_all(path)
    assert len(docs(items)) == 3
    (warning,) = [p for p in items if isinstance(p, Problem)]
    assert (warning.where, warning.skipped) == (f"{path}: record 2", False)
    assert warning.message == "its Content-Length does not match its content; the page may be cut"


def test_warc_gz_damaged_member_is_skipped_and_the_rest_read(tmp_path):
    data = bytearray(_warc(3, gz=True))
    second = [m.start() for m in re.finditer(b"\x1f\x8b\x08", data)][1]
    data[second + 20 : second + 40] = bytes(20)  # inside the second record's deflate stream
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    items = read_all(path)
    assert [d.url for d in docs(items)] == ["https://kabar.example/0", "https://kabar.example/2"]
    ((where, message),) = problems(items)
    assert where == f"{path}: record 2"
    assert message.startswith("truncated or corrupt WARC record (")
    assert message.endswith("bytes to the next record")


def _warc_with_padding(padding: list[bytes]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for i, pad in enumerate(padding):
        body = f"<html><body><article><p>{EN_TEXT}</p></article></body></html>".encode() + pad
        writer.write_record(writer.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=http
        ))  # fmt: skip
    return buf.getvalue()


def test_warc_record_over_the_limit_is_skipped_and_the_next_read(tmp_path):
    noise = b"".join(b"<!-- %08x -->" % (i * 2654435761 % 2**32) for i in range(200_000))  # 3 MB
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_with_padding([b"", noise, b""]))
    items = read_all(path, max_bytes=1 * MB)
    assert [d.url for d in docs(items)] == ["https://news.example/0", "https://news.example/2"]
    assert problems(items) == [
        (f"{path}: record 2", "record is larger than 1.0 MB, the reading limit (--max-bytes)")
    ]


def test_warc_gz_bomb_record_is_refused(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_with_padding([b"", b" " * (40 * MB), b""]))
    items = read_all(path, max_bytes=2 * MB)
    assert [d.url for d in docs(items)] == ["https://news.example/0"]
    ((where, message),) = problems(items)
    assert where == f"{path}: record 2"
    assert "refused as a compression bomb" in message
