"""`cellapp print DOCUMENT …`: print a document to a PDF file.

`PRINTABLES` maps each document name to how its arguments are declared and how it is printed, so every
feature adds its own documents here (meetings: minutes, resolution, notice, attendance; fees: fees).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cellapp.cli.common import CliContext, print_info, print_json
from cellapp.domain.l10n import T


@dataclass(frozen=True)
class Printable:
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    handler: Callable[[argparse.Namespace, CliContext], Path]


def _meeting_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", metavar="MEETING_ID", help="the id from 'cellapp meetings --json'")


def _meeting_printer(document: str) -> Callable[[argparse.Namespace, CliContext], Path]:
    def handler(args: argparse.Namespace, context: CliContext) -> Path:
        from cellapp.services.meeting_documents import MeetingDocument, print_meeting_document
        from cellapp.services.meetings import find_meeting_uuid

        workspace = context.open()
        try:
            meeting_uuid = find_meeting_uuid(workspace.uow(read_only=True), args.meeting_id)
            return print_meeting_document(
                workspace.uow(read_only=True), meeting_uuid, MeetingDocument(document), args.output
            )
        finally:
            workspace.close()

    return handler


PRINTABLES: dict[str, Printable] = {
    "minutes": Printable("the minutes of a meeting", _meeting_arguments, _meeting_printer("minutes")),
    "resolution": Printable(
        "the resolution of a meeting", _meeting_arguments, _meeting_printer("resolution")
    ),
    "notice": Printable("the notice calling a meeting", _meeting_arguments, _meeting_printer("notice")),
    "attendance": Printable(
        "the attendance sheet to sign", _meeting_arguments, _meeting_printer("attendance")
    ),
}


def register(commands: Any) -> None:
    printing = commands.add_parser("print", help="print a document to a PDF file")
    documents = printing.add_subparsers(dest="document", required=True, parser_class=type(printing))
    for name, printable in PRINTABLES.items():
        parser = documents.add_parser(name, help=printable.help)
        printable.arguments(parser)
        parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        parser.add_argument("--json", action="store_true", help="report the file written as JSON")
        parser.set_defaults(handler=_print, printable=printable)


def _print(args: argparse.Namespace, context: CliContext) -> int:
    printable: Printable = args.printable
    written = printable.handler(args, context)
    if args.json:
        print_json({"document": args.document, "path": written})
    else:
        print_info(T("Written to {path}.", "Đã ghi tệp {path}.", path=str(written)))
    return 0
