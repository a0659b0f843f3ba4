"""Throughput and peak memory of `warta read` for each input kind.

Usage: python bench/read.py [--docs 10000] [--kinds text,html,jsonl,warc,feed]
Generates the documents in a temporary folder, then reads each kind in a fresh
process and prints docs/s and peak RSS (MiB).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-12"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>{title}</h1>{body}</article>
<footer>Copyright 2024</footer></body></html>"""


def generate(root: Path, kind: str, n: int) -> Path:
    rng = random.Random(7)
    docs = [article(rng) for _ in range(n)]
    if kind == "text":
        folder = root / "text"
        folder.mkdir()
        for i, (_, title, text) in enumerate(docs):
            (folder / f"{i:05d}.txt").write_text(f"{title}\n\n{text}\n\nShare this:\n", "utf-8")
        return folder
    if kind == "html":
        folder = root / "html"
        folder.mkdir()
        for i, (_, title, text) in enumerate(docs):
            (folder / f"{i:05d}.html").write_text(_page(title, text), "utf-8")
        return folder
    if kind == "jsonl":
        path = root / "docs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, (_lang, title, text) in enumerate(docs):
                fh.write(
                    json.dumps(
                        {"id": f"d{i}", "title": title, "text": text, "published": "2024-03-12"}
                    )
                    + "\n"
                )
        return path
    if kind == "warc":
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        path = root / "crawl.warc.gz"
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for i, (_, title, text) in enumerate(docs):
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                body = io.BytesIO(_page(title, text).encode())
                writer.write_record(
                    writer.create_warc_record(
                        f"https://news.example/{i}", "response", payload=body, http_headers=http
                    )
                )
        return path
    if kind == "feed":
        path = root / "feed.rss"
        items = "".join(
            f"<item><title>{html.escape(t)}</title><link>https://news.example/{i}</link>"
            f"<pubDate>Tue, 12 Mar 2024 08:00:00 +0700</pubDate>"
            f"<description>{html.escape(''.join(f'<p>{p}</p>' for p in x.split(chr(10) * 2)))}</description></item>"
            for i, (_, t, x) in enumerate(docs)
        )
        path.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>',
            "utf-8",
        )
        return path
    raise ValueError(kind)


def _page(title: str, text: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return PAGE.format(title=html.escape(title), body=body)


def measure(path: Path) -> None:
    """Child process: read everything, print JSON with count, seconds, peak RSS."""
    from warta.read import Problem, read_paths

    start = time.perf_counter()
    docs = sum(1 for item in read_paths([str(path)]) if not isinstance(item, Problem))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"docs": docs, "seconds": seconds, "peak_mib": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--kinds", default="text,html,jsonl,warc,feed")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(Path(args.measure))
        return
    print(f"{'kind':<6} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            path = generate(Path(tmp), kind, args.docs)
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout)
            print(
                f"{kind:<6} {r['docs']:>6} {r['seconds']:>8.1f} {r['docs'] / r['seconds']:>8.0f} {r['peak_mib']:>9.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
