"""What every sub-command shares: the context, JSON output, localised messages.

Command modules import services inside their handlers, so that `cellapp` opening the GUI does not load
the storage layer before the window is on screen.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from cellapp.cli.context import CliContext
from cellapp.domain.l10n import Text, current_language

__all__ = [
    "CliContext",
    "localise_argparse",
    "print_error",
    "print_info",
    "print_json",
    "printed_json",
    "reply",
    "say",
]


def say(en: str, vi: str) -> str:
    """A help line of the command line in the language chosen (set before the parser is built)."""
    return Text(en, vi).render()


def print_error(message: Text) -> None:
    print(message.render(), file=sys.stderr)


def print_info(message: Text) -> None:
    print(message.render(), file=sys.stderr)


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=_default) + "\n")


def printed_json(args: argparse.Namespace, document: Any) -> bool:
    """With `--json`, print the one JSON document and say so (the command then stops)."""
    if getattr(args, "json", False):
        print_json(document)
        return True
    return False


def reply(args: argparse.Namespace, document: Any, message: Text) -> None:
    """A command's answer: the JSON document with `--json`, else the message on stderr."""
    if not printed_json(args, document):
        print_info(message)


# argparse speaks English through gettext; these are the messages a user can meet on a bad command line.
_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện phiên bản rồi thoát",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn trong %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng cùng tham số %s",
}


def localise_argparse() -> None:
    def translate(message: str) -> str:
        return _ARGPARSE_VI.get(message, message) if current_language() == "vi" else message

    argparse._ = translate  # type: ignore[attr-defined]
