"""Extraction on every core: documents streamed through a pool of worker processes.

`extract_stream(docs, render, workers=N)` yields `(document, outcome)` pairs **in input
order**, where the outcome is `render(extract(doc, res))` computed in a worker, the
exception extraction raised (the batch goes on), or None for a document `skip` said to
leave alone. Each worker process builds its `Resources` (gazetteer connection, language
data) once, in the pool's initializer, and keeps it for every document it is given.

- Streaming: the input is pulled in chunks of `chunksize` documents and at most
  `inflight` chunks are out at once, so memory stays flat whatever the corpus size.
- Start method: "forkserver" (else "spawn"): workers start from a clean process, never
  from a fork of the caller, which may hold an open SQLite store, the progress bar's
  thread or a gazetteer connection that must not cross a fork.
- A worker that dies (killed, out of memory, a crash in native code) breaks the pool;
  the documents that were out are then run again one at a time in fresh pools, so the
  one that kills its worker is reported as failed and the others are extracted.
- `workers=1`, or an input of one document, runs in this process, with no pool.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from pathlib import Path
from typing import Any, Generic, TypeAlias, TypeVar

from .errors import WartaError
from .geo.gazetteer import Gazetteer
from .limits import Limits
from .model import Document, Result
from .pipeline import Resources, extract, extract_or_error, process_resources

log = logging.getLogger(__name__)

T = TypeVar("T")
Task = Callable[[Document, Resources], Result]
# What render returned, or what extraction raised, or None: skipped.
Outcome: TypeAlias = T | Exception | None

CHUNKSIZE = 4  # documents per task: ~0.1 s of work, so a task's overhead is lost in it
INFLIGHT_PER_WORKER = 3  # chunks out per worker: one running, two queued
CRASH_LIMIT = 3  # documents in a row that kill a fresh worker: the workers cannot start


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def keep(result: Result) -> Result:
    """The render that keeps the whole Result (for callers that store it)."""
    return result


class WorkerDied(WartaError):
    """The worker process extracting a document died (it was killed, or crashed)."""


def extract_stream(
    docs: Iterable[Document],
    render: Callable[[Result], T],
    *,
    workers: int = 1,
    gazetteer: Path | str | None = None,
    limits: Limits | None = None,
    skip: Callable[[Document], object] | None = None,
    task: Task = extract,
    chunksize: int = CHUNKSIZE,
) -> Iterator[tuple[Document, Outcome[T]]]:
    """`(document, render(task(document)) | exception | None)` for every document, in order.

    Each process builds `Resources.load(gazetteer, limits)` once. `render` and `task` run
    in the workers, so they must be importable top-level functions;
    `skip(doc)` runs here, as each document is read (e.g. "already in the store"), and a
    document it is true for comes out with None, unextracted. Raises WartaError up front
    when the gazetteer cannot be opened."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    items = iter(docs)
    head = list(islice(items, 2))
    if workers == 1 or len(head) < 2:  # one document: a pool would only add its start-up
        res = Resources.load(gazetteer, limits)
        yield from extract_in_process(chain(head, items), res, render, skip=skip, task=task)
        return
    path, found = _check_gazetteer(gazetteer, limits)
    setup = _Setup(path, found, limits, task, render, logging.getLogger().level)
    yield from _Pool(workers, setup).run(chain(head, items), skip, chunksize)


def _check_gazetteer(gazetteer: Path | str | None, limits: Limits | None) -> tuple[Path, bool]:
    """The gazetteer the workers open, and whether it is there: checked here, once, so a bad
    file is one error and a missing one one warning, not one per worker."""
    from .geo.paths import default_path

    path = (Path(gazetteer) if gazetteer else default_path()).resolve()
    if not path.is_file():
        Resources.load(path, limits)  # the warning
        return path, False
    Gazetteer.open(path).close()  # raises WartaError on a file it cannot read
    return path, True


def extract_in_process(
    docs: Iterable[Document],
    res: Resources,
    render: Callable[[Result], T],
    *,
    skip: Callable[[Document], object] | None = None,
    task: Task = extract,
) -> Iterator[tuple[Document, Outcome[T]]]:
    """What `extract_stream` yields, computed here, with resources already loaded."""
    step = _Rendered(task, render)
    for doc in docs:
        if skip is not None and skip(doc):
            yield doc, None
        else:
            yield doc, extract_or_error(step, doc, res)


class _Rendered(Generic[T]):
    """A task, then a render of its Result: one step for extract_or_error."""

    def __init__(self, task: Task, render: Callable[[Result], T]) -> None:
        self.task, self.render = task, render

    def __call__(self, doc: Document, res: Resources) -> T:
        return self.render(self.task(doc, res))


class _Setup(Generic[T]):
    """What every worker needs, sent once when it starts."""

    def __init__(
        self, gazetteer: Path, found: bool, limits: Limits | None, task: Task,
        render: Callable[[Result], T], log_level: int,
    ) -> None:  # fmt: skip
        self.gazetteer, self.found, self.limits = gazetteer, found, limits
        self.task, self.render, self.log_level = task, render, log_level


class _Pool(Generic[T]):
    """A process pool fed in order, with a bounded number of chunks out."""

    def __init__(self, workers: int, setup: _Setup[T]) -> None:
        self.workers, self.setup = workers, setup
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        if self.context.get_start_method() == "forkserver":
            # The fork server imports the pipeline once; each worker forks from it warm.
            self.context.set_forkserver_preload(["warta.parallel"])
        self.executor = self._start()

    def _start(self, workers: int | None = None) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers or self.workers, mp_context=self.context, initializer=_init,
            initargs=(self.setup,),
        )  # fmt: skip

    def _submit(self, chunk: list[Document]) -> Future[list[Outcome[T]]]:
        try:
            return self.executor.submit(_work, chunk)
        except BrokenProcessPool as err:  # broke since the last result: report it in order
            failed: Future[list[Outcome[T]]] = Future()
            failed.set_exception(err)
            return failed

    def run(
        self, docs: Iterator[Document], skip: Callable[[Document], object] | None, chunksize: int
    ) -> Iterator[tuple[Document, Outcome[T]]]:
        # Each entry: the chunk's documents, which of them were skipped, the pending work.
        out: deque[tuple[list[Document], list[bool], Future[list[Outcome[T]]] | None]] = deque()
        limit = self.workers * INFLIGHT_PER_WORKER
        try:
            while True:
                while len(out) < limit:
                    chunk = list(islice(docs, chunksize))
                    if not chunk:
                        break
                    skipped = [bool(skip(d)) if skip is not None else False for d in chunk]
                    todo = [d for d, s in zip(chunk, skipped, strict=True) if not s]
                    out.append((chunk, skipped, self._submit(todo) if todo else None))
                if not out:
                    return
                chunk, skipped, pending = out.popleft()
                try:
                    values = iter(pending.result() if pending is not None else ())
                except BrokenProcessPool:
                    yield from self._recover([(chunk, skipped)] + [(c, s) for c, s, _ in out])
                    out.clear()
                    continue
                for doc, was_skipped in zip(chunk, skipped, strict=True):
                    yield doc, None if was_skipped else next(values)
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _recover(
        self, chunks: list[tuple[list[Document], list[bool]]]
    ) -> Iterator[tuple[Document, Outcome[T]]]:
        """Run the documents that were out when a worker died one at a time, each in a
        fresh single worker until one dies, to find and report the one that kills it."""
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start(1)
        crashes = 0
        for chunk, skipped in chunks:
            for doc, was_skipped in zip(chunk, skipped, strict=True):
                if was_skipped:
                    yield doc, None
                    continue
                try:
                    value = self._submit([doc]).result()[0]
                    crashes = 0
                except BrokenProcessPool as err:
                    crashes += 1
                    if crashes >= CRASH_LIMIT:
                        raise WorkerDied(
                            f"worker processes died on {crashes} documents in a row; last: {err}"
                        ) from err
                    value = WorkerDied(f"the worker process extracting it died ({err})")
                    self.executor.shutdown(wait=True, cancel_futures=True)
                    self.executor = self._start(1)
                yield doc, value
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()


# In each worker process: the setup it was started with (its resources: process_resources).
_setup: _Setup[Any] | None = None


def _init(setup: _Setup[Any]) -> None:
    global _setup
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.basicConfig(level=setup.log_level, format="%(levelname)s: %(message)s")
    exit_with_parent()
    _setup = setup
    pipeline_log = logging.getLogger(Resources.__module__)
    level = pipeline_log.level
    if not setup.found:  # "no gazetteer": the parent has said so, once
        pipeline_log.setLevel(logging.ERROR)
    try:
        process_resources(setup.gazetteer, setup.limits)
    finally:
        pipeline_log.setLevel(level)


def exit_with_parent() -> None:
    """In a worker process: end it as soon as its parent is gone, so a parent killed
    outright (SIGKILL), or one that exits without waiting, leaves no worker behind."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _work(chunk: list[Document]) -> list[Outcome[Any]]:
    assert _setup is not None, "worker not initialised"
    res = process_resources(_setup.gazetteer, _setup.limits)
    step = _Rendered(_setup.task, _setup.render)
    values: list[Outcome[Any]] = []
    for doc in chunk:
        value = extract_or_error(step, doc, res)
        values.append(_portable(value) if isinstance(value, Exception) else value)
    return values


def _portable(err: Exception) -> Exception:
    """The exception itself if it survives the trip to the parent, else its description."""
    try:
        back = pickle.loads(pickle.dumps(err))
    except Exception:  # noqa: BLE001 - any failure of the round trip: send a description
        return RuntimeError(f"{type(err).__name__}: {err}")
    return back if isinstance(back, Exception) else RuntimeError(str(err))
