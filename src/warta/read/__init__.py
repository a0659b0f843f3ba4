"""Readers: files, directories, globs and stdin in; Documents (and Problems) out.

Each input kind has one module with a `read(stream, name, doc_id, options)` function.
The kind is chosen by extension, else by sniffing the first bytes. Files compressed with
gzip, bzip2 or xz are decompressed as they are read, and zip archives are read member by
member, each as the kind its name and bytes say; both within the limits of `.limits`.
"""

from __future__ import annotations

import errno
import glob
import io
import lzma
import os
import stat
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

from ..errors import InputError
from ..model import Document
from . import feed, html, jsonl, text, warc
from .bounds import check_zip, inflate
from .decode import looks_binary
from .document import FieldNames, Problem, ReadOptions

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
    """File names (or "-") for the paths given, in a stable order. What is not a regular
    file (a FIFO, a socket, a device, a symbolic link loop, an unreadable folder) is one
    problem each, and never opened."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as err:
            if err.errno == errno.ENOENT and not path.is_symlink() and _GLOB_CHARS & set(raw):
                matches = sorted(glob.glob(raw, recursive=True))
                if not matches:
                    yield Problem(raw, "no files match this pattern")
                for match in matches:
                    if not Path(match).is_dir():
                        yield from expand([match])
            else:
                yield Problem(raw, _unreadable(path, err))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, raw)
        elif stat.S_ISREG(mode):
            yield raw
        else:
            yield Problem(raw, f"not a regular file ({_file_kind(mode)}); skipped")


def _walk(path: Path, raw: str) -> Iterator[str | Problem]:
    """The files under a folder, sorted; hidden ones passed over, symbolic links to
    folders not followed, anything else that is not a regular file reported."""
    found: list[tuple[str, str | Problem]] = []

    def failed(err: OSError) -> None:
        where = err.filename or raw
        found.append((str(where), Problem(str(where), f"cannot read this folder ({err.strerror})")))

    for folder, dirs, files in os.walk(path, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in [*files, *(d for d in dirs if os.path.islink(os.path.join(folder, d)))]:
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            try:
                mode = os.stat(full).st_mode
            except OSError as err:
                found.append((full, Problem(full, _unreadable(Path(full), err))))
                continue
            if stat.S_ISREG(mode):
                found.append((full, full))
            elif stat.S_ISDIR(mode):
                found.append((full, Problem(full, "a symbolic link to a folder; not followed")))
            else:
                found.append(
                    (full, Problem(full, f"not a regular file ({_file_kind(mode)}); skipped"))
                )
    if not any(isinstance(item, str) for _, item in found):
        found.append((raw, Problem(raw, "directory has no files to read")))
    for _, item in sorted(found, key=lambda pair: pair[0]):
        yield item


def _unreadable(path: Path, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "a symbolic link loop; skipped"
    if err.errno == errno.ENOENT and path.is_symlink():
        return "a symbolic link to nothing; skipped"
    if err.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot read ({err.strerror})"


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):  # fmt: skip
        if test(mode):
            return kind
    return "not a file"


def read_file(name: str, options: ReadOptions) -> Iterator[Document | Problem]:
    """Documents of one file (or "-" for standard input); a FIFO or device is not opened."""
    try:
        stream = _open(name)
    except OSError as err:
        yield Problem(name, f"cannot open ({err.strerror or err})")
        return
    except _NotRegular as err:
        yield Problem(name, f"not a regular file ({err}); skipped")
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
    head = _peek(stream)
    if not head:
        yield Problem(where, "empty file, nothing to read", skipped=False)
        return
    kind = options.kind if options.kind != "auto" else kind_of(name, head)
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


class _NotRegular(Exception):
    """A named path that is not a regular file (its kind is the message)."""


def _open(name: str) -> io.BufferedReader:
    """The file, opened without blocking (a FIFO would wait for a writer) and checked to be
    a regular file before anything is read."""
    if name == "-":
        raw = getattr(sys.stdin.buffer, "raw", sys.stdin.buffer)
        return io.BufferedReader(raw)  # type: ignore[arg-type]  # stdin's raw stream is a RawIOBase at run time
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _NotRegular(_file_kind(mode))
        os.set_blocking(fd, True)
        return open(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


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
