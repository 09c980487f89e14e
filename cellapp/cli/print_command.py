"""`cellapp print DOCUMENT … -o FILE.pdf`: every printable document, in the Party format.

Each feature adds its documents to `PRINTABLES` (name → how to read its arguments and write the PDF),
so `print fees`, `print minutes` and the others share one command, one `-o` and one `--json` contract.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from cellapp.cli import fees_command
from cellapp.cli.common import CliContext, reply, say
from cellapp.domain.l10n import T, Text


@dataclass(frozen=True)
class Printable:
    """A document the command can print: its help, its own arguments, and the writer of the PDF."""

    help: Text
    configure: Callable[[argparse.ArgumentParser], None]
    write: Callable[[argparse.Namespace, CliContext, Path], Path]


def _meeting_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "meeting_id",
        metavar="MEETING_ID",
        help=say("the id from 'cellapp meetings --json'", "mã lấy từ 'cellapp meetings --json'"),
    )


def _meeting_writer(document: str) -> Callable[[argparse.Namespace, CliContext, Path], Path]:
    def write(args: argparse.Namespace, context: CliContext, output: Path) -> Path:
        from cellapp.services.meetings import MeetingDocument, find_meeting_uuid, print_meeting_document

        with context.opened() as workspace:
            meeting_uuid = find_meeting_uuid(workspace.uow(read_only=True), args.meeting_id)
            return print_meeting_document(
                workspace.uow(read_only=True), meeting_uuid, MeetingDocument(document), output
            )

    return write


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """The document needs nothing but its output file."""


def _write_guide(args: argparse.Namespace, context: CliContext, output: Path) -> Path:
    from cellapp.guide import print_guide  # no workspace: the guide is the same for everyone

    return print_guide(output, context.language)


def _year_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--year",
        type=int,
        help=say("the year reviewed; default: this year", "năm kiểm điểm; mặc định: năm nay"),
    )


def _member_and_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "member",
        metavar="MEMBER",
        help=say("the member's id or name", "mã hoặc họ tên đảng viên"),
    )
    _year_argument(parser)


def _review_writer(document: str) -> Callable[[argparse.Namespace, CliContext, Path], Path]:
    def write(args: argparse.Namespace, context: CliContext, output: Path) -> Path:
        from datetime import date

        from cellapp.services.review import find_reviewed_member, printing as review_printing

        year = args.year or date.today().year
        with context.opened() as workspace:
            uow = workspace.uow(read_only=True)
            if document == "form":
                member_uuid = find_reviewed_member(uow, year, args.member)
                return review_printing.print_review_form(uow, year, member_uuid, output)
            writers = {
                "summary": review_printing.print_review_summary,
                "summary-xlsx": review_printing.export_review_summary_xlsx,
                "minutes": review_printing.print_review_minutes,
                "report": review_printing.print_review_report,
            }
            return writers[document](uow, year, output)

    return write


PRINTABLES: dict[str, Printable] = {
    "minutes": Printable(
        T("the minutes of a meeting", "biên bản cuộc họp"), _meeting_arguments, _meeting_writer("minutes")
    ),
    "resolution": Printable(
        T("the resolution of a meeting", "nghị quyết của cuộc họp"),
        _meeting_arguments,
        _meeting_writer("resolution"),
    ),
    "notice": Printable(
        T("the notice calling a meeting", "thông báo triệu tập cuộc họp"),
        _meeting_arguments,
        _meeting_writer("notice"),
    ),
    "attendance": Printable(
        T("the attendance sheet to sign", "danh sách điểm danh để ký"),
        _meeting_arguments,
        _meeting_writer("attendance"),
    ),
    "fees": Printable(
        help=T("the monthly fee book (sổ thu đảng phí)", "sổ thu đảng phí hằng tháng"),
        configure=fees_command.configure_fee_book,
        write=fees_command.write_fee_book,
    ),
    "fee-report": Printable(
        help=T(
            "the quarterly or annual fee report (báo cáo thu, nộp đảng phí)",
            "báo cáo thu, nộp đảng phí theo quý hoặc năm",
        ),
        configure=fees_command.configure_fee_report,
        write=fees_command.write_fee_report,
    ),
    "review-summary": Printable(
        help=T(
            "the summary of the year's grades (biểu tổng hợp); FILE.xlsx writes a spreadsheet",
            "biểu tổng hợp kết quả xếp loại của năm; tệp .xlsx ghi bảng tính",
        ),
        configure=_year_argument,
        write=lambda args, context, output: _review_writer(
            "summary-xlsx" if output.suffix.lower() == ".xlsx" else "summary"
        )(args, context, output),
    ),
    "review-form": Printable(
        help=T("a member's review form, filled in", "bản kiểm điểm của một đảng viên"),
        configure=_member_and_year,
        write=_review_writer("form"),
    ),
    "review-minutes": Printable(
        help=T("the minutes of the review session", "biên bản họp kiểm điểm, đánh giá, xếp loại"),
        configure=_year_argument,
        write=_review_writer("minutes"),
    ),
    "review-report": Printable(
        help=T("the cell's review report", "báo cáo kiểm điểm của chi bộ"),
        configure=_year_argument,
        write=_review_writer("report"),
    ),
    "guide": Printable(
        help=T("the user guide, to read on paper", "hướng dẫn sử dụng, để in ra đọc"),
        configure=_no_arguments,
        write=_write_guide,
    ),
}


def register(commands: Any) -> None:
    printer = commands.add_parser("print", help=say("print a document to PDF", "in văn bản ra tệp PDF"))
    documents = printer.add_subparsers(dest="document", required=True, parser_class=type(printer))
    for name, printable in PRINTABLES.items():
        parser = documents.add_parser(name, help=printable.help.render())
        printable.configure(parser)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help=say("the PDF file to write", "tệp PDF sẽ ghi")
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
        )
        parser.set_defaults(handler=partial(_print, printable))


def _print(printable: Printable, args: argparse.Namespace, context: CliContext) -> int:
    path = printable.write(args, context, args.output.expanduser().resolve())
    reply(
        args, {"document": args.document, "path": path}, T("Wrote {path}.", "Đã ghi {path}.", path=str(path))
    )
    return 0
