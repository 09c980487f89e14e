"""A cell and its committee exchanging files: cumulative since acknowledgement, heartbeats, idempotent
imports, what travels down, and fields a newer CellApp wrote coming back unchanged."""

from __future__ import annotations

from cellapp.services.members._register import list_members
from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._status import list_outbox, sync_status
from cellapp.storage.records import MemberRecord
from cellapp.sync.selection import row_json
from cellapp.sync.tables import synced_table
from tests.helpers.sync_world import CELL_A, HUB_CODE, World, add_people, dump, synced_rows


def test_a_cells_members_reach_the_committee_as_read_only_copies_it_owns(world: World) -> None:
    added = add_people(world.a, "Giàng Seo Phử", "Sùng Thị Mỷ")
    reports = world.send(world.a, world.hub)
    assert [r.outcome for r in reports] == ["imported"]
    assert reports[0].counts["added"] == 3  # two members and the cell's own unit record
    at_cell = synced_rows(world.a, "members")
    at_hub = synced_rows(world.hub, "members")
    assert at_hub == at_cell
    assert {m.uuid for m in added} == set(at_hub)
    hub_view = list_members(world.hub.uow(read_only=True))
    assert sorted(m.full_name for m in hub_view) == ["Giàng Seo Phử", "Sùng Thị Mỷ"]


def test_importing_the_same_file_twice_changes_nothing_the_second_time(world: World) -> None:
    add_people(world.a, "Lù Văn Pao")
    [result] = world.export(world.a)
    first = import_bundles(world.hub, [result.path])
    before = dump(world.hub)
    second = import_bundles(world.hub, [result.path])
    assert first[0].outcome == "imported"
    assert second[0].outcome == "already_imported" and second[0].ok
    assert "đã được nhập ngày" in second[0].message.render("vi")
    assert dump(world.hub) == before


def test_a_lost_stick_loses_nothing_because_the_next_file_is_cumulative(world: World) -> None:
    add_people(world.a, "Vàng A Dính")
    world.export(world.a)  # this stick is lost on the way
    add_people(world.a, "Thào Mí Chứ")
    [second] = world.export(world.a)
    assert second.records >= 3
    import_bundles(world.hub, [second.path])
    names = {m.full_name for m in list_members(world.hub.uow(read_only=True))}
    assert names == {"Vàng A Dính", "Thào Mí Chứ"}


def test_an_old_file_imported_after_a_newer_one_changes_nothing(world: World) -> None:
    [member] = add_people(world.a, "Hờ Thị Dế")
    [old] = world.export(world.a)
    with world.a.uow() as uow:
        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None
        record.phone = "0912345678"
        uow.commit()
    [new] = world.export(world.a)
    import_bundles(world.hub, [new.path])
    before = dump(world.hub)
    [report] = import_bundles(world.hub, [old.path])
    assert report.outcome == "imported" and report.counts["updated"] == 0
    after = synced_rows(world.hub, "members")
    assert after[member.uuid] == synced_rows(world.a, "members")[member.uuid]
    assert "0912345678" in after[member.uuid]
    assert dump(world.hub).count("0912345678") == before.count("0912345678")


def test_once_acknowledged_the_cell_sends_only_a_heartbeat(world: World) -> None:
    add_people(world.a, "Giàng A Páo")
    world.send(world.a, world.hub)
    reports = world.send(world.hub, world.a)
    assert reports[0].received["acknowledged"] == 1
    [heartbeat] = world.export(world.a)
    assert heartbeat.heartbeat and heartbeat.records == 0
    assert heartbeat.size < 4000
    outbox = list_outbox(world.a.uow(read_only=True))
    assert outbox[1].acknowledged_at is not None and outbox[0].acknowledged_at is None
    assert sync_status(world.a).pending_records == 0


def test_the_committee_writes_only_for_cells_with_news(world: World) -> None:
    add_people(world.a, "Sùng A Tủa")
    world.send(world.a, world.hub)
    first = world.export(world.hub)
    assert {r.peer_code for r in first} == {CELL_A, "BM-C02"}  # nobody had heard from the committee yet
    again = world.export(world.hub)
    assert again == []
    world.send(world.a, world.hub)
    assert [r.peer_code for r in world.export(world.hub)] == [CELL_A]


def test_file_names_carry_codes_sequence_and_date(world: World) -> None:
    [first] = world.export(world.a)
    [second] = world.export(world.a)
    assert first.path.name == f"{CELL_A}_{HUB_CODE}_000001_20261123.cellsync"
    assert second.path.name == f"{CELL_A}_{HUB_CODE}_000002_20261123.cellsync"
    assert (world.a.paths.outbox / first.path.name).read_bytes() == first.path.read_bytes()


def test_fields_only_a_newer_cellapp_knows_come_back_unchanged(world: World) -> None:
    [member] = add_people(world.a, "Lý Thị Mai")
    with world.a.uow() as uow:
        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None
        record.extra = {"party_school": "Trung cấp lý luận chính trị"}
        uow.commit()
    world.send(world.a, world.hub)
    with world.hub.uow(read_only=True) as uow:
        copy = uow.session.get(MemberRecord, member.uuid)
        assert copy is not None and copy.extra == {"party_school": "Trung cấp lý luận chính trị"}
    # Whenever the committee sends the record on (a transfer, a restored cell), the field travels again
    # at the top level of the record, where a newer CellApp reads it as its own column.
    members = synced_table("members")
    assert members is not None
    with world.hub.uow(read_only=True) as uow:
        copy = uow.session.get(MemberRecord, member.uuid)
        travelling = row_json(members, copy)
    assert travelling["party_school"] == "Trung cấp lý luận chính trị"
    assert "extra" not in travelling
