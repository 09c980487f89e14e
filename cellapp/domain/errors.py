"""Errors the core raises for a person to read; each carries its message in both languages."""

from __future__ import annotations

from cellapp.domain.l10n import Text


class CellAppError(Exception):
    """Base of every expected failure. `exit_code` follows the command-line contract (DESIGN §8)."""

    exit_code = 1

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


class UsageError(CellAppError):
    """The command line or a request is malformed."""

    exit_code = 2


class InputRejected(CellAppError):
    """What the user gave is not acceptable (a bad row, a bad file, a broken rule)."""

    exit_code = 3


class ValidationError(InputRejected):
    """One field or rule is broken; `field` names the input so a form can point at it."""

    def __init__(self, message: Text, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(InputRejected):
    """The thing asked for does not exist in this workspace."""


class WorkspaceError(CellAppError):
    """The workspace cannot be opened or written: locked, unreadable, newer, not writable."""

    exit_code = 1
