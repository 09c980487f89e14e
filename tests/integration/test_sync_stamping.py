"""Every write to a synced record raises the node counter and stamps its version, in one place."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cellapp.domain.members import Sex
from cellapp.services.members._register import NewMember, add_member, add_members
from cellapp.services.workspace import Workspace
from cellapp.storage.records import AuditRecord, MemberRecord, NodeStateRecord


def _counter(workspace: Workspace) -> int:
    with workspace.uow(read_only=True) as uow:
        node = uow.session.get(NodeStateRecord, workspace.info.node_id)
        assert node is not None
        return node.counter


def test_each_new_record_gets_the_next_counter_and_this_node(cell_workspace: Workspace) -> None:
    start = _counter(cell_workspace)
    added = add_members(
        cell_workspace.uow(),
        [
            NewMember(full_name="Giàng Seo Phử", sex=Sex.MALE),
            NewMember(full_name="Sùng Thị Mỷ", sex=Sex.FEMALE),
        ],
    )
    with cell_workspace.uow(read_only=True) as uow:
        records = [uow.session.get(MemberRecord, m.uuid) for m in added]
    assert sorted(r.ver_ctr for r in records if r) == [start + 1, start + 2]
    assert {r.ver_node for r in records if r} == {cell_workspace.info.node_id}
    assert {r.owner_unit for r in records if r} == {cell_workspace.info.unit_uuid}
    assert _counter(cell_workspace) == start + 2


def test_an_update_restamps_the_version_and_is_audited(cell_workspace: Workspace) -> None:
    member = add_member(cell_workspace.uow(), NewMember(full_name="Lù Văn Pao", sex=Sex.MALE))
    with cell_workspace.uow() as uow:
        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None
        first = record.ver_ctr
        record.phone = "0912345678"
        uow.commit()
    with cell_workspace.uow(read_only=True) as uow:
        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None and record.ver_ctr == first + 1
        audit = uow.session.scalars(select(AuditRecord).where(AuditRecord.record_key == member.uuid)).all()
    assert [a.action for a in audit] == ["insert", "update"]
    assert audit[1].changes == {"phone": [None, "0912345678"]}
    assert audit[0].actor == "tester"


def test_a_rolled_back_write_does_not_move_the_counter(cell_workspace: Workspace) -> None:
    start = _counter(cell_workspace)
    with cell_workspace.uow() as uow:
        uow.session.add(MemberRecord(full_name="Vàng A Dính", sex="male", status="full"))
        uow.flush()
    assert _counter(cell_workspace) == start


def test_synced_records_are_tombstoned_never_deleted(cell_workspace: Workspace) -> None:
    member = add_member(cell_workspace.uow(), NewMember(full_name="Thào Mí Chứ", sex=Sex.MALE))
    with cell_workspace.uow() as uow, pytest.raises(RuntimeError, match="mark it deleted"):
        record = uow.session.get(MemberRecord, member.uuid)
        uow.session.delete(record)
        uow.flush()


def test_records_applied_from_a_bundle_keep_the_senders_version(cell_workspace: Workspace) -> None:
    start = _counter(cell_workspace)
    with cell_workspace.uow(remote_apply=True) as uow:
        uow.session.add(
            MemberRecord(
                full_name="Hờ Thị Dế",
                sex="female",
                status="full",
                owner_unit="other-unit",
                owner_epoch=2,
                ver_node="other-node",
                ver_ctr=77,
            )
        )
        uow.commit()
    with cell_workspace.uow(read_only=True) as uow:
        record = uow.session.scalars(select(MemberRecord).where(MemberRecord.full_name == "Hờ Thị Dế")).one()
    assert (record.owner_unit, record.owner_epoch, record.ver_node, record.ver_ctr) == (
        "other-unit",
        2,
        "other-node",
        77,
    )
    assert _counter(cell_workspace) == start


def test_the_search_key_is_derived_on_every_write(cell_workspace: Workspace) -> None:
    member = add_member(
        cell_workspace.uow(), NewMember(full_name="Đặng  Văn   Đức", sex=Sex.MALE, card_number="012345678901")
    )
    with cell_workspace.uow(read_only=True) as uow:
        record = uow.session.get(MemberRecord, member.uuid)
    assert record is not None
    assert record.full_name == "Đặng Văn Đức"
    assert record.search_text == "dang van duc 012345678901"
