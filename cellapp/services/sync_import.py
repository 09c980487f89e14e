"""Import (SYNC.md §7): the pipeline from a file on a stick to a report, one file at a time.

  0 copy into the workspace inbox (pulling the stick is then harmless)
  1 the ZIP opens: two members, sane sizes                 2 addressed to this office and key
  3 complete: length and SHA-256                           4 sender enrolled, not revoked; signature
  5 not imported before (a replay is a harmless success)   5b no fork: same number, other content
  6 decrypt in memory, manifest and file hashes            7 a format we can read
  8-9 one transaction (sync_receive)                       10 a report, kept in the history

Nothing is written to the database unless a file is imported: a refused file leaves the database as it
was, byte for byte. Its report goes to the history file beside the database; a file from an unknown or
revoked sender, or a fork, is moved to `quarantine/` for a person to decide.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.errors import WorkspaceError
from cellapp.domain.l10n import T, Text
from cellapp.services.sync_common import (
    LocalSide,
    hub_peer,
    local_side,
    peer_by_code,
    quarantine_dir,
    require_keys,
)
from cellapp.services.sync_receive import AlreadyImported, receive
from cellapp.services.sync_reports import QUARANTINE_REASONS, ImportReport, append_history, imported_message
from cellapp.services.workspace import Workspace
from cellapp.storage.records import SyncLedgerRecord, SyncPeerRecord, utc_now
from cellapp.sync.canonical import sha256_hex
from cellapp.sync.container import (
    FORMAT_BACKUP,
    FORMAT_DATA,
    FORMAT_ENROL,
    PARTIAL_SUFFIX,
    SUFFIX,
    Envelope,
    OuterFile,
    check_complete,
    check_signature,
    decrypt_payload,
    open_outer,
)
from cellapp.sync.errors import BundleRejected, rejected
from cellapp.sync.keys import NodeKeys
from cellapp.sync.payload import unpack

Progress = Callable[[int, int], None]
KEEP_IN_INBOX = frozenset({"newer_schema"})


def import_bundles(
    workspace: Workspace, paths: list[Path], progress: Progress | None = None
) -> list[ImportReport]:
    """Import each file (folders: every `.cellsync` in them; `.partial` files are ignored)."""
    files = expand_paths(paths)
    reports = []
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files))
        reports.append(import_bundle(workspace, path))
    if progress is not None:
        progress(len(files), len(files))
    return reports


def expand_paths(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX) and p.is_file()))
        elif not path.name.endswith(PARTIAL_SUFFIX):
            files.append(path)
    return files


def import_bundle(workspace: Workspace, path: Path, *, release: str | None = None) -> ImportReport:
    """Import one file. `release` names the quarantine reason a person decided to overlook."""
    at = utc_now()
    try:
        inbox_file = copy_to_inbox(workspace, path)
    except OSError as error:
        report = ImportReport.refused(path.name, "unreadable", _unreadable(path, error), at)
        append_history(workspace, report)
        return report
    try:
        report = run_pipeline(workspace, inbox_file, path.name, at, release)
    except BundleRejected as error:
        report = ImportReport.from_rejection(path.name, error, at)
        _set_aside(workspace, inbox_file, error, report)
    except WorkspaceError as error:
        report = ImportReport.refused(path.name, "workspace", error.message, at)
    append_history(workspace, report)
    return report


def copy_to_inbox(workspace: Workspace, path: Path) -> Path:
    """Step 0: a private copy, so the stick may be pulled out from now on."""
    inbox = workspace.paths.inbox
    inbox.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes()
    target = inbox / f"{sha256_hex(data)[:16]}-{path.name}"
    if not target.exists():
        temporary = target.with_name(target.name + PARTIAL_SUFFIX)
        temporary.write_bytes(data)
        temporary.replace(target)
    return target


def run_pipeline(
    workspace: Workspace, inbox_file: Path, name: str, at: datetime, release: str | None
) -> ImportReport:
    data = inbox_file.read_bytes()
    outer = open_outer(data)
    keys = require_keys(workspace)
    side, peer_id = check_route_and_sender(workspace, outer, keys, release)
    envelope = outer.envelope
    contents = unpack(decrypt_payload(outer, keys), envelope)
    try:
        received = receive(
            workspace,
            side,
            peer_id,
            envelope,
            contents,
            file_name=name,
            sha256=envelope.sha256,
            allow_fork=release == "fork",
        )
    except AlreadyImported as replay:
        inbox_file.unlink(missing_ok=True)
        return ImportReport.replayed(name, envelope, replay.at, at)
    done = workspace.paths.inbox / "imported"
    done.mkdir(exist_ok=True)
    inbox_file.replace(done / inbox_file.name)
    counts = received.result.counts()
    return ImportReport(
        file_name=name,
        outcome="imported",
        reason=None,
        message=imported_message(name, counts),
        at=at,
        from_code=envelope.from_code,
        seq=envelope.seq,
        bundle_id=envelope.bundle_id,
        counts=counts,
        rejections=tuple(received.result.rejected),
        received=received.extras,
    )


def check_route_and_sender(
    workspace: Workspace, outer: OuterFile, keys: NodeKeys, release: str | None
) -> tuple[LocalSide, int]:
    """Steps 2 to 5b, all before anything is decrypted. Returns who we are and the sender's id."""
    envelope = outer.envelope
    with workspace.uow(read_only=True) as uow:
        side = local_side(uow.session, workspace)
        if envelope.format == FORMAT_BACKUP:
            raise _wrong_kind(envelope, "backup")
        if envelope.format == FORMAT_ENROL:
            raise _wrong_kind(envelope, "enrolment")
        if envelope.format != FORMAT_DATA:
            raise rejected("not_a_bundle", envelope=envelope)
        if not side.code:
            raise rejected("not_enrolled", envelope=envelope)
        if envelope.to_code != side.code:
            raise rejected("wrong_office", envelope=envelope, me=side.code)
        if envelope.to_fp != keys.card(side.code).fingerprint:
            raise rejected("wrong_key", envelope=envelope)
        check_complete(outer)
        peer = _sender(uow.session, side.is_hub, envelope.from_code)
        if peer is None or peer.status == "invited" or not peer.sign_key:
            raise rejected("unknown_sender", envelope=envelope)
        if peer.status == "revoked" and release != "revoked":
            raise rejected("revoked", envelope=envelope)
        check_signature(outer, peer.sign_key)
        earlier = uow.session.get(SyncLedgerRecord, envelope.bundle_id)
        if earlier is None and release != "fork":
            same_number = uow.session.scalars(
                select(SyncLedgerRecord).where(
                    SyncLedgerRecord.from_node == envelope.from_node, SyncLedgerRecord.seq == envelope.seq
                )
            ).first()
            if same_number is not None:
                raise rejected("fork", envelope=envelope)
        return side, peer.id


def _sender(session: Session, is_hub: bool, code: str) -> SyncPeerRecord | None:
    if is_hub:
        peer = peer_by_code(session, code)
        return peer if peer is not None and peer.role == "cell" else None
    hub = hub_peer(session)
    return hub if hub is not None and hub.code == code else None


def _wrong_kind(envelope: Envelope, kind: str) -> BundleRejected:
    values: dict[str, str]
    if kind == "backup":
        values = {
            "kind": "backup",
            "kind_vi": "tệp sao lưu",
            "hint": "restore it with Restore (cellapp restore FILE).",
            "hint_vi": "hãy khôi phục bằng chức năng Khôi phục (cellapp restore TỆP).",
        }
    else:
        values = {
            "kind": "enrolment request",
            "kind_vi": "yêu cầu đăng ký",
            "hint": "accept it with Accept enrolment (cellapp enrol accept FILE).",
            "hint_vi": "hãy tiếp nhận bằng chức năng Nhận đăng ký (cellapp enrol accept TỆP).",
        }
    return rejected("wrong_kind", envelope=envelope, **values)


def _set_aside(workspace: Workspace, inbox_file: Path, error: BundleRejected, report: ImportReport) -> None:
    """Quarantine what a person must decide on; keep what an update will read; drop the rest (the
    original is still on the stick)."""
    if error.reason in QUARANTINE_REASONS:
        folder = quarantine_dir(workspace)
        folder.mkdir(parents=True, exist_ok=True)
        key = error.envelope.bundle_id if error.envelope is not None else inbox_file.stem
        target = folder / f"{key}{SUFFIX}"
        shutil.move(str(inbox_file), target)
        sidecar = {"id": key, "reason": error.reason, **report.as_json()}
        target.with_suffix(".json").write_text(
            json.dumps(sidecar, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    elif error.reason not in KEEP_IN_INBOX:
        inbox_file.unlink(missing_ok=True)


def _unreadable(path: Path, error: OSError) -> Text:
    return T(
        "Cannot read {path} ({detail}); was the stick pulled out? Nothing was imported.",
        "Không đọc được {path} ({detail}); USB đã bị rút ra? Chưa nhập gì.",
        path=path.name,
        detail=error.strerror or type(error).__name__,
    )
