"""Fee alerts for the secretary's alert list: members with three months unpaid in the calendar year (the
Charter's ground for striking a name), exemptions and reductions about to end, and members about to be
exempt by 50 years of seniority. A provider for the generic alerts service: plain frozen values with a
bilingual message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cellapp.domain.fee_ledger import STRIKE_WARNING_MONTHS
from cellapp.domain.fees import exempt_by_seniority_from
from cellapp.domain.l10n import T, Text
from cellapp.domain.months import Month, month_range
from cellapp.domain.vietnamese import format_money
from cellapp.services.fees.ledger import build_ledger
from cellapp.storage.unit_of_work import UnitOfWork


class FeeAlertKind(StrEnum):
    THREE_UNPAID_MONTHS = "fees.three_unpaid_months"
    RELIEF_ENDING = "fees.relief_ending"
    SENIORITY_EXEMPTION = "fees.seniority_exemption"


@dataclass(frozen=True)
class FeeAlert:
    kind: FeeAlertKind
    member_uuid: str
    member_name: str
    month: Month
    message: Text
    urgent: bool


def fee_alerts(uow: UnitOfWork, *, on: date | None = None) -> list[FeeAlert]:
    """Alerts as of `on` (today by default), most urgent first, then by member name order."""
    on = on or date.today()
    current = Month.of(on)
    months = list(month_range(Month(current.year, 1), current.plus(1)))
    view, book = build_ledger(uow, months=months, reference=current, today=on)
    alerts: list[FeeAlert] = []
    for row in view.rows:
        unpaid = row.summary.unpaid_in_year  # ended months only: the current one is not late yet
        if len(unpaid) >= STRIKE_WARNING_MONTHS:
            owed = sum(e.outstanding for e in row.months if e.month in unpaid)
            alerts.append(
                FeeAlert(
                    FeeAlertKind.THREE_UNPAID_MONTHS,
                    row.member_uuid,
                    row.full_name,
                    current,
                    T(
                        "{name} has not paid party fees for {count} months in {year} ({months}; {amount} owed). "
                        "Three months unpaid in a year without good reason is ground for striking the name.",
                        "Đồng chí {name} chưa đóng đảng phí {count} tháng trong năm {year} ({months}; nợ {amount}). "
                        "Ba tháng trong năm không đóng đảng phí mà không có lý do chính đáng là căn cứ xem xét "
                        "xóa tên.",
                        name=row.full_name,
                        count=len(unpaid),
                        year=current.year,
                        months=", ".join(m.label for m in unpaid),
                        amount=format_money(owed),
                    ),
                    urgent=True,
                )
            )
        for entry in book.reliefs.get(row.member_uuid, []):
            relief = entry.relief
            if current <= relief.last <= current.plus(1):
                kind_en = "exemption" if relief.is_exemption else f"{relief.percent}% reduction"
                kind_vi = "miễn đảng phí" if relief.is_exemption else f"giảm {relief.percent}% đảng phí"
                alerts.append(
                    FeeAlert(
                        FeeAlertKind.RELIEF_ENDING,
                        row.member_uuid,
                        row.full_name,
                        relief.last,
                        T(
                            "{name}'s fee {kind} ends after {last}; the cell reviews it again if the member "
                            "applies (each decision lasts at most 12 months).",
                            "Quyết định {kind_vi} của đồng chí {name} hết hạn sau tháng {last}; nếu đảng viên có "
                            "đơn, chi bộ xem xét lại (mỗi lần tối đa 12 tháng).",
                            name=row.full_name,
                            kind=kind_en,
                            kind_vi=kind_vi,
                            last=relief.last.label,
                        ),
                        urgent=False,
                    )
                )
        member = book.members[row.member_uuid]
        for month in (current, current.plus(1)):
            try:
                rules = book.rules.in_force(month)
            except LookupError:
                continue
            starts = exempt_by_seniority_from(rules, member.fee_member)
            if starts == month:
                alerts.append(
                    FeeAlert(
                        FeeAlertKind.SENIORITY_EXEMPTION,
                        row.member_uuid,
                        row.full_name,
                        month,
                        T(
                            "{name} reaches {years} years of Party seniority in {month} and is exempt from "
                            "party fees from that month.",
                            "Đồng chí {name} đủ {years} năm tuổi đảng trong tháng {month}, được miễn đóng đảng "
                            "phí từ tháng đó.",
                            name=row.full_name,
                            years=rules.rule_set.seniority_exempt_years,
                            month=month.label,
                        ),
                        urgent=False,
                    )
                )
    order = {row.member_uuid: index for index, row in enumerate(view.rows)}
    alerts.sort(key=lambda a: (not a.urgent, order.get(a.member_uuid, 0), a.kind.value))
    return alerts
