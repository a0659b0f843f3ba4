"""Bytes to text: UTF-8 first, then a stated fallback; binary data refused."""

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


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    return sum(b in _CONTROL for b in head) / len(head) > 0.05


def decode(data: bytes, where: str) -> Decoded:
    """Text of `data`; raises BinaryInput naming `where` for binary data."""
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
