"""The store and merging: one event per real event across documents and languages, stable
whatever the ingest order, idempotent, and whole after a crash."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from warta.errors import WartaError
from warta.store import SCHEMA_VERSION, Store

from .conftest import ARTICLES, ROOT, SEED, run_warta

PAIR = ("id_08_nduga_pilot_susi_air", "en_13_indonesia_nduga_pilot_hostage")


def ingest(db, name, gazetteer):
    gold = json.loads((ARTICLES / f"{name}.gold.json").read_text("utf-8"))
    out = run_warta("ingest", str(ARTICLES / f"{name}.txt"), "--published", gold["published"], "--db", str(db),
                    "--gazetteer", str(gazetteer))  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out.stderr


def tables(db):
    """Every row of the event tables, in a stable order, as text."""
    conn = sqlite3.connect(db)
    try:
        return {
            "events": conn.execute("SELECT id, record FROM events ORDER BY id").fetchall(),
            "reports": conn.execute(
                "SELECT id, event_id, record FROM reports ORDER BY id"
            ).fetchall(),
            "claims": conn.execute(
                "SELECT * FROM claims ORDER BY report_id, evidence_start, kind"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_the_same_event_in_indonesian_and_english_is_one_event_with_both_sources(
    tmp_path, gazetteer_path
):
    db = tmp_path / "pair.db"
    for name in PAIR:
        ingest(db, name, gazetteer_path)
    with Store.open(db, readonly=True) as store:
        events = list(store.events())
        abduction = [
            m for m in events if m.event.sub_event_type == "Abduction/forced disappearance"
        ]
        assert len(abduction) == 1
        merged = abduction[0]
        assert {s.document_id for s in merged.sources} == set(PAIR)
        assert {s.language for s in merged.sources} == {"id", "en"}
        assert merged.event.actor1.name == "West Papua National Liberation Army"
        reports = store.reports_of([merged.event.id])
        assert len(merged.event.claims) == sum(len(r.event.claims) for r in reports)
        assert {c.document_id for c in merged.event.claims} <= set(PAIR)
        assert (
            merged.merge_reasons
            and "West Papua National Liberation Army" in merged.merge_reasons[0].actors
        )


def test_ingest_order_does_not_change_the_events(tmp_path, gazetteer_path):
    one, two = tmp_path / "ab.db", tmp_path / "ba.db"
    for name in PAIR:
        ingest(one, name, gazetteer_path)
    for name in reversed(PAIR):
        ingest(two, name, gazetteer_path)
    assert tables(one)["events"] == tables(two)["events"]


def test_ingesting_the_seed_twice_leaves_the_event_tables_byte_equal(tmp_path, gazetteer_path):
    db = tmp_path / "seed.db"
    args = (
        "ingest",
        str(SEED),
        "--published",
        "2019-04-15",
        "--db",
        str(db),
        "--gazetteer",
        str(gazetteer_path),
    )
    first = run_warta(*args)
    assert first.returncode == 0 and "1 stored" in first.stderr
    before = tables(db)
    second = run_warta(*args)
    assert second.returncode == 0 and "1 already stored" in second.stderr
    assert tables(db) == before
    assert len(before["events"]) >= 4


def _corpus(path, n):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            place = ("Sugapa", "Ilaga", "Kenyam", "Wamena", "Timika")[i % 5]
            day = 1 + i % 27
            text = (f"Kelompok bersenjata menyerang pos polisi di {place}, Papua, pada {day} Maret 2024. "
                    f"Polisi mengatakan {2 + i % 7} orang tewas dalam serangan itu, laporan nomor {i}.")  # fmt: skip
            fh.write(
                json.dumps({"id": f"doc{i:04d}", "text": text, "published": "2024-03-28"}) + "\n"
            )


def test_a_killed_ingest_resumes_with_nothing_lost_and_nothing_duplicated(tmp_path, gazetteer_path):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "crash.db"
    n = 600  # enough that a fast extraction is still storing when the test kills it
    _corpus(corpus, n)
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
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 20 <= stored < n
    again = run_warta(*cmd[3:])
    assert again.returncode == 0, again.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (
        n,
        n,
    )
    assert conn.execute(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.document_id = d.id)"
    ).fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM reports WHERE event_id IS NULL").fetchone() == (0,)
    assert conn.execute(
        "SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)"
    ).fetchone() == (0,)


def test_a_database_from_a_newer_warta_is_refused(tmp_path):
    db = tmp_path / "new.db"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(
        WartaError, match=f"schema version {SCHEMA_VERSION + 1} is newer than this warta"
    ):
        Store.open(db)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    db = tmp_path / "junk.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    out = run_warta("events", "--db", str(db))
    assert out.returncode == 1
    assert out.stderr.startswith(f"error: {db}: not a usable warta database")


def test_exports_of_a_real_store_load_as_acled_csv_and_geojson(tmp_path, gazetteer_path):
    import pandas as pd

    from warta.export import ACLED_COLUMNS

    db = tmp_path / "seed.db"
    run_warta(
        "ingest",
        str(SEED),
        "--published",
        "2019-04-15",
        "--db",
        str(db),
        "--gazetteer",
        str(gazetteer_path),
    )
    csv_path, geo_path = tmp_path / "events.csv", tmp_path / "events.geojson"
    assert (
        run_warta(
            "export", "--db", str(db), "--format", "acled-csv", "-o", str(csv_path)
        ).returncode
        == 0
    )
    assert (
        run_warta("export", "--db", str(db), "--format", "geojson", "-o", str(geo_path)).returncode
        == 0
    )
    frame = pd.read_csv(csv_path)
    assert tuple(frame.columns) == ACLED_COLUMNS
    bishri = frame[frame["location"] == "Jabal Bishri"].iloc[0]
    assert (bishri["event_type"], bishri["fatalities"], bishri["country"]) == (
        "Battles",
        20,
        "Syria",
    )
    features = json.loads(geo_path.read_text("utf-8"))["features"]
    assert len(features) == len(frame)
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    assert any(
        f["geometry"]["coordinates"] == [bishri["longitude"], bishri["latitude"]] for f in features
    )


def test_a_version_3_store_is_migrated_with_its_summaries(tmp_path, gazetteer_path):
    """Schema 4 moved a page's summary fields out of the JSON into columns: a store written
    by schema 3 gets them filled from its records, and pages read the same as before."""
    from warta.store import _MIGRATIONS, EventFilter

    current = tmp_path / "current.db"
    ingest(current, PAIR[0], gazetteer_path)
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    for step in (1, 2, 3):
        conn.executescript(_MIGRATIONS[step])
    conn.execute("INSERT INTO meta VALUES ('schema_version', '3')")
    columns = "id, event_type, sub_event_type, date, date_end, country, lat, lon, actor1, actor2, fatalities, sources, record"
    conn.execute("ATTACH ? AS cur", (str(current),))
    conn.execute(f"INSERT INTO events ({columns}) SELECT {columns} FROM cur.events")
    conn.commit()
    conn.close()
    with Store.open(current, readonly=True) as a, Store.open(old) as b:
        expected = a.page(EventFilter())
        assert b.page(EventFilter()) == expected
    (event,) = [json.loads(summary) for summary, _date, _id in expected]
    assert (event["location"], event["admin1"], event["geo_precision"]) == (
        "Paro",
        "Papua Pegunungan",
        2,
    )
    # an abduction with no one killed: 0 dead (ACLED's code), no longer unknown
    assert event["date_precision"] == "day" and event["fatalities"] == {
        "low": 0,
        "best": 0,
        "high": 0,
    }


_OPENER = """
import sys, time
from pathlib import Path
from warta.errors import WartaError
from warta.store import Store
folder, start, rounds = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
for i in range(rounds):
    time.sleep(max(0.0, start + 0.25 * i - time.time()))
    try:
        Store.open(folder / f"{i}.db").close()
    except WartaError as err:
        print(err, file=sys.stderr)
        sys.exit(1)
"""


def test_processes_creating_one_new_database_at_once_all_succeed(tmp_path):
    """Issue 19.3: Store.open on a new file from several processes at the same moment
    (as two `warta ingest` started together do): every one opens it, none fails with
    'table meta already exists'."""
    start, rounds = time.time() + 2.0, 12
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPENER, str(tmp_path), str(start), str(rounds)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=60), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    assert [code for code, _ in results] == [0] * 4, results
    for i in range(rounds):
        with Store.open(tmp_path / f"{i}.db", readonly=True) as store:
            version = "SELECT value FROM meta WHERE key = 'schema_version'"
            assert store.conn.execute(version).fetchall() == [(str(SCHEMA_VERSION),)]


def _damaged(tmp_path, gazetteer):
    """A real store (the seed ingested), checkpointed, with four pages in its middle
    scribbled over (the schema's pages are whole: SQLite opens it without complaint)."""
    db = tmp_path / "damaged.db"
    out = run_warta("ingest", str(SEED), "--published", "2019-04-15", "--db", str(db),
                    "--gazetteer", str(gazetteer))  # fmt: skip
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    middle = len(data) // 4096 // 2
    for n in range(middle, middle + 4):
        data[n * 4096 : n * 4096 + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    return db


def test_ingest_into_a_damaged_file_stops_with_one_line_and_writes_nothing(
    tmp_path, gazetteer_path
):
    """Issue 19.4: a database with damaged pages is refused on open, not written into."""
    db = _damaged(tmp_path, gazetteer_path)
    before = db.read_bytes()
    article = tmp_path / "more.txt"
    article.write_text("Dua orang tewas di Wamena kemarin, kata polisi.", "utf-8")
    out = run_warta("ingest", str(article), "--db", str(db), "--gazetteer", str(gazetteer_path))
    assert out.returncode == 1
    assert out.stderr.strip().splitlines()[-1].startswith(f"error: {db}: damaged ("), out.stderr
    assert "Traceback" not in out.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("command", [("events",), ("export",), ("doctor",)])
def test_reading_a_damaged_or_cut_file_is_one_line_naming_it(tmp_path, gazetteer_path, command):
    """Issue 19.9: `warta events`, `export` and `doctor` on damaged pages and on a file cut
    short end with one line naming the file and what is wrong, exit 1, no traceback."""
    damaged = _damaged(tmp_path, gazetteer_path)
    cut = tmp_path / "cut.db"
    cut.write_bytes(damaged.read_bytes()[: 3 * 4096])
    for db, problem in ((damaged, "damaged ("), (cut, "damaged: cut short")):
        out = run_warta(*command, "--db", str(db))
        assert out.returncode == 1, out.stdout + out.stderr
        assert "Traceback" not in out.stderr, out.stderr
        lines = out.stderr.strip().splitlines()
        if command == ("doctor",):
            assert [line for line in lines if line.startswith("PROBLEM")] == [
                line for line in lines if str(db) in line
            ]
            assert f"PROBLEM: {db}: {problem}" in out.stderr, out.stderr
        else:
            assert len(lines) == 1 and lines[0].startswith(f"error: {db}: {problem}"), lines
