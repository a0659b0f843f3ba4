"""Parallel extraction: `--workers N` gives the same output and the same store as one
process, in input order; bad documents are reported and the batch goes on; a worker that
raises or dies does not hang the pool; the input is streamed, not loaded."""

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from itertools import count
from pathlib import Path

import pytest

from warta.model import Document, Result
from warta.parallel import default_workers, extract_stream, keep
from warta.progress import track
from warta.store import Store

from .conftest import ARTICLES, ROOT, SEED, run_warta
from .test_store import tables

# Ten hand-coded articles, both languages, one with no event, and the Nduga pair that merges.
NAMES = [
    "en_01_nigeria_iswap_marte_base", "en_03_somalia_alshabaab_galcad", "en_06_niger_tillaberi_ambush",
    "en_10_philippines_npa_negros", "en_12_thailand_peace_talks_noevent",
    "en_13_indonesia_nduga_pilot_hostage", "id_01_papua_kkb_ambush", "id_05_maluku_bentrok_haruku",
    "id_08_nduga_pilot_susi_air", "id_13_irak_isis_kirkuk",
]  # fmt: skip


def batch(tmp_path, bad_line=False, repeat=None):
    """The articles as one JSON Lines file, each with its own publication date."""
    lines = []
    for name in NAMES:
        gold = json.loads((ARTICLES / f"{name}.gold.json").read_text("utf-8"))
        text = (ARTICLES / f"{name}.txt").read_text("utf-8")
        lines.append(json.dumps({"id": name, "text": text, "published": gold["published"]}))
        if name == repeat:  # the same article again under another id: a duplicate
            lines.append(
                json.dumps({"id": f"{name}-again", "text": text, "published": gold["published"]})
            )
    if bad_line:
        lines.insert(2, '{"id": "broken", "text": "unterminated')
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_default_is_the_usable_cores():
    assert default_workers() == len(os.sched_getaffinity(0))


def test_extract_with_two_workers_prints_what_one_prints_in_the_same_order(gazetteer_path):
    files = [str(ARTICLES / f"{n}.txt") for n in NAMES] + [str(SEED)]
    runs = {
        n: run_warta("extract", *files, "--published", "2019-04-15", "--report", "--workers", str(n),
                     "--gazetteer", str(gazetteer_path))
        for n in (1, 2)
    }  # fmt: skip
    for out in runs.values():
        assert out.returncode == 0, out.stderr
    one, two = runs[1], runs[2]
    assert two.stdout == one.stdout
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == [*NAMES, SEED.stem]
    events = sum(len(r["events"]) for r in records)
    assert events > 10
    assert records[4]["events"] == []  # the peace talks: no event
    assert len(records[-1]["events"]) >= 4  # the seed article's four hand-coded events
    report = f"read 11 documents; skipped 0; 0 warnings; {events} events; 0 failed"
    assert report in one.stderr.splitlines() and report in two.stderr.splitlines()


def test_text_output_is_the_same_with_workers(tmp_path, gazetteer_path):
    path = batch(tmp_path)
    outs = [
        run_warta("extract", str(path), "--format", "text", "--workers", n, "--gazetteer", str(gazetteer_path))
        for n in ("1", "2")
    ]  # fmt: skip
    assert outs[0].returncode == outs[1].returncode == 0
    assert outs[1].stdout == outs[0].stdout
    heads = [line.split(":")[0] for line in outs[1].stdout.splitlines() if line.startswith("# ")]
    assert heads == [f"# {n}" for n in NAMES]


def test_a_bad_record_is_reported_and_the_rest_extracted_by_the_workers(tmp_path, gazetteer_path):
    path = batch(tmp_path, bad_line=True)
    out = run_warta(
        "extract", str(path), "--workers", "2", "--report", "--gazetteer", str(gazetteer_path)
    )
    assert out.returncode == 1  # something was skipped
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {path}:3: not valid JSON (")
    ids = [json.loads(line)["document"]["id"] for line in out.stdout.splitlines()]
    assert ids == NAMES
    assert "read 10 documents; skipped 1; 0 warnings;" in out.stderr


def test_ingest_with_two_workers_stores_exactly_what_one_stores(tmp_path, gazetteer_path):
    path = batch(tmp_path, repeat="id_01_papua_kkb_ambush")
    summaries = {}
    for n in (1, 2):
        db = tmp_path / f"w{n}.db"
        out = run_warta(
            "ingest",
            str(path),
            "--db",
            str(db),
            "--workers",
            str(n),
            "--gazetteer",
            str(gazetteer_path),
        )
        assert out.returncode == 0, out.stderr
        summaries[n] = out.stderr.strip().splitlines()[-1]
    assert summaries[2] == summaries[1]
    assert summaries[2].startswith("11 documents read: 10 stored, 1 already stored, 0 failed;")
    one, two = tables(tmp_path / "w1.db"), tables(tmp_path / "w2.db")
    assert two == one
    assert len(two["events"]) > 10 and len(two["reports"]) > len(two["events"])  # some merged
    # The Nduga pilot's abduction, told in Indonesian and in English, is one event.
    pair = {"id_08_nduga_pilot_susi_air", "en_13_indonesia_nduga_pilot_hostage"}
    with Store.open(tmp_path / "w2.db", readonly=True) as store:
        nduga = [m for m in store.events() if pair <= {s.document_id for s in m.sources}]
    assert len(nduga) == 1
    # the records state no language: the workers detected it (not the reading process)
    languages = dict(
        sqlite3.connect(tmp_path / "w2.db").execute("SELECT id, language FROM documents")
    )
    assert languages["id_01_papua_kkb_ambush"] == "id"
    assert languages["en_01_nigeria_iswap_marte_base"] == "en"
    assert set(languages.values()) == {"en", "id"}


def test_ingest_again_with_workers_adds_nothing(tmp_path, gazetteer_path):
    path = batch(tmp_path)
    db = tmp_path / "again.db"
    first = run_warta(
        "ingest", str(path), "--db", str(db), "--workers", "2", "--gazetteer", str(gazetteer_path)
    )
    before = tables(db)
    again = run_warta(
        "ingest", str(path), "--db", str(db), "--workers", "2", "--gazetteer", str(gazetteer_path)
    )
    assert first.returncode == again.returncode == 0
    assert (
        "10 documents read: 0 stored, 10 already stored, 0 failed; 0 events extracted"
        in again.stderr
    )
    assert tables(db) == before


# Tasks the workers run in place of extraction (importable, so a worker can unpickle them).


def flaky(doc: Document, res: object) -> Result:
    """Raise on "raises", kill the worker on "dies", else a result with no event."""
    if doc.id == "raises":
        raise ValueError(f"cannot read {doc.id}")
    if doc.id == "dies":
        os._exit(3)
    return Result(doc, ())


def doc_id(result: Result) -> str:
    return result.document.id


POOL_SCRIPT = """
import json
from warta.model import Document
from warta.store import Store
from warta.parallel import extract_stream
from tests.test_parallel import doc_id, flaky

ids = ["a", "raises", "b", "c", "dies", "d", "e", "f", "g", "h", "i", "j", "k"]
docs = (Document(id=i, text=f"text of {i}") for i in ids)
out = []
for doc, outcome in extract_stream(docs, doc_id, workers=2, gazetteer="/nonexistent", task=flaky):
    out.append([doc.id, type(outcome).__name__, str(outcome)])
print(json.dumps(out))
"""


def test_a_worker_that_raises_or_dies_does_not_hang_the_pool():
    # In a subprocess with a time limit: a hang fails the test instead of stalling the suite.
    proc = subprocess.run(
        [sys.executable, "-c", POOL_SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [row[0] for row in out] == ["a", "raises", "b", "c", "dies", "d", "e", "f", "g", "h", "i", "j", "k"]  # fmt: skip
    by_id = {row[0]: row[1:] for row in out}
    assert by_id["raises"] == ["ValueError", "cannot read raises"]
    assert by_id["dies"][0] == "WorkerDied"
    assert by_id["dies"][1].startswith("the worker process extracting it died")
    assert all(by_id[i] == ["str", i] for i in "abcdefghijk")


def test_in_process_failures_come_back_as_errors_in_order():
    docs = [Document(id=i, text="x") for i in ("a", "raises", "b")]
    out = list(extract_stream(docs, doc_id, workers=1, gazetteer="/nonexistent", task=flaky))
    assert [d.id for d, _ in out] == ["a", "raises", "b"]
    assert [o if isinstance(o, str) else repr(o) for _, o in out] == [
        "a", "ValueError('cannot read raises')", "b",
    ]  # fmt: skip


@pytest.mark.parametrize("workers", [1, 2])
def test_skipped_documents_come_back_unextracted_in_order(workers):
    docs = [Document(id=f"d{i}", text=f"text {i}") for i in range(12)]
    out = list(extract_stream(docs, keep, workers=workers, gazetteer="/nonexistent", task=flaky,
                              skip=lambda d: d.id in ("d3", "d4", "d11")))  # fmt: skip
    assert [d.id for d, _ in out] == [f"d{i}" for i in range(12)]
    assert [i for i, (_, o) in enumerate(out) if o is None] == [3, 4, 11]
    assert all(isinstance(o, Result) and o.document.id == d.id for d, o in out if o is not None)


def test_the_input_is_streamed_with_a_bounded_number_in_flight():
    pulled = count()

    def endless():
        for i in count():
            next(pulled)
            yield Document(id=f"d{i}", text="x")

    stream = extract_stream(
        endless(), doc_id, workers=2, gazetteer="/nonexistent", task=flaky, chunksize=4
    )
    first = [next(stream)[1] for _ in range(5)]
    stream.close()  # stops the pool
    assert first == ["d0", "d1", "d2", "d3", "d4"]
    # Two workers with three chunks of four out each, and the chunk being read: never the corpus.
    assert next(pulled) <= 2 * 3 * 4 + 4 + 4


def test_workers_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_stream([], keep, workers=0))


def test_a_missing_gazetteer_warns_once_with_workers(tmp_path):
    path = batch(tmp_path)
    out = run_warta(
        "extract", str(path), "--workers", "2", "--gazetteer", str(tmp_path / "none.sqlite")
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr.count("no gazetteer at") == 1
    assert len(out.stdout.splitlines()) == 10


def test_workers_is_in_the_help():
    for command in ("extract", "ingest"):
        out = run_warta(command, "--help")
        assert "--workers" in out.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_docs_per_second_on_a_terminal_only(monkeypatch):
    def slow():
        for i in range(6):
            time.sleep(0.05)
            yield i

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(track(slow(), "ingesting")) == [0, 1, 2, 3, 4, 5]
    assert re.search(r"ingesting 6 docs \d+ docs/s", terminal.getvalue())
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert list(track(slow(), "ingesting")) == [0, 1, 2, 3, 4, 5]
    assert piped.getvalue() == ""


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_workers_do_not_outlive_a_killed_parent(tmp_path, gazetteer_path):
    path = tmp_path / "many.jsonl"
    text = (ARTICLES / f"{NAMES[0]}.txt").read_text("utf-8")
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": text}) + "\n" for i in range(400)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "warta", "extract", str(path), "--workers", "2", "--gazetteer",
         str(gazetteer_path)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        workers: list[int] = []
        for _ in range(300):  # the fork server's children are the workers
            workers = [w for c in _children(proc.pid) for w in _children(c)]
            if len(workers) >= 2:
                break
            time.sleep(0.1)
        assert len(workers) == 2
    finally:
        proc.kill()
        proc.wait()
    for _ in range(100):
        if not any(Path(f"/proc/{w}").exists() for w in workers):
            break
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() for w in workers)
