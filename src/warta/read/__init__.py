"""Readers: files, directories, globs and stdin in; Documents (and Problems) out.

Each input kind has one module with a `read(stream, name, doc_id, options)` function.
The kind is chosen by extension, else by sniffing the first bytes. Files compressed with
gzip, bzip2 or xz are decompressed as they are read, and zip archives are read member by
member, each as the kind its name and bytes say; both within the limits of `.limits`.
"""

from __future__ import annotations

import glob
import io
import lzma
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

from ..errors import InputError
from ..model import Document
from . import feed, html, jsonl, text, warc
from .decode import looks_binary
from .document import FieldNames, Problem, ReadOptions
from .limits import check_zip, inflate

__all__ = ["KINDS", "FieldNames", "Kind", "Problem", "ReadOptions", "kind_of", "read_paths"]

Reader = Callable[[BinaryIO, str, str, ReadOptions], Iterator[Document | Problem]]
# the input kinds, defined once: the CLI's --kind takes these (and "auto")
Kind = Literal["text", "html", "jsonl", "warc", "feed"]
KINDS: dict[Kind, Reader] = {
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
    ".zip": "zip",
}  # fmt: skip
_CODECS = {".gz": "gz", ".bz2": "bz2", ".xz": "xz"}
_MAGIC = {b"\x1f\x8b": "gz", b"BZh": "bz2", b"\xfd7zXZ\x00": "xz"}
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
        where = "<stdin>" if name == "-" else name
        yield from _read_stream(
            stream, name, where, "stdin" if name == "-" else _stem(name), options
        )


def _read_stream(
    stream: io.BufferedReader[Any], name: str, where: str, doc_id: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """Documents of one open file or archive member, `name` giving its extension."""
    kind = options.kind if options.kind != "auto" else kind_of(name, _peek(stream))
    kind, _, codec = kind.partition("+")
    try:
        if kind == "binary":
            yield Problem(where, "binary data, not a readable article format")
        elif kind == "zip":
            yield from _read_zip(stream, where, options)
        else:
            if codec:
                stream = inflate(stream, codec, where, options.max_bytes)
            yield from KINDS[cast(Kind, kind)](
                stream, where, doc_id, options
            )  # kind_of gives Kinds
    except InputError as err:  # binary data, too large, a compression bomb
        yield Problem(where, str(err).removeprefix(f"{where}: "))
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as err:  # corrupt compressed data
        yield Problem(where, f"read failed ({err})")


def _read_zip(
    stream: io.BufferedReader[Any], where: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    """Every member of a zip archive, in the archive's order; folders and hidden files
    passed over, an archive inside the archive reported and skipped."""
    if not stream.seekable():
        yield Problem(where, "a zip archive cannot be read from standard input; name its file")
        return
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        yield Problem(where, f"not a readable zip archive ({err})")
        return
    with archive:
        check_zip(archive, stream.seek(0, io.SEEK_END), options.max_bytes)
        for info in archive.infolist():
            if info.is_dir() or any(p.startswith(".") for p in info.filename.split("/")):
                continue
            member = f"{where}:{info.filename}"
            if kind_of(info.filename, b"") == "zip":
                yield Problem(member, "an archive inside the archive; unpack it first")
                continue
            try:
                with archive.open(info) as raw:
                    inner = io.BufferedReader(cast(io.RawIOBase, raw))
                    yield from _read_stream(
                        inner, info.filename, member, _stem(info.filename), options
                    )
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as err:  # CRC, method,
                yield Problem(member, f"cannot read this member ({err})")  # or a password


def kind_of(name: str, head: bytes) -> str:
    """The reader for a file: by extension, else by its first bytes; "binary" if none fits.
    Compressed input is "kind+codec" ("jsonl+gz"); a WARC.gz is "warc" (warcio reads it)."""
    suffixes = [s.lower() for s in Path(name).suffixes[-2:]]
    codec = _CODECS.get(suffixes[-1], "") if suffixes else ""
    if codec:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in _EXTENSIONS:
        return _with_codec(_EXTENSIONS[ext], codec)
    for magic, found in _MAGIC.items():
        if head.startswith(magic):
            return _sniff_compressed(head, found)
    return _sniff(head)


def _with_codec(kind: str, codec: str) -> str:
    if not codec or (kind == "warc" and codec == "gz"):
        return kind
    return "binary" if kind == "zip" else f"{kind}+{codec}"


def _sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]
    low = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"PK\x03\x04"):
        return "zip"
    if start[:1] in (b"{", b"["):
        return "jsonl"
    if start.startswith(b"<"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        return "html"
    if looks_binary(head):
        return "binary"
    return "text"


def _sniff_compressed(head: bytes, codec: str) -> str:
    try:
        inner = inflate(io.BytesIO(head), codec, "", len(head) * 1000).read1(512)
    except (EOFError, OSError, zlib.error, lzma.LZMAError, InputError):
        return "binary"
    return _with_codec(_sniff(inner), codec)


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
    if path.suffix.lower() in _CODECS:
        path = path.with_suffix("")
    return path.stem if path.suffix.lower() in _EXTENSIONS else path.name
