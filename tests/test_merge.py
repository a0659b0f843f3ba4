"""Merge policy v2: events stay incidents however dense the reports, whatever the order.

Reports are made directly (no extraction) for the policy's rules; then the acceptance
corpus of bench/town.py goes through `warta ingest` for real."""

from __future__ import annotations

import random
import sqlite3
import sys
from dataclasses import replace
from datetime import date, timedelta

import pytest

from warta.merge import (
    BOUND_DAYS,
    POLICY,
    cluster,
    merge_all,
    merge_new,
    remerge,
    report_of,
    source_of,
)
from warta.model import ActorRef, Document, Event, Evidence, Location, MergedEvent, Result
from warta.store import Store
from warta.taxonomy import type_families

from .conftest import ROOT, run_warta

sys.path.insert(0, str(ROOT / "bench"))
from town import town_corpus, write

FAMILIES = type_families()
SUGAPA = (-3.743, 137.03)


def _report(doc_id, day, *, end=None, precision="day", lat=SUGAPA[0], lon=SUGAPA[1],
            actors=("Unidentified Armed Group (Indonesia)",), kind="Battles", killed=2):  # fmt: skip
    day = day if isinstance(day, str) else day.isoformat()
    end = end if end is None or isinstance(end, str) else end.isoformat()
    event = Event(
        id="e1", event_type=kind, sub_event_type="Armed clash", date=day, date_end=end or day,
        date_precision=precision, location=Location("Sugapa", "ID", lat=lat, lon=lon, precision=2),
        actor1=ActorRef(actors[0]) if actors else None,
        actor2=ActorRef(actors[1]) if len(actors) > 1 else None, fatalities=None,
        evidence=(Evidence(0, 4, "text"),),
    )  # fmt: skip
    doc = Document(id=doc_id, text=doc_id, outlet="Kompas", published=day)
    return doc, event, report_of(event, doc, FAMILIES)


def _town(first=date(2022, 3, 7), attacks=122):
    """A town's attack every 3 days for a year, each told twice (the second report a day
    late), and one incident told three times 60 km away."""
    out = []
    for i in range(attacks):
        day = first + timedelta(days=3 * i)
        out.append(_report(f"t{i:03d}a", day))
        out.append(_report(f"t{i:03d}b", day + timedelta(days=1)))
    for k, name in enumerate(("paro_id", "paro_en", "paro_third")):
        out.append(_report(name, "2023-02-07", lat=-4.30 + 0.01 * k, lon=137.2,
                           actors=("West Papua National Liberation Army",)))  # fmt: skip
    return out


def _store(path, corpus) -> list[MergedEvent]:
    with Store.open(path) as store:
        for doc, event, report in corpus:
            with store.transaction():
                store.add(Result(doc, (event,)), [report])
                merge_new(store, [report])
        return sorted(store.events(), key=lambda m: m.event.id)


def _span(members) -> int:
    first = min(date.fromisoformat(r.date) for r in members)
    last = max(date.fromisoformat(r.date_end or r.date) for r in members)
    return (last - first).days + 1


def test_a_town_attacked_every_three_days_is_122_events_not_one():
    reports = [r for _, _, r in _town()]
    clusters = cluster(reports)
    assert len(clusters) == 123
    assert sorted(len(c.members) for c in clusters) == [2] * 122 + [3]
    assert max(_span(c.members) for c in clusters) <= BOUND_DAYS["day"]
    (incident,) = [c for c in clusters if c.seed.startswith("paro")]
    assert {r.document_id for r in incident.members} == {"paro_id", "paro_en", "paro_third"}


def test_three_orders_give_identical_event_tables_and_equal_the_blocked_merge(tmp_path):
    corpus = _town(attacks=40)
    tables = []
    for k in range(3):
        order = corpus[:]
        random.Random(k).shuffle(order)
        stored = _store(tmp_path / f"o{k}.db", order)
        conn = sqlite3.connect(tmp_path / f"o{k}.db")
        tables.append(
            conn.execute(
                "SELECT id, event_type, date, date_end, country, lat, lon, sources, record FROM events ORDER BY id"
            ).fetchall()
        )
        conn.close()
    assert tables[0] == tables[1] == tables[2] and len(tables[0]) == 41
    sources = {doc.id: source_of(doc) for doc, _, _ in corpus}
    assert merge_all([r for _, _, r in corpus], sources) == stored


def test_daily_reports_make_events_of_three_days_at_most_unless_one_states_longer():
    daily = [_report(f"d{i}", date(2024, 5, 1) + timedelta(days=i)) for i in range(10)]
    assert max(_span(c.members) for c in cluster(r for _, _, r in daily)) <= 3
    long = _report("siege", "2024-05-01", end="2024-05-10")  # "fighting lasted ten days"
    events = cluster(r for _, _, r in [*daily, long])
    assert max(_span(c.members) for c in events) == 10
    assert max(len(c.members) for c in events) > 3


def test_a_report_that_bridges_two_events_does_not_fuse_them():
    a = _report("a", "2024-05-01")
    b = _report("b", "2024-05-04")  # 3 days later: its own event
    bridge = _report("c", "2024-05-02", end="2024-05-03")  # meets both
    events = cluster(r for _, _, r in (a, b, bridge))
    assert len(events) == 2


def test_incompatible_actors_type_or_place_keep_reports_apart():
    base = _report("a", "2024-05-01")
    other_actor = _report("b", "2024-05-01", actors=("Military Forces of Indonesia",))
    protest = _report("c", "2024-05-01", kind="Protests", actors=())
    far = _report("d", "2024-05-01", lat=SUGAPA[0] + 0.9)  # 100 km: farther than precision 2 allows
    events = cluster(r for _, _, r in (base, other_actor, protest, far))
    assert len(events) == 4


def test_warta_merge_brings_a_store_merged_by_v1_to_v2(tmp_path):
    db = tmp_path / "old.db"
    corpus = _town(attacks=10)
    expected = _store(db, corpus)
    conn = sqlite3.connect(db)
    with conn:  # what v1 left: one event of everything, reasons as text, policy v1
        conn.execute("UPDATE meta SET value = 'blocks.v1' WHERE key = 'merge_policy'")
        conn.execute("DELETE FROM events")
        conn.execute("UPDATE reports SET event_id = 'x', block_id = NULL")
    conn.close()
    done = run_warta("merge", "--policy", "v2", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "23 reports merged into 11 events by blocks.v2 (was blocks.v1)" in done.stderr
    with Store.open(db, readonly=True) as store:
        assert sorted(store.events(), key=lambda m: m.event.id) == expected
        assert store.merge_policy() == POLICY


def test_ingest_into_a_store_merged_by_v1_merges_it_again_first(tmp_path):
    db = tmp_path / "old.db"
    corpus = _town(attacks=6)
    expected = _store(tmp_path / "new.db", corpus)
    _store(db, corpus[:-1])
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE meta SET value = 'blocks.v1' WHERE key = 'merge_policy'")
    conn.close()
    assert _store(db, corpus[-1:]) == expected


def test_the_acceptance_corpus_through_warta_ingest_in_two_orders(tmp_path, gazetteer_path):
    """bench/town.py's corpus, real text in two languages: one event per attack (each of
    two reports), the incident's three reports one event, no event longer than 3 days,
    and the same event table from two orders."""
    tables = []
    for seed in (0, 1):
        records = town_corpus()
        random.Random(seed).shuffle(records)
        corpus = write(records, tmp_path / f"town{seed}.jsonl")
        db = tmp_path / f"town{seed}.db"
        done = run_warta("ingest", str(corpus), "--db", str(db), "--gazetteer", str(gazetteer_path))
        assert done.returncode == 0, done.stderr
        conn = sqlite3.connect(db)
        rows = conn.execute(
            "SELECT event_id, group_concat(document_id), min(date), max(coalesce(date_end, date))"
            " FROM reports GROUP BY 1"
        ).fetchall()
        tables.append(
            conn.execute(
                "SELECT id, event_type, date, date_end, country, lat, lon, sources, record FROM events ORDER BY id"
            ).fetchall()
        )
        conn.close()
        town = [r for r in rows if r[1].startswith("sugapa")]
        assert len(town) == 122 and all(len(r[1].split(",")) == 2 for r in town)
        (incident,) = [r for r in rows if "paro_third" in r[1]]
        assert sorted(incident[1].split(",")) == [
            "en_13_indonesia_nduga_pilot_hostage", "id_08_nduga_pilot_susi_air", "paro_third"
        ]  # fmt: skip
        assert all(
            (date.fromisoformat(last) - date.fromisoformat(first)).days < 3
            for _, _, first, last in rows
            if first
        )
    assert tables[0] == tables[1]


@pytest.mark.parametrize("seed", [1, 2])
def test_dense_reports_in_any_order_give_the_events_of_the_whole_set(tmp_path, seed):
    """Many reports at a few places within weeks, every precision, documents of several
    reports, some bridging: ingest in a random order equals clustering the whole set."""
    rng = random.Random(seed)
    corpus = []
    for i in range(400):
        day = date(2024, 5, 1) + timedelta(days=rng.randint(0, 40))
        precision = rng.choice(("day", "day", "day", "week", "month"))
        end = day + timedelta(days=rng.randint(0, 6)) if precision == "week" else day
        if precision == "month":
            day, end = day.replace(day=1), day.replace(day=28)
        if rng.random() < 0.05:  # states a longer span
            end = day + timedelta(days=rng.randint(3, 20))
        lat = SUGAPA[0] + rng.choice((0.0, 0.2, 0.5)) + rng.gauss(0, 0.05)
        actors = rng.choice(((), ("A",), ("B",), ("A", "B")))
        corpus.append(_report(f"d{i // 2:03d}", day, end=end, precision=precision, lat=lat,
                              actors=actors, killed=rng.randint(0, 9)))  # fmt: skip
    by_doc: dict = {}
    for i, (doc, ev, _) in enumerate(corpus):
        ev = replace(ev, id=f"e{i}")
        by_doc.setdefault(doc.id, (doc, []))[1].append((ev, report_of(ev, doc, FAMILIES)))
    docs = list(by_doc.values())
    rng.shuffle(docs)
    with Store.open(tmp_path / "dense.db") as store:
        for doc, pairs in docs:
            with store.transaction():
                store.add(Result(doc, tuple(e for e, _ in pairs)), [r for _, r in pairs])
                merge_new(store, [r for _, r in pairs])
        stored = sorted(store.events(), key=lambda m: m.event.id)
    sources = {doc.id: source_of(doc) for doc, _ in docs}
    assert stored == merge_all([r for _, pairs in docs for _, r in pairs], sources)
    assert sum(len(m.reports) > 1 for m in stored) > 20


def test_reports_an_analyst_split_stay_apart_when_a_new_report_links_them(tmp_path):
    """A split is an analyst's decision: a later report that fits both parts joins one of
    them, and re-merging the whole store keeps them apart too."""
    day = date(2023, 5, 10)
    first, second = _report("kompas", day), _report("antara", day)
    db = tmp_path / "split.db"
    (together,) = _store(db, [first, second])
    a, b = first[2].id, second[2].id
    assert sorted(together.reports) == sorted([a, b])
    with Store.open(db) as store:
        with store.transaction():
            store.regroup([together.event.id], [[a], [b]], who="rina", note="two raids",
                          action="split")  # fmt: skip
        # told a day earlier, the new report comes first in canonical order, so the block is
        # clustered again from it
        doc, event, third = _report("detik", day - timedelta(days=1))
        with store.transaction():
            store.add(Result(doc, (event,)), [third])
            merge_new(store, [third])
        groups = [set(m.reports) for m in store.events()]
        assert not any({a, b} <= g for g in groups), groups
        assert any(third.id in g and (a in g or b in g) for g in groups)  # it joined one part
        with store.transaction():
            remerge(store)
        again = [set(m.reports) for m in store.events()]
        assert not any({a, b} <= g for g in again), again
