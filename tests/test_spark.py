"""warta on Spark: the job's events equal `warta ingest`'s, record for record, merge included.

The merge stage's blocks are checked without Spark first (randomised reports, against the
store's own merge); then the job runs on a local[2] SparkSession shared by the module."""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from warta.merge import links, may_link, merge_all, merge_new, report_of, source_of
from warta.model import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    Location,
    MergedEvent,
    Result,
)
from warta.spark import cell_copies, cell_links
from warta.store import Report, Store
from warta.taxonomy import type_families

from .conftest import ROOT, run_warta

sys.path.insert(0, str(ROOT / "bench"))
from corpus import article

# --- the merge stage without Spark ----------------------------------------------------

PLACES = [  # (country, lat, lon): towns some way apart, and two sides of the antimeridian
    ("SY", 35.0, 40.0), ("SY", 34.5, 38.3), ("SY", 36.2, 37.1), ("IQ", 34.4, 40.9),
    ("ID", -4.0, 137.0), ("ID", -3.6, 138.9), ("ID", -6.2, 106.8), ("RU", 74.0, 179.3),
]  # fmt: skip
KINDS = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
ACTORS = ["Islamic State", "Military Forces of Syria", "Civilians (Syria)", "TPNPB"]


def _event(rng: random.Random, n: int) -> Event:
    country, lat0, lon0 = rng.choice(PLACES)
    lat = lat0 + rng.gauss(0, 0.3)
    lon = lon0 + rng.gauss(0, 0.4)
    if country == "RU":  # the store's box does not wrap around the antimeridian
        lon = rng.choice((179.0, 179.6, 179.9, -179.9, -179.6)) + rng.gauss(0, 0.05)
    located = rng.random() > 0.08
    precision = rng.choice((1, 1, 2, 3, None))
    start = date(2024, 3, 1) + timedelta(days=rng.randint(0, 40))
    when = rng.choice(("day", "day", "day", "week", "month", "year", None))
    end = start
    if when == "week":
        end = start + timedelta(days=rng.randint(0, 6))
    elif when == "month":
        start = start.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif when == "year":
        start, end = date(2024, 1, 1), date(2024, 12, 31)
    actors = [ActorRef(a) for a in rng.sample(ACTORS, rng.choice((0, 1, 1, 2, 2)))]
    kind = rng.choice(KINDS)
    claims = ()
    if rng.random() < 0.4:
        evidence = Evidence(0, 4, "tewas")
        claims = (Claim("killed", rng.randint(1, 30), "exact", None, evidence),)
    return Event(
        id=f"e{n}",
        event_type=kind[0],
        sub_event_type=kind[1],
        date=start.isoformat() if when else None,
        date_end=end.isoformat() if when else None,
        date_precision=when,  # type: ignore[arg-type]
        location=Location("X", country, lat=lat, lon=lon, precision=precision) if located else None,
        actor1=actors[0] if actors else None,
        actor2=actors[1] if len(actors) > 1 else None,
        fatalities=None,
        evidence=(Evidence(0, 4, "kata"),),
        claims=claims,
        confidence=round(rng.random(), 2),
    )


def _corpus(seed: int, n_docs: int) -> list[tuple[Document, list[Event], list[Report]]]:
    rng = random.Random(seed)
    families = type_families()
    out = []
    for i in range(n_docs):
        doc = Document(id=f"d{i:04d}", text=f"document {i}", outlet=rng.choice(("Kompas", None)),
                       published=f"2024-03-{rng.randint(1, 28):02d}")  # fmt: skip
        events = [_event(rng, j) for j in range(rng.randint(0, 3))]
        out.append((doc, events, [report_of(e, doc, families) for e in events]))
    return out


def _stored(
    tmp: Path, corpus: list[tuple[Document, list[Event], list[Report]]]
) -> list[MergedEvent]:
    with Store.open(tmp) as store:
        for doc, events, reports in corpus:
            with store.transaction():
                store.add(Result(doc, tuple(events)), reports)
                merge_new(store, reports)
        return sorted(store.events(), key=lambda m: m.event.id)


def _local(corpus: list[tuple[Document, list[Event], list[Report]]]) -> list[MergedEvent]:
    reports = [r for _, _, rs in corpus for r in rs]
    return merge_all(reports, {doc.id: source_of(doc) for doc, _, _ in corpus})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocked_merge_equals_the_store_merge_record_for_record(tmp_path, seed):
    corpus = _corpus(seed, 300)
    stored = _stored(tmp_path / "m.db", corpus)
    local = _local(corpus)
    assert sum(len(m.reports) > 1 for m in stored) >= 10  # merging happened
    assert local == stored  # ids, fields, claims, sources and reasons


@pytest.mark.parametrize("seed", [4, 5])
def test_the_store_merge_is_the_same_in_any_order_reasons_included(tmp_path, seed):
    corpus = _corpus(seed, 300)
    shuffled = corpus[:]
    random.Random(seed + 5).shuffle(shuffled)
    stored = _stored(tmp_path / "m.db", shuffled)
    assert stored == _local(corpus)


def test_the_store_finds_every_link_and_the_cells_hold_every_link(tmp_path):
    """Every pair that may link is among the store's candidates for merging (the R*Tree
    box, narrowed by latitude), and meets in the own cell of one of the two (so Spark
    judges it)."""
    from dataclasses import replace

    from warta.merge.policy import LINK_DAYS, WINDOW_DEGREES

    corpus = _corpus(5, 200)
    reports = [r for _, _, rs in corpus for r in rs]
    with Store.open(tmp_path / "m.db") as store:
        for doc, events, rs in corpus:
            store.add(Result(doc, tuple(events)), rs)
        store.set_block([r.id for r in reports], "b")
        expected = set(links([r for r in reports if _able(r)]))
        found = set()
        for r in reports:
            if not _able(r):
                continue
            for _, day, end, lat, lon, p, _ in store.linked_blocks(r, LINK_DAYS, WINDOW_DEGREES):
                o = replace(r, date=day, date_end=end, lat=lat, lon=lon, geo_precision=p)
                if (day, end, lat, lon) != (r.date, r.date_end, r.lat, r.lon) and may_link(r, o):
                    found.add((r.date, r.lat, day, lat))
        pairs = {(min(a, b), max(a, b)) for a, b in expected}
        by_id = {r.id: r for r in reports}
        assert found == {
            (by_id[a].date, by_id[a].lat, by_id[b].date, by_id[b].lat)
            for x, y in pairs
            for a, b in ((x, y), (y, x))
        }
        assert len(pairs) > 50
    cells: dict = {}
    for r in reports:
        for cell, home in cell_copies(r):
            cells.setdefault(cell, []).append((r, home))
    assert {pair for members in cells.values() for pair in cell_links(members)} == expected


def _able(r: Report) -> bool:
    from warta.merge import mergeable

    return mergeable(r)


def test_reports_across_cell_edges_still_merge():
    """Two reports 3 km apart on both sides of a cell corner, one day apart on both sides
    of a date cell's edge, are one event."""
    families = type_families()
    docs = [Document(id=name, text=name) for name in ("a", "b")]
    edge = date.fromordinal(date(2024, 1, 15).toordinal() // 68 * 68)  # a date cell's first day
    points = [((edge - timedelta(days=1)).isoformat(), 2.99, 8.99), (edge.isoformat(), 3.01, 9.01)]
    reports = [
        report_of(
            Event(id="e1", event_type="Battles", sub_event_type="Armed clash", date=day,
                  date_end=day, date_precision="day", location=Location("X", "SY", lat=lat, lon=lon,
                  precision=1), actor1=None, actor2=None, fatalities=None, evidence=()),
            doc, families,
        )
        for doc, (day, lat, lon) in zip(docs, points, strict=False)
    ]  # fmt: skip
    assert {k for k, home in cell_copies(reports[0]) if home} != {
        k for k, home in cell_copies(reports[1]) if home
    }
    (merged,) = merge_all(reports, {})
    assert merged.reports == ("a#e1", "b#e1")
    assert (
        merged.merge_reasons[0].text().startswith("b#e1 joined a#e1: violent; 1 day from its span")
    )


def test_without_pyspark_the_command_says_how_to_install_it(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    done = CliRunner().invoke(app, ["spark", str(tmp_path), "--out", str(tmp_path / "out")])
    assert done.exit_code == 1
    assert done.stderr == "error: warta spark needs pyspark: pip install 'warta[spark]'\n"


# --- the Spark job ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark():
    import shutil

    pytest.importorskip("pyspark")
    if not shutil.which("java"):
        pytest.skip("no java on PATH")
    from warta.spark import session

    s = session(
        "local[2]",
        {"spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g"},
        app_name="warta-tests",
    )
    yield s
    s.stop()


def _articles(n: int, seed: int = 11) -> list[dict[str, str]]:
    """Generated mixed id/en articles; copies of a few stories under other outlets and
    dates, so some events merge across documents."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        _, title, text = article(rng, 1200)
        day = f"2024-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
        records.append({"id": f"doc{i:04d}", "text": text, "title": title, "published": day,
                        "outlet": rng.choice(("Kompas", "Reuters", "Antara", "AP"))})  # fmt: skip
    for i in range(0, n, 7):  # a retelling of the story: same events, another document
        copy = dict(records[i])
        copy["id"] = f"doc{i:04d}b"
        copy["text"] = copy["text"] + "\n\nBerita ini telah diperbarui."
        copy["outlet"] = "Tempo"
        records.append(copy)
    return sorted(records, key=lambda r: r["id"])


def _parquet(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def test_spark_events_equal_ingest_events_record_for_record(spark, tmp_path, gazetteer_path):
    import io

    import pyarrow.parquet as pq

    from warta.export.parquet import PARQUET_COLUMNS, parquet_rows, write_parquet
    from warta.spark import run_spark

    records = _articles(172)  # + 25 retellings + 3 bad records = 200 lines
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[5:5] = ["{not json", json.dumps({"id": "x1", "body": "no text field"})]
    lines.append(json.dumps({"id": "x2", "text": "   "}))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(lines) == 200

    db = tmp_path / "ingest.db"
    done = run_warta("ingest", str(corpus), "--db", str(db), "--gazetteer", str(gazetteer_path))
    assert done.returncode == 1, done.stderr  # the three bad records
    out = tmp_path / "out"
    stats = run_spark([str(corpus)], out, spark=spark, gazetteer=gazetteer_path, split_bytes=0)
    assert (stats.read, stats.stored, stats.skipped, stats.failed) == (197, 197, 3, 0)

    with Store.open(db, readonly=True) as store:
        stored = sorted(store.events(), key=lambda m: m.event.id)
        assert store.counts()["documents"] == 197
    expected = list(parquet_rows(stored))
    got = sorted(_parquet(out / "events"), key=lambda r: r["id"])
    exported = io.BytesIO()
    write_parquet(stored, exported)
    schema = pq.read_schema(io.BytesIO(exported.getvalue()))
    assert [(f.name, f.type) for f in pq.read_table(out / "events").schema] == [
        (f.name, f.type) for f in schema
    ]
    assert [tuple(r) for r in got] == [PARQUET_COLUMNS] * len(got)
    assert len(got) == len(expected) == stats.events
    for mine, theirs in zip(got, expected, strict=False):
        assert mine == theirs
    assert sum(len(m.sources) > 1 for m in stored) >= 10  # merged across documents

    members = sorted((r["event_id"], r["report_id"], r["merged_because"])
                     for r in _parquet(out / "reports"))  # fmt: skip
    assert members == sorted(
        (m.event.id, rid, why.get(rid))
        for m in stored
        for why in [{j.report: j.text() for j in m.merge_reasons}]
        for rid in m.reports
    )
    claims = _parquet(out / "claims")
    assert len(claims) == sum(len(m.event.claims) for m in stored)
    assert {(c["event_id"], c["document_id"], c["kind"], c["value"]) for c in claims} == {
        (m.event.id, c.document_id, c.kind, c.value) for m in stored for c in m.event.claims
    }
    evidence = _parquet(out / "evidence")
    assert len(evidence) == sum(len(m.event.evidence) for m in stored)
    documents = _parquet(out / "documents")
    assert sorted(d["id"] for d in documents) == sorted(r["id"] for r in records)
    problems = sorted((p["input"], p["message"]) for p in _parquet(out / "problems"))
    assert [p[0] for p in problems] == [f"{corpus}:200", f"{corpus}:6", f"{corpus}:7"]
    assert "not valid JSON" in problems[1][1]
    for line in done.stderr.splitlines():  # ingest reported the same problems
        if line.startswith("error: ") and "extraction" not in line:
            assert any(line == f"error: {where}: {why}" for where, why in problems), line


def test_text_folders_parquet_and_bad_records_are_read_as_warta_read_reads_them(
    spark, tmp_path, gazetteer_path
):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warta.read import ReadOptions, read_paths
    from warta.spark import run_spark

    rng = random.Random(3)
    folder = tmp_path / "scraped"
    (folder / "sub").mkdir(parents=True)
    for i in range(6):
        _, title, text = article(rng, 900)
        (folder / ("sub" if i % 2 else "") / f"a{i}.txt").write_text(f"{title}\n\n{text}\n")
    (folder / "empty.txt").write_text("\n\n")
    (folder / "broken.jsonl").write_text('{"id": "j1", "text": "Serangan di Sugapa."}\n[1, 2\n')
    table = pa.table({"id": ["p1", "p2", None], "text": [article(rng, 900)[2] for _ in range(3)],
                      "published": ["2024-02-01", None, "2024-02-03"]})  # fmt: skip
    pq.write_table(table, tmp_path / "articles.parquet")
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "other.parquet")
    inputs = [str(folder), str(tmp_path / "articles.parquet"), str(tmp_path / "other.parquet"),
              str(tmp_path / "missing.txt")]  # fmt: skip

    out = tmp_path / "out"
    stats = run_spark(inputs, out, spark=spark, gazetteer=gazetteer_path, published="2024-01-31")
    documents = {d["id"]: d for d in _parquet(out / "documents")}
    expected = list(read_paths(inputs[:1], ReadOptions(published="2024-01-31")))
    docs = [d for d in expected if isinstance(d, Document)]
    assert set(documents) == {d.id for d in docs} | {"p1", "p2", "articles:3"}
    for d in docs:
        assert (documents[d.id]["text"], documents[d.id]["source"]) == (d.text, d.source)
    assert documents["p1"]["published"] == "2024-02-01"
    assert documents["p2"]["published"] == "2024-01-31"
    problems = {(p["input"], p["message"]) for p in _parquet(out / "problems")}
    assert problems == {(p.where, p.message) for p in expected if not isinstance(p, Document)} | {
        (inputs[2], "no column 'text' (see --text-field)"),
        (inputs[3], "no such file or directory"),
    }
    assert (stats.read, stats.skipped) == (len(documents), len(problems))
    assert stats.events == len(_parquet(out / "events")) > 0


def test_warta_spark_command(spark, tmp_path, gazetteer_path):
    """The command, in this process so that it runs on the module's session."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from warta.cli import app

    texts = [article(random.Random(i), 900)[2] for i in range(2)]
    pq.write_table(pa.table({"uid": ["u1", "u2"], "body": texts}), tmp_path / "a.parquet")
    out = tmp_path / "out"
    args = ["spark", str(tmp_path / "a.parquet"), "--out", str(out), "--gazetteer",
            str(gazetteer_path), "--published", "2024-03-01", "--text-field", "body",
            "--id-field", "uid", "--partitions", "2"]  # fmt: skip
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "2 documents read: 2 stored" in done.stderr
    assert sorted(d["id"] for d in _parquet(out / "documents")) == ["u1", "u2"]
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 1
    assert f"error: {out}: already holds events" in again.stderr
