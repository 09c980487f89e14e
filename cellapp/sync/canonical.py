"""Canonical JSON (docs/sync.md §4): sorted keys, UTF-8, no spaces, money as integers; one record per line.

The same bytes come out for the same data on every machine, so hashes over them can be compared.
Column values are converted by column type; fields this version does not know travel in `extra` and are
written back at the top level of the record, so a newer CellApp gets them back unchanged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, LargeBinary, Time

# Columns every synced record carries: their meaning is fixed by the protocol (docs/sync.md §5).
VERSION_FIELDS = ("uuid", "owner_unit", "owner_epoch", "ver_node", "ver_ctr", "deleted")


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def ascii_json(value: Any) -> str:
    """Canonical JSON restricted to printable ASCII (a minisign trusted comment must be)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    return b"".join(canonical_json(row) + b"\n" for row in rows)


def parse_jsonl(data: bytes) -> list[dict[str, Any]]:
    rows = []
    for line in data.split(b"\n"):
        if not line:
            continue
        row = json.loads(line.decode("utf-8"))
        if not isinstance(row, dict):
            raise ValueError("a record line is not an object")
        rows.append(row)
    return rows


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_json_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        assert isinstance(value, datetime)
        return value.isoformat()
    if isinstance(kind, Date):
        assert isinstance(value, date)
        return value.isoformat()
    if isinstance(kind, Time):
        assert isinstance(value, time)
        return value.isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def from_json_value(column: Column[Any], value: Any) -> Any:
    """The Python value for a column from its JSON form; raises ValueError or TypeError when it is not one."""
    return None if value is None else reader_for(column)(value)


Reader = Callable[[Any], Any]


def reader_for(column: Column[Any]) -> Reader:
    """The conversion from JSON for one column, chosen once per column (imports convert many rows)."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda value: datetime.fromisoformat(_text(value))
    if isinstance(kind, Date):
        return lambda value: date.fromisoformat(_text(value))
    if isinstance(kind, Time):
        return lambda value: time.fromisoformat(_text(value))
    if isinstance(kind, LargeBinary):
        return lambda value: base64.b64decode(_text(value), validate=True)
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, JSON):
        return _nfc_deep
    return lambda value: unicodedata.normalize("NFC", _text(value))


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _nfc_deep(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc_deep(v) for v in value]
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", str(k)): _nfc_deep(v) for k, v in value.items()}
    return value


def set_hash(versions: Iterable[tuple[str, int, str, int, bool]]) -> str:
    """A digest of which versions of which records a side holds: equal sets give equal hashes."""
    digest = hashlib.sha256()
    for uuid, epoch, node, ctr, deleted in sorted(versions):
        digest.update(f"{uuid}|{epoch}|{node}|{ctr}|{int(deleted)}\n".encode("ascii"))
    return digest.hexdigest()
