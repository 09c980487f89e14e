"""Writing a sync file to a USB stick so that "safe to remove" is true (docs/sync.md §6).

Built in memory, written as `X.cellsync.partial`, flushed and fsynced, renamed, the folder fsynced, then
read back and verified; only then is it reported written. A stick that is full, write-protected or pulled
out gives its own message and leaves no partial file behind where it can help it. Importers ignore
`*.partial`. Nothing here ever writes plaintext.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T
from cellapp.sync.canonical import sha256_hex
from cellapp.sync.container import PARTIAL_SUFFIX


class StickError(InputRejected):
    """The file could not be written or verified on the chosen folder; `reason` says why."""

    def __init__(self, reason: str, path: Path, needed: int = 0) -> None:
        en, vi = _STICK_MESSAGES[reason]
        super().__init__(T(en, vi, path=str(path), needed=f"{needed:,}".replace(",", ".")))
        self.reason = reason
        self.path = path


_STICK_MESSAGES = {
    "full": (
        "There is not enough space in {path} ({needed} bytes needed). Free some space or use another "
        "stick; nothing was written.",
        "Không đủ chỗ trống trong {path} (cần {needed} byte). Hãy xóa bớt hoặc dùng USB khác; chưa ghi gì.",
    ),
    "write_protected": (
        "{path} cannot be written (the stick may be write-protected or read-only); nothing was written.",
        "Không ghi được vào {path} (USB có thể đang khóa chống ghi hoặc chỉ đọc); chưa ghi gì.",
    ),
    "removed": (
        "{path} disappeared while the file was being written (was the stick pulled out?). Put it back "
        "and export again.",
        "{path} bị mất trong khi đang ghi tệp (USB đã bị rút ra?). Hãy cắm lại và xuất lại.",
    ),
    "not_verified": (
        "The file written to {path} did not read back identical; the stick may be faulty. It was deleted: "
        "export again, preferably to another stick.",
        "Tệp ghi vào {path} đọc lại không khớp; USB có thể bị lỗi. Tệp đã bị xóa: hãy xuất lại, nên dùng "
        "USB khác.",
    ),
    "no_folder": (
        "The folder {path} does not exist; choose the stick again.",
        "Không có thư mục {path}; hãy chọn lại USB.",
    ),
}


def stick_error(error: OSError, path: Path, needed: int) -> StickError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StickError("full", path, needed)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StickError("write_protected", path)
    return StickError("removed", path)


def write_verified(
    folder: Path, name: str, data: bytes, verify: Callable[[bytes], None] | None = None
) -> Path:
    """Write `data` as `folder/name` atomically and read it back; returns the final path.

    `verify` gets the bytes read back and raises if they are not a good file."""
    if not folder.is_dir():
        raise StickError("no_folder", folder)
    final = folder / name
    partial = folder / (name + PARTIAL_SUFFIX)
    try:
        _write_and_sync(partial, data)
        os.replace(partial, final)
        _sync_folder(folder)
    except OSError as error:
        _remove_quietly(partial)
        raise stick_error(error, folder, len(data)) from error
    try:
        echoed = final.read_bytes()
    except OSError as error:
        _remove_quietly(final)
        raise stick_error(error, folder, len(data)) from error
    try:
        if sha256_hex(echoed) != sha256_hex(data):
            raise ValueError("read back differs")
        if verify is not None:
            verify(echoed)
    except Exception as error:
        _remove_quietly(final)
        raise StickError("not_verified", folder) from error
    return final


def _write_and_sync(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; the rename is durable once the file was flushed
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_quietly(path: Path) -> None:
    # The stick may be gone or read-only: nothing more can be done, and importers ignore `.partial`.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
