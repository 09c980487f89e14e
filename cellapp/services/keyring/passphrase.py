"""The workspace's passphrase (docs/sync.md §2): which state the keys are in, opening them once for the
session, and setting, changing or removing the passphrase.

Opened keys are kept for as long as the `Workspace` object lives (the GUI session, one command), never
on disk. Only what signs or decrypts needs them: reading members, key cards and fingerprints does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.services.workspace import Workspace
from cellapp.sync.keys import NodeKeys
from cellapp.sync.keystore import (
    KeysLocked,
    PublicKeys,
    WrongPassphrase,
    create_keys,
    is_protected,
    keys_exist,
    normalise_passphrase,
    open_keys,
    public_keys,
    write_keys,
)

MIN_LENGTH = 8
ENVIRONMENT_VARIABLE = "CELLAPP_PASSPHRASE"


class PassphraseNeeded(UsageError):
    """The keys are protected and have not been opened in this session."""

    def __init__(self) -> None:
        super().__init__(
            T(
                "The sync keys of this workspace are protected by a passphrase: enter it first (in CellApp "
                "when asked, or Settings > Key passphrase; on the command line when asked, or with "
                "--passphrase-file FILE or the CELLAPP_PASSPHRASE variable). Nothing was changed.",
                "Khóa đồng bộ của đơn vị được bảo vệ bằng cụm mật khẩu: hãy nhập trước (trong CellApp khi "
                "được hỏi, hoặc Cài đặt > Cụm mật khẩu của khóa; trên dòng lệnh khi được hỏi, hoặc bằng "
                "--passphrase-file TỆP hay biến CELLAPP_PASSPHRASE). Chưa thay đổi gì.",
            )
        )


class PassphraseRefused(ValidationError):
    """The passphrase given does not open the keys."""

    def __init__(self) -> None:
        super().__init__(
            T(
                "That passphrase does not open the keys; nothing was changed. Try again: capital letters "
                "and Vietnamese accents count. Forgotten it? The records are safe: see 'Forgotten "
                "passphrase?'.",
                "Cụm mật khẩu không đúng; chưa thay đổi gì. Hãy thử lại: chữ hoa và dấu tiếng Việt đều "
                "được tính. Quên cụm mật khẩu? Dữ liệu vẫn an toàn: xem 'Quên cụm mật khẩu?'.",
            ),
            field="passphrase",
        )


@dataclass(frozen=True)
class KeyStatus:
    exists: bool
    protected: bool
    unlocked: bool  # opened in this session, or kept in clear

    @property
    def needs_passphrase(self) -> bool:
        return self.protected and not self.unlocked


@dataclass
class _Opened:
    keys: NodeKeys
    passphrase: str | None


_OPENED: WeakKeyDictionary[Workspace, _Opened] = WeakKeyDictionary()


def key_status(workspace: Workspace) -> KeyStatus:
    folder = workspace.paths.keys
    exists = keys_exist(folder)
    protected = exists and is_protected(folder)
    return KeyStatus(exists, protected, exists and (not protected or _opened(workspace) is not None))


def public_keys_of(workspace: Workspace) -> PublicKeys | None:
    return public_keys(workspace.paths.keys)


def unlock_keys(workspace: Workspace, passphrase: str) -> None:
    """Open the keys for this session; PassphraseRefused when the passphrase does not open them."""
    _OPENED[workspace] = _Opened(_open(workspace, passphrase), passphrase)


def lock_keys(workspace: Workspace) -> None:
    _OPENED.pop(workspace, None)


def secret_keys(workspace: Workspace) -> NodeKeys | None:
    """The keys to sign and decrypt with; None when there are none; PassphraseNeeded when protected and
    not opened in this session."""
    opened = _opened(workspace)
    if opened is not None:
        return opened.keys
    try:
        return open_keys(workspace.paths.keys, None)
    except KeysLocked:
        raise PassphraseNeeded() from None


def new_keys(workspace: Workspace) -> NodeKeys:
    """New keys for this installation (joining again), under the passphrase of the keys they replace."""
    status = key_status(workspace)
    if status.needs_passphrase:
        raise PassphraseNeeded()
    opened = _opened(workspace)
    passphrase = opened.passphrase if opened is not None and status.protected else None
    keys = create_keys(workspace.paths.keys, workspace.info.node_id, passphrase)
    _OPENED[workspace] = _Opened(keys, passphrase)
    return keys


def set_passphrase(workspace: Workspace, new: str, *, current: str | None = None) -> None:
    """Protect the keys with `new`; when they are protected already, `current` must open them."""
    phrase = check_new_passphrase(new)
    keys = _keys_for_change(workspace, current)
    write_keys(workspace.paths.keys, keys, phrase)
    _OPENED[workspace] = _Opened(keys, phrase)


def remove_passphrase(workspace: Workspace, *, current: str) -> None:
    """Keep the keys in clear again (anyone with the laptop can then sign as this unit)."""
    keys = _keys_for_change(workspace, current)
    write_keys(workspace.paths.keys, keys, None)
    _OPENED[workspace] = _Opened(keys, None)


def check_new_passphrase(new: str) -> str:
    phrase = normalise_passphrase(new)
    if phrase != phrase.strip():
        raise ValidationError(
            T(
                "The passphrase must not begin or end with a space.",
                "Cụm mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.",
            ),
            field="new_passphrase",
        )
    if len(phrase) < MIN_LENGTH:
        raise ValidationError(
            T(
                "The passphrase needs at least {n} characters; a few words are easier to remember than a "
                "short password (for example: chè xanh Tả Chải 2026).",
                "Cụm mật khẩu cần ít nhất {n} ký tự; vài từ dễ nhớ hơn một mật khẩu ngắn (ví dụ: chè xanh "
                "Tả Chải 2026).",
                n=MIN_LENGTH,
            ),
            field="new_passphrase",
        )
    return phrase


def _keys_for_change(workspace: Workspace, current: str | None) -> NodeKeys:
    folder = workspace.paths.keys
    if not keys_exist(folder):
        raise UsageError(
            T(
                "This workspace has no sync keys yet: a committee creates them with its key card, a cell "
                "when it joins its committee.",
                "Đơn vị chưa có khóa đồng bộ: cấp ủy tạo khóa khi in thẻ khóa, chi bộ tạo khóa khi đăng ký "
                "với cấp ủy.",
            )
        )
    if not is_protected(folder):
        keys = open_keys(folder, None)
        assert keys is not None
        return keys
    if current is None:
        raise InputRejected(
            T(
                "The keys are protected already: give the current passphrase to change it.",
                "Khóa đã được bảo vệ: hãy nhập cụm mật khẩu hiện tại để đổi.",
            )
        )
    return _open(workspace, current)


def _open(workspace: Workspace, passphrase: str) -> NodeKeys:
    try:
        keys = open_keys(workspace.paths.keys, passphrase)
    except WrongPassphrase:
        raise PassphraseRefused() from None
    if keys is None:
        raise UsageError(T("This workspace has no sync keys yet.", "Đơn vị chưa có khóa đồng bộ."))
    return keys


def _opened(workspace: Workspace) -> _Opened | None:
    """The keys opened in this session, if they are still the ones in the folder (another program may
    have replaced them meanwhile)."""
    opened = _OPENED.get(workspace)
    if opened is None:
        return None
    current = public_keys(workspace.paths.keys)
    if current is None or current.sign_key != opened.keys.sign_key:
        _OPENED.pop(workspace, None)
        return None
    return opened
