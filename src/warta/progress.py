"""A progress display for batches, on standard error, shown only to a person watching."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def track(items: Iterable[T], label: str, enabled: bool = True) -> Iterator[T]:
    """Yield items while showing a count and rate on stderr when it is a terminal."""
    if not (enabled and sys.stderr.isatty()):
        yield from items
        return
    from rich.console import Console
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None, rate="")
        for n, item in enumerate(items, start=1):
            yield item
            speed = bar.tasks[0].speed
            bar.update(task, completed=n, rate=f"{speed:.0f}/s" if speed else "")
