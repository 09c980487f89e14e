"""The monthly fee book (sổ thu đảng phí) in the Party format: one line per member with the basis of the
fee, the amount due, exemptions and reductions, what was paid for the month (date and receipt), a note
(arrears, paid in advance) and a column for the member's signature; totals and the money received in the
month. Landscape A4, so that every column stays readable at 11–12 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from cellapp.domain.vietnamese import format_money
from cellapp.reports.party_format import (
    DocumentHeader,
    PartyDocument,
    Signer,
    content_width,
    grid_table,
    render,
    signature_space,
    styles,
    text,
)


@dataclass(frozen=True)
class FeeBookLine:
    full_name: str
    basis: str  # "BHXH: 1% × 6.540.000 đ", "Miễn: 50 năm tuổi đảng"…
    due: int  # after exemptions and reductions
    relieved: int
    paid: int  # applied to this month
    paid_on: str  # "05/11/2026"; several payments one per line
    receipts: str  # "BL-0012", or "Cổng DVC" for the portal
    note: str


@dataclass(frozen=True)
class FeeBookData:
    header: DocumentHeader
    month_label: str  # "tháng 11 năm 2026"
    legal_basis: str  # "Căn cứ Quy định 01-QĐ/TW …"
    lines: tuple[FeeBookLine, ...]
    received_total: int  # all money received in the month, arrears and advances included
    received_cash: int
    received_portal: int
    received_for_other_months: int
    arrears_total: int  # what members still owe, all months up to this one
    collector_title: str = "Người thu"


def _money(amount: int) -> str:
    return format_money(amount) if amount else "–"


def fee_book_body(data: FeeBookData, width: float) -> list[Flowable]:
    s = styles()
    cell, small, center = s["cell"], s["cell_small"], s["cell_small_center"]
    header = [
        "TT",
        "Họ và tên",
        "Căn cứ tính",
        "Phải đóng",
        "Miễn, giảm",
        "Đã đóng",
        "Ngày đóng",
        "Số biên lai",
        "Ghi chú",
        "Ký nhận",
    ]
    fractions = (0.04, 0.15, 0.2, 0.085, 0.075, 0.085, 0.1, 0.08, 0.105, 0.08)
    widths = [width * f for f in fractions]
    heading = ParagraphStyle("book_heading", parent=s["cell_bold"], fontSize=11, leading=13)
    rows: list[list[object]] = [[Paragraph(text(h), heading) for h in header]]
    for number, line in enumerate(data.lines, start=1):
        rows.append(
            [
                str(number),
                Paragraph(text(line.full_name), cell),
                Paragraph(text(line.basis), small),
                _money(line.due),
                _money(line.relieved),
                _money(line.paid),
                Paragraph("<br/>".join(text(d) for d in line.paid_on.splitlines()), center),
                Paragraph("<br/>".join(text(r) for r in line.receipts.splitlines()), center),
                Paragraph(text(line.note), small),
                signature_space(),
            ]
        )
    rows.append(
        [
            "",
            Paragraph("<b>Cộng</b>", cell),
            Paragraph(text(f"{len(data.lines)} đảng viên"), small),
            format_money(sum(line.due for line in data.lines)),
            format_money(sum(line.relieved for line in data.lines)),
            format_money(sum(line.paid for line in data.lines)),
            "",
            "",
            "",
            "",
        ]
    )
    table = grid_table(rows, widths, right_columns=(3, 4, 5), center_columns=(0,), total_rows=1, font_size=11)
    paid_count = sum(1 for line in data.lines if line.due and line.paid >= line.due)
    owing = sum(1 for line in data.lines if line.paid < line.due)
    summary = (
        f"Số đảng viên phải đóng: {sum(1 for line in data.lines if line.due)}; đã đóng đủ: {paid_count}; "
        f"chưa đóng đủ: {owing}. Tổng số tiền còn nợ đến hết {data.month_label}: {format_money(data.arrears_total)}."
    )
    received = (
        f"Tiền đảng phí thu trong tháng: {format_money(data.received_total)} (tiền mặt "
        f"{format_money(data.received_cash)}; qua Cổng Dịch vụ công quốc gia {format_money(data.received_portal)}), "
        f"trong đó thu nợ và thu trước cho các tháng khác: {format_money(data.received_for_other_months)}."
    )
    return [
        Paragraph(text(data.legal_basis), s["body_left"]),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 3 * mm),
        Paragraph(text(summary), s["body_left"]),
        Paragraph(text(received), s["body_left"]),
    ]


def render_fee_book(data: FeeBookData) -> bytes:
    document = PartyDocument(
        header=data.header,
        kind="Sổ thu đảng phí",
        summary=data.month_label,
        signers=(Signer(title=data.collector_title), Signer(authority="T/M chi bộ", title="Bí thư")),
        landscape=True,
        title=f"Sổ thu đảng phí {data.month_label}",
    )
    return render(document, fee_book_body(data, content_width(document)))
