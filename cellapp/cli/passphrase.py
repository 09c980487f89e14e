"""The passphrase on the command line: never as an argument (it would stay in the shell's history and the
process list), but typed when asked on a terminal, read from `--passphrase-file`, or from the
CELLAPP_PASSPHRASE variable for scripts. A wrong one typed on a terminal may be typed again."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from cellapp.cli.common import say
from cellapp.domain.errors import InputRejected, UsageError
from cellapp.domain.l10n import T

Result = TypeVar("Result")
NEW_ENVIRONMENT_VARIABLE = "CELLAPP_NEW_PASSPHRASE"
TRIES = 3


def add_passphrase_option(parser: Any) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=say(
            "read the keys' passphrase from FILE (or set CELLAPP_PASSPHRASE); asked on a terminal otherwise",
            "đọc cụm mật khẩu của khóa từ TỆP (hoặc đặt biến CELLAPP_PASSPHRASE); nếu không sẽ hỏi khi chạy",
        ),
    )


def unlock(workspace: Any, args: argparse.Namespace) -> None:
    """Open the workspace's keys for this command when they are protected."""
    from cellapp.services.keyring import key_status, unlock_keys

    if not key_status(workspace).needs_passphrase:
        return
    with_passphrase(args, lambda phrase: unlock_keys(workspace, phrase))


def with_passphrase(args: argparse.Namespace, action: Callable[[str], Result]) -> Result:
    """Run `action` with the passphrase from the file, the variable, or typed (again after a wrong one)."""
    from cellapp.services.keyring import ENVIRONMENT_VARIABLE, PassphraseNeeded, PassphraseRefused

    given = _from_file(getattr(args, "passphrase_file", None)) or os.environ.get(ENVIRONMENT_VARIABLE)
    if given is not None:
        return action(given)
    if not sys.stdin.isatty():
        raise PassphraseNeeded()
    for attempt in range(TRIES):
        typed = getpass.getpass(
            T("Passphrase of the sync keys: ", "Cụm mật khẩu của khóa đồng bộ: ").render()
        )
        try:
            return action(typed)
        except PassphraseRefused as refused:
            if attempt == TRIES - 1:
                raise
            print(refused.message.render(), file=sys.stderr)
    raise AssertionError("unreachable")


def new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase: from `--new-passphrase-file`, CELLAPP_NEW_PASSPHRASE, or typed twice."""
    from cellapp.services.keyring import check_new_passphrase

    given = _from_file(getattr(args, "new_passphrase_file", None)) or os.environ.get(NEW_ENVIRONMENT_VARIABLE)
    if given is not None:
        return check_new_passphrase(given)
    if not sys.stdin.isatty():
        raise UsageError(
            T(
                "Give the new passphrase with --new-passphrase-file FILE or CELLAPP_NEW_PASSPHRASE, or run the "
                "command on a terminal to type it.",
                "Hãy cho cụm mật khẩu mới bằng --new-passphrase-file TỆP hoặc biến CELLAPP_NEW_PASSPHRASE, hoặc "
                "chạy lệnh trên cửa sổ dòng lệnh để gõ.",
            )
        )
    first = check_new_passphrase(getpass.getpass(T("New passphrase: ", "Cụm mật khẩu mới: ").render()))
    again = getpass.getpass(T("The same again: ", "Nhập lại cụm mật khẩu mới: ").render())
    if check_new_passphrase(again) != first:
        raise InputRejected(
            T(
                "The two passphrases differ; nothing was changed.",
                "Hai lần nhập cụm mật khẩu khác nhau; chưa thay đổi gì.",
            )
        )
    return first


def _from_file(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputRejected(
            T(
                "Cannot read the passphrase file {path} ({detail}).",
                "Không đọc được tệp cụm mật khẩu {path} ({detail}).",
                path=str(path),
                detail=getattr(error, "strerror", None) or type(error).__name__,
            )
        ) from error
    return text.rstrip("\r\n")  # the line end an editor adds is not part of it
