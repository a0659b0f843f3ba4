"""`make bench`: one table of docs/s and peak memory for every stage, on one generated corpus.

Usage: python bench/run.py [--docs 1500] [--chars 2500] [--workers N] [--rows read,extract,...]

The corpus is realistic mixed Indonesian/English conflict articles (bench/corpus.py) in one
JSON Lines file. Each row runs in a fresh process: the real `warta read`, `warta extract`,
`warta ingest` commands (1 worker, then all workers), Spark local[2] through
`warta.spark.run_spark`, and, as a floor to compare with, tokenising the same texts with
spaCy's blank tokenizer (the document's language). A last row extracts the corpus in one
process and times geocoding apart (finding place names, resolving them): its share of
extraction time. Seconds are wall time of the whole
process, start-up included (imports, language data, worker pool, JVM); peak memory is the
highest sum of resident memory over the process and all its children (workers, the JVM),
sampled every 0.2 s. The gazetteer is $WARTA_GAZETTEER (make sets it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

WARTA = [sys.executable, "-m", "warta"]
ROWS = ("tokenise", "read", "extract", "ingest", "spark", "geo")
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Row:
    name: str
    workers: str
    docs: int
    m: Measure | None  # None: not measured
    start: float = 0.0  # seconds of the wall time that are start-up, not documents
    note: str = ""
    small: int = 0  # documents in the start-up run

    @property
    def rate(self) -> float:
        busy = self.m.seconds - self.start if self.m else 0.0
        return (self.docs - self.small) / busy if self.docs and busy > 0 else 0.0

    def line(self) -> str:
        def num(x: float | None, width: int, digits: int = 1) -> str:
            return f"{x:{width}.{digits}f}" if x else f"{'n/a':>{width}}"

        m = self.m
        others = f"{m.others:6.0%}" if m else f"{'n/a':>6}"
        return (
            f"{self.name:<30} {self.workers:>7} {self.docs:>6} {num(m and m.seconds, 7)} "
            f"{num(self.start, 7)} {num(self.rate, 7)} {num(m and m.cpu, 7)} "
            f"{num(m and m.peak_mib, 8, 0)} {others}  {self.note}"
        )


HEADER = (
    f"{'stage':<30} {'workers':>7} {'docs':>6} {'wall s':>7} {'start s':>7} {'docs/s':>7} "
    f"{'CPU s':>7} {'peak MiB':>8} {'others':>6}  note"
)


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )  # fmt: skip
    mem = next((int(x.split()[1]) for x in _lines("/proc/meminfo") if x.startswith("MemTotal")), 0)
    cores = len(os.sched_getaffinity(0))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"machine: {cpu}, {cores} usable cores ({os.cpu_count()} online), {mem / 1024**2:.1f} GiB RAM; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}\n"
        f"load average at start: {load}"
    )


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def generate(path: Path, n: int, chars: int) -> list[str]:
    """Write the corpus; return each document's language (for the tokeniser floor)."""
    rng = random.Random(2024)
    langs = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lang, title, text = article(rng, chars)
            published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record = {"id": f"b{i:06d}", "title": title, "text": text, "published": published,
                      "outlet": rng.choice(("wartaperang", "Westwire", "kabar-daerah"))}  # fmt: skip
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            langs.append(lang)
    return langs


# Measuring a process tree: wall time, the peak of the summed RSS of it and its children,
# and the CPU time of each (the workers' too, which no wait4 reports: the fork server and
# the JVM reap them).

TICK = os.sysconf("SC_CLK_TCK")
SAMPLE = 0.2  # seconds between samples: cheap enough not to slow what it measures


def _tree(root: int) -> tuple[int, dict[int, float]]:
    """(summed RSS bytes, {pid: CPU seconds so far}) of a process and its descendants."""
    total, cpu, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        try:
            fields = Path(f"/proc/{pid}/stat").read_text()
            rest = fields[fields.rindex(")") + 2 :].split()
            cpu[pid] = (int(rest[11]) + int(rest[12])) / TICK
            total += int(rest[21]) * PAGE
            for task in os.scandir(f"/proc/{pid}/task"):
                todo.extend(int(c) for c in Path(f"{task.path}/children").read_text().split())
        except (OSError, ValueError, IndexError):  # it has just exited
            continue
    return total, cpu


class Measure(NamedTuple):
    seconds: float  # wall time
    peak_mib: float  # highest summed RSS of the process and its children, sampled
    single_mib: float  # the kernel's peak RSS of the largest single process (wait4)
    stderr: str
    cpu: float  # CPU seconds of the process and its children (sampled every 0.2 s)
    others: float  # share of the machine's CPU that other processes used meanwhile


def run_measured(args: list[str], check: bool = True, **popen: object) -> Measure:
    """Run one command and measure it; raises RuntimeError when it fails (and `check`)."""
    start, busy_before = time.perf_counter(), _busy()
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True, **popen)  # type: ignore[call-overload]
    peak = 0
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            rss, seen = _tree(proc.pid)
            peak = max(peak, rss)
            cpu.update(seen)
            done.wait(SAMPLE)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {err[-2000:]}")
    single = usage.ru_maxrss / 1024
    busy = _busy() - busy_before
    ours = sum(cpu.values())
    others = max(0.0, busy - ours) / (seconds * len(os.sched_getaffinity(0)))
    return Measure(seconds, max(peak / 2**20, single), single, err, ours, others)


def _busy() -> float:
    """CPU seconds the whole machine has spent busy (all processes, all cores)."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / TICK


# Child modes: the tokeniser floor and the Spark job, each in its own process.


def tokenise(corpus: Path, langs_file: Path) -> None:
    """Child: tokenise every text with spaCy's blank pipeline for its language."""
    import spacy

    langs = langs_file.read_text().split()
    nlp = {lang: spacy.blank(lang) for lang in sorted(set(langs))}
    for pipeline in nlp.values():  # its first call builds caches: start-up, not work
        pipeline.tokenizer("Warm up, sebelum diukur.")
    began, tokens = time.perf_counter(), 0
    with corpus.open(encoding="utf-8") as fh:
        for line, lang in zip(fh, langs, strict=True):
            tokens += len(nlp[lang].tokenizer(json.loads(line)["text"]))
    print(json.dumps({"tokens": tokens, "seconds": time.perf_counter() - began}))


def spark(corpus: Path, out: Path) -> None:
    """Child: the Spark job, local[2], through its importable function."""
    from warta.spark import run_spark

    stats = run_spark([str(corpus)], out, master="local[2]")
    print(json.dumps({"docs": stats.read, "events": stats.events, "failed": stats.failed}))


def geo_share(corpus: Path) -> None:
    """Child: extract every document in this process, timing the two geocoding steps apart:
    finding place names in each sentence (`find_places`, gazetteer lookups included) and
    choosing a place for each in document context (`resolve`). The first documents are
    extracted untimed, so one-time loads (word lists, caches) count as start-up."""
    import warta.assemble.facts as facts
    import warta.pipeline as pipeline
    from warta.read import read_paths

    spent = {"find_places": 0.0, "resolve": 0.0}

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - began

        return wrapper

    facts.find_places = timed("find_places", facts.find_places)
    pipeline.resolve = timed("resolve", pipeline.resolve)
    res = pipeline.Resources.load()
    docs = [d for d in read_paths([str(corpus)]) if isinstance(d, pipeline.Document)]
    for doc in docs[:SMALL]:
        pipeline.extract(doc, res)
    spent.update(find_places=0.0, resolve=0.0)
    began = time.perf_counter()
    for doc in docs[SMALL:]:
        pipeline.extract(doc, res)
    total = time.perf_counter() - began
    print(json.dumps({"docs": len(docs), "extract": total, **spent}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1500)
    parser.add_argument("--chars", type=int, default=2500, help="length of each article")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--rows", default=",".join(ROWS), help=f"any of {', '.join(ROWS)}")
    parser.add_argument("--tokenise", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spark", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--geo-share", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.geo_share:
        geo_share(args.geo_share)
        return
    if args.tokenise:
        tokenise(*args.tokenise)
        return
    if args.spark:
        spark(*args.spark)
        return
    began = time.perf_counter()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        Bench(Path(tmp), args.docs, args.chars).run(args.rows.split(","), args.workers)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        "\nwall s: the whole fresh process; start s: the same command on the corpus's first "
        f"{SMALL} documents\n(imports, language data, worker pool, JVM); docs/s: the other "
        "documents over the rest of the time;\nCPU s and peak MiB: summed over the process and "
        "its children (workers, JVM); others: the share\nof the machine's CPU other processes "
        f"used meanwhile (contention).\nload average at end: {load}; the whole bench took "
        f"{time.perf_counter() - began:.0f} s"
    )


SMALL = 2  # documents of the start-up run


class Bench:
    def __init__(self, root: Path, docs: int, chars: int) -> None:
        self.root = root
        self.corpus = root / "corpus.jsonl"
        self.langs = generate(self.corpus, docs, chars)
        (root / "langs.txt").write_text("\n".join(self.langs))
        self.small = root / "small.jsonl"
        with self.corpus.open(encoding="utf-8") as fh:
            self.small.write_text("".join(fh.readline() for _ in range(SMALL)), "utf-8")
        self.results: dict[str, Row] = {}
        self.me = [sys.executable, __file__]

    def run(self, rows: list[str], workers: int) -> None:
        n, langs = len(self.langs), self.langs
        size = self.corpus.stat().st_size / n
        print(
            f"corpus: {n} generated articles (bench/corpus.py), {langs.count('id')} Indonesian, "
            f"{langs.count('en')} English, {size:.0f} bytes each on average, one JSON Lines file\n"
        )
        print(HEADER)
        print("-" * len(HEADER))
        if "tokenise" in rows:
            self.tokenise_row()
        if "read" in rows:
            self.command_row("read", "warta read", lambda c: [*WARTA, "read", str(c)], "1")
        for stage in ("extract", "ingest"):
            if stage not in rows:
                continue
            for w in sorted({1, workers}):

                def command(corpus: Path, stage: str = stage, w: int = w) -> list[str]:
                    extra = (
                        ["--db", str(corpus.with_suffix(f".{w}.db"))] if stage == "ingest" else []
                    )
                    return [*WARTA, stage, str(corpus), "--workers", str(w), *extra]

                self.command_row(f"{stage}{w}", f"warta {stage}", command, str(w))
        if "spark" in rows:
            self.spark_row()
        if "geo" in rows:
            self.geo_row()

    def show(self, key: str, row: Row) -> None:
        self.results[key] = row
        print(row.line(), flush=True)

    def tokenise_row(self) -> None:
        out = self.root / "tokens.json"
        with out.open("w") as fh:
            m = run_measured(
                [*self.me, "--tokenise", str(self.corpus), str(self.root / "langs.txt")], stdout=fh
            )
        r = json.loads(out.read_text())
        n = len(self.langs)
        note = (
            f"{r['tokens'] / n:.0f} tokens/doc; start-up: importing spaCy, building its tokenizers"
        )
        self.show("tokenise", Row("tokenise (spaCy blank, floor)", "1", n, m, m.seconds - r["seconds"], note))  # fmt: skip

    def command_row(self, key: str, name: str, command, workers: str) -> None:  # type: ignore[no-untyped-def]
        start = run_measured(command(self.small), stdout=subprocess.DEVNULL).seconds
        m = run_measured(command(self.corpus), stdout=subprocess.DEVNULL)
        row = Row(name, workers, len(self.langs), m, start, small=SMALL)
        one = self.results.get(key[:-1] + "1")
        if workers != "1" and one is not None and one.m is not None:
            row.note = (
                f"{row.rate / one.rate:.2f}x one worker ({one.m.seconds / m.seconds:.2f}x wall)"
            )
        if name == "warta ingest":
            summary = m.stderr.strip().splitlines()[-1].split(";")
            row.note = "; ".join(x for x in (row.note, summary[1].strip()) if x)
        self.show(key, row)

    def spark_row(self) -> None:
        name = "Spark local[2] (run_spark)"
        try:
            import warta.spark

            assert callable(warta.spark.run_spark)
        except (ImportError, AttributeError):
            self.show("spark", Row(name, "2", 0, None, note="n/a (spark not built)"))
            return
        out = self.root / "spark.json"
        try:
            start = run_measured(
                [*self.me, "--spark", str(self.small), str(self.root / "spark-small")],
                stdout=subprocess.DEVNULL,
            ).seconds
            with out.open("w") as fh:
                m = run_measured(
                    [*self.me, "--spark", str(self.corpus), str(self.root / "spark")], stdout=fh
                )
        except RuntimeError as err:
            note = f"n/a (failed: {str(err).strip().splitlines()[-1][:100]})"
            self.show("spark", Row(name, "2", 0, None, note=note))
            return
        r = json.loads(out.read_text().strip().splitlines()[-1])
        note = f"{r['events']} merged events; {r['failed']} failed"
        self.show("spark", Row(name, "2", r["docs"], m, start, note, small=SMALL))

    def geo_row(self) -> None:
        out = self.root / "geo.json"
        with out.open("w") as fh:
            m = run_measured([*self.me, "--geo-share", str(self.corpus)], stdout=fh)
        r = json.loads(out.read_text())
        find, resolve, total = r["find_places"], r["resolve"], r["extract"]
        note = (
            f"geocoding {(find + resolve) / total:.1%} of extraction time (finding places "
            f"{find / total:.1%}, resolving {resolve / total:.1%}); after {SMALL} warm-up documents"
        )
        n = r["docs"]
        self.show("geo", Row("extract, geocoding timed", "1", n, m, m.seconds - total, note, SMALL))


if __name__ == "__main__":
    main()
