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
from cellapp.cli.common import CliContext, print_info, print_json
from cellapp.domain.l10n import T


@dataclass(frozen=True)
class Printable:
    """A document the command can print: its help, its own arguments, and the writer of the PDF."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    write: Callable[[argparse.Namespace, CliContext, Path], Path]


def _meeting_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", metavar="MEETING_ID", help="the id from 'cellapp meetings --json'")


def _meeting_writer(document: str) -> Callable[[argparse.Namespace, CliContext, Path], Path]:
    def write(args: argparse.Namespace, context: CliContext, output: Path) -> Path:
        from cellapp.services.meeting_documents import MeetingDocument, print_meeting_document
        from cellapp.services.meetings import find_meeting_uuid

        workspace = context.open()
        try:
            meeting_uuid = find_meeting_uuid(workspace.uow(read_only=True), args.meeting_id)
            return print_meeting_document(
                workspace.uow(read_only=True), meeting_uuid, MeetingDocument(document), output
            )
        finally:
            workspace.close()

    return write


PRINTABLES: dict[str, Printable] = {
    "minutes": Printable("the minutes of a meeting", _meeting_arguments, _meeting_writer("minutes")),
    "resolution": Printable("the resolution of a meeting", _meeting_arguments, _meeting_writer("resolution")),
    "notice": Printable("the notice calling a meeting", _meeting_arguments, _meeting_writer("notice")),
    "attendance": Printable(
        "the attendance sheet to sign", _meeting_arguments, _meeting_writer("attendance")
    ),
    "fees": Printable(
        help="the monthly fee book (sổ thu đảng phí)",
        configure=fees_command.configure_fee_book,
        write=fees_command.write_fee_book,
    ),
    "fee-report": Printable(
        help="the quarterly or annual fee report (báo cáo thu, nộp đảng phí)",
        configure=fees_command.configure_fee_report,
        write=fees_command.write_fee_report,
    ),
}


def register(commands: Any) -> None:
    printer = commands.add_parser("print", help="print a document to PDF")
    documents = printer.add_subparsers(dest="document", required=True, parser_class=type(printer))
    for name, printable in PRINTABLES.items():
        parser = documents.add_parser(name, help=printable.help)
        printable.configure(parser)
        parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=partial(_print, printable))


def _print(printable: Printable, args: argparse.Namespace, context: CliContext) -> int:
    path = printable.write(args, context, args.output.expanduser().resolve())
    if args.json:
        print_json({"document": args.document, "path": path})
    else:
        print_info(T("Wrote {path}.", "Đã ghi {path}.", path=str(path)))
    return 0
