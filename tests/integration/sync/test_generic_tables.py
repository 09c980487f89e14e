"""Sync is generic over every `SyncedMixin` table: test-only record types travel with no change to the
sync code, parents before children, under a one-line policy, with the history that follows a member, and
a type the receiver does not know yet is held, not lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.services.members._transfers import transfer_member
from cellapp.services.sync._import import import_bundles
from cellapp.storage.records import Base, SyncedMixin, SyncHeldRecord
from cellapp.sync import tables as tables_module
from cellapp.sync.selection import row_json
from cellapp.sync.tables import TablePolicy, Writer, synced_table, synced_tables
from tests.helpers.sync_craft import contents_of, keys_of, reseal, write
from tests.helpers.sync_world import CELL_B, World, add_people, copy_behind_its_back, synced_rows


class GadgetRecord(SyncedMixin, Base):
    """A test-only kind of record that follows a member (like a fee payment would)."""

    __tablename__ = "test_gadgets"

    member_uuid: Mapped[str] = mapped_column(ForeignKey("members.uuid"))
    label: Mapped[str] = mapped_column(String(40))


class NoticeRecord(SyncedMixin, Base):
    """A test-only committee-owned kind."""

    __tablename__ = "test_notices"

    text: Mapped[str] = mapped_column(String(80))


_TEST_TABLES: list[Table] = [GadgetRecord.__table__, NoticeRecord.__table__]  # type: ignore[list-item]
for _table in _TEST_TABLES:
    Base.metadata.remove(_table)  # the schema stays exactly the migrations' outside these tests


def _teach(*workspaces: object) -> None:
    for table in _TEST_TABLES:
        Base.metadata._add_table(table.name, None, table)
        for workspace in workspaces:
            table.create(workspace.engine, checkfirst=True)  # type: ignore[attr-defined]


def _forget() -> None:
    for table in _TEST_TABLES:
        if Base.metadata.tables.get(table.name) is table:
            Base.metadata.remove(table)


@pytest.fixture
def taught(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setitem(tables_module.SYNC_POLICIES, "test_notices", TablePolicy(writer=Writer.HUB))
    _teach(world.hub, world.a, world.b)
    yield world
    _forget()


def _gadget(world: World, member_uuid: str, label: str) -> str:
    with world.a.uow() as uow:
        record = GadgetRecord(member_uuid=member_uuid, label=label)
        uow.session.add(record)
        uow.commit()
        return record.uuid


def test_test_only_tables_join_the_order_parents_first(taught: World) -> None:
    names = [t.name for t in synced_tables()]
    assert names.index("members") < names.index("test_gadgets")
    reference = [t.name for t in synced_tables() if t.policy.rank < 10]
    assert "reference_data" in reference and names[: len(reference)] == reference  # reference data first
    gadgets = next(t for t in synced_tables() if t.name == "test_gadgets")
    assert gadgets.member_column == "member_uuid" and gadgets.parents == frozenset({"members"})


def test_a_new_kind_of_record_travels_with_no_change_to_the_sync_code(taught: World) -> None:
    world = taught
    [member] = add_people(world.a, "Giàng Seo Phử")
    gadget = _gadget(world, member.uuid, "Thẻ đảng viên")
    [report] = world.send(world.a, world.hub)
    assert report.counts["added"] == 3
    assert synced_rows(world.hub, "test_gadgets") == synced_rows(world.a, "test_gadgets")
    assert gadget in synced_rows(world.hub, "test_gadgets")


def test_a_record_whose_parent_is_missing_is_refused_alone(taught: World) -> None:
    world = taught
    [member] = add_people(world.a, "Sùng Thị Mỷ")
    _gadget(world, member.uuid, "ok")
    [result] = world.export(world.a)

    def orphan(contents):  # type: ignore[no-untyped-def]
        contents.records["members"] = []
        return contents

    forged = reseal(result.path, world.hub, keys_of(world.a), contents=orphan)
    [report] = import_bundles(world.hub, [write(world.stick, "orphan.cellsync", forged)])
    assert report.outcome == "imported"
    assert [r["reason"] for r in report.rejections] == ["missing_parent"]
    assert synced_rows(world.hub, "test_gadgets") == {}


def test_a_committee_only_kind_goes_down_and_a_cell_may_not_write_it(taught: World) -> None:
    world = taught
    with world.hub.uow() as uow:
        uow.session.add(NoticeRecord(text="Họp chi bộ ngày 3 hằng tháng"))
        uow.commit()
    [down] = world.send(world.hub, world.a)
    assert down.counts["added"] >= 1
    assert synced_rows(world.a, "test_notices") == synced_rows(world.hub, "test_notices")
    [result] = world.export(world.a)
    assert "test_notices" not in contents_of(result.path, world.hub).records  # a cell never sends them

    notices = synced_table("test_notices")
    assert notices is not None
    with world.a.uow(read_only=True) as uow:
        [notice] = uow.session.query(NoticeRecord).all()
        row = row_json(notices, notice)

    def forge(contents):  # type: ignore[no-untyped-def]
        contents.records["test_notices"] = [{**row, "uuid": "0" * 36, "ver_ctr": 999, "text": "Giả mạo"}]
        return contents

    forged = reseal(result.path, world.hub, keys_of(world.a), contents=forge)
    [up] = import_bundles(world.hub, [write(world.stick, "forged.cellsync", forged)])
    assert [r["reason"] for r in up.rejections] == ["hub_only"]
    assert "Giả mạo" not in str(synced_rows(world.hub, "test_notices"))


def test_records_that_follow_a_member_travel_with_it_on_transfer(taught: World) -> None:
    world = taught
    [member] = add_people(world.a, "Lý Thị Chuyển")
    gadget = _gadget(world, member.uuid, "Lịch sử")
    world.send(world.a, world.hub)
    transfer_member(
        world.hub.uow(),
        member_uuid=member.uuid,
        to_cell=CELL_B,
        decided_on=date(2026, 11, 20),
        decision="15-QĐ/ĐU",
    )
    world.send(world.hub, world.b)
    assert synced_rows(world.b, "test_gadgets")[gadget] == synced_rows(world.a, "test_gadgets")[gadget]


def test_a_kind_the_receiver_does_not_know_yet_is_held_then_applied_after_an_update(taught: World) -> None:
    world = taught
    [member] = add_people(world.a, "Hờ A Dế")
    gadget = _gadget(world, member.uuid, "Sau cập nhật")
    [result] = world.export(world.a)
    _forget()  # the committee runs an older CellApp that has no such table
    [report] = import_bundles(world.hub, [result.path])
    assert report.counts["held"] == 1
    with world.hub.uow(read_only=True) as uow:
        assert uow.session.get(SyncHeldRecord, ("test_gadgets", gadget)) is not None
    _teach(world.hub)  # the committee updates CellApp
    [later] = world.send(world.a, world.hub)
    assert later.outcome == "imported"
    assert gadget in synced_rows(world.hub, "test_gadgets")
    with world.hub.uow(read_only=True) as uow:
        assert uow.session.get(SyncHeldRecord, ("test_gadgets", gadget)) is None


def test_a_difference_a_full_re_export_cannot_mend_is_flagged_for_a_person_not_repeated(
    taught: World,
) -> None:
    """The committee holds a record of the cell's that the cell refuses (its parent is gone): after one
    full re-export the difference is flagged instead of re-exporting forever."""
    from cellapp.services.sync._status import list_cells

    world = taught
    [member] = add_people(world.a, "Có Thật")
    gadget = _gadget(world, member.uuid, "mẫu")
    world.send(world.a, world.hub)
    copy_behind_its_back(
        world.hub,
        "test_gadgets",
        uuid="00000000-0000-4000-8000-000000000001",
        member_uuid="00000000-0000-4000-8000-00000000dead",
    )
    world.send(world.hub, world.a)
    world.send(world.a, world.hub)  # the committee sees the cell lacks one: a full re-export to the cell
    [full] = world.export(world.hub, cells=["BM-C01"])
    assert full.full
    [refused] = import_bundles(world.a, [full.path])
    assert [r["reason"] for r in refused.rejections] == ["missing_parent"]
    world.send(world.a, world.hub)
    [cell] = [c for c in list_cells(world.hub.uow(read_only=True)) if c.code == "BM-C01"]
    assert cell.diverged
    [again] = world.export(world.hub, cells=["BM-C01"])
    assert not again.full
    assert gadget in synced_rows(world.a, "test_gadgets")
