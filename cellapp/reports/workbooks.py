"""Saving a spreadsheet atomically: written beside the target under a temporary name, then renamed, so a
failed write (a full USB stick) never leaves half a workbook and never harms the one already there."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl loads only when a workbook is written (members_xlsx.py)
    from openpyxl import Workbook


def save_workbook(workbook: Workbook, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
