"""`cellapp fees [--month YYYY-MM] [--json]`: per member what is due, what was paid, paid up to, arrears;
and the fee documents for `cellapp print fees` and `cellapp print fee-report`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, printed_json, say
from cellapp.domain.errors import ValidationError
from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import format_money

if TYPE_CHECKING:
    from cellapp.services.fees import FeeLedgerView, MemberFeeRow


def month_argument(text: str) -> Month:
    """argparse type: a malformed month is a usage error (exit 2) saying the form to use."""
    try:
        return Month.parse(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.message.render()) from None


def period_argument(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.message.render()) from None


def register(commands: Any) -> None:
    fees = commands.add_parser(
        "fees",
        help=say(
            "party fees: due, paid, paid up to, arrears",
            "đảng phí: phải nộp, đã nộp, đã nộp đến tháng, còn nợ",
        ),
    )
    fees.add_argument(
        "--month",
        type=month_argument,
        help=say("YYYY-MM (default: this month)", "YYYY-MM (mặc định: tháng này)"),
    )
    fees.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    fees.set_defaults(handler=_fees)


def _chosen_month(value: Month | None) -> Month:
    return value or Month.of(date.today())


def row_json(row: MemberFeeRow, month: Month) -> dict[str, Any]:
    entry = row.at(month)
    assessment = entry.assessment if entry else None
    return {
        "uuid": row.member_uuid,
        "full_name": row.full_name,
        "category": row.category.value,
        "category_declared": not row.category_assumed,
        "state": entry.state.value if entry else None,
        "standard": entry.standard if entry else 0,
        "exempted": entry.relieved if entry else 0,
        "due": entry.due if entry else 0,
        "paid": entry.paid if entry else 0,
        "outstanding": entry.outstanding if entry else 0,
        "exemption": assessment.exemption.value if assessment and assessment.exemption else None,
        "reduction_percent": assessment.reduction_percent if assessment else 0,
        "paid_up_to": row.summary.paid_up_to.key if row.summary.paid_up_to else None,
        "arrears": row.summary.arrears,
        "arrears_months": [m.key for m in row.summary.arrears_months],
        "unpaid_months_in_year": len(row.summary.unpaid_in_year),
        "strike_warning": row.summary.strike_warning,
    }


def view_json(view: FeeLedgerView, month: Month) -> dict[str, Any]:
    totals = view.totals(month)
    return {
        "month": month.key,
        "members": [row_json(row, month) for row in view.rows],
        "count": len(view.rows),
        "totals": {
            "members": totals.members,
            "standard": totals.standard,
            "exempted": totals.relieved,
            "due": totals.due,
            "paid": totals.paid,
            "surplus": totals.surplus,
            "outstanding": totals.outstanding,
            "arrears": view.arrears,
        },
    }


def _fees(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.fees import fee_month

    month = _chosen_month(args.month)
    with context.opened() as workspace:
        view = fee_month(workspace.uow(read_only=True), month=month)
    if printed_json(args, view_json(view, month)):
        return 0
    out = sys.stdout
    out.write(f"{'':<30} {'Phải đóng':>12} {'Đã đóng':>12} {'Đóng đến':>9} {'Còn nợ':>12}\n")
    for row in view.rows:
        entry = row.at(month)
        due = format_money(entry.due) if entry and entry.state.counts else "–"
        paid = format_money(entry.paid) if entry else "–"
        up_to = row.summary.paid_up_to.label if row.summary.paid_up_to else "–"
        flag = "  !" if row.summary.strike_warning else ""
        out.write(
            f"{row.full_name:<30} {due:>12} {paid:>12} {up_to:>9} {format_money(row.summary.arrears):>12}{flag}\n"
        )
    totals = view.totals(month)
    out.write(
        f"{'Cộng':<30} {format_money(totals.due):>12} {format_money(totals.paid):>12} {'':>9} "
        f"{format_money(view.arrears):>12}\n"
    )
    return 0


# -- printing ------------------------------------------------------------------------------------------


def configure_fee_book(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--month",
        type=month_argument,
        help=say("YYYY-MM (default: this month)", "YYYY-MM (mặc định: tháng này)"),
    )


def write_fee_book(args: argparse.Namespace, context: CliContext, target: Path) -> Path:
    from cellapp.services.fees import print_fee_book

    month = _chosen_month(args.month)
    with context.opened() as workspace:
        return print_fee_book(workspace.uow(read_only=True), month=month, target=target)


def configure_fee_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--period",
        type=period_argument,
        required=True,
        help=say(
            "2026-Q4 (a quarter), 2026 (a year) or 2026-11", "2026-Q4 (một quý), 2026 (một năm) hoặc 2026-11"
        ),
    )


def write_fee_report(args: argparse.Namespace, context: CliContext, target: Path) -> Path:
    from cellapp.services.fees import print_fee_report

    period: Period = args.period
    with context.opened() as workspace:
        return print_fee_report(workspace.uow(read_only=True), period=period, target=target)
