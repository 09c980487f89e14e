"""Printing the monthly fee book and the quarterly or annual fee report: the ledger turned into the data
the Party-format documents take, then a PDF written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cellapp.domain.fee_ledger import LedgerMonth
from cellapp.domain.fees import (
    ExemptionCause,
    FeeRules,
    MonthRules,
    NoRulesError,
    PaymentChannel,
    region_label,
    round_half_up,
)
from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import format_date, format_money
from cellapp.services.document_header import cell_document_header, report_recipient
from cellapp.services.fees.book import PAYMENT, FeeBook
from cellapp.services.fees.ledger import MemberFeeRow, build_ledger, totals_of
from cellapp.services.fees.remittances import REMITTANCE, list_remittances
from cellapp.services.fees.settings import FeeSettings
from cellapp.storage.unit_of_work import UnitOfWork

# reportlab is imported only when a document is actually printed: it adds a tenth of a second that
# opening the Fees page or running `cellapp fees` does not need.
if TYPE_CHECKING:
    from cellapp.reports.fee_book import FeeBookData
    from cellapp.reports.fee_report import FeeReportData


def _legal_basis(rules: FeeRules, settings: FeeSettings, months: Sequence[Month]) -> str:
    """ "Căn cứ …" naming every regulation that applies to some month of the document, with its span."""
    spans: list[tuple[MonthRules, Month, Month]] = []
    for month in months:
        try:
            in_force = rules.in_force(month)
        except NoRulesError:
            continue
        if spans and spans[-1][0].rule_set == in_force.rule_set:
            spans[-1] = (spans[-1][0], spans[-1][1], month)
        else:
            spans.append((in_force, month, month))
    if not spans:
        return "Căn cứ các quy định về chế độ đảng phí."
    parts = []
    for in_force, first, last in spans:
        part = in_force.rule_set.title
        if len(spans) > 1:
            part += f" (tháng {first.label})" if first == last else f" (tháng {first.label}–{last.label})"
        wage = in_force.minimum_wages.get(settings.wage_region)
        if in_force.rule_set.seniority_exempt_years is not None and wage is not None:
            part += (
                f", lương tối thiểu {region_label(settings.wage_region)} {format_money(wage.amount)}/tháng "
                f"(Nghị định {wage.decree})"
            )
        else:
            part += f", địa bàn {settings.area.label.vi.lower()}"
        parts.append(part)
    return "Căn cứ " + "; ".join(parts) + "."


def _note(row: MemberFeeRow, entry: LedgerMonth | None, month: Month) -> str:
    parts: list[str] = []
    assessment = entry.assessment if entry else None
    if assessment is not None:
        if assessment.exemption is ExemptionCause.SENIORITY:
            parts.append("miễn: đủ 50 năm tuổi đảng")
        elif assessment.exemption is ExemptionCause.RELIEF and assessment.relief_reason is not None:
            parts.append(f"miễn: {assessment.relief_reason.label.vi.lower()}")
        elif assessment.reduction_percent:
            parts.append(f"giảm {assessment.reduction_percent}%")
        if assessment.category_assumed:
            parts.append("chưa khai đối tượng")
    if row.summary.arrears:
        parts.append(f"còn nợ {len(row.summary.arrears_months)} tháng ({format_money(row.summary.arrears)})")
    paid_up_to = row.summary.paid_up_to
    if paid_up_to is not None and paid_up_to > month:
        parts.append(f"đã đóng đến {paid_up_to.label}")
    note = "; ".join(parts)
    return note[:1].upper() + note[1:]


def _paid_detail(book: FeeBook, member_uuid: str, month: Month) -> tuple[str, str]:
    """Dates and receipt numbers of the payments that cover `month`, one line each."""
    dates, receipts = [], []
    for payment in book.payments.get(member_uuid, []):
        if payment.kind != PAYMENT or payment.reversed_by is not None or month not in payment.allocations:
            continue
        dates.append(format_date(payment.paid_on))
        receipts.append(
            payment.receipt_number or ("Cổng DVC" if payment.channel is PaymentChannel.PORTAL else "")
        )
    return "\n".join(dates), "\n".join(receipts)


def fee_book_data(uow: UnitOfWork, *, month: Month, today: date | None = None) -> FeeBookData:
    from cellapp.reports.fee_book import FeeBookData, FeeBookLine

    today = today or date.today()
    header, _committee = cell_document_header(uow, today)
    view, book = build_ledger(uow, months=[month], reference=month)
    lines = []
    for row in view.rows:
        entry = row.at(month)
        if entry is None or not entry.state.counts:
            continue
        assessment = entry.assessment
        category = row.category.short_label.vi
        basis = f"{category}: {assessment.basis_short.render('vi')}" if assessment else category
        paid_on, receipts = _paid_detail(book, row.member_uuid, month)
        lines.append(
            FeeBookLine(
                full_name=row.full_name,
                basis=basis,
                due=entry.due,
                relieved=entry.relieved,
                paid=entry.paid,
                paid_on=paid_on,
                receipts=receipts,
                note=_note(row, entry, month),
            )
        )
    received = [p for entries in book.payments.values() for p in entries if Month.of(p.paid_on) == month]
    cash = sum(p.amount for p in received if p.channel is PaymentChannel.CASH)
    portal = sum(p.amount for p in received if p.channel is PaymentChannel.PORTAL)
    other = sum(v for p in received for m, v in p.allocations.items() if m != month)
    return FeeBookData(
        header=header,
        month_label=f"tháng {month.month:02d} năm {month.year}",
        legal_basis=_legal_basis(book.rules, book.settings, [month]),
        lines=tuple(lines),
        received_total=cash + portal,
        received_cash=cash,
        received_portal=portal,
        received_for_other_months=other,
        arrears_total=view.arrears,
    )


def print_fee_book(uow: UnitOfWork, *, month: Month, target: Path, today: date | None = None) -> Path:
    """Write the month's fee book as PDF (atomically) and return its path."""
    from cellapp.reports.fee_book import render_fee_book
    from cellapp.reports.party_format import write_pdf

    return write_pdf(render_fee_book(fee_book_data(uow, month=month, today=today)), target)


def fee_report_data(uow: UnitOfWork, *, period: Period, today: date | None = None) -> FeeReportData:
    from cellapp.reports.fee_report import FeeReportData, FeeReportDebtor, FeeReportMonth, FeeReportRemittance

    today = today or date.today()
    reference = min(period.last, Month.of(today))
    if reference < period.first:
        reference = period.last
    header, committee = cell_document_header(uow, today)
    months = [m for m in period.months if m <= reference]
    view, book = build_ledger(uow, months=months, reference=reference)
    month_lines = []
    for month in months:
        totals = totals_of(e for row in view.rows if (e := row.at(month)) is not None)
        month_lines.append(
            FeeReportMonth(
                month.label, totals.members, totals.standard, totals.relieved, totals.paid, totals.outstanding
            )
        )
    received = [
        p
        for entries in book.payments.values()
        for p in entries
        if period.first.first_day <= p.paid_on <= period.last.last_day
    ]
    cash = sum(p.amount for p in received if p.channel is PaymentChannel.CASH)
    portal = sum(p.amount for p in received if p.channel is PaymentChannel.PORTAL)
    remittances = [
        r
        for r in list_remittances(uow)
        if r.kind == REMITTANCE
        and r.reversed_by is None
        and r.period.first <= period.last
        and period.first <= r.period.last
    ]
    at_end = [row for row in view.rows if row.reference is not None and row.reference.state.counts]
    debtors = [
        FeeReportDebtor(
            full_name=row.full_name,
            months=", ".join(m.label for m in row.summary.arrears_months),
            amount=row.summary.arrears,
            flagged=row.summary.strike_warning,
        )
        for row in view.rows
        if row.summary.arrears > 0
    ]
    total = cash + portal
    return FeeReportData(
        header=header,
        period_label=period.label_vi(),
        legal_basis=_legal_basis(book.rules, book.settings, months),
        members_at_end=len(at_end),
        exempt_at_end=sum(1 for row in at_end if row.exempt_now),
        reduced_at_end=sum(1 for row in at_end if row.reduced_now),
        months=tuple(month_lines),
        received_total=total,
        received_cash=cash,
        received_portal=portal,
        cell_share_percent=book.settings.cell_share_percent,
        cell_share=round_half_up(max(total, 0) * book.settings.cell_share_percent, 100),
        remittances=tuple(
            FeeReportRemittance(r.remitted_on, r.period.label_vi(), r.amount, r.reference or "")
            for r in remittances
        ),
        debtors=tuple(debtors),
        recipients=(report_recipient(committee), "Lưu chi bộ."),
    )


def print_fee_report(uow: UnitOfWork, *, period: Period, target: Path, today: date | None = None) -> Path:
    """Write the period's fee report as PDF (atomically) and return its path."""
    from cellapp.reports.fee_report import render_fee_report
    from cellapp.reports.party_format import write_pdf

    return write_pdf(render_fee_report(fee_report_data(uow, period=period, today=today)), target)
