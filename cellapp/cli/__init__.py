"""The `cellapp` command (DESIGN §8): a stable contract for scripts and tests.

Exit codes: 0 success, 1 unexpected, 2 usage, 3 input rejected. `--json` prints one JSON document on
stdout and nothing else; messages go to stderr in the chosen language. With no command, the GUI opens
through `open_gui`, injected by the GUI's launcher so that the core never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cellapp import __version__
from cellapp.cli import (
    demo_command,
    enrol_command,
    fees_command,
    init_command,
    licences_command,
    meetings_command,
    members_command,
    print_command,
    review_command,
    stats_command,
    sync_command,
)
from cellapp.cli.common import CliContext, localise_argparse, print_error, say
from cellapp.domain.errors import CellAppError, UsageError
from cellapp.domain.l10n import LANGUAGES, T, set_language
from cellapp.startup import GuiOpener

# Each module registers its sub-commands; features add theirs here.
COMMAND_MODULES = [
    init_command,
    demo_command,
    members_command,
    meetings_command,
    fees_command,
    review_command,
    print_command,
    enrol_command,
    sync_command,
    stats_command,
    licences_command,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print_error(
            T(
                "Invalid command line: {detail}. See 'cellapp --help'.",
                "Dòng lệnh không hợp lệ: {detail}. Xem 'cellapp --help'.",
                detail=message.rstrip("."),
            )
        )
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    localise_argparse()
    parser = _Parser(prog="cellapp", description="CellApp")
    parser.add_argument(
        "--version",
        action="version",
        version=f"CellApp {__version__}",
        help=say("show the version and exit", "hiện phiên bản rồi thoát"),
    )
    parser.add_argument("--data-dir", type=Path, help=say("workspace folder", "thư mục dữ liệu"))
    parser.add_argument("--lang", help=say("vi | en", "vi | en"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=say("open the GUI on a fresh demo workspace", "mở giao diện trên dữ liệu mẫu mới"),
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _early_language(argv: Sequence[str]) -> str:
    """The language for messages, known before argparse can complain."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    from cellapp.services.adapters.preferences import preferred_language

    return preferred_language()


def main(argv: Sequence[str] | None = None, open_gui: GuiOpener | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    language = _early_language(args_list)
    if language not in LANGUAGES:
        print_error(
            T(
                "Unknown language '{value}'; choose vi or en.",
                "Không hỗ trợ ngôn ngữ '{value}'; hãy chọn vi hoặc en.",
                value=language,
            )
        )
        return 2
    set_language(language)
    try:
        args = build_parser().parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    context = CliContext(data_dir=args.data_dir, language=language, demo=args.demo)
    try:
        if args.command is None:
            if open_gui is None:
                raise UsageError(
                    T("No command given. See 'cellapp --help'.", "Chưa có lệnh. Xem 'cellapp --help'.")
                )
            return open_gui(context)
        handler: Callable[[argparse.Namespace, CliContext], int] = args.handler
        code = handler(args, context)
        sys.stdout.flush()  # inside the try: a reader gone away shows here, not at the interpreter's exit
        return code
    except CellAppError as error:
        print_error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:
        # The reader went away (`cellapp members | head`): what it wanted was printed; stop quietly.
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)
