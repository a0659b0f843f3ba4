"""Per-document limits from the command line: a document over --max-chars or
--time-limit is reported by name and skipped; the rest of the batch is extracted and stored."""

import json

import pytest

from warta.read import read_paths
from warta.store import Store

from .conftest import ARTICLES, SEED, run_warta

SHORT = ARTICLES / "en_06_niger_tillaberi_ambush.txt"  # 1,256 bytes
LONG = SEED  # 4,537 bytes


@pytest.mark.parametrize("workers", ["1", "2"])
def test_max_chars_skips_the_long_document_only(gazetteer_path, workers):
    out = run_warta("extract", str(LONG), str(SHORT), "--published", "2024-05-01",
                    "--max-chars", "2000", "--workers", workers, "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 1
    assert [json.loads(line)["document"]["id"] for line in out.stdout.splitlines()] == [SHORT.stem]
    (error,) = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    (doc,) = read_paths([str(LONG)])
    assert error == (
        f"error: {LONG}: extraction failed (DocumentTooLarge: {len(doc.text):,} characters of"
        " text, over the limit of 2,000 (--max-chars))"
    )
    assert len(doc.text) == 4_392  # the limit counts the cleaned text


@pytest.mark.parametrize("workers", ["1", "2"])
def test_time_limit_stops_a_slow_extraction_in_every_process(gazetteer_path, workers):
    # A millisecond is less than any article takes: each is stopped, named and skipped.
    out = run_warta("extract", str(LONG), str(SHORT), "--published", "2024-05-01",
                    "--time-limit", "0.001", "--workers", workers, "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 1
    assert out.stdout == ""
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {path}: extraction failed (ExtractionTimeout: extraction took longer than 0.001 s (--time-limit))"
        for path in (LONG, SHORT)
    ]


def test_ingest_stores_the_documents_within_the_limits(tmp_path, gazetteer_path):
    db = tmp_path / "limits.db"
    out = run_warta("ingest", str(LONG), str(SHORT), "--published", "2024-05-01", "--db", str(db),
                    "--max-chars", "2000", "--workers", "1", "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 1
    assert "2 documents read: 1 stored, 0 already stored, 1 failed" in out.stderr
    with Store.open(db, readonly=True) as store:
        assert [d for (d,) in store.conn.execute("SELECT id FROM documents")] == [SHORT.stem]
    again = run_warta("ingest", str(LONG), "--published", "2024-05-01", "--db", str(db),
                      "--workers", "1", "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert again.returncode == 0, again.stderr
    with Store.open(db, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
