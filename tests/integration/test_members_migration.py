"""A foundation workspace upgraded to the members schema keeps its members, in Vietnamese order, with
their status standing as entered."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.members._register import list_members, member_statuses_on
from cellapp.services.workspace import open_workspace

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "0001_foundation.db"


def test_members_written_before_the_register_come_back_in_vietnamese_order(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(FIXTURE, root / "cellapp.db")
    workspace = open_workspace(root, actor="tester")
    try:
        members = list_members(workspace.uow(read_only=True), include_former=True)
        statuses = member_statuses_on(workspace.uow(read_only=True), date(2100, 1, 1))
    finally:
        workspace.close()
    names = [m.full_name for m in members]
    assert len(names) == 8 and names == sorted(names, key=name_sort_key)
    assert statuses == {m.uuid: m.status for m in members}
