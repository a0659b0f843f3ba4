"""Readers: files, directories, globs and stdin in; Documents (and Problems) out.

Each input kind has one module with a `read(stream, name, doc_id, options)` function.
The kind is chosen by extension, else by sniffing the first bytes.
"""

from __future__ import annotations

import glob
import gzip
import io
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import Document
from . import feed, html, jsonl, text, warc
from .decode import BinaryInput, looks_binary
from .document import FieldNames, Problem, ReadOptions

__all__ = ["KINDS", "FieldNames", "Problem", "ReadOptions", "kind_of", "read_paths"]

Reader = Callable[[BinaryIO, str, str, ReadOptions], Iterator[Document | Problem]]
KINDS: dict[str, Reader] = {
    "text": text.read,
    "html": html.read,
    "jsonl": jsonl.read,
    "warc": warc.read,
    "feed": feed.read,
}
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed",
}  # fmt: skip
_GLOB_CHARS = frozenset("*?[")


def read_paths(
    paths: Iterable[str], options: ReadOptions | None = None
) -> Iterator[Document | Problem]:
    """Documents from every file named, found under a directory, or matched by a glob;
    "-" reads standard input. Problems are yielded in order, never raised."""
    options = options or ReadOptions()
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_file(item, options)


def expand(paths: Iterable[str]) -> Iterator[str | Problem]:
    """File names (or "-") for the paths given, in a stable order."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                str(p) for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )  # fmt: skip
            if not files:
                yield Problem(raw, "directory has no files to read")
            yield from files
        elif path.exists():
            yield raw
        elif _GLOB_CHARS & set(raw):
            matches = sorted(m for m in glob.glob(raw, recursive=True) if Path(m).is_file())
            if not matches:
                yield Problem(raw, "no files match this pattern")
            yield from matches
        else:
            yield Problem(raw, "no such file or directory")


def read_file(name: str, options: ReadOptions) -> Iterator[Document | Problem]:
    """Documents of one file (or "-" for standard input)."""
    try:
        stream = _open(name)
    except OSError as err:
        yield Problem(name, f"cannot open ({err.strerror or err})")
        return
    with stream:
        kind = options.kind if options.kind != "auto" else kind_of(name, _peek(stream))
        if kind == "binary":
            yield Problem(name, "binary data, not a readable article format")
            return
        if kind.endswith("+gz"):
            kind = kind.removesuffix("+gz")
            stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))  # type: ignore[arg-type]
        doc_id = "stdin" if name == "-" else _stem(name)
        try:
            yield from KINDS[kind](stream, "<stdin>" if name == "-" else name, doc_id, options)
        except BinaryInput as err:
            yield Problem(name, str(err).removeprefix(f"{name}: "))
        except (OSError, EOFError, zlib.error) as err:  # zlib.error: corrupt gzip data
            yield Problem(name, f"read failed ({err})")


def kind_of(name: str, head: bytes) -> str:
    """The reader for a file: by extension, else by its first bytes; "binary" if none fits."""
    suffixes = [s.lower() for s in Path(name).suffixes[-2:]]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in _EXTENSIONS:
        kind = _EXTENSIONS[ext]
        return kind if kind == "warc" or not gz else kind + "+gz"
    if head[:2] == b"\x1f\x8b":
        return _sniff_gzip(head)
    return _sniff(head)


def _sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]
    low = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if start[:1] in (b"{", b"["):
        return "jsonl"
    if start.startswith(b"<"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        return "html"
    if looks_binary(head):
        return "binary"
    return "text"


def _sniff_gzip(head: bytes) -> str:
    try:
        inner = gzip.GzipFile(fileobj=io.BytesIO(head)).read1(512)
    except (EOFError, OSError, zlib.error):
        return "binary"
    kind = _sniff(inner)
    if kind == "warc":
        return "warc"
    return "binary" if kind == "binary" else kind + "+gz"


def _open(name: str) -> io.BufferedReader:
    if name == "-":
        raw = getattr(sys.stdin.buffer, "raw", sys.stdin.buffer)
        return io.BufferedReader(raw)  # type: ignore[arg-type]
    return open(name, "rb")


def _peek(stream: io.BufferedReader) -> bytes:
    try:
        return stream.peek(4096)[:4096]
    except (OSError, ValueError):
        return b""


def _stem(name: str) -> str:
    path = Path(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.stem if path.suffix.lower() in _EXTENSIONS else path.name
