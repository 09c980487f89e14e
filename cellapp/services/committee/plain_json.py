"""Frozen dataclasses of the domain (a replayed member history, its events, a meeting's counts) as plain
JSON and back, so that what a cell's records say can be kept between views (`facts`).

Each object becomes the list of its fields' values in declaration order (no names: three hundred cells
hold tens of thousands of them). The coders are built once per class from its type hints, and refuse at
build time a field type they cannot carry; `shape` describes the classes' fields so that kept JSON made
for another version of a class is never decoded as this one (it is part of the kept figures' layout).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

Coder = Callable[[Any], Any]
_PLAIN = (str, int, bool, float)
_encoders: dict[Any, Coder] = {}
_decoders: dict[Any, Coder] = {}


def encode(value: Any) -> Any:
    """A dataclass instance as plain JSON (lists, strings, numbers, None)."""
    return encoder(type(value))(value)


def decode(cls: type[Any], data: Any) -> Any:
    return decoder(cls)(data)


def encoder(kind: Any) -> Coder:
    """The encoder of a class (built once)."""
    found = _encoders.get(kind)
    if found is None:
        found = _encoders[kind] = _coder(kind, encoding=True)
    return found


def decoder(kind: Any) -> Coder:
    found = _decoders.get(kind)
    if found is None:
        found = _decoders[kind] = _coder(kind, encoding=False)
    return found


def shape(kind: Any) -> str:
    """The classes' fields and their types, recursively: changes when any of them does."""
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        inner = ",".join(f"{f.name}:{shape(hints[f.name])}" for f in dataclasses.fields(kind))
        return f"{getattr(kind, '__qualname__', kind)}({inner})"
    arguments = typing.get_args(kind)
    if arguments:
        return (
            f"{getattr(typing.get_origin(kind), '__name__', kind)}[{','.join(shape(a) for a in arguments)}]"
        )
    if isinstance(kind, type) and issubclass(kind, Enum):
        return f"{kind.__qualname__}{{{','.join(str(m.value) for m in kind)}}}"
    return getattr(kind, "__qualname__", repr(kind))


def _coder(kind: Any, *, encoding: bool) -> Coder:
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in arguments if a is not type(None)]
        if len(present) != 1 or len(arguments) != 2:
            raise TypeError(f"cannot keep a field of type {kind!r} as JSON")
        inner = _coder(present[0], encoding=encoding)
        if inner is _same:
            return _same
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        if len(arguments) != 2 or arguments[1] is not Ellipsis:
            raise TypeError(f"cannot keep a field of type {kind!r} as JSON")
        item = _coder(arguments[0], encoding=encoding)
        if encoding:
            return lambda values: [item(v) for v in values]
        return lambda values: tuple(item(v) for v in values)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass_coder(kind, encoding=encoding)
    if isinstance(kind, type) and issubclass(kind, Enum):
        if encoding:
            return lambda member: member.value
        members = {m.value: m for m in kind}
        return members.__getitem__
    if kind is datetime or kind is date:
        return (lambda day: day.isoformat()) if encoding else kind.fromisoformat
    if kind in _PLAIN:
        return _same
    raise TypeError(f"cannot keep a field of type {kind!r} as JSON")


def _dataclass_coder(cls: type[Any], *, encoding: bool) -> Coder:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    if len(names) != len(dataclasses.fields(cls)):
        raise TypeError(f"{cls.__qualname__} has fields its constructor does not take")
    coders = [_coder(hints[name], encoding=encoding) for name in names]
    # One expression per class, as `dataclasses` builds its methods: called for every object kept, it
    # does no per-field dispatch at run time.
    scope: dict[str, Any] = {"cls": cls}
    parts = []
    for index, (name, code) in enumerate(zip(names, coders, strict=True)):
        value = f"obj.{name}" if encoding else f"data[{index}]"
        if code is _same:
            parts.append(value)
        else:
            scope[f"code{index}"] = code
            parts.append(f"code{index}({value})")
    source = f"lambda obj: [{', '.join(parts)}]" if encoding else f"lambda data: cls({', '.join(parts)})"
    built: Coder = eval(source, scope)  # the source is made above from field names only
    return built


def _same(value: Any) -> Any:
    return value
