"""Bounded reading: nothing larger than `ReadOptions.max_bytes` is read into memory, and
compressed input that expands like a bomb is refused.

- A file, a JSON Lines record, a WARC record or a zip member is read with `read_capped`:
  at most `max_bytes + 1` bytes, and an error naming the limit when there are more.
- Compressed streams (gzip, bzip2, xz) are decompressed through `Inflating`, which counts
  bytes in and bytes out: past `max_bytes` of output, output more than `BOMB_RATIO` times
  the input read so far is a compression bomb. News text compresses 3-10x; a bomb
  (gigabytes of one repeated byte) a thousand times or more.
- A zip archive is checked up front from its directory (`check_zip`): the sizes its
  members declare, summed, against the archive's size; zip reading itself never
  decompresses a member beyond its declared size.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any, BinaryIO

from ..errors import InputError

MAX_BYTES = 16 * 2**20  # the default per file, record or member, decompressed
BOMB_RATIO = 100  # decompressed bytes per compressed byte that no news dump reaches


class TooLarge(InputError):
    """A file, record or archive member is larger than the reading limit."""


class CompressionBomb(InputError):
    """Compressed input expands far more than text does."""


def mb(n: float) -> str:
    return f"{n / 2**20:,.1f} MB" if n < 2**30 else f"{n / 2**30:,.1f} GB"


def read_capped(stream: BinaryIO, limit: int, what: str = "file") -> bytes:
    """All of `stream`, or TooLarge when it holds more than `limit` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{what} is larger than {mb(limit)}, the reading limit (--max-bytes)")
    return data


def skip_line(stream: BinaryIO, chunk: int = 2**20) -> None:
    """Read past the rest of the current line, a chunk at a time."""
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


class _Counting(io.RawIOBase):
    """A readable that counts the bytes read from it."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]  # io.RawIOBase.readinto is typed for a WriteableBuffer
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


class Inflating(io.RawIOBase):
    """The decompressed bytes of `raw` (gzip, bzip2 or xz), refusing a compression bomb."""

    def __init__(self, raw: BinaryIO, codec: str, where: str, limit: int) -> None:
        import bz2
        import gzip
        import lzma

        self.source = _Counting(raw)
        openers: dict[str, Callable[[Any], Any]] = {
            "gz": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),
            "bz2": bz2.BZ2File,
            "xz": lzma.LZMAFile,
        }
        self.inner = openers[codec](self.source)
        self.where, self.limit, self.out = where, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]  # io.RawIOBase.readinto is typed for a WriteableBuffer
        data = self.inner.read1(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.out += n
        if self.out > self.limit and self.out > BOMB_RATIO * max(self.source.count, 1):
            raise CompressionBomb(
                f"expands more than {BOMB_RATIO}x ({mb(self.out)} from {mb(self.source.count)}"
                " so far): refused as a compression bomb"
            )
        return n


def inflate(raw: BinaryIO, codec: str, where: str, limit: int) -> io.BufferedReader:
    """A buffered (peek, readline) reader over the decompressed bytes of `raw`."""
    return io.BufferedReader(Inflating(raw, codec, where, limit))


def check_zip(archive: zipfile.ZipFile, size: int, limit: int) -> None:
    """CompressionBomb when the members declare far more than the archive could hold."""
    declared = sum(m.file_size for m in archive.infolist())
    if declared > limit and declared > BOMB_RATIO * max(size, 1):
        raise CompressionBomb(
            f"its members declare {mb(declared)} from {mb(size)} (more than {BOMB_RATIO}x):"
            " refused as a compression bomb"
        )
