"""`cellapp members`: list and search the register; `members import FILE` and `members export FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, print_error, print_info, print_json, printed_json, say
from cellapp.domain.l10n import T
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import format_date

if TYPE_CHECKING:
    from cellapp.services.members import ImportReport, MemberSummary


def register(commands: Any) -> None:
    members = commands.add_parser(
        "members",
        help=say("list, import or export the members", "liệt kê, nhập hoặc xuất danh sách đảng viên"),
    )
    members.add_argument(
        "--search",
        help=say(
            "any part of the name, card number or citizen ID",
            "một phần họ tên, số thẻ đảng viên hoặc số CCCD",
        ),
    )
    members.add_argument(
        "--status",
        choices=[s.value for s in MemberStatus],
        action="append",
        help=say(
            "only members with this status (repeatable)", "chỉ đảng viên có tình trạng này (có thể lặp lại)"
        ),
    )
    members.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    members.set_defaults(handler=_list)
    actions = members.add_subparsers(dest="members_action", parser_class=type(members))
    importing = actions.add_parser(
        "import", help=say("add members from a .csv or .xlsx file", "thêm đảng viên từ tệp .csv hoặc .xlsx")
    )
    importing.add_argument("file", type=Path, help=say("the .csv or .xlsx file", "tệp .csv hoặc .xlsx"))
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=say("check the file, change nothing", "chỉ kiểm tra tệp, không thay đổi gì"),
    )
    importing.add_argument(
        "--fees-paid-through",
        metavar="MM/YYYY",
        help=say(
            "the month up to which the members paid party fees in the paper book, for rows without a "
            "'Đã đóng đảng phí đến tháng' column",
            "tháng mà các đảng viên đã đóng đảng phí đến (theo sổ giấy), cho các dòng không có cột "
            "'Đã đóng đảng phí đến tháng'",
        ),
    )
    importing.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    importing.set_defaults(handler=_import)
    exporting = actions.add_parser(
        "export", help=say("write the register to an .xlsx file", "ghi danh sách đảng viên ra tệp .xlsx")
    )
    exporting.add_argument("file", type=Path, help=say("the .xlsx file to write", "tệp .xlsx sẽ ghi"))
    exporting.add_argument(
        "--include-former",
        action="store_true",
        help=say("also members who left", "cả đảng viên đã ra khỏi chi bộ"),
    )
    exporting.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    exporting.set_defaults(handler=_export)


def member_json(member: MemberSummary) -> dict[str, Any]:
    return {
        "uuid": member.uuid,
        "full_name": member.full_name,
        "sex": member.sex.value,
        "status": member.status.value,
        "birth_date": member.birth_date,
        "ethnicity": member.ethnicity,
        "admitted_on": member.admitted_on,
        "ceremony_on": member.ceremony_on,
        "official_on": member.official_on,
        "card_number": member.card_number,
        "citizen_id": member.citizen_id,
        "phone": member.phone,
        "residence": member.residence,
    }


def _list(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.members import list_members

    with context.opened() as workspace:
        statuses = frozenset(MemberStatus(s) for s in args.status) if args.status else None
        members = list_members(workspace.uow(read_only=True), search=args.search, statuses=statuses)
    if printed_json(args, {"members": [member_json(m) for m in members], "count": len(members)}):
        return 0
    for member in members:
        born = format_date(member.birth_date) if member.birth_date else ""
        sys.stdout.write(f"{member.full_name:<32} {born:<10}  {member.status.label.render()}\n")
    return 0


def _import(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.months import Month
    from cellapp.services.members import import_members

    paid_through = Month.parse(args.fees_paid_through) if args.fees_paid_through else None
    with context.opened() as workspace:
        report = import_members(
            workspace.uow(), args.file, dry_run=args.dry_run, fees_paid_through=paid_through
        )
    for problem in report.problems:
        print_error(T("{line}", "{line}", line=problem.render()))
    if args.json:
        print_json(_report_json(report))
    if not report.ok:
        print_error(
            T(
                "Nothing was imported: {count} row(s) need correcting.",
                "Chưa nhập gì: cần sửa {count} dòng.",
                count=len({p.row for p in report.problems}),
            )
        )
        return 3
    if report.ignored_columns:
        print_info(
            T(
                "Columns not read: {columns}.",
                "Các cột không đọc: {columns}.",
                columns=", ".join(report.ignored_columns),
            )
        )
    if report.dry_run:
        print_info(
            T(
                "{count} member(s) can be imported; nothing was changed (--dry-run).",
                "Có thể nhập {count} đảng viên; chưa thay đổi gì (--dry-run).",
                count=len(report.rows),
            )
        )
    else:
        print_info(T("Imported {count} member(s).", "Đã nhập {count} đảng viên.", count=report.imported))
    return 0


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "file": report.path,
        "dry_run": report.dry_run,
        "ok": report.ok,
        "rows": report.row_count,
        "valid_rows": len(report.rows),
        "imported": report.imported,
        "columns": list(report.columns),
        "ignored_columns": list(report.ignored_columns),
        "errors": [{"row": p.row, "field": p.field, "message": p.message.render()} for p in report.problems],
    }


def _export(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.members import export_members

    with context.opened() as workspace:
        result = export_members(workspace.uow(read_only=True), args.file, include_former=args.include_former)
    if args.json:
        print_json({"file": result.path.resolve(), "count": result.count})
    print_info(
        T(
            "Wrote {count} member(s) to {path}.",
            "Đã ghi {count} đảng viên vào {path}.",
            count=result.count,
            path=str(result.path),
        )
    )
    return 0
