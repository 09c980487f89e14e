"""Recording fee payments through the services on a real workspace: the rules a payment keeps, the
warning for a month already paid, reversals, and nothing half-saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from cellapp.domain.errors import InputRejected, ValidationError
from cellapp.domain.fees import FeeArea, FeeCategory, PaymentChannel
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.months import Month
from cellapp.services.fees import (
    NewPayment,
    RepeatPaymentWarning,
    fee_month,
    list_payments,
    next_receipt_number,
    record_payment,
    record_payments,
    reverse_payment,
    save_fee_settings,
    set_fee_opening,
    set_fee_profile,
)
from cellapp.services.members._register import NewMember, add_members
from cellapp.services.workspace import Workspace

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Cell:
    workspace: Workspace
    farmer: str
    teacher: str
    newcomer: str
    gone: str
    veteran: str


@pytest.fixture
def cell(cell_workspace: Workspace) -> Cell:
    members = add_members(
        cell_workspace.uow(),
        [
            NewMember(
                full_name="Giàng Seo Phử",
                sex=Sex.MALE,
                birth_date=date(1975, 4, 2),
                admitted_on=date(2001, 5, 19),
            ),
            NewMember(
                full_name="Nguyễn Thị Thu Hương",
                sex=Sex.FEMALE,
                birth_date=date(1988, 3, 1),
                admitted_on=date(2012, 9, 2),
            ),
            NewMember(
                full_name="Lò Văn Pao",
                sex=Sex.MALE,
                birth_date=date(1995, 6, 1),
                admitted_on=date(2026, 6, 15),
            ),
            NewMember(
                full_name="Vàng A Dính",
                sex=Sex.MALE,
                birth_date=date(1970, 1, 1),
                admitted_on=date(1999, 1, 1),
                status=MemberStatus.TRANSFERRED_OUT,
            ),
            NewMember(
                full_name="Sùng Thị Mỷ",
                sex=Sex.FEMALE,
                birth_date=date(1955, 2, 2),
                admitted_on=date(1976, 3, 15),
            ),
        ],
    )
    save_fee_settings(
        cell_workspace.uow(),
        wage_region=4,
        area=FeeArea.MOUNTAIN,
        cell_share_percent=30,
        ledger_start=Month(2026, 1),
    )
    set_fee_profile(
        cell_workspace.uow(),
        member_uuid=members[1].uuid,
        category=FeeCategory.INSURED,
        base_amount=6_154_200,
        valid_from=Month(2026, 1),
    )
    return Cell(cell_workspace, *(m.uuid for m in members))


def _payments(cell: Cell) -> int:
    return len(list_payments(cell.workspace.uow(read_only=True)))


def pay(cell: Cell, member: str, first: str, last: str | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
    return record_payment(
        cell.workspace.uow(),
        member_uuid=member,
        first_month=Month.parse(first),
        last_month=Month.parse(last) if last else None,
        paid_on=kwargs.pop("paid_on", date(2026, 11, 10)),  # type: ignore[arg-type]
        today=TODAY,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_payment_for_several_months_settles_each_at_its_own_rate(cell: Cell) -> None:
    payment = pay(cell, cell.farmer, "2026-01", "2026-03", receipt_number="BL-0001")
    assert payment.allocations == {Month(2026, 1): 4_000, Month(2026, 2): 11_100, Month(2026, 3): 11_100}
    assert payment.amount == 26_200
    row = fee_month(cell.workspace.uow(read_only=True), month=Month(2026, 11)).row(cell.farmer)
    assert row is not None and row.summary.paid_up_to == Month(2026, 3)


def test_a_payment_for_a_month_before_the_member_joined_is_refused(cell: Cell) -> None:
    with pytest.raises(ValidationError) as caught:
        pay(cell, cell.newcomer, "2026-05", "2026-07")
    assert "vào Đảng ngày 15/06/2026" in str(caught.value)
    assert pay(cell, cell.newcomer, "2026-06").amount == 11_100  # the month of admission is due
    assert _payments(cell) == 1


def test_a_payment_for_a_member_who_has_left_is_refused(cell: Cell) -> None:
    with pytest.raises(ValidationError) as caught:
        pay(cell, cell.gone, "2026-03")
    assert "Đã chuyển sinh hoạt đi" in str(caught.value)
    assert _payments(cell) == 0


def test_paying_again_for_a_paid_month_warns_and_records_only_when_confirmed(cell: Cell) -> None:
    pay(cell, cell.farmer, "2026-11", receipt_number="BL-0001")
    with pytest.raises(RepeatPaymentWarning) as caught:
        pay(cell, cell.farmer, "2026-10", "2026-11")
    assert caught.value.months == (Month(2026, 11),)
    assert "đã đóng đảng phí tháng 11/2026" in str(caught.value) and "BL-0001" in str(caught.value)
    assert _payments(cell) == 1
    again = pay(cell, cell.farmer, "2026-10", "2026-11", allow_repeat=True)
    assert again.allocations == {Month(2026, 10): 11_100, Month(2026, 11): 11_100}


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"amount": 0}, "lớn hơn 0"),
        ({"amount": 5_000_000}, "10 lần"),
        ({"amount": 100_000}, "không đủ đến tháng"),  # 3 months need more than that
        ({"paid_on": date(2026, 12, 1)}, "tương lai"),
        ({"receipt_number": "x" * 41}, "tối đa 40"),
    ],
)
def test_bad_amounts_and_dates_are_refused_and_nothing_is_saved(
    cell: Cell, kwargs: dict, fragment: str
) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as caught:
        pay(cell, cell.teacher, "2026-09", "2026-11", **kwargs)
    assert fragment in str(caught.value)
    assert _payments(cell) == 0


def test_paying_more_than_a_year_ahead_is_refused(cell: Cell) -> None:
    with pytest.raises(ValidationError, match="tối đa 12 tháng"):
        pay(cell, cell.farmer, "2026-11", "2027-12")


def test_months_before_the_fee_book_or_the_opening_balance_are_refused(cell: Cell) -> None:
    with pytest.raises(ValidationError, match="12/2025"):
        pay(cell, cell.farmer, "2025-12")
    set_fee_opening(cell.workspace.uow(), member_uuid=cell.farmer, paid_through=Month(2026, 6))
    with pytest.raises(ValidationError, match="06/2026"):
        pay(cell, cell.farmer, "2026-05")
    assert pay(cell, cell.farmer, "2026-07").amount == 11_100


def test_exempt_months_are_passed_over_and_a_payment_only_for_them_is_refused(cell: Cell) -> None:
    # 50 years of seniority from 03/2026; 342-QĐ/TW knew no such exemption in January.
    with pytest.raises(ValidationError, match="miễn đảng phí tháng 03/2026"):
        pay(cell, cell.veteran, "2026-03", "2026-05")
    payment = pay(cell, cell.veteran, "2026-01", "2026-04")
    assert payment.allocations == {Month(2026, 1): 2_000, Month(2026, 2): 7_400}


def test_a_receipt_number_is_recorded_once_until_its_payment_is_reversed(cell: Cell) -> None:
    first = pay(cell, cell.farmer, "2026-10", receipt_number="BL-0007")
    with pytest.raises(ValidationError, match="BL-0007"):
        pay(cell, cell.teacher, "2026-10", receipt_number="BL-0007")
    assert pay(cell, cell.teacher, "2026-10", receipt_number="BL-0007", channel=PaymentChannel.PORTAL)
    reverse_payment(cell.workspace.uow(), payment_uuid=first.uuid, reason="Ghi nhầm người nộp", on=TODAY)
    assert pay(cell, cell.teacher, "2026-11", receipt_number="BL-0007")
    assert next_receipt_number(cell.workspace.uow(read_only=True)) == "BL-0008"


def test_a_reversal_puts_the_months_back_into_arrears_and_cannot_be_repeated(cell: Cell) -> None:
    payment = pay(cell, cell.teacher, "2026-10", "2026-11")
    before = fee_month(cell.workspace.uow(read_only=True), month=Month(2026, 11)).row(cell.teacher)
    reversal = reverse_payment(cell.workspace.uow(), payment_uuid=payment.uuid, reason="Tiền giả", on=TODAY)
    after = fee_month(cell.workspace.uow(read_only=True), month=Month(2026, 11)).row(cell.teacher)
    assert before is not None and after is not None
    assert after.summary.arrears - before.summary.arrears == payment.amount == -reversal.amount
    with pytest.raises(ValidationError, match="đã được hủy"):
        reverse_payment(cell.workspace.uow(), payment_uuid=payment.uuid, reason="lần nữa", on=TODAY)
    with pytest.raises(ValidationError):
        reverse_payment(cell.workspace.uow(), payment_uuid=reversal.uuid, reason="hủy bút toán hủy", on=TODAY)
    with pytest.raises(ValidationError, match="lý do"):
        reverse_payment(cell.workspace.uow(), payment_uuid=payment.uuid, reason="  ", on=TODAY)
    history = list_payments(cell.workspace.uow(read_only=True), member_uuid=cell.teacher)
    assert [(p.kind, p.reversed_by is not None) for p in history] == [("payment", True), ("reversal", False)]


def test_a_batch_is_saved_whole_or_not_at_all(cell: Cell) -> None:
    batch = [
        NewPayment(member_uuid=cell.farmer, first_month=Month(2026, 10), paid_on=date(2026, 11, 5)),
        NewPayment(member_uuid=cell.gone, first_month=Month(2026, 10), paid_on=date(2026, 11, 5)),
    ]
    with pytest.raises(InputRejected):
        record_payments(cell.workspace.uow(), batch, today=TODAY)
    assert _payments(cell) == 0
    saved = record_payments(cell.workspace.uow(), batch[:1] * 1, today=TODAY)
    assert len(saved) == 1 and _payments(cell) == 1


def test_a_batch_sees_its_own_earlier_lines_as_paid(cell: Cell) -> None:
    line = NewPayment(member_uuid=cell.farmer, first_month=Month(2026, 10), paid_on=date(2026, 11, 5))
    with pytest.raises(RepeatPaymentWarning):
        record_payments(cell.workspace.uow(), [line, line], today=TODAY)
    assert _payments(cell) == 0
