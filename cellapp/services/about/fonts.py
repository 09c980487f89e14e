"""The bundled fonts as their own files describe them: family, version and licence read from each
TrueType file's `name` table (name IDs 1, 5 and 13), so the About dialog follows the fonts shipped."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

FAMILY, VERSION, LICENCE = 1, 5, 13  # OpenType name IDs
_WINDOWS_UNICODE = (3, 1)  # platform and encoding of the names every Windows-ready font carries

_SPDX = ((re.compile(r"SIL Open Font License,? Version 1\.1", re.IGNORECASE), "OFL-1.1"),)


@dataclass(frozen=True)
class FontFamily:
    name: str
    version: str
    licence: str  # an SPDX identifier when the description is a known one, else the description itself
    files: tuple[Path, ...]


def font_families(folder: Path) -> list[FontFamily]:
    """One entry per family among the folder's .ttf files, in name order."""
    by_family: dict[str, list[tuple[Path, dict[int, str]]]] = {}
    for path in sorted(folder.glob("*.ttf")):
        names = read_names(path.read_bytes())
        by_family.setdefault(names.get(FAMILY, path.stem), []).append((path, names))
    families = []
    for family, members in sorted(by_family.items()):
        names = members[0][1]
        version = names.get(VERSION, "").removeprefix("Version ").strip()
        families.append(
            FontFamily(
                name=family,
                version=version,
                licence=spdx(names.get(LICENCE, "")),
                files=tuple(path for path, _ in members),
            )
        )
    return families


def spdx(description: str) -> str:
    for pattern, identifier in _SPDX:
        if pattern.search(description):
            return identifier
    return description


def read_names(data: bytes) -> dict[int, str]:
    """The Windows Unicode strings of a TrueType/OpenType file's `name` table, by name ID."""
    (tables,) = struct.unpack_from(">H", data, 4)
    for index in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"name":
            return _names_at(data, offset)
    return {}


def _names_at(data: bytes, table: int) -> dict[int, str]:
    _format, count, strings = struct.unpack_from(">HHH", data, table)
    names: dict[int, str] = {}
    for index in range(count):
        platform, encoding, _language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", data, table + 6 + 12 * index
        )
        if (platform, encoding) == _WINDOWS_UNICODE and name_id not in names:
            start = table + strings + offset
            names[name_id] = data[start : start + length].decode("utf-16-be", errors="replace")
    return names
