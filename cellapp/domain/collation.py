"""A byte string per name that sorts like `vietnamese.name_sort_key`, so the database can keep the member
list in Vietnamese order (ORDER BY on an indexed column) instead of sorting thousands of names in Python on
every keystroke.

Each integer of the nested sort key becomes four big-endian bytes (value + 1, so that no element is ever
zero), each sequence ends with a zero terminator, and each list of sequences marks its items with 0x01 and ends with
0x00: a shorter prefix therefore always sorts first, exactly as tuples compare.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from cellapp.domain.vietnamese import name_sort_key


def _ints(values: Iterable[int]) -> bytes:
    shifted = [value + 1 for value in values]
    shifted.append(0)
    return struct.pack(f">{len(shifted)}I", *shifted)


def _text(text: str) -> bytes:
    return _ints(map(ord, text))


def name_collation_key(full_name: str) -> bytes:
    given, middles, family, folded, case_bits, exact = name_sort_key(full_name)
    out = bytearray(_ints(given))
    for middle in middles:
        out += b"\x01" + _ints(middle)
    out += b"\x00"
    out += _ints(family)
    out += _text(folded)
    out += _ints(case_bits)
    out += _text(exact)
    return bytes(out)
