"""Bytes to text: UTF-16 when its byte order mark or its zero bytes say so, else UTF-8,
then a stated fallback; binary data refused."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError

FALLBACK = "cp1252"  # what "Latin-1" files from Windows newsrooms usually are
_CONTROL = set(range(9)) | {11, 12} | set(range(14, 32)) | {127}


class BinaryInput(InputError):
    """The input is not text (NUL bytes or mostly control characters)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    fallback: bool  # True when UTF-8 failed and FALLBACK (or latin-1) was used


def utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text ("utf-16" with a byte order mark, "utf-16-le" or
    "utf-16-be" without one), or None. Without a mark, text written by Windows tools is
    mostly ASCII: a zero in one byte of most pairs and in the other byte of almost none."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and data[:4] != b"\xff\xfe\x00\x00":
        return "utf-16"
    head = data[: min(len(data), 8192) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 8:  # too short to tell from a few bytes of text with a NUL in them
        return None
    zeros = (head[1::2].count(0), head[0::2].count(0))  # (little-endian, big-endian)
    for codec, (mostly, hardly) in (("utf-16-le", zeros), ("utf-16-be", zeros[::-1])):
        if mostly >= 0.3 * pairs and hardly <= 0.02 * pairs:
            text = head.decode(codec, "replace")
            return None if _controls(text) > 0.05 * len(text) else codec
    return None


def _controls(text: str) -> int:
    return sum(ord(c) in _CONTROL for c in text)


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text (UTF-16 text is text)."""
    head = data[:8192]
    if utf16(head):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    return sum(b in _CONTROL for b in head) / len(head) > 0.05


def decode(data: bytes, where: str) -> Decoded:
    """Text of `data`; raises BinaryInput naming `where` for binary data."""
    codec = utf16(data)
    if codec:
        try:
            return Decoded(data.decode(codec).removeprefix("\ufeff"), codec, False)
        except UnicodeDecodeError:  # cut in the middle of a character, or a lone surrogate
            return Decoded(data.decode(codec, "replace").removeprefix("\ufeff"), codec, False)
    if looks_binary(data):
        raise BinaryInput(f"{where}: binary data, not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode(FALLBACK), FALLBACK, True)
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", True)
