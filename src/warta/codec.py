"""JSON (de)serialisation of the records in model.py, in one place.

Writing and reading whole records goes through msgspec (its C encoder and typed decoders
are several times faster than walking the dataclasses in Python, and merging writes and
reads records all the time); `to_dict` and `from_dict` are the plain-Python forms, and
`loads` falls back to `from_dict` for a stored record msgspec's stricter types refuse
(a value a later warta no longer lists, say)."""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import msgspec

from . import model

T = TypeVar("T")


_PLAIN = frozenset({str, int, float, bool, type(None)})  # written as they are


def to_dict(record: Any) -> Any:
    """A record as plain JSON-ready values (dicts, lists, str, numbers, None)."""
    names = _field_names(type(record))  # type: ignore[arg-type]  # any dataclass instance: mypy cannot narrow type(record) to a dataclass type
    if names is not None:
        values = (getattr(record, name) for name in names)
        return {
            n: v if type(v) in _PLAIN else to_dict(v) for n, v in zip(names, values, strict=True)
        }
    if isinstance(record, (tuple, list)):
        return [v if type(v) in _PLAIN else to_dict(v) for v in record]
    return record


_ENCODER = msgspec.json.Encoder()


def dumps(record: Any) -> str:
    """One record as a compact JSON line (no trailing newline): every field, in the order
    the dataclass declares them, non-ASCII text as it is."""
    try:
        return _ENCODER.encode(record).decode()
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold: kept as Python would
        return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str | bytes) -> T:
    """A record of type `cls` from a JSON line `dumps` wrote; unknown keys are ignored."""
    try:
        decoder: msgspec.json.Decoder[T] = _decoder(cls)  # type: ignore[arg-type]  # mypy cannot see a type[T] is hashable
        return decoder.decode(text)
    except msgspec.ValidationError:
        return from_dict(cls, json.loads(text))


@functools.cache
def _decoder(cls: type) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(cls)


def from_dict(cls: type[T], data: Any) -> T:
    """Build a record of type `cls` from what `to_dict` produced; unknown keys are ignored."""
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    plan = _plan(cls)  # type: ignore[arg-type]  # cls is a dataclass type, checked by the caller
    return cls(**{
        name: data[name] if convert is _same else convert(data[name])
        for name, convert in plan
        if name in data
    })  # fmt: skip


# Type inspection is slow next to the work itself, so it is done once per type: each
# dataclass gets its field names (to write) and a converter per field (to read).


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = typing.get_type_hints(cls, vars(model))
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def _same(value: Any) -> Any:
    return value


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """The function that turns JSON values into values of type `hint`."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) != 1:
            return _same
        inner = _converter(options[0])
        return _same if inner is _same else lambda v: None if v is None else inner(v)
    if origin is tuple:
        item = _converter(typing.get_args(hint)[0])
        if item is _same:
            return lambda v: tuple(v or ())
        return lambda v: tuple(item(x) for x in v or ())
    if dataclasses.is_dataclass(hint):
        return functools.partial(from_dict, typing.cast(type, hint))
    if hint is float:
        return lambda v: float(v) if isinstance(v, int) else v
    return _same
