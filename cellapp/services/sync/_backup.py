"""Backups (docs/sync.md §2, issue "Sync bundles" §8): an encrypted, signed file addressed to the workspace
itself, and restoring a workspace from it.

The database is copied with SQLite's online backup into memory (no plaintext copy on disk), zipped with a
small manifest, encrypted to this installation's own age key and signed with its own minisign key, then
written to the stick and verified like a sync file.

Restoring needs the same keys (they are in the workspace's `keys/` folder, or `keys_dir` when the
workspace folder itself was lost), and their passphrase when they have one; they are copied as they are. It refuses to overwrite a workspace that holds data unless forced, and
keeps the replaced database in `backups/`. The restored workspace continues under a new node identity
(docs/sync.md §2), so the committee never mixes its history with the one that went on after the backup, and
sends back what the cell wrote after it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import uuid as uuidlib
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cellapp import __version__
from cellapp.domain.errors import InputRejected, UsageError, WorkspaceError
from cellapp.domain.l10n import T
from cellapp.paths import WorkspacePaths
from cellapp.services.keyring import PassphraseNeeded, PassphraseRefused, new_keys, secret_keys
from cellapp.services.sync._common import local_side
from cellapp.services.workspace import Workspace, open_workspace
from cellapp.storage.engine import BUSY_TIMEOUT_MS, copy_database, read_schema_revisions
from cellapp.storage.migrate import known_revisions
from cellapp.sync.canonical import canonical_json, sha256_hex
from cellapp.sync.container import (
    FORMAT_BACKUP,
    ZIP_ERRORS,
    Envelope,
    check_complete,
    check_signature,
    decrypt_payload,
    open_outer,
    seal,
)
from cellapp.sync.errors import BundleRejected
from cellapp.sync.files import write_verified
from cellapp.sync.keys import AGE_KEY_FILE, IDENTITY_FILE, SIGN_KEY_FILE, NodeKeys
from cellapp.sync.keystore import KeysLocked, WrongPassphrase, open_keys
from cellapp.sync.payload import BUNDLE_SCHEMA

BACKUP_SUFFIX = ".cellbackup"
_DATABASE = "cellapp.db"
_MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


@dataclass(frozen=True)
class RestoreResult:
    root: Path
    unit_name: str
    made_at: datetime
    replaced: Path | None  # where the database that was there before now is


def backup_workspace(workspace: Workspace, *, to_dir: Path, now: datetime | None = None) -> BackupResult:
    now = now or datetime.now()
    keys = secret_keys(workspace) or new_keys(workspace)
    with workspace.uow(read_only=True) as uow:
        side = local_side(uow.session, workspace)
    code = side.code or "CELLAPP"
    database = _snapshot(workspace.paths.database)
    manifest = {
        "f": FORMAT_BACKUP,
        "unit_uuid": side.unit_uuid,
        "unit_code": side.code,
        "unit_name": side.name,
        "kind": side.kind.value,
        "made_at": now.isoformat(timespec="seconds"),
        "app_version": __version__,
        "database_sha256": sha256_hex(database),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_MANIFEST, canonical_json(manifest))
        archive.writestr(_DATABASE, database)
    card = keys.card(code)
    envelope = Envelope(
        FORMAT_BACKUP,
        code,
        workspace.info.node_id,
        code,
        card.fingerprint,
        str(uuidlib.uuid4()),
        0,
        BUNDLE_SCHEMA,
    )
    sealed = seal(envelope, buffer.getvalue(), keys, keys.age_recipient)

    def verify(data: bytes) -> None:
        outer = open_outer(data)
        check_complete(outer)
        check_signature(outer, keys.sign_key)

    name = f"{code}_backup_{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
    path = write_verified(to_dir, name, sealed.data, verify)
    return BackupResult(path=path, size=len(sealed.data))


def _snapshot(database: Path) -> bytes:
    source = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000)
    memory = sqlite3.connect(":memory:")
    try:
        source.backup(memory)
        return memory.serialize()
    finally:
        memory.close()
        source.close()


def restore_workspace(
    root: Path,
    backup: Path,
    *,
    force: bool = False,
    keys_dir: Path | None = None,
    passphrase: str | None = None,
) -> RestoreResult:
    """Keys under a passphrase are restored as they are, and `passphrase` opens them to read the backup."""
    paths = WorkspacePaths(root)
    try:
        keys = open_keys(keys_dir or paths.keys, passphrase)
    except KeysLocked:
        raise PassphraseNeeded() from None
    except WrongPassphrase:
        raise PassphraseRefused() from None
    if keys is None:
        raise UsageError(
            T(
                "Restoring needs the keys of the workspace that made the backup: its keys folder is missing; "
                "give it with --keys DIR.",
                "Cần khóa của đơn vị đã tạo bản sao lưu để khôi phục: không thấy thư mục khóa; hãy chỉ ra bằng "
                "--keys THƯ_MỤC.",
            )
        )
    try:
        data = backup.read_bytes()
    except OSError as error:
        raise InputRejected(T("Cannot read {path}.", "Không đọc được {path}.", path=str(backup))) from error
    manifest, database = _open_backup(data, keys, backup)
    if not _revisions_of(database) <= known_revisions():
        raise WorkspaceError(
            T(
                "This backup was made by a newer CellApp; update CellApp to restore it.",
                "Bản sao lưu này do phiên bản CellApp mới hơn tạo; hãy cập nhật CellApp để khôi phục.",
            )
        )
    if paths.database.exists() and not force:
        raise InputRejected(
            T(
                "{path} already holds a workspace; restoring would replace it. Use --force to replace it "
                "(its database is kept in backups/).",
                "{path} đã có dữ liệu; khôi phục sẽ thay thế. Dùng --force để thay thế (dữ liệu cũ được giữ "
                "trong backups/).",
                path=str(root),
            )
        )
    for folder in (paths.root, paths.keys, paths.backups, paths.outbox):
        folder.mkdir(parents=True, exist_ok=True)
    os.chmod(paths.keys, 0o700)
    if keys_dir is not None and keys_dir.resolve() != paths.keys.resolve():
        for name in (SIGN_KEY_FILE, AGE_KEY_FILE, IDENTITY_FILE):
            shutil.copyfile(keys_dir / name, paths.keys / name)
            os.chmod(paths.keys / name, 0o600)
    replaced = None
    if paths.database.exists():
        replaced = paths.backups / f"before-restore-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
        copy_database(paths.database, replaced)
    _write_database(paths.database, database)
    # A restored database must not continue the node of the history that went on after the backup.
    paths.incarnation.unlink(missing_ok=True)
    workspace = open_workspace(root)
    name = workspace.info.unit_name
    workspace.close()
    return RestoreResult(
        root=root, unit_name=name, made_at=datetime.fromisoformat(str(manifest["made_at"])), replaced=replaced
    )


def _open_backup(data: bytes, keys: NodeKeys, backup: Path) -> tuple[dict[str, object], bytes]:
    not_backup = InputRejected(
        T(
            "{path} is not a CellApp backup of this workspace, or it is damaged.",
            "{path} không phải bản sao lưu CellApp của đơn vị này, hoặc đã bị hỏng.",
            path=backup.name,
        )
    )
    try:
        outer = open_outer(data)
        if outer.envelope.format != FORMAT_BACKUP:
            raise not_backup
        check_complete(outer)
        check_signature(outer, keys.sign_key)
        inner = decrypt_payload(outer, keys)
    except BundleRejected as error:
        raise not_backup from error
    try:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            manifest = json.loads(archive.read(_MANIFEST))
            database = archive.read(_DATABASE)
    except (*ZIP_ERRORS, KeyError) as error:
        raise not_backup from error
    if not isinstance(manifest, dict) or manifest.get("database_sha256") != sha256_hex(database):
        raise not_backup
    return manifest, database


def _revisions_of(database: bytes) -> set[str]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        rows = []
    finally:
        connection.close()
    return {str(r[0]) for r in rows}


def _write_database(target: Path, database: bytes) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    temporary = target.with_name(target.name + ".restoring")
    with open(temporary, "wb") as handle:
        handle.write(database)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    assert read_schema_revisions(target) is not None
