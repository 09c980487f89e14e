"""The quarterly or annual fee report (báo cáo thu, nộp đảng phí) in the Party format: month by month what
was due, exempted or reduced, paid and still owed; the money received in the period by channel; the
share the cell keeps and what was remitted upward; and the members still in arrears.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cellapp.domain.vietnamese import format_date, format_money
from cellapp.reports.party_format import (
    DocumentHeader,
    PartyDocument,
    Signer,
    content_width,
    grid_table,
    render,
    styles,
    text,
)


@dataclass(frozen=True)
class FeeReportMonth:
    label: str  # "10/2026"
    members: int
    standard: int
    relieved: int
    paid: int
    outstanding: int


@dataclass(frozen=True)
class FeeReportRemittance:
    remitted_on: date
    period_label: str
    amount: int
    reference: str


@dataclass(frozen=True)
class FeeReportDebtor:
    full_name: str
    months: str  # "09/2026, 10/2026, 11/2026"
    amount: int
    flagged: bool  # three or more unpaid months in the year


@dataclass(frozen=True)
class FeeReportData:
    header: DocumentHeader
    period_label: str  # "quý IV năm 2026"
    legal_basis: str
    members_at_end: int
    exempt_at_end: int
    reduced_at_end: int
    months: tuple[FeeReportMonth, ...]
    received_total: int
    received_cash: int
    received_portal: int
    cell_share_percent: int
    cell_share: int
    remittances: tuple[FeeReportRemittance, ...]
    debtors: tuple[FeeReportDebtor, ...]
    recipients: tuple[str, ...]


def fee_report_body(data: FeeReportData, width: float) -> list[Flowable]:
    s = styles()
    body, heading, cell_bold = s["body_indent"], s["heading"], s["cell_bold"]
    story: list[Flowable] = [Paragraph(text(data.legal_basis), s["body_indent"])]
    story.append(Paragraph(text("I. Đảng viên và đảng phí phải thu"), heading))
    story.append(
        Paragraph(
            text(
                f"Đến cuối kỳ, chi bộ có {data.members_at_end} đảng viên phải đóng đảng phí, trong đó "
                f"{data.exempt_at_end} đồng chí được miễn và {data.reduced_at_end} đồng chí được giảm."
            ),
            body,
        )
    )
    rows: list[list[object]] = [
        [
            Paragraph(text(h), cell_bold)
            for h in ("Tháng", "Số đảng viên", "Phải đóng", "Miễn, giảm", "Đã thu", "Còn nợ")
        ]
    ]
    for month in data.months:
        rows.append(
            [
                month.label,
                str(month.members),
                format_money(month.standard),
                format_money(month.relieved),
                format_money(month.paid),
                format_money(month.outstanding),
            ]
        )
    rows.append(
        [
            "Cộng",
            "",
            format_money(sum(m.standard for m in data.months)),
            format_money(sum(m.relieved for m in data.months)),
            format_money(sum(m.paid for m in data.months)),
            format_money(sum(m.outstanding for m in data.months)),
        ]
    )
    widths = [width * f for f in (0.14, 0.14, 0.18, 0.18, 0.18, 0.18)]
    story.append(grid_table(rows, widths, right_columns=(2, 3, 4, 5), center_columns=(0, 1), total_rows=1))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(text("II. Đảng phí đã thu trong kỳ"), heading))
    story.append(
        Paragraph(
            text(
                f"Tổng số tiền đảng phí thu trong kỳ (kể cả thu nợ và thu trước): {format_money(data.received_total)}; "
                f"trong đó nộp tiền mặt tại chi bộ {format_money(data.received_cash)}, nộp qua Cổng Dịch vụ công "
                f"quốc gia {format_money(data.received_portal)}."
            ),
            body,
        )
    )
    story.append(Paragraph(text("III. Trích giữ lại và nộp cấp trên"), heading))
    to_remit = data.received_total - data.cell_share
    remitted = sum(r.amount for r in data.remittances)
    story.append(
        Paragraph(
            text(
                f"Chi bộ được trích giữ lại {data.cell_share_percent}%: {format_money(data.cell_share)}. "
                f"Số phải nộp cấp trên: {format_money(to_remit)}; đã nộp: {format_money(remitted)}; "
                f"còn phải nộp: {format_money(to_remit - remitted)}."
            ),
            body,
        )
    )
    for remittance in data.remittances:
        reference = f", {remittance.reference}" if remittance.reference else ""
        story.append(
            Paragraph(
                text(
                    f"- Ngày {format_date(remittance.remitted_on)} nộp {format_money(remittance.amount)} "
                    f"(đảng phí {remittance.period_label}{reference})."
                ),
                body,
            )
        )
    debts: list[Flowable] = [Paragraph(text("IV. Đảng viên còn nợ đảng phí đến hết kỳ"), heading)]
    if not data.debtors:
        debts.append(Paragraph(text("Không có đảng viên nợ đảng phí."), body))
    else:
        debt_rows: list[list[object]] = [
            [
                Paragraph(text(h), cell_bold)
                for h in ("TT", "Họ và tên", "Các tháng còn nợ", "Số tiền", "Ghi chú")
            ]
        ]
        for number, debtor in enumerate(data.debtors, start=1):
            debt_rows.append(
                [
                    str(number),
                    Paragraph(text(debtor.full_name), s["cell"]),
                    Paragraph(text(debtor.months), s["cell_small"]),
                    format_money(debtor.amount),
                    Paragraph(
                        text("Nợ từ 3 tháng trở lên trong năm" if debtor.flagged else ""), s["cell_small"]
                    ),
                ]
            )
        debt_widths = [width * f for f in (0.07, 0.28, 0.30, 0.15, 0.20)]
        debts.append(grid_table(debt_rows, debt_widths, right_columns=(3,), center_columns=(0,)))
    # The heading stays with its table (and, being last, with the signatures).
    story.append(KeepTogether(debts))
    return story


def render_fee_report(data: FeeReportData) -> bytes:
    document = PartyDocument(
        header=data.header,
        kind="Báo cáo",
        summary=f"thu, nộp đảng phí {data.period_label}",
        signers=(Signer(authority="T/M chi bộ", title="Bí thư"),),
        recipients=data.recipients,
        title=f"Báo cáo thu, nộp đảng phí {data.period_label}",
    )
    return render(document, fee_report_body(data, content_width(document)))
