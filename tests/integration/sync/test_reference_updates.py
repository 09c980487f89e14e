"""Reference values the committee sends (a regional minimum wage, a fee table line, names added to a list):
checked by kind before anything is saved, carried by the next return file, and applied by the cell's fee
book and register from their date; the committee's outbox says how far each has travelled."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import UsageError, ValidationError
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_lists import RegisterList
from cellapp.services.fees.ledger import fee_month
from cellapp.services.members._register import NewMember, add_member
from cellapp.services.sync._outbox_delivery import DeliveryState
from cellapp.services.sync._reference_data import (
    list_reference_data,
    reference_overview,
    register_lists,
    set_reference_value,
)
from tests.helpers.sync_world import TODAY, World

NOVEMBER = Month(2026, 11)
OTHER_LINE = {
    "regulation": "01-QĐ/TW",
    "category": "other",
    "age_band": "below_retirement",
    "basis": "percent_of_minimum_wage",
    "rate_bp": 40,
    "amount": None,
    "area": None,
}


def _farmer(world: World) -> str:
    member = add_member(
        world.a.uow(),
        NewMember(
            full_name="Giàng Seo Phử",
            sex=Sex.MALE,
            birth_date=date(1980, 5, 1),
            admitted_on=date(2010, 3, 2),
            official_on=date(2011, 3, 2),
        ),
    )
    return member.uuid


def _due(world: World, member_uuid: str) -> int:
    view = fee_month(world.a.uow(read_only=True), month=NOVEMBER)
    [row] = [r for r in view.rows if r.member_uuid == member_uuid]
    entry = row.at(NOVEMBER)
    assert entry is not None and entry.assessment is not None
    return entry.assessment.standard


def _set(world: World, kind: ReferenceKind, key: str, value: object, title: str = "", **when: date) -> None:
    set_reference_value(
        world.hub.uow(),
        kind=kind,
        key=key,
        value=value,
        title=title,
        valid_from=when.get("valid_from", date(2026, 11, 1)),
        today=TODAY,
    )


def test_a_new_minimum_wage_reaches_the_cell_and_its_fee_book_uses_it_from_its_date(world: World) -> None:
    member = _farmer(world)
    assert _due(world, member) == 11_100  # 0,3 % of the built-in region IV wage, 3.700.000 đ
    _set(world, ReferenceKind.MINIMUM_WAGE, "IV", {"amount": 4_000_000}, "Nghị định 300/2026/NĐ-CP")
    [report] = world.send(world.hub, world.a)
    assert report.received["reference_data"] == 1
    assert _due(world, member) == 12_000
    [received] = list_reference_data(world.a.uow(read_only=True))
    assert (received.item.render("vi"), received.text.render("vi")) == ("Vùng IV", "4.000.000 đ")


def test_a_fee_table_line_replaces_the_built_in_one_from_its_date(world: World) -> None:
    member = _farmer(world)
    _set(world, ReferenceKind.FEE_TABLE, "", OTHER_LINE, "Hướng dẫn 05-HD/VPTW")
    world.send(world.hub, world.a)
    assert _due(world, member) == 14_800  # 0,4 % of 3.700.000 đ
    [received] = list_reference_data(world.a.uow(read_only=True))
    assert received.text.render("vi") == "0,4% lương tối thiểu vùng"
    assert received.item.render("vi") == "Đảng viên khác, dưới tuổi nghỉ hưu"


def test_names_added_to_a_list_are_accepted_by_the_cells_register(world: World) -> None:
    def add(religion: str) -> None:
        add_member(world.a.uow(), NewMember(full_name="Lò Thị Xuân", sex=Sex.FEMALE, religion=religion))

    with pytest.raises(ValidationError, match="không thuộc danh mục tôn giáo"):
        add("Đạo Ông Trần")
    _set(world, ReferenceKind.ENUMERATION, "religions", ["Đạo Ông Trần"], valid_from=date(2026, 1, 1))
    world.send(world.hub, world.a)
    assert (
        register_lists(world.a.uow(read_only=True), on=TODAY).names(RegisterList.RELIGIONS)[-1]
        == "Đạo Ông Trần"
    )
    add("dao ong tran")  # the register stores the committee's spelling


@pytest.mark.parametrize(
    ("kind", "key", "value", "title", "message"),
    [
        (ReferenceKind.MINIMUM_WAGE, "V", {"amount": 4_000_000}, "NĐ", "vùng I, II, III hoặc IV"),
        (ReferenceKind.MINIMUM_WAGE, "IV", {"amount": 40_000}, "NĐ", "từ 1.000.000 đ đến 100.000.000 đ"),
        (ReferenceKind.MINIMUM_WAGE, "IV", {"amount": 4_000_000}, " ", "văn bản làm căn cứ"),
        (ReferenceKind.FEE_TABLE, "", {**OTHER_LINE, "rate_bp": 900}, "HD", "không quá 5%"),
        (ReferenceKind.FEE_TABLE, "", {**OTHER_LINE, "basis": "percent_of_base"}, "HD", "không đóng theo"),
        (ReferenceKind.FEE_TABLE, "", {**OTHER_LINE, "regulation": "342-QĐ/TW"}, "HD", "nằm ngoài thời gian"),
        (ReferenceKind.ENUMERATION, "religions", ["Phật giáo"], "", "đã có trong danh mục"),
        (ReferenceKind.ENUMERATION, "ethnicities", ["Kinh"], "", "chỉ thêm được tên vào các danh mục"),
    ],
)
def test_a_value_that_breaks_its_kinds_rule_is_refused_and_nothing_is_saved(
    world: World, kind: ReferenceKind, key: str, value: object, title: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        _set(world, kind, key, value, title)
    assert list_reference_data(world.hub.uow(read_only=True)) == []


def test_only_the_committee_sends_reference_values(world: World) -> None:
    with pytest.raises(UsageError, match="Chỉ cấp ủy"):
        set_reference_value(
            world.a.uow(),
            kind=ReferenceKind.MINIMUM_WAGE,
            key="IV",
            value=4_000_000,
            title="NĐ",
            valid_from=date(2026, 11, 1),
        )


def test_the_outbox_shows_what_is_in_force_and_how_far_a_new_value_has_travelled(world: World) -> None:
    before = {(r.kind, r.key): r for r in reference_overview(world.hub.uow(read_only=True), today=TODAY)}
    wage = before[(ReferenceKind.MINIMUM_WAGE, "IV")]
    assert (
        wage.builtin
        and wage.value.render("vi") == "3.700.000 đ"
        and wage.source == "Nghị định 293/2025/NĐ-CP"
    )
    coming = [r for r in before.values() if r.upcoming]
    assert {r.valid_from for r in coming} == {date(2028, 1, 1)}  # 0,5 % and 0,3 % from 2028
    _set(world, ReferenceKind.MINIMUM_WAGE, "IV", 4_000_000, "Nghị định 300/2026/NĐ-CP")

    def sent() -> tuple[int, int, int]:
        rows = reference_overview(world.hub.uow(read_only=True), today=TODAY)
        [row] = [r for r in rows if r.kind is ReferenceKind.MINIMUM_WAGE and r.key == "IV"]
        assert not row.builtin and row.delivery is not None
        return row.delivery.received, row.delivery.sent, row.delivery.waiting

    assert sent() == (0, 0, 2)
    world.send(world.hub, world.a)
    assert sent() == (0, 1, 1)
    world.send(world.a, world.hub)  # the cell's next file acknowledges it
    assert sent() == (1, 0, 1)
    row = next(r for r in reference_overview(world.hub.uow(read_only=True), today=TODAY) if r.uuid)
    assert row.delivery is not None and row.delivery.state is DeliveryState.WAITING
