"""A load test on loopback: 50 clients reading /api/events while one client ingests.

Usage: python bench/load.py [--events 100000] [--readers 50] [--seconds 60]
Builds a store of --events events (as bench/api.py does), starts the real `warta serve`
(per-client rate limits off: every client here has the same address), then for
--seconds runs --readers concurrent readers, each fetching pages of 100 with random
filters and cursors back to back, and one writer posting generated articles to
POST /api/documents one after another. Prints requests/s, p50/p95/max latency and
errors of each, and checks the database afterwards (integrity, every posted document
stored once).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from corpus import article
from tests.conftest import serving

from api import build

TOKEN = "load-test"
RUN = f"load-{int(time.time())}"  # ids (and texts) of this run's documents: a reused store holds earlier runs' too


class Connection:
    """One keep-alive HTTP/1.1 connection for GET requests, on bare asyncio streams. The
    load generator must cost little next to the server it measures: 50 httpx clients took
    a whole core of the two, so the client, not the server, set the pace."""

    def __init__(self, base: str) -> None:
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        """(status, body) of one GET; raises OSError or asyncio.IncompleteReadError."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        try:
            writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(_LENGTH.search(head).group(1))  # type: ignore[union-attr]
            return int(head[9:12]), await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError, AttributeError):
            writer.close()
            self.streams = None
            raise


_LENGTH = re.compile(rb"(?i)\r\ncontent-length: *(\d+)")


async def reader(base: str, cursors: list[str], until: float, seen: dict[str, list]) -> None:
    rng, connection = random.Random(), Connection(base)
    while time.monotonic() < until:
        params: dict[str, str | int] = {"limit": 100}
        choice = rng.random()
        if choice < 0.3 and cursors:
            params["cursor"] = rng.choice(cursors)
        elif choice < 0.6:
            params["country"] = rng.choice(["SY", "ID", "NG", "ML", "CD"])
        elif choice < 0.8:
            params["from"], params["to"] = (
                f"20{rng.randint(15, 24)}-03-01",
                f"20{rng.randint(15, 24)}-04-30",
            )
        target = "/api/events?" + urllib.parse.urlencode(params)
        start = time.perf_counter()
        try:
            status, body = await connection.get(target)
            ok = status == 200
            if not ok:
                seen["why"].append(f"GET {status} {body[:200].decode(errors='replace')}")
        except (OSError, asyncio.IncompleteReadError, AttributeError) as err:
            ok = False
            seen["why"].append(f"GET {type(err).__name__}: {err}")
        seen["read" if ok else "read errors"].append(time.perf_counter() - start)


async def writer(client: httpx.AsyncClient, until: float, seen: dict[str, list]) -> None:
    rng, n = random.Random(RUN), 0
    while time.monotonic() < until:
        _, title, text = article(rng, 2000)
        body = {"id": f"{RUN}-{n}", "text": text, "title": title, "published": "2025-06-15"}
        start = time.perf_counter()
        try:
            response = await client.post(
                "/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            ok = response.status_code == 201
            if not ok:
                seen["why"].append(f"POST {response.status_code} {response.text[:200]}")
        except httpx.HTTPError as err:
            ok = False
            seen["why"].append(f"POST {type(err).__name__}: {err}")
        seen["write" if ok else "write errors"].append(time.perf_counter() - start)
        n += 1


async def run(base: str, readers: int, seconds: float) -> dict[str, list]:
    seen: dict[str, list] = {
        "read": [],
        "read errors": [],
        "write": [],
        "write errors": [],
        "why": [],
    }
    limits = httpx.Limits(max_connections=readers + 1)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        cursors, cursor = [], None
        for _ in range(100):
            page = (
                await client.get(
                    "/api/events", params={"limit": 1000, **({"cursor": cursor} if cursor else {})}
                )
            ).json()
            if (cursor := page["next"]) is None:
                break
            cursors.append(cursor)
        until = time.monotonic() + seconds
        await asyncio.gather(
            writer(client, until, seen),
            *(reader(base, cursors, until, seen) for _ in range(readers)),
        )
    return seen


def report(name: str, times: list[float], errors: int, seconds: float) -> None:
    if not times:
        print(f"{name:<8} no successful requests; {errors} errors")
        return
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"{name:<8} {len(times):>7} ok  {len(times) / seconds:7.1f} req/s  p50 {statistics.median(times) * 1000:7.1f} ms"
          f"  p95 {p95 * 1000:7.1f} ms  max {times[-1] * 1000:7.1f} ms  errors {errors}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, help="Keep the built store here (reused when it exists)."
    )
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=1, help="`warta serve --workers N`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            build(db, args.events)
        options = ("--read-rate", "0", "--write-rate", "0", "--token", TOKEN,
                   "--workers", str(args.workers))  # fmt: skip
        with serving(db, *options) as base:
            seen = asyncio.run(run(base, args.readers, args.seconds))
        print(
            f"{args.readers} readers (pages of 100) and 1 writer for {args.seconds:.0f} s on 127.0.0.1,"
            f" {args.events} events, {args.workers} server process(es)"
        )
        report("reads", seen["read"], len(seen["read errors"]), args.seconds)
        report("writes", seen["write"], len(seen["write errors"]), args.seconds)
        for why, n in Counter(seen["why"]).most_common(5):
            print(f"error x{n}: {why}")
        conn = sqlite3.connect(db)
        stored = conn.execute(
            "SELECT count(*) FROM documents WHERE id LIKE ?", (f"{RUN}-%",)
        ).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        print(
            f"afterwards: integrity {integrity}; {stored} posted documents stored, {len(seen['write'])} acknowledged"
        )


if __name__ == "__main__":
    main()
