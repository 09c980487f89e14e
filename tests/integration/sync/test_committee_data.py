"""What the committee sends down (directives with their PDF, dated reference data), and the set-hash
check that repairs a committee copy that lost records, with an additive full re-export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cellapp.domain.errors import UsageError, ValidationError
from cellapp.domain.reference import ReferenceKind
from cellapp.services.sync._directives import NewDirective, directive_pdf, issue_directive, list_directives
from cellapp.services.sync._reference_data import list_reference_data, reference_value_on, set_reference_value
from cellapp.services.sync._status import sync_status
from tests.helpers.sync_world import (
    CELL_B,
    World,
    add_people,
    copy_behind_its_back,
    delete_behind_its_back,
    synced_rows,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_directive_with_its_pdf_reaches_the_cells_it_is_for(world: World, tmp_path: Path) -> None:
    (tmp_path / "cv12.pdf").write_bytes(PDF)
    issue_directive(
        world.hub.uow(),
        NewDirective(
            number="12-CV/ĐU",
            title="Về tổ chức sinh hoạt chi bộ tháng 12",
            issued_on=date(2026, 11, 20),
            issuing_body="Đảng ủy xã Bản Máy",
            text="Các chi bộ tổ chức sinh hoạt trước ngày 10/12/2026.",
            pdf=tmp_path / "cv12.pdf",
        ),
    )
    issue_directive(
        world.hub.uow(),
        NewDirective(
            number="13-CV/ĐU",
            title="Riêng chi bộ Tả Chải",
            issued_on=date(2026, 11, 21),
            issuing_body="Đảng ủy xã Bản Máy",
            to_cells=(CELL_B,),
        ),
    )
    [report] = world.send(world.hub, world.a)
    assert report.received["directives"] == 1
    [received] = list_directives(world.a.uow(read_only=True))
    assert (received.number, received.issued_on, received.pdf_name) == (
        "12-CV/ĐU",
        date(2026, 11, 20),
        "cv12.pdf",
    )
    assert directive_pdf(world.a.uow(read_only=True), received.uuid) == ("cv12.pdf", PDF)
    world.send(world.hub, world.b)
    assert [d.number for d in list_directives(world.b.uow(read_only=True))] == ["13-CV/ĐU", "12-CV/ĐU"]


def test_only_the_committee_issues_directives_and_they_need_number_title_and_body(world: World) -> None:
    with pytest.raises(UsageError, match="Chỉ cấp ủy"):
        issue_directive(world.a.uow(), NewDirective("1-CV", "X", date(2026, 1, 1), "Y"))
    with pytest.raises(ValidationError, match="số văn bản"):
        issue_directive(world.hub.uow(), NewDirective(" ", "X", date(2026, 1, 1), "Y"))


def test_reference_data_is_dated_and_the_cell_reads_the_value_in_force(world: World) -> None:
    for valid_from, amount in ((date(2024, 7, 1), 3_450_000), (date(2026, 1, 1), 3_700_000)):
        set_reference_value(
            world.hub.uow(),
            kind=ReferenceKind.MINIMUM_WAGE,
            key="IV",
            valid_from=valid_from,
            value={"amount": amount},
            title="Vùng IV",
        )
    [report] = world.send(world.hub, world.a)
    assert report.received["reference_data"] == 2
    assert len(list_reference_data(world.a.uow(read_only=True), kind=ReferenceKind.MINIMUM_WAGE)) == 2
    on = reference_value_on
    assert on(
        world.a.uow(read_only=True), kind=ReferenceKind.MINIMUM_WAGE, key="IV", on=date(2025, 6, 1)
    ) == {"amount": 3_450_000}
    assert on(
        world.a.uow(read_only=True), kind=ReferenceKind.MINIMUM_WAGE, key="IV", on=date(2026, 11, 1)
    ) == {"amount": 3_700_000}


def _lose_at_hub(world: World, uuid: str) -> None:
    """The committee's copy loses a record while its counters say it has it (a damaged disk, a bug)."""
    delete_behind_its_back(world.hub, "members", uuid)


def test_a_committee_copy_that_lost_records_is_repaired_by_a_full_additive_re_export(world: World) -> None:
    [lost, _kept] = add_people(world.a, "Bị Mất", "Còn Lại")
    world.send(world.a, world.hub)
    _lose_at_hub(world, lost.uuid)
    world.send(world.hub, world.a)  # its set-hash of our records differs, and it has seen all we wrote
    [full] = world.export(world.a)
    assert full.full and full.records >= 3
    from cellapp.services.sync._import import import_bundles

    import_bundles(world.hub, [full.path])
    owner = world.a.info.unit_uuid
    assert synced_rows(world.hub, "members", owner) == synced_rows(world.a, "members", owner)
    world.send(world.hub, world.a)
    assert not sync_status(world.a).diverged
    [next_one] = world.export(world.a)
    assert not next_one.full and next_one.records == 0


def test_a_record_only_the_committee_holds_for_a_cell_is_given_back_to_it(world: World) -> None:
    """The repair works both ways: the committee's check sees the cell lacks a record of its own."""
    add_people(world.a, "Thật")
    world.send(world.a, world.hub)
    copy_behind_its_back(
        world.hub, "members", uuid="00000000-0000-4000-8000-000000000000", full_name="Chỉ Cấp Ủy Có"
    )
    world.send(world.hub, world.a)
    world.send(world.a, world.hub)  # the committee now sees the cell's set differs: a full re-export follows
    [full] = world.export(world.hub, cells=["BM-C01"])
    assert full.full
    from cellapp.services.sync._import import import_bundles

    import_bundles(world.a, [full.path])
    owner = world.a.info.unit_uuid
    assert synced_rows(world.hub, "members", owner) == synced_rows(world.a, "members", owner)
    assert "00000000-0000-4000-8000-000000000000" in synced_rows(world.a, "members")
