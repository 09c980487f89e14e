"""Transfers through the committee (docs/sync.md §5): A → B keeps the UUID and history, makes B the owner, and
sends A's late edits to the conflict queue with both values."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.members import MemberStatus
from cellapp.services.committee import cell_file
from cellapp.services.members._lifecycle import EventInput, record_event
from cellapp.services.members._register import list_members
from cellapp.services.members._transfers import TransferSummary, list_transfers, transfer_member
from cellapp.services.sync._outbox_delivery import DeliveryState
from cellapp.services.sync._status import list_conflicts, settle_conflict
from cellapp.storage.records import MemberRecord
from tests.helpers.sync_world import CELL_A, CELL_B, TODAY, World, add_people, synced_rows


def _edit(world: World, uuid: str, **values: object) -> None:
    with world.a.uow() as uow:
        record = uow.session.get(MemberRecord, uuid)
        assert record is not None
        for key, value in values.items():
            setattr(record, key, value)
        uow.commit()


@pytest.fixture
def moved(world: World) -> str:
    [member, _stays] = add_people(world.a, "Lý Thị Chuyển", "Lý Văn Ở")
    _edit(world, member.uuid, extra={"party_school": "Sơ cấp"})
    world.send(world.a, world.hub)
    done = transfer_member(
        world.hub.uow(),
        member_uuid=member.uuid,
        to_cell=CELL_B,
        decided_on=date(2026, 11, 20),
        decision="15-QĐ/ĐU",
    )
    assert (done.from_code, done.to_code, done.epoch) == (CELL_A, CELL_B, 1)
    return member.uuid


def test_the_receiving_cell_adopts_the_member_with_the_same_uuid(world: World, moved: str) -> None:
    [report] = world.send(world.hub, world.b)
    assert report.received["transfers_in"] == 1
    with world.b.uow(read_only=True) as uow:
        record = uow.session.get(MemberRecord, moved)
        assert record is not None
        assert (record.owner_unit, record.owner_epoch) == (world.b.info.unit_uuid, 1)
        assert record.extra == {"party_school": "Sơ cấp"}
    assert [m.full_name for m in list_members(world.b.uow(read_only=True))] == ["Lý Thị Chuyển"]
    # B now owns it: its edits go up and the committee takes them.
    with world.b.uow() as uow:
        record = uow.session.get(MemberRecord, moved)
        assert record is not None
        record.residence = "Thôn Tả Chải"
        uow.commit()
    [up] = world.send(world.b, world.hub)
    assert up.counts["updated"] >= 1 and up.counts["conflicts"] == 0
    assert synced_rows(world.hub, "members")[moved] == synced_rows(world.b, "members")[moved]


def test_the_releasing_cell_keeps_a_read_only_copy_marked_transferred_out(world: World, moved: str) -> None:
    [report] = world.send(world.hub, world.a)
    assert report.received["transfers_out"] == 1
    assert "0 đảng viên chuyển đến, 1 chuyển đi" in report.message.render("vi")
    with world.a.uow(read_only=True) as uow:
        record = uow.session.get(MemberRecord, moved)
        assert record is not None
        assert record.owner_unit == world.b.info.unit_uuid and record.status == MemberStatus.TRANSFERRED_OUT
    assert [m.full_name for m in list_members(world.a.uow(read_only=True))] == ["Lý Văn Ở"]
    [later] = world.export(world.a)
    assert later.records == 0  # the copy is not A's to send


def test_late_edits_from_the_old_cell_go_to_the_conflict_queue_with_both_values(
    world: World, moved: str
) -> None:
    world.send(world.hub, world.b)
    _edit(world, moved, phone="0911222333")  # A has not heard of the transfer yet
    [report] = world.send(world.a, world.hub)
    assert report.counts["conflicts"] == 1
    assert {"type": "members", "uuid": moved, "reason": "conflict"} in report.rejections
    [conflict] = list_conflicts(world.hub.uow(read_only=True))
    assert (conflict.label, conflict.from_code, conflict.reason) == ("Lý Thị Chuyển", CELL_A, "moved")
    assert conflict.reason_label.render("vi").startswith("Do chi bộ không còn quản lý")
    phone = next(d for d in conflict.differences if d.name == "phone")
    assert (phone.local, phone.incoming) == (None, "0911222333")
    at_hub = synced_rows(world.hub, "members")[moved]
    assert "0911222333" not in at_hub
    settle_conflict(world.hub.uow(), conflict_id=conflict.id, note="Đã báo chi bộ Tả Chải", actor="officer")
    assert list_conflicts(world.hub.uow(read_only=True)) == []
    # The cell hears of the transfer and of what happened to its unsent edit.
    [back] = world.send(world.hub, world.a)
    assert back.received["transfers_out"] == 1
    [queued] = list_conflicts(world.a.uow(read_only=True))
    assert queued.reason == "superseded"


def test_only_an_enrolled_cell_other_than_the_owner_can_receive(world: World, moved: str) -> None:
    with pytest.raises(ValidationError, match="đã thuộc"):
        transfer_member(
            world.hub.uow(),
            member_uuid=moved,
            to_cell=CELL_B,
            decided_on=date(2026, 11, 21),
            decision="15-QĐ/ĐU",
        )
    with pytest.raises(ValidationError, match="không phải chi bộ đã đăng ký"):
        transfer_member(
            world.hub.uow(),
            member_uuid=moved,
            to_cell="BM-C99",
            decided_on=date(2026, 11, 21),
            decision="15-QĐ/ĐU",
        )
    [listed] = list_transfers(world.hub.uow(read_only=True))
    assert (listed.member_name, listed.from_code, listed.to_code) == ("Lý Thị Chuyển", CELL_A, CELL_B)


def _transfer(world: World, member_uuid: str, **changes: object) -> TransferSummary:
    values: dict[str, object] = {
        "member_uuid": member_uuid,
        "to_cell": CELL_B,
        "decided_on": date(2026, 11, 20),
        "decision": "15-QĐ/ĐU",
        "today": TODAY,
    }
    values.update(changes)
    return transfer_member(world.hub.uow(), **values)  # type: ignore[arg-type]


def _owner(world: World, member_uuid: str) -> tuple[str, int]:
    with world.hub.uow(read_only=True) as uow:
        record = uow.session.get(MemberRecord, member_uuid)
        assert record is not None
        return record.owner_unit, record.owner_epoch


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"decision": "  "}, "Cần nhập số quyết định"),
        ({"decision": "x" * 121}, "dài quá 120 ký tự"),
        ({"decided_on": date(2026, 11, 24)}, "ở tương lai"),
    ],
)
def test_a_transfer_needs_its_decision_number_and_a_date_that_has_come(
    world: World, changes: dict[str, object], message: str
) -> None:
    [member] = add_people(world.a, "Vàng A Dở")
    world.send(world.a, world.hub)
    with pytest.raises(ValidationError, match=message):
        _transfer(world, member.uuid, **changes)
    assert list_transfers(world.hub.uow(read_only=True)) == []


def test_a_member_who_has_left_the_cell_is_not_transferred(world: World) -> None:
    [member] = add_people(world.a, "Vàng A Dở")
    record_event(world.a.uow(), member.uuid, EventInput(EventKind.DIED, date(2026, 10, 5)), today=TODAY)
    world.send(world.a, world.hub)
    with pytest.raises(ValidationError, match="không còn trong danh sách của BM-C01 \\(Từ trần\\)"):
        _transfer(world, member.uuid)


def test_a_dry_run_checks_everything_and_saves_nothing(world: World) -> None:
    [member] = add_people(world.a, "Vàng A Dở")
    world.send(world.a, world.hub)
    planned = _transfer(world, member.uuid, dry_run=True)
    assert (planned.member_name, planned.from_code, planned.to_code, planned.decision) == (
        "Vàng A Dở",
        CELL_A,
        CELL_B,
        "15-QĐ/ĐU",
    )
    assert list_transfers(world.hub.uow(read_only=True)) == []
    assert _owner(world, member.uuid) == (world.a.info.unit_uuid, 0)


def test_the_outbox_follows_a_transfer_until_both_cells_have_it(world: World) -> None:
    [member] = add_people(world.a, "Vàng A Dở")
    world.send(world.a, world.hub)
    _transfer(world, member.uuid, note="Chuyển công tác")

    def where() -> tuple[DeliveryState | None, DeliveryState | None]:
        [listed] = list_transfers(world.hub.uow(read_only=True))
        assert (listed.decision, listed.note) == ("15-QĐ/ĐU", "Chuyển công tác")
        return listed.at_source, listed.at_target

    assert where() == (DeliveryState.WAITING, DeliveryState.WAITING)
    world.send(world.hub, world.a)
    assert where() == (DeliveryState.SENT, DeliveryState.WAITING)
    world.send(world.a, world.hub)
    world.send(world.hub, world.b)
    assert where() == (DeliveryState.RECEIVED, DeliveryState.SENT)
    world.send(world.b, world.hub)
    assert where() == (DeliveryState.RECEIVED, DeliveryState.RECEIVED)
    assert [m.full_name for m in list_members(world.b.uow(read_only=True))] == ["Vàng A Dở"]


def test_a_cells_file_keeps_its_current_and_former_members_apart(world: World) -> None:
    moved, died, stays = add_people(world.a, "Vàng A Dở", "Lò Văn Mất", "Lò Thị Ở")
    record_event(
        world.a.uow(),
        died.uuid,
        EventInput(EventKind.DIED, date(2026, 10, 5), note="Ốm nặng"),
        today=TODAY,
    )
    world.send(world.a, world.hub)
    _transfer(world, moved.uuid)
    file = cell_file(world.hub.uow(read_only=True), world.a.info.unit_uuid)
    assert [(m.full_name, m.status) for m in file.members] == [("Lò Thị Ở", MemberStatus.FULL)]
    assert [
        (f.member.full_name, f.left_on, f.reason.render("vi"), f.detail.render("vi")) for f in file.former
    ] == [
        ("Vàng A Dở", date(2026, 11, 20), "Cấp ủy chuyển sinh hoạt đến BM-C02", "quyết định 15-QĐ/ĐU"),
        ("Lò Văn Mất", date(2026, 10, 5), "Từ trần", "Ốm nặng"),
    ]
    received = cell_file(world.hub.uow(read_only=True), world.b.info.unit_uuid)
    assert [m.full_name for m in received.members] == ["Vàng A Dở"] and received.former == ()
    assert stays.uuid in {m.uuid for m in file.members}
