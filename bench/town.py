"""The merge-policy acceptance corpus, and its check.

Usage: python bench/town.py [--orders 3] [--spark] [--workers 2]

The corpus (`town_corpus`): one town (Sugapa, Intan Jaya) has an attack report every 3 days
for a year, in Indonesian and English by turns, and, mixed in, three reports of one real
incident in two languages (the Susi Air pilot taken at Paro, Nduga, on 2023-02-07: the
hand-coded Indonesian and English test articles and a third, shorter Indonesian report).
Single linkage made one event of a corpus like the town's when reports were closer; policy
v2 must give one event per attack (about 120), the incident as one event of three reports,
and no event longer than its bound.

The check ingests the corpus in `--orders` random orders (`warta ingest`, fresh databases),
compares the event tables byte for byte, prints the events, the largest event and the
longest span; with `--spark` it runs `warta spark` on it too and compares the events.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
PAIR = {
    "id_08_nduga_pilot_susi_air": "2023-02-08",
    "en_13_indonesia_nduga_pilot_hostage": "2023-02-08",
}
THIRD = (
    "Kelompok Kriminal Bersenjata (KKB) pimpinan Egianus Kogoya membakar pesawat Susi Air di "
    "lapangan terbang Paro, Kabupaten Nduga, Papua, pada Selasa pagi dan menyandera pilotnya "
    "yang berkewarganegaraan Selandia Baru, kata Kapolda Papua.\n\nLima penumpang pesawat itu "
    "dilaporkan selamat."
)
DAYS = {
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
NUMBERS = {"id": ["dua", "tiga", "empat", "lima"], "en": ["two", "three", "four", "five"]}
FIRST = date(2022, 3, 7)
ATTACKS = 122  # every 3 days: a year


def town_corpus() -> list[dict[str, str]]:
    """The corpus as JSON Lines records (id, text, published, outlet, title): each attack
    told twice, in both languages, the second report dating it a day late (as reports do),
    so that single linkage chains the whole year into one event."""
    rng = random.Random(16)
    records = []
    for i in range(ATTACKS):
        day = FIRST + timedelta(days=3 * i)
        for k, lang in enumerate(("en", "id") if i % 2 else ("id", "en")):
            told = day + timedelta(days=k)  # the second report dates it a day late
            records.append(_attack(rng, i, k, lang, told))
    for name, published in PAIR.items():
        text = (ARTICLES / f"{name}.txt").read_text("utf-8")
        records.append({"id": name, "text": text, "published": published, "outlet": "fixture"})
    records.append({"id": "paro_third", "text": THIRD, "published": "2023-02-08", "outlet": "Jubi"})
    return records


def _attack(rng: random.Random, i: int, k: int, lang: str, day: date) -> dict[str, str]:
    weekday, n = DAYS[lang][day.weekday()], rng.choice(NUMBERS[lang])
    case = 4000 + 2 * i + k
    if lang == "id":
        text = (f"Kelompok bersenjata menyerang pos polisi di Sugapa, Intan Jaya, pada hari "
                f"{weekday}, menewaskan {n} anggota Polri, kata juru bicara polisi.\n\n"
                f"Para pelaku melarikan diri ke hutan. Polisi mencatat laporan nomor {case}.")  # fmt: skip
        title = "Serangan di Sugapa"
    else:
        text = (f"Gunmen attacked a police post in Sugapa, Intan Jaya, on {weekday}, killing "
                f"{n} officers, police said.\n\nThe attackers fled into the forest, a police "
                f"spokesman told reporters. Police logged it as case {case}.")  # fmt: skip
        title = "Attack in Sugapa"
    return {"id": f"sugapa{i:03d}{'ab'[k]}", "text": text, "title": title,
            "published": (day + timedelta(days=1)).isoformat(),
            "outlet": rng.choice(("Kompas", "Antara", "Reuters", "Jubi"))}  # fmt: skip


def write(records: list[dict[str, str]], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def event_table(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, record FROM events ORDER BY id").fetchall()
    finally:
        conn.close()


def describe(db: Path) -> dict[str, object]:
    """Events; reports per event; the largest event and the longest, each with the dates
    of its reports (first report's date to last report's end); the incident's reports."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT event_id, count(*), min(date), max(coalesce(date_end, date)),"
            " sum(document_id LIKE 'sugapa%'), group_concat(document_id) FROM reports GROUP BY 1"
        ).fetchall()
    finally:
        conn.close()

    def days(row: tuple) -> int:
        return (date.fromisoformat(row[3]) - date.fromisoformat(row[2])).days + 1 if row[2] else 0

    largest = max(rows, key=lambda r: (r[1], days(r)))
    longest = max(rows, key=lambda r: (days(r), r[1]))
    incident = [r for r in rows if "paro_third" in r[5]]
    return {
        "events": len(rows),
        "reports": sum(r[1] for r in rows),
        "town events": sum(1 for r in rows if r[4] == r[1]),
        "town events of 2 reports": sum(1 for r in rows if r[4] == r[1] == 2),
        "largest": f"{largest[1]} reports, {largest[2]}..{largest[3]}",
        "longest": f"{days(longest)} days, {longest[1]} reports",
        "incident": sorted(incident[0][5].split(",")) if incident else [],
    }


def ingest(corpus: Path, db: Path, workers: int, gazetteer: str | None) -> float:
    command = [sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(db),
               "--workers", str(workers)]  # fmt: skip
    if gazetteer:
        command += ["--gazetteer", gazetteer]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--gazetteer", default=None)
    parser.add_argument("--spark", action="store_true")
    args = parser.parse_args()
    records = town_corpus()
    with tempfile.TemporaryDirectory(prefix="warta-town-") as tmp:
        tables = []
        for k in range(args.orders):
            order = records[:]
            random.Random(k).shuffle(order)
            corpus = write(order, Path(tmp) / f"corpus{k}.jsonl")
            db = Path(tmp) / f"town{k}.db"
            seconds = ingest(corpus, db, args.workers, args.gazetteer)
            tables.append(event_table(db))
            print(f"order {k} (first {order[0]['id']}): {seconds:.1f} s, {describe(db)}")
        same = all(t == tables[0] for t in tables[1:])
        print(f"event tables identical across {args.orders} orders: {same}")
        if args.spark:
            sys.path.insert(0, str(ROOT / "src"))
            import pyarrow.parquet as pq

            from warta.export.parquet import parquet_rows
            from warta.spark import run_spark
            from warta.store import Store

            out = Path(tmp) / "spark"
            stats = run_spark([str(Path(tmp) / "corpus0.jsonl")], out, gazetteer=args.gazetteer)
            got = sorted(pq.read_table(out / "events").to_pylist(), key=lambda r: r["id"])
            with Store.open(Path(tmp) / "town0.db", readonly=True) as store:
                expected = list(parquet_rows(sorted(store.events(), key=lambda m: m.event.id)))
            print(f"spark: {stats.summary()}; events equal to ingest's: {got == expected}")


if __name__ == "__main__":
    main()
