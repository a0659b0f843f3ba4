"""Faults while storing: a full disk, a read-only database, two writers at once. After each,
the database passes SQLite's integrity check and `warta doctor`, holds whole documents
only, and a re-run finishes the job with exactly the contents of an undisturbed run."""

import contextlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys

import pytest

from .conftest import ARTICLES, ROOT, SEED, run_warta
from .test_store import tables


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed and the 26 test articles as one JSON Lines file, each with its date."""
    path = tmp_path_factory.mktemp("faults") / "articles.jsonl"
    lines = [json.dumps({"id": "seed", "text": SEED.read_text("utf-8"), "published": "2019-04-15"})]
    for gold in sorted(ARTICLES.glob("*.gold.json")):
        g = json.loads(gold.read_text("utf-8"))
        text = (ARTICLES / g["document"]).read_text("utf-8")
        lines.append(json.dumps({"id": gold.name.removesuffix(".gold.json"), "text": text, "published": g["published"]}))  # fmt: skip
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory, gazetteer_path):
    """The event tables of an undisturbed ingest of the corpus."""
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    out = run_warta("ingest", str(corpus), "--db", str(db), "--gazetteer", str(gazetteer_path))
    assert out.returncode == 0, out.stderr
    return tables(db)


@pytest.fixture(scope="module")
def reports_per_document(reference):
    """How many reports each document has when stored whole."""
    counts: dict[str, int] = {}
    for report_id, _event, _record in reference["reports"]:
        doc_id = report_id.split("#")[0]
        counts[doc_id] = counts.get(doc_id, 0) + 1
    return counts


def ingest(corpus, db, gazetteer, limit_bytes=None, batch=4):
    """`warta ingest` in a subprocess, optionally unable to write files past `limit_bytes`;
    documents are committed `batch` at a time (so a fault mid-run leaves whole batches)."""

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    proc = subprocess.run(
        [sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(db), "--gazetteer", str(gazetteer),
         "--batch", str(batch)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        preexec_fn=limited if limit_bytes else None,
    )  # fmt: skip
    return proc


def assert_whole(db, reports_per_document):
    """Integrity, warta's invariants (doctor), and every stored document with all its reports."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = dict(conn.execute(
            "SELECT d.id, count(r.id) FROM documents d LEFT JOIN reports r ON r.document_id = d.id GROUP BY d.id"
        ).fetchall())  # fmt: skip
        stored = len(found)
    finally:
        conn.close()
    assert found == {d: reports_per_document.get(d, 0) for d in found}
    doctor = run_warta("doctor", "--db", str(db))
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    return stored


@contextlib.contextmanager
def tmpfs(path, size):
    """A size-limited tmpfs at `path` (needs CAP_SYS_ADMIN); skips the test where it cannot."""
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield lambda options: subprocess.run(
            ["mount", "-o", f"remount,{options}", str(path)], check=True
        )
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_disk_stops_cleanly_and_a_rerun_finishes(
    corpus, reference, reports_per_document, tmp_path, gazetteer_path
):
    # 520 kB: the schema (v6: merge v2's block ids and the review tables) and a document or two
    with tmpfs(tmp_path / "small", "520k") as remount:
        db = tmp_path / "small" / "warta.db"
        out = ingest(corpus, db, gazetteer_path, batch=1)
        assert out.returncode == 1
        assert out.stderr.splitlines()[-1] == (
            f"error: {db}: write failed, nothing of it kept (database or disk is full)"
        )
        remount("size=64m")  # the disk is freed
        stored = assert_whole(db, reports_per_document)
        assert 0 < stored < 27
        out = ingest(corpus, db, gazetteer_path)
        assert out.returncode == 0, out.stderr
        assert f"{27 - stored} stored, {stored} already stored" in out.stderr
        assert tables(db) == reference
        assert_whole(db, reports_per_document)


def test_a_file_size_limit_mid_batch_stops_cleanly_and_a_rerun_finishes(
    corpus, reference, reports_per_document, tmp_path, gazetteer_path
):
    """The same fault without a mount: writes past 500 kB fail (RLIMIT_FSIZE, EFBIG), in
    a run that commits up to 4 documents at a time: whole batches are kept, the failed one
    is not."""
    db = tmp_path / "warta.db"
    out = ingest(corpus, db, gazetteer_path, limit_bytes=500_000)
    assert out.returncode == 1
    assert f"error: {db}" in out.stderr, out.stderr
    stored = assert_whole(db, reports_per_document)
    assert 0 < stored < 27
    out = ingest(corpus, db, gazetteer_path)
    assert out.returncode == 0, out.stderr
    assert tables(db) == reference


def test_a_read_only_database_is_refused_and_still_readable(
    corpus, reports_per_document, tmp_path, gazetteer_path
):
    with tmpfs(tmp_path / "ro", "64m") as remount:
        db = tmp_path / "ro" / "warta.db"
        seed = tmp_path / "seed.jsonl"
        seed.write_text(corpus.read_text("utf-8").splitlines()[0] + "\n", "utf-8")
        assert ingest(seed, db, gazetteer_path).returncode == 0
        before = tables(db)
        remount("ro")
        out = ingest(corpus, db, gazetteer_path)
        assert out.returncode == 1
        assert (
            out.stderr.strip().splitlines()[-1]
            == f"error: {db}: read-only (the file or its folder); nothing can be stored"
        )
        listed = run_warta("events", "--db", str(db))
        assert listed.returncode == 0 and "Jabal" in listed.stdout, listed.stderr
        remount("rw")
        assert tables(db) == before
        assert_whole(db, reports_per_document)


def test_two_writers_at_once_store_every_document_once(
    corpus, reference, reports_per_document, tmp_path, gazetteer_path
):
    """Two `warta ingest` processes on one file, with the same input, at the same time."""
    db = tmp_path / "shared.db"
    cmd = [
        sys.executable,
        "-m",
        "warta",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--gazetteer",
        str(gazetteer_path),
    ]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    assert [code for code, _ in results] == [0, 0], results
    stored = [int(err.split(" stored,")[0].rsplit(" ", 1)[1]) for _, err in results]
    assert sum(stored) == 27, results
    assert tables(db) == reference
    assert_whole(db, reports_per_document)


def test_doctor_names_what_is_broken(corpus, tmp_path, gazetteer_path):
    db = tmp_path / "broken.db"
    seed = tmp_path / "seed.jsonl"
    seed.write_text(corpus.read_text("utf-8").splitlines()[0] + "\n", "utf-8")
    assert ingest(seed, db, gazetteer_path).returncode == 0
    conn = sqlite3.connect(db)
    with conn:  # lose one merged event behind warta's back
        conn.execute("DELETE FROM events WHERE id = (SELECT min(id) FROM events)")
    conn.close()
    out = run_warta("doctor", "--db", str(db))
    assert out.returncode == 1
    problems = [line for line in out.stderr.splitlines() if line.startswith("PROBLEM")]
    assert problems == [
        (
            "PROBLEM: reports: 1 belong to no event (the file was changed outside warta: ingest its"
            " documents into a new database)"
        ),
        "PROBLEM: spatial index: 5 entries for 4 placed events",
    ]


def test_doctor_finds_a_damaged_file(tmp_path, corpus, gazetteer_path):
    db = tmp_path / "damaged.db"
    seed = tmp_path / "seed.jsonl"
    seed.write_text(corpus.read_text("utf-8").splitlines()[0] + "\n", "utf-8")
    assert ingest(seed, db, gazetteer_path).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for n in range(1, 6):  # scribble over the headers of pages 2 to 6 (b-tree pages)
        data[n * page : n * page + 64] = os.urandom(64)
    db.write_bytes(bytes(data))
    out = run_warta("doctor", "--db", str(db))
    assert out.returncode == 1
    assert "PROBLEM" in out.stderr, out.stdout + out.stderr
