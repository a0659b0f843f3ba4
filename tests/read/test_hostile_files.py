"""Files a scraper or a shell leaves behind (issue 19, items 1, 2, 10 and 11): JSON Lines
that start with a list, UTF-16 text, FIFOs and symbolic link loops, binary and empty
files. Each gets one clear line naming it; every good record is still read."""

import json
import os
import subprocess
import sys

import pytest

from ..conftest import ROOT, run_warta

GOOD = {"id": "g1", "text": "Dua orang tewas di Wamena kemarin."}
TEXT = "Dua orang tewas di Wamena kemarin, kata polisi kepada wartawan."


def documents(out):
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_json_lines_starting_with_a_list_keep_every_good_record(tmp_path):
    """19.1: a `.jsonl` file is JSON Lines whatever its first byte; a `.json` file (or one
    sniffed as JSON) that is not a valid array falls back to JSON Lines."""
    body = "[1, 2]\n" + json.dumps(GOOD) + "\n"
    for name in ("x.jsonl", "x.json", "x"):
        path = tmp_path / name
        path.write_text(body, "utf-8")
        out = run_warta("read", str(path))
        assert [d["id"] for d in documents(out)] == ["g1"], (name, out.stderr)
        assert out.stderr.splitlines() == [f"error: {path}:1: expected a JSON object, got list"]
    array = tmp_path / "array.json"
    array.write_text(json.dumps([GOOD, {**GOOD, "id": "g2", "text": "Tiga orang tewas."}]))
    assert [d["id"] for d in documents(run_warta("read", str(array)))] == ["g1", "g2"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_html_and_json_lines_are_decoded(tmp_path, codec):
    """19.2: UTF-16 with a byte order mark or without one, little- or big-endian."""
    files = {
        "a.txt": TEXT,
        "b.html": f"<html><body><article><p>{TEXT}</p></article></body></html>",
        "c.jsonl": json.dumps(GOOD) + "\n" + json.dumps({"id": "g2", "text": TEXT}) + "\n",
        "d": TEXT,  # no extension: sniffed
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content.encode(codec))
    out = run_warta("read", *(str(tmp_path / n) for n in files))
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert [d["text"] for d in documents(out)] == [TEXT, TEXT, GOOD["text"], TEXT, TEXT]


def test_fifos_symlink_loops_and_other_non_files_are_skipped_with_one_line_each(tmp_path):
    """19.10: a FIFO is never opened (reading it would wait for a writer forever), named
    directly or found in a folder; symbolic link loops, broken links and links to folders
    are each one line; an unreadable folder too (checked when not running as root)."""
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, "utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop2", folder / "loop1.txt")
    os.symlink("loop1.txt", folder / "loop2")
    os.symlink("nowhere", folder / "broken.txt")
    os.symlink(folder / "deep", folder / "link")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(TEXT, "utf-8")
    locked.chmod(0)
    try:
        out = subprocess.run(
            [sys.executable, "-m", "warta", "read", str(folder), str(folder / "pipe.txt"),
             str(folder / "loop1.txt")],
            check=False, cwd=ROOT, capture_output=True, text=True, timeout=20,
        )  # fmt: skip
    finally:
        locked.chmod(0o755)
    assert out.returncode == 1
    assert [d["id"] for d in documents(out)] == ["a"] + (["b"] if os.geteuid() == 0 else [])
    expected = [
        f"error: {folder}/broken.txt: a symbolic link to nothing; skipped",
        f"error: {folder}/link: a symbolic link to a folder; not followed",
        f"error: {folder}/loop1.txt: a symbolic link loop; skipped",
        f"error: {folder}/loop2: a symbolic link loop; skipped",
        f"error: {folder}/pipe.txt: not a regular file (a FIFO); skipped",
        f"error: {folder}/pipe.txt: not a regular file (a FIFO); skipped",
        f"error: {folder}/loop1.txt: a symbolic link loop; skipped",
    ]
    if os.geteuid() != 0:
        expected.insert(2, f"error: {locked}: cannot read this folder (Permission denied)")
    assert out.stderr.splitlines() == expected


def test_binary_json_lines_is_one_line_and_empty_files_one_warning_each(tmp_path):
    """19.11: a binary file named `.jsonl` is one problem, not one per 'line'; an empty
    `.html`, `.jsonl` or `.warc` is one warning naming it (no lxml messages)."""
    binary = tmp_path / "image.jsonl"
    binary.write_bytes(bytes(range(256)) * 20)
    out = run_warta("read", str(binary))
    assert out.stderr.splitlines() == [f"error: {binary}: binary data, not JSON Lines"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(
        (json.dumps(GOOD) + "\n").encode() + b"\x00\x01\x02\x03\n" * 5 + b'{"text": "Tiga."}\n'
    )
    out = run_warta("read", str(mixed))
    assert len(documents(out)) == 2
    assert out.stderr.splitlines() == [
        f"error: {mixed}:2: binary data, not JSON (and 4 more such lines, the last line 6)"
    ]
    empty = [tmp_path / n for n in ("e.html", "e.jsonl", "e.warc", "e.txt")]
    for path in empty:
        path.write_bytes(b"")
    out = run_warta("read", *map(str, empty))
    assert out.stderr.splitlines() == [
        f"warning: {path}: empty file, nothing to read" for path in empty
    ]
