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


PRINTABLES: dict[str, Printable] = {
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
        print_json({"path": path})
    else:
        print_info(T("Wrote {path}.", "Đã ghi {path}.", path=str(path)))
    return 0
