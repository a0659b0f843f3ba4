"""warta on Apache Spark: read -> extract -> resolve on every executor, merge, write Parquet.

`run_spark(inputs, output_dir)` (the `warta spark` command) codes a corpus too big for one
machine. Stage 1 reads the inputs (the file list spread over tasks; big JSON Lines files
and Parquet files through Spark's own readers), then extracts each document in
`mapPartitions`, so the per-process state (`Resources`: the gazetteer, language data) is
built once per Python worker, not once per document. Stage 2 merges reports of one event
across documents by the same functions as `warta ingest` (`warta.merge`, policy blocks.v2):

- every report that can merge is copied into its grid cell (family, country, a date bucket
  and a latitude/longitude cell, each as long as `merge.may_link` reaches) and the 26
  around it, so any two reports that may link meet in the own cell of one of them;
- each pair is judged once, in the own cell of its smaller report id, by `may_link`;
- the links are joined into connected components, the merge blocks, on the driver
  (union-find over the link list: memory grows with the number of reports that link);
- each block is clustered by `merge.cluster` (reports in canonical order, each joining the
  event it is compatible with as a whole) and each event becomes a record through
  `merge.merge_reports`, the function the store's merge builds its records with, so ids,
  fields, sources, claims and reasons are the same as `warta ingest` gives, in any order.

Output layout and schemas: `docs/spark.md`.
"""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WartaError
from .limits import Limits
from .merge import cluster, components, may_link, merge_reports, mergeable, source_of
from .merge.incremental import grid_cell
from .model import Document, MergedEvent, Source
from .read import Problem, ReadOptions
from .store import Report

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

    from .pipeline import Resources

log = logging.getLogger(__name__)

SPLIT_BYTES = 8 << 20  # JSON Lines files this big or bigger are read in parallel by Spark
OUTPUTS = ("events", "claims", "evidence", "documents", "reports", "problems")
MISSING = "warta spark needs pyspark: pip install 'warta[spark]'"


class SparkUnavailable(WartaError):
    """pyspark or Java is missing, or Spark would not start."""


# ---------------------------------------------------------------------------------------
# merge: pure functions around `warta.merge`, the same in a Spark task and on one machine

Cell = tuple[str, str, int, int, int]  # family, country, date bucket, lat cell, lon cell


def cell_copies(report: Report) -> list[tuple[Cell, bool]]:
    """The grid cells a report is copied into, each with whether it is the report's own
    cell: its own and the 26 around it, so any two reports that may link meet in the own
    cell of one of them; none for a report that cannot merge."""
    if not mergeable(report):
        return []
    family, country, t, y, x = grid_cell(report)
    return [
        ((family, country, t + dt, y + dy, x + dx), dt == dy == dx == 0)
        for dt, dy, dx in itertools.product((-1, 0, 1), repeat=3)
    ]


def cell_links(members: Iterable[tuple[Report, bool]]) -> Iterator[tuple[str, str]]:
    """The links a cell is responsible for: pairs whose smaller id lives in it."""
    members = list(members)
    homes = [r for r, home in members if home]
    for a in homes:
        for b, _ in members:
            if a.id < b.id and may_link(a, b):
                yield a.id, b.id


# ---------------------------------------------------------------------------------------
# stage 1: read and extract, in tasks


@dataclass(frozen=True, slots=True)
class Outcome:
    """What stage 1 made of one input record (`order` is its place in the input)."""

    order: tuple[int, int]  # (input file, record in it)
    doc: Document | None = None
    reports: tuple[Report, ...] = ()
    problem: Problem | None = None  # a bad record (skipped) or a warning
    failure: str | None = None  # extraction raised: why


def resources(gazetteer: str | None, limits: Limits | None = None) -> Resources:
    """The pipeline's state, loaded once per Python worker process. The gazetteer is the
    path given, else the file of that name shipped to the executor (`--files`)."""
    from .pipeline import process_resources

    path = gazetteer
    if path is not None and not Path(path).is_file():
        try:
            from pyspark import SparkFiles

            shipped = Path(SparkFiles.get(Path(path).name))
            path = str(shipped) if shipped.is_file() else path
        except Exception:  # no files shipped here: keep the path as given
            log.debug("no SparkFiles for %s", path, exc_info=True)
    return process_resources(path, limits)


def extract_partition(
    items: Iterable[tuple[tuple[int, int], Document | Problem | None]],
    gazetteer: str | None,
    limits: Limits | None = None,
) -> Iterator[Outcome]:
    """Stage 1 for one partition: each read document extracted, with its merge reports."""
    from .merge import report_of
    from .pipeline import extract, extract_or_error
    from .taxonomy import type_families

    res = resources(gazetteer, limits)
    families = type_families()
    for order, found in items:
        if found is None:
            continue
        if isinstance(found, Problem):
            yield Outcome(order, problem=found)
            continue
        result = extract_or_error(extract, found, res)
        if isinstance(result, Exception):
            yield Outcome(order, doc=found, failure=f"{type(result).__name__}: {result}")
            continue
        yield Outcome(order, found, tuple(report_of(e, found, families) for e in result.events))


def read_files(
    items: Iterable[tuple[int, str]], options: ReadOptions
) -> Iterator[tuple[tuple[int, int], Document | Problem]]:
    """Documents of whole files, read by `warta.read` as `warta ingest` reads them."""
    from .read import read_file

    for index, path in items:
        for k, found in enumerate(read_file(path, options)):
            yield (index, k), found


def _jsonl_line(
    item: tuple[str, int], index: int, path: str, stem: str, options: ReadOptions
) -> tuple[tuple[int, int], Document | Problem | None]:
    from .read.jsonl import from_line

    line, i = item
    if i == 0:
        line = line.lstrip("\ufeff")
    return (index, i), from_line(line, f"{path}:{i + 1}", f"{stem}:{i + 1}", options)


def _parquet_row(
    item: tuple[Any, int], index: int, path: str, stem: str, options: ReadOptions
) -> tuple[tuple[int, int], Document | Problem]:
    from .read.jsonl import from_record

    row, i = item
    return (index, i), from_record(row.asDict(), f"{path}: row {i + 1}", f"{stem}:{i + 1}", options)


# ---------------------------------------------------------------------------------------
# the job


@dataclass
class SparkStats:
    """What a Spark run did (the counts of `warta ingest`, plus inputs skipped)."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # input records (or files) that could not be read
    warnings: int = 0
    reports: int = 0
    events: int = 0
    links: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # the first few, as "error: where: what"
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} documents read: {self.stored} stored, {self.duplicates} duplicates, "
            f"{self.failed} failed; {self.reports} events extracted, merged into "
            f"{self.events} events; {self.skipped} inputs skipped; {self.seconds:.1f} s "
            f"({rate:.1f} docs/s)"
        )


def session(
    master: str | None = "local[2]",
    conf: Mapping[str, str] | None = None,
    app_name: str = "warta",
) -> SparkSession:
    """A SparkSession for warta. `master` None: the one spark-submit was given, else
    local[2]. Local masters stay on 127.0.0.1, run the workers on this Python and show no
    UI. Raises SparkUnavailable without pyspark or Java."""
    spark_session = _pyspark_session()
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit: JVM is up
    if not submitted and not (shutil.which("java") or _java_home()):
        raise SparkUnavailable("warta spark needs Java 17 or later (no java on PATH or JAVA_HOME)")
    if master is None and not submitted:
        master = "local[2]"
    settings = {"spark.python.worker.reuse": "true"}
    if master is not None and master.startswith("local"):
        # The workers run this Python (SparkContext reads $PYSPARK_PYTHON, not the conf).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        settings |= {
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "8",
        }
    builder = spark_session.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as err:
        raise SparkUnavailable(f"warta spark could not start Spark ({_first(err)})") from err
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_spark(
    inputs: Sequence[str],
    output_dir: Path | str,
    *,
    master: str | None = "local[2]",
    gazetteer: Path | str | None = None,
    published: str | None = None,
    options: ReadOptions | None = None,
    partitions: int | None = None,
    split_bytes: int = SPLIT_BYTES,
    overwrite: bool = False,
    spark: SparkSession | None = None,
    conf: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> SparkStats:
    """Read, extract and merge `inputs` on Spark; write Parquet tables under `output_dir`.

    Inputs are files, directories and globs as `warta read` takes them (text, HTML, JSON
    Lines, WARC, feeds) plus Parquet files of articles (columns named as `options.fields`
    says), and hdfs://, s3a://... URIs of JSON Lines or Parquet. Bad records are counted and
    written to `problems/`, never fatal. `spark`, or the session already running in this
    process, is used and left running; otherwise one is started on `master` (with `conf`)
    and stopped at the end."""
    started = time.perf_counter()
    options = options or ReadOptions()
    if published is not None:
        options = replace(options, published=published)
    out = str(output_dir).rstrip("/") or "/"
    if "://" not in out and not overwrite:
        _refuse_existing(out, [n for n in OUTPUTS if Path(out, n).exists()])
    own = spark is None and _active() is None
    spark = spark or _active() or session(master, conf)
    try:
        if "://" in out and not overwrite:
            _refuse_existing(out, [n for n in OUTPUTS if _exists(spark, f"{out}/{n}")])
        stats = _run(spark, inputs, out, options, _gazetteer(spark, gazetteer), partitions,
                     split_bytes, limits)  # fmt: skip
    finally:
        if own:
            spark.stop()
    stats.seconds = time.perf_counter() - started
    return stats


def _refuse_existing(out: str, names: list[str]) -> None:
    if names:
        raise WartaError(f"{out}: already holds {', '.join(names)} (use overwrite)")


def _exists(spark: SparkSession, uri: str) -> bool:
    """Whether a path exists on a Hadoop file system (hdfs://, s3a://, ...)."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    path = jvm.org.apache.hadoop.fs.Path(uri)
    return bool(path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(path))


def _run(
    spark: SparkSession,
    inputs: Sequence[str],
    out: str,
    options: ReadOptions,
    gazetteer: str | None,
    partitions: int | None,
    split_bytes: int,
    limits: Limits | None = None,
) -> SparkStats:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    parts = partitions or max(2, sc.defaultParallelism * 2)
    stats = SparkStats()
    clock = time.perf_counter()
    read, driver_problems = _read(spark, inputs, options, parts, split_bytes)
    outcomes = read.mapPartitions(lambda items: extract_partition(items, gazetteer, limits))
    outcomes.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = outcomes.map(_outcome_kind).countByValue()
        stats.read = counts.get("doc", 0) + counts.get("failed", 0)
        stats.failed = counts.get("failed", 0)
        stats.skipped = counts.get("skipped", 0) + len(driver_problems)
        stats.warnings = counts.get("warning", 0)
        stats.timings["read and extract"] = time.perf_counter() - clock
        clock = time.perf_counter()
        problems = sc.parallelize([_problem_row(p) for p in driver_problems], 1).union(
            outcomes.flatMap(_problem_rows)
        )
        _write(spark, problems, _PROBLEMS, f"{out}/problems")
        stats.problems = [f"{kind}: {where}: {why}" for where, kind, why in problems.take(20)]

        good = outcomes.filter(lambda o: o.doc is not None and o.failure is None)
        skip = _duplicates(sc, good)
        stats.duplicates = len(skip)
        stats.stored = stats.read - stats.failed - stats.duplicates
        dropped = sc.broadcast(skip)
        kept = good.filter(lambda o: o.order not in dropped.value)
        _write(spark, kept.map(_document_row), _DOCUMENTS, f"{out}/documents")
        stats.timings["documents and problems"] = time.perf_counter() - clock
        clock = time.perf_counter()

        reports = kept.flatMap(lambda o: [(r, source_of(o.doc)) for r in o.reports])  # type: ignore[arg-type]
        merged, stats.links = _merge(sc, reports, parts)
        stats.timings["merge links"] = time.perf_counter() - clock
        clock = time.perf_counter()
        # One pass in Python: each event's row with its claims, evidence and reports nested,
        # cached; the four tables are then cut from it in the JVM.
        table = spark.createDataFrame(merged.map(_merged_row), _merged_schema())
        table.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            from pyspark.sql import functions as F

            from .export.parquet import PARQUET_COLUMNS

            sizes = table.agg(F.count("*"), F.sum(F.size("_reports"))).first()
            assert sizes is not None
            stats.events, stats.reports = int(sizes[0]), int(sizes[1] or 0)
            _save(table.select(*PARQUET_COLUMNS), f"{out}/events")
            for name in ("claims", "evidence", "reports"):
                rows = table.select(F.explode(f"_{name}").alias("x")).select("x.*")
                _save(rows, f"{out}/{name}")
            stats.timings["merged events"] = time.perf_counter() - clock
        finally:
            table.unpersist()
    finally:
        outcomes.unpersist()
    return stats


def _read(
    spark: SparkSession,
    inputs: Sequence[str],
    options: ReadOptions,
    parts: int,
    split_bytes: int,
) -> tuple[RDD[tuple[tuple[int, int], Document | Problem | None]], list[Problem]]:
    """Every input record as (order, Document | Problem), spread over at least `parts`
    partitions; and the problems found on the driver (missing files, stdin). The order is
    (file number, record number), files numbered in the order `warta ingest` reads them."""
    from .read import _stem, expand

    sc = spark.sparkContext
    files: list[tuple[int, str]] = []
    rdds: list[RDD[Any]] = []
    problems: list[Problem] = []
    index = 0
    for raw in inputs:
        if "://" in raw:
            for part, kind in _uri_parts(spark, raw, problems):
                index += 1
                if kind == "jsonl":
                    rdds.append(_jsonl(sc, index, part, _stem(part), options, parts))
                else:
                    rdds.append(_parquet(spark, index, part, Path(part).stem, options, problems))
            continue
        for item in expand([raw]):
            index += 1
            if isinstance(item, Problem):
                problems.append(item)
            elif item == "-":
                problems.append(Problem("-", "warta spark cannot read standard input"))
            elif Path(item).name == "_SUCCESS" and Path(item).stat().st_size == 0:
                continue  # the marker in a Spark output folder
            elif item.lower().endswith(".parquet"):
                rdds.append(_parquet(spark, index, item, Path(item).stem, options, problems))
            elif (
                options.kind in ("auto", "jsonl")
                and item.lower().endswith((".jsonl", ".ndjson"))
                and Path(item).stat().st_size >= split_bytes
                and not set(item) & set(",{}[]*?\\")  # Hadoop would read these as a pattern
            ):
                rdds.append(_jsonl(sc, index, item, _stem(item), options, parts))
            else:
                files.append((index, item))
    if files:
        listing = sc.parallelize(files, max(1, min(len(files), parts)))
        rdds.insert(0, listing.mapPartitions(lambda items: read_files(items, options)))
    if not rdds:
        return sc.emptyRDD(), problems
    read: RDD[Any] = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    if read.getNumPartitions() < parts:
        read = read.repartition(parts)
    return read, problems


def _uri_parts(spark: SparkSession, uri: str, problems: list[Problem]) -> list[tuple[str, str]]:
    """A URI's files, each "jsonl" (by its name) or "parquet" (a file or a dataset folder)."""
    name = uri.rstrip("/").rsplit("/", 1)[-1].lower()
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return [(uri, "jsonl")]
    try:
        return [(part, "parquet") for part in sorted(spark.read.parquet(uri).inputFiles())]
    except Exception as err:  # noqa: BLE001 - Spark's errors: reported as a bad input
        problems.append(Problem(uri, f"not readable as JSON Lines or Parquet ({_first(err)})"))
        return []


def _jsonl(
    sc: SparkContext, index: int, path: str, stem: str, options: ReadOptions, parts: int
) -> RDD[Any]:
    lines = sc.textFile(path, minPartitions=parts).zipWithIndex()
    return lines.map(lambda item: _jsonl_line(item, index, path, stem, options))


def _parquet(
    spark: SparkSession,
    index: int,
    path: str,
    stem: str,
    options: ReadOptions,
    problems: list[Problem],
) -> RDD[Any]:
    sc = spark.sparkContext
    try:
        frame = spark.read.parquet(path)
    except Exception as err:  # noqa: BLE001 - Spark's errors: reported as a bad input
        problems.append(Problem(path, f"not a readable Parquet file ({_first(err)})"))
        return sc.emptyRDD()
    f = options.fields
    if f.text not in frame.columns:
        problems.append(Problem(path, f"no column {f.text!r} (see --text-field)"))
        return sc.emptyRDD()
    wanted = {f.id, f.text, f.url, f.outlet, f.title, f.published, f.language, "source", "author"}
    rows = frame.select(*[c for c in frame.columns if c in wanted]).rdd.zipWithIndex()
    return rows.map(lambda item: _parquet_row(item, index, path, stem, options))


def _duplicates(sc: SparkContext, good: RDD[Outcome]) -> set[tuple[int, int]]:
    """The documents `warta ingest` would skip as already stored (same id, text or URL
    as an earlier stored one). Only documents sharing a key with another are brought to
    the driver, where the first of each, in input order, is kept, as ingest keeps it."""
    shared = set(
        good.flatMap(lambda o: [(k, 1) for k in _doc_keys(o.doc)])  # type: ignore[arg-type]
        .reduceByKey(add)
        .filter(lambda kv: kv[1] > 1)
        .keys()
        .collect()
    )
    if not shared:
        return set()
    keys = sc.broadcast(shared)
    involved = (
        good.map(lambda o: (o.order, _doc_keys(o.doc)))  # type: ignore[arg-type]
        .filter(lambda x: not keys.value.isdisjoint(x[1]))
        .collect()
    )
    seen: set[tuple[str, str]] = set()
    skip: set[tuple[int, int]] = set()
    for order, doc_keys in sorted(involved):
        if seen.isdisjoint(doc_keys):
            seen.update(doc_keys)
        else:
            skip.add(order)
    return skip


def _doc_keys(doc: Document) -> list[tuple[str, str]]:
    from .store import content_hash

    keys = [("id", doc.id), ("text", content_hash(doc.text))]
    return keys + [("url", doc.url)] if doc.url is not None else keys


def _merge(
    sc: SparkContext, reports: RDD[tuple[Report, Source]], parts: int
) -> tuple[RDD[MergedEvent], int]:
    """Stage 2: grid cells -> links -> blocks (components, on the driver) -> each block
    clustered by `warta.merge.cluster` -> one MergedEvent per event."""
    copies = reports.flatMap(
        lambda rs: [(cell, (replace(rs[0], record=""), home)) for cell, home in cell_copies(rs[0])]
    )
    links = copies.groupByKey(parts).flatMap(lambda kv: cell_links(kv[1]))
    n_links = 0

    def counted() -> Iterator[tuple[str, str]]:
        nonlocal n_links
        for found in links.toLocalIterator():
            n_links += 1
            yield found

    found = list(counted())
    linked = {i for pair in found for i in pair}
    roots = sorted((i, block[0]) for block in components(linked, found) for i in block)
    ids = sc.parallelize(roots, max(1, min(parts, len(roots) // 10_000 + 1)))
    members = (
        reports.map(lambda rs: (rs[0].id, rs))
        .leftOuterJoin(ids, parts)
        .map(_by_block)
        .groupByKey(parts)
    )
    return members.flatMap(lambda kv: _merged(kv[1])), n_links


def _by_block(
    kv: tuple[str, tuple[tuple[Report, Source], str | None]],
) -> tuple[str, tuple[Report, Source]]:
    """(block, member) from (report id, ((report, source), block or None for a report that
    links to none))."""
    report_id, (member, root) = kv
    return root or report_id, member


def _merged(members: Iterable[tuple[Report, Source]]) -> Iterator[MergedEvent]:
    """The events of one block."""
    members = list(members)
    sources = {s.document_id: s for _, s in members}
    reports = [r for r, _ in members]
    if len(reports) == 1 or not all(mergeable(r) for r in reports):
        for r in reports:
            yield merge_reports([r], [], sources)
        return
    for c in cluster(reports):
        yield merge_reports(c.members, c.joins, sources)


def _gazetteer(spark: SparkSession, gazetteer: Path | str | None) -> str | None:
    """The gazetteer path the executors open; shipped to them from the driver (like
    spark-submit --files) when the master is not local and it was not shipped already."""
    from .geo.paths import default_path

    path = Path(gazetteer) if gazetteer else default_path()
    if not path.is_file():
        return str(path)
    path = path.resolve()
    sc = spark.sparkContext
    shipped = sc.getConf().get("spark.files", "") or ""
    if not (sc.master or "local").startswith("local") and path.name not in shipped:
        sc.addFile(str(path))
    return str(path)


# ---------------------------------------------------------------------------------------
# rows and schemas


def _events_schema() -> StructType:
    from pyspark.sql.types import (
        DateType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    from .export.parquet import DATES, FLOATS, INTS, LONGS, PARQUET_COLUMNS

    def kind(name: str) -> Any:
        if name in INTS:
            return IntegerType()
        if name in LONGS:
            return LongType()
        if name in FLOATS:
            return DoubleType()
        if name in DATES:
            return DateType()
        return StringType()

    return StructType([StructField(name, kind(name), True) for name in PARQUET_COLUMNS])


def _merged_schema() -> StructType:
    from pyspark.sql.types import ArrayType, StructField, StructType

    nested = [
        StructField(f"_{name}", ArrayType(_schema(spec), False), False)
        for name, spec in (("claims", _CLAIMS), ("evidence", _EVIDENCE), ("reports", _REPORTS))
    ]
    return StructType([*_events_schema().fields, *nested])


def _merged_row(merged: MergedEvent) -> tuple[Any, ...]:
    return (
        *_event_row(merged),
        list(_claim_rows(merged)),
        list(_evidence_rows(merged)),
        list(_report_rows(merged)),
    )


def _event_row(merged: MergedEvent) -> tuple[Any, ...]:
    from .export.parquet import FLOATS, INTS, LONGS, PARQUET_COLUMNS, parquet_rows

    row = next(parquet_rows([merged]))
    values = []
    for name in PARQUET_COLUMNS:
        value = row[name]
        if value is not None and (name in INTS or name in LONGS):
            value = int(value)
        elif value is not None and name in FLOATS:
            value = float(value)
        values.append(value)
    return tuple(values)


_CLAIMS = (
    "event_id:string document_id:string kind:string value:int value_max:int qualifier:string "
    "claimant:string claimant_category:string via:string boast:boolean evidence_start:int "
    "evidence_end:int evidence_text:string also:string figure:string victims:string"
)
_EVIDENCE = "event_id:string document_id:string start:int end:int text:string"
_DOCUMENTS = (
    "id:string url:string outlet:string title:string published:string language:string "
    "text:string author:string source:string"
)
_REPORTS = "event_id:string report_id:string document_id:string merged_because:string"
_PROBLEMS = "input:string kind:string message:string"


def _claim_rows(merged: MergedEvent) -> Iterator[tuple[Any, ...]]:
    e = merged.event
    for c in e.claims:
        yield (
            e.id, c.document_id, c.kind, c.value, c.value_max, c.qualifier,
            c.claimant.name if c.claimant else None, c.claimant.category if c.claimant else None,
            c.via.name if c.via else None, c.boast, c.evidence.start, c.evidence.end,
            c.evidence.text, "; ".join(c.also) or None, c.figure, c.victims,
        )  # fmt: skip


def _evidence_rows(merged: MergedEvent) -> Iterator[tuple[Any, ...]]:
    e = merged.event
    for x in e.evidence:
        yield e.id, x.document_id, x.start, x.end, x.text


def _report_rows(merged: MergedEvent) -> Iterator[tuple[Any, ...]]:
    why = {j.report: j.text() for j in merged.merge_reasons}
    for report_id in merged.reports:
        yield merged.event.id, report_id, report_id.rpartition("#")[0], why.get(report_id)


def _document_row(o: Outcome) -> tuple[Any, ...]:
    d = o.doc
    assert d is not None
    return d.id, d.url, d.outlet, d.title, d.published, d.language, d.text, d.author, d.source


def _outcome_kind(o: Outcome) -> str:
    if o.problem is not None:
        return "skipped" if o.problem.skipped else "warning"
    return "failed" if o.failure is not None else "doc"


def _problem_row(p: Problem) -> tuple[str, str, str]:
    return p.where, "error" if p.skipped else "warning", p.message


def _problem_rows(o: Outcome) -> list[tuple[str, str, str]]:
    if o.problem is not None:
        return [_problem_row(o.problem)]
    if o.failure is not None and o.doc is not None:
        return [(o.doc.source or o.doc.id, "error", f"extraction failed ({o.failure})")]
    return []


def _write(spark: SparkSession, rows: RDD[Any], schema: Any, path: str) -> None:
    if isinstance(schema, str):
        schema = _schema(schema)
    _save(spark.createDataFrame(rows, schema), path)


def _save(frame: Any, path: str) -> None:
    """Write a table as Parquet (replacing it: run_spark has checked it may)."""
    frame.write.mode("overwrite").parquet(path)


def _schema(spec: str) -> StructType:
    """A schema from "name:type name:type ..." (types string, int, boolean)."""
    from pyspark.sql.types import BooleanType, IntegerType, StringType, StructField, StructType

    kinds = {"string": StringType, "int": IntegerType, "boolean": BooleanType}
    pairs = (item.split(":") for item in spec.split())
    return StructType([StructField(name, kinds[kind](), True) for name, kind in pairs])


# ---------------------------------------------------------------------------------------
# set-up


def _pyspark_session() -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            from pyspark.sql import SparkSession
    except ImportError as err:
        raise SparkUnavailable(MISSING) from err
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    return SparkSession


def _active() -> SparkSession | None:
    """The SparkSession already running in this process, if any (it is used, and left
    running)."""
    return _pyspark_session().getActiveSession()  # type: ignore[no-any-return]


def _java_home() -> str | None:
    home = os.environ.get("JAVA_HOME")
    return home if home and Path(home, "bin", "java").is_file() else None


def _first(err: Exception) -> str:
    """An exception's first line (Spark's carry a JVM stack trace)."""
    return (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
