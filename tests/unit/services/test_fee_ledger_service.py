"""The ledger, accounts, remittances and alerts on the demo cell and on a small real cell: totals that
reconcile (due = paid + arrears + exempted), the demo's history, and the rules for exemptions and
reductions and for remittances."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_ledger import MonthState
from cellapp.domain.fees import ExemptionCause, FeeArea, FeeCategory, ReliefReason
from cellapp.domain.members import Sex
from cellapp.domain.months import Month, Period
from cellapp.services.fees import (
    FeeAlertKind,
    add_fee_relief,
    cancel_fee_relief,
    end_fee_relief,
    fee_alerts,
    fee_ledger,
    fee_rules_in_force,
    get_fee_settings,
    list_payments,
    list_remittances,
    member_fee_account,
    record_payment,
    record_remittance,
    remittance_proposal,
    reverse_remittance,
    save_fee_settings,
    set_fee_opening,
    set_fee_profile,
)
from cellapp.services.members._register import NewMember, add_members
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

NOVEMBER = Month.of(DEMO_TODAY)


def test_the_demo_totals_reconcile_every_month_and_match_the_payments(demo_workspace: Workspace) -> None:
    view = fee_ledger(demo_workspace.uow(read_only=True), year=2026, reference=NOVEMBER)
    assert len(view.rows) > 30
    for month in view.months:
        totals = view.totals(month)
        assert totals.reconciles, month
        assert totals.standard == totals.relieved + totals.paid + totals.outstanding
    payments = list_payments(demo_workspace.uow(read_only=True))
    allocated_2026 = sum(v for p in payments for m, v in p.allocations.items() if m.year == 2026)
    shown = sum(e.paid for row in view.rows for e in row.months)
    assert allocated_2026 == shown > 0


def test_the_demo_has_a_realistic_history(demo_workspace: Workspace) -> None:
    view = fee_ledger(demo_workspace.uow(read_only=True), year=2026, reference=NOVEMBER)
    up_to_date = [r for r in view.rows if r.summary.arrears == 0]
    behind = [r for r in view.rows if r.summary.arrears > 0]
    flagged = [r for r in view.rows if r.summary.strike_warning]
    assert len(up_to_date) > 0.7 * len(view.rows)
    assert 2 <= len(behind) <= 8 and len(flagged) == 1
    assert any(r.summary.paid_up_to and r.summary.paid_up_to > NOVEMBER for r in view.rows)  # paid ahead
    categories = {r.category for r in view.rows}
    assert {FeeCategory.OTHER, FeeCategory.INSURED, FeeCategory.PENSIONER} <= categories
    states = {e.state for r in view.rows for e in r.months}
    assert {MonthState.PAID, MonthState.UNPAID, MonthState.EXEMPT} <= states
    assert any(r.exempt_by_seniority for r in view.rows) or all(not r.exempt_now for r in view.rows)
    assert list_remittances(demo_workspace.uow(read_only=True))


def test_the_alerts_name_the_member_with_three_unpaid_months(demo_workspace: Workspace) -> None:
    alerts = fee_alerts(demo_workspace.uow(read_only=True), on=DEMO_TODAY)
    strikes = [a for a in alerts if a.kind is FeeAlertKind.THREE_UNPAID_MONTHS]
    assert len(strikes) == 1 and alerts[0] is strikes[0]
    message = strikes[0].message.render("vi")
    assert strikes[0].member_name in message and "xóa tên" in message
    assert strikes[0].message.render("en").startswith(strikes[0].member_name)


@pytest.fixture
def small_cell(cell_workspace: Workspace) -> tuple[Workspace, str]:
    member = add_members(
        cell_workspace.uow(),
        [
            NewMember(
                full_name="Hoàng Thị Ánh",
                sex=Sex.FEMALE,
                birth_date=date(1980, 5, 5),
                admitted_on=date(2006, 3, 1),
            )
        ],
    )[0]
    save_fee_settings(
        cell_workspace.uow(),
        wage_region=4,
        area=FeeArea.MOUNTAIN,
        cell_share_percent=30,
        ledger_start=Month(2026, 1),
    )
    return cell_workspace, member.uuid


def test_a_reduction_beyond_twelve_months_is_refused_and_nothing_is_saved(
    small_cell: tuple[Workspace, str],
) -> None:
    workspace, member = small_cell
    with pytest.raises(ValidationError) as caught:
        add_fee_relief(
            workspace.uow(),
            member_uuid=member,
            reason=ReliefReason.HARDSHIP,
            percent=50,
            first_month=Month(2026, 3),
            last_month=Month(2027, 3),
        )
    assert "tối đa 12 tháng" in str(caught.value)
    assert member_fee_account(workspace.uow(read_only=True), member_uuid=member).reliefs == ()


def test_a_reduction_applies_until_it_ends_and_can_be_ended_early_or_withdrawn(
    small_cell: tuple[Workspace, str],
) -> None:
    workspace, member = small_cell
    relief = add_fee_relief(
        workspace.uow(),
        member_uuid=member,
        reason=ReliefReason.HARDSHIP,
        percent=70,
        first_month=Month(2026, 3),
        last_month=Month(2026, 12),
        decision="Nghị quyết chi bộ ngày 05/03/2026",
    )

    def due(month: int) -> int:
        row = fee_ledger(workspace.uow(read_only=True), year=2026, reference=NOVEMBER).row(member)
        assert row is not None
        entry = row.at(Month(2026, month))
        assert entry is not None
        return entry.due

    assert (due(2), due(3), due(9), due(12)) == (11_100, 3_330, 3_330, 3_330)
    end_fee_relief(workspace.uow(), relief_uuid=relief.uuid, last_month=Month(2026, 8))
    assert (due(8), due(9)) == (3_330, 11_100)
    with pytest.raises(ValidationError):
        end_fee_relief(workspace.uow(), relief_uuid=relief.uuid, last_month=Month(2026, 10))
    cancel_fee_relief(workspace.uow(), relief_uuid=relief.uuid)
    assert due(3) == 11_100


def test_a_new_category_applies_from_its_month(small_cell: tuple[Workspace, str]) -> None:
    workspace, member = small_cell
    set_fee_profile(
        workspace.uow(),
        member_uuid=member,
        category=FeeCategory.INSURED,
        base_amount=5_000_000,
        valid_from=Month(2026, 7),
    )
    with pytest.raises(ValidationError, match="tiền lương"):
        set_fee_profile(
            workspace.uow(), member_uuid=member, category=FeeCategory.INSURED, valid_from=Month(2026, 9)
        )
    row = fee_ledger(workspace.uow(read_only=True), year=2026, reference=NOVEMBER).row(member)
    assert row is not None
    assert [row.at(Month(2026, m)).due for m in (6, 7)] == [11_100, 50_000]  # type: ignore[union-attr]
    assert not row.category_assumed and row.category is FeeCategory.INSURED


def test_settings_are_checked_and_kept(small_cell: tuple[Workspace, str]) -> None:
    workspace, _ = small_cell
    with pytest.raises(ValidationError, match="vùng I, II, III hoặc IV"):
        save_fee_settings(
            workspace.uow(),
            wage_region=5,
            area=FeeArea.MOUNTAIN,
            cell_share_percent=30,
            ledger_start=Month(2026, 1),
        )
    with pytest.raises(ValidationError, match="0 đến 100"):
        save_fee_settings(
            workspace.uow(),
            wage_region=1,
            area=FeeArea.MOUNTAIN,
            cell_share_percent=130,
            ledger_start=Month(2026, 1),
        )
    save_fee_settings(
        workspace.uow(), wage_region=1, area=FeeArea.TOWN, cell_share_percent=50, ledger_start=Month(2025, 7)
    )
    settings = get_fee_settings(workspace.uow(read_only=True))
    assert (settings.wage_region, settings.area, settings.cell_share_percent, settings.ledger_start) == (
        1,
        FeeArea.TOWN,
        50,
        Month(2025, 7),
    )
    in_force = fee_rules_in_force(workspace.uow(read_only=True), month=Month(2026, 11))
    assert (in_force.regulation, in_force.minimum_wage, in_force.region) == ("01-QĐ/TW", 5_310_000, "vùng I")
    assert fee_rules_in_force(workspace.uow(read_only=True), month=Month(2025, 11)).regulation == "342-QĐ/TW"


def test_a_remittance_keeps_the_cells_share_and_cannot_be_recorded_twice(
    small_cell: tuple[Workspace, str],
) -> None:
    workspace, member = small_cell
    record_payment(
        workspace.uow(),
        member_uuid=member,
        first_month=Month(2026, 1),
        last_month=Month(2026, 3),
        paid_on=date(2026, 3, 5),
        today=DEMO_TODAY,
    )
    quarter = Period.parse("2026-Q1")
    proposal = remittance_proposal(workspace.uow(read_only=True), period=quarter)
    assert (proposal.collected, proposal.cell_share, proposal.to_remit) == (26_200, 7_860, 18_340)
    remittance = record_remittance(
        workspace.uow(), period=quarter, remitted_on=date(2026, 4, 10), today=DEMO_TODAY
    )
    assert remittance.amount == 18_340
    with pytest.raises(ValidationError, match="đã nộp lên cấp trên"):
        record_remittance(
            workspace.uow(), period=Period.parse("2026-03"), remitted_on=date(2026, 4, 10), today=DEMO_TODAY
        )
    with pytest.raises(ValidationError, match="từ 0 đ"):
        record_remittance(
            workspace.uow(),
            period=Period.parse("2026-Q2"),
            remitted_on=date(2026, 7, 10),
            amount=5,
            today=DEMO_TODAY,
        )
    reverse_remittance(workspace.uow(), remittance_uuid=remittance.uuid, reason="Ghi sai kỳ", on=DEMO_TODAY)
    again = record_remittance(
        workspace.uow(), period=quarter, remitted_on=date(2026, 4, 12), amount=18_000, today=DEMO_TODAY
    )
    assert again.amount == 18_000
    kinds = [(r.kind, r.reversed_by is not None) for r in list_remittances(workspace.uow(read_only=True))]
    assert kinds == [("remittance", True), ("remittance", False), ("reversal", False)]


def test_a_member_reaching_fifty_years_gets_an_alert_and_the_exemption(cell_workspace: Workspace) -> None:
    member = add_members(
        cell_workspace.uow(),
        [
            NewMember(
                full_name="Vàng Seo Lử",
                sex=Sex.MALE,
                birth_date=date(1950, 1, 1),
                admitted_on=date(1976, 12, 3),
            )
        ],
    )[0]
    set_fee_opening(cell_workspace.uow(), member_uuid=member.uuid, paid_through=Month(2026, 11))
    alerts = fee_alerts(cell_workspace.uow(read_only=True), on=DEMO_TODAY)
    assert [a.kind for a in alerts if a.member_uuid == member.uuid] == [FeeAlertKind.SENIORITY_EXEMPTION]
    assert "12/2026" in alerts[0].message.render("vi")
    row = fee_ledger(cell_workspace.uow(read_only=True), year=2026, reference=Month(2026, 12)).row(
        member.uuid
    )
    assert row is not None and row.reference is not None
    assert (
        row.reference.assessment is not None
        and row.reference.assessment.exemption is ExemptionCause.SENIORITY
    )
