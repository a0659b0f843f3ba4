"""A progress display for batches, on standard error, shown only to a person watching."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def track(
    items: Iterable[T], label: str, enabled: bool = True, unit: str = "docs"
) -> Generator[T, None, None]:
    """Yield items while showing a count and rate ("120 docs 48 docs/s") on stderr when it
    is a terminal. The count is of the items yielded, so wrapped around a pool's results
    it shows documents finished, not documents handed out."""
    if not (enabled and sys.stderr.isatty()):
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} " + unit),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None, rate="")
        for n, item in enumerate(items, start=1):
            yield item
            speed = bar.tasks[0].speed
            bar.update(task, completed=n, rate=f"{speed:.0f} {unit}/s" if speed else "")
