"""Import (docs/sync.md §7): the pipeline from a file on a stick to a report, one file at a time.

  0 copy into the workspace inbox (pulling the stick is then harmless)
  1 the ZIP opens: two members, sane sizes                 2 addressed to this office and key
  3 complete: length and SHA-256                           4 sender enrolled, not revoked; signature;
                                                             its enrolment not expired (at a committee)
  5 not imported before (a replay is a harmless success)   5b no fork: same number, other content
  6 decrypt in memory, manifest and file hashes            7 a format we can read
  8-9 one transaction (sync_receive)                       10 a report, kept in the history

Files are imported in batches: one transaction for the batch, a savepoint for each file, so each file is
all or nothing and a province's thousands of files cost one fsync per batch, not per file. Nothing is
written to the database for a refused file: it leaves the database as it was. Its report goes to the history file beside the database; a file from an unknown or
revoked sender, or a fork, is moved to `quarantine/` for a person to decide.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from cellapp.domain.errors import WorkspaceError
from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import format_date
from cellapp.services.certificates import certificate_expired
from cellapp.services.sync._common import (
    LocalSide,
    hub_peer,
    local_side,
    peer_by_code,
    quarantine_dir,
    require_keys,
)
from cellapp.services.sync._receive import AlreadyImported, Batch, receive
from cellapp.services.sync._reports import QUARANTINE_REASONS, ImportReport, append_history, imported_message
from cellapp.services.workspace import Workspace
from cellapp.storage.engine import lock_senders
from cellapp.storage.records import SyncHeldRecord, SyncLedgerRecord, SyncPeerRecord, utc_now
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
# Files imported in one database transaction, each inside its own savepoint: one fsync per batch instead
# of per file (a province imports thousands), while holding the write lock only briefly.
BATCH = 50


@dataclass
class _Staged:
    """A file on its way through the pipeline."""

    name: str
    at: datetime
    today: date
    inbox_file: Path | None = None
    report: ImportReport | None = None
    rejection: BundleRejected | None = None


def import_bundles(
    workspace: Workspace,
    paths: list[Path],
    progress: Progress | None = None,
    *,
    release: str | None = None,
    today: date | None = None,
) -> list[ImportReport]:
    """Import each file (folders: every `.cellsync` in them; `.partial` files are ignored).

    `release` names the quarantine reason a person decided to overlook for these files; `today` is the
    day enrolment certificates are checked against."""
    files = expand_paths(paths)
    today = today or date.today()
    reports: list[ImportReport] = []
    for start in range(0, len(files), BATCH):
        if progress is not None:
            progress(start, len(files))
        reports.extend(_import_batch(workspace, files[start : start + BATCH], release, today))
    if progress is not None:
        progress(len(files), len(files))
    return reports


def import_bundle(
    workspace: Workspace, path: Path, *, release: str | None = None, today: date | None = None
) -> ImportReport:
    return import_bundles(workspace, [path], release=release, today=today)[0]


def expand_paths(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX) and p.is_file()))
        elif not path.name.endswith(PARTIAL_SUFFIX):
            files.append(path)
    return files


def _import_batch(
    workspace: Workspace, paths: list[Path], release: str | None, today: date
) -> list[ImportReport]:
    staged = []
    for path in paths:
        item = _Staged(path.name, utc_now(), today)
        try:
            item.inbox_file = copy_to_inbox(workspace, path)
        except OSError as error:
            item.report = ImportReport.refused(path.name, "unreadable", _unreadable(path, error), item.at)
        staged.append(item)
    pending = [item for item in staged if item.report is None]
    if pending:
        try:
            _apply_batch(workspace, pending, release)
        except WorkspaceError as error:  # the commit failed (disk full, locked): nothing of the batch stays
            for item in pending:
                if item.report is None or item.report.outcome == "imported":
                    item.report = ImportReport.refused(item.name, "workspace", error.message, item.at)
    for item in staged:
        assert item.report is not None
        _file_away(workspace, item)
        append_history(workspace, item.report)
    return [item.report for item in staged if item.report is not None]


def _apply_batch(workspace: Workspace, pending: list[_Staged], release: str | None) -> None:
    keys = require_keys(workspace)
    with workspace.uow(remote_apply=True) as uow:
        session = uow.session
        # Another officer's CellApp on the same store may be importing too: files of the same senders wait
        # for it (and then find what it imported in the ledger); other cells' files go ahead meanwhile.
        lock_senders(session.connection(), _senders(pending))
        side = local_side(session, workspace)
        batch = Batch(held=session.scalar(select(exists().select_from(SyncHeldRecord))) or False)
        for item in pending:
            assert item.inbox_file is not None
            before = replace(batch)
            try:
                with session.begin_nested():
                    item.report = run_pipeline(session, batch, workspace, side, keys, item, release)
            except BundleRejected as error:
                batch = before  # what the refused file's savepoint did is undone, and so is what it noted
                item.rejection = error
                item.report = ImportReport.from_rejection(item.name, error, item.at)
        uow.commit()


def _senders(pending: list[_Staged]) -> list[str]:
    """The senders named on the envelopes (a file that does not open is refused by its pipeline)."""
    codes = []
    for item in pending:
        assert item.inbox_file is not None
        try:
            codes.append(open_outer(item.inbox_file.read_bytes()).envelope.from_code)
        except (BundleRejected, OSError):
            continue
    return codes


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
    session: Session,
    batch: Batch,
    workspace: Workspace,
    side: LocalSide,
    keys: NodeKeys,
    item: _Staged,
    release: str | None,
) -> ImportReport:
    """Steps 1 to 10 for one file, inside the batch's transaction (its own savepoint)."""
    assert item.inbox_file is not None
    outer = open_outer(item.inbox_file.read_bytes())
    peer_id = check_route_and_sender(session, side, outer, keys, release, today=item.today)
    envelope = outer.envelope
    contents = unpack(decrypt_payload(outer, keys), envelope)
    try:
        received = receive(
            session,
            batch,
            workspace,
            side,
            peer_id,
            envelope,
            contents,
            file_name=item.name,
            allow_fork=release == "fork",
        )
    except AlreadyImported as replay:
        return ImportReport.replayed(item.name, envelope, replay.at, item.at)
    counts = received.result.counts()
    return ImportReport(
        file_name=item.name,
        outcome="imported",
        reason=None,
        message=imported_message(item.name, counts, received.extras),
        at=item.at,
        from_code=envelope.from_code,
        seq=envelope.seq,
        bundle_id=envelope.bundle_id,
        counts=counts,
        rejections=tuple(received.result.rejected),
        received=received.extras,
    )


def check_route_and_sender(
    session: Session,
    side: LocalSide,
    outer: OuterFile,
    keys: NodeKeys,
    release: str | None,
    *,
    today: date | None = None,
) -> int:
    """Steps 2 to 5b, all before anything is decrypted. Returns the sender's id."""
    envelope = outer.envelope
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
    peer = _sender(session, side.is_hub, envelope.from_code)
    if peer is None or peer.status == "invited" or not peer.sign_key:
        raise rejected("unknown_sender", envelope=envelope)
    if peer.status == "revoked" and release != "revoked":
        raise rejected("revoked", envelope=envelope)
    check_signature(outer, peer.sign_key)
    if side.is_hub and certificate_expired(peer.valid_until, today or date.today()):
        assert peer.valid_until is not None
        raise rejected("certificate_expired", envelope=envelope, date=format_date(peer.valid_until))
    earlier = session.get(SyncLedgerRecord, envelope.bundle_id)
    if earlier is None and release != "fork":
        same_number = session.scalars(
            select(SyncLedgerRecord).where(
                SyncLedgerRecord.from_node == envelope.from_node, SyncLedgerRecord.seq == envelope.seq
            )
        ).first()
        if same_number is not None:
            raise rejected("fork", envelope=envelope)
    return peer.id


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


def _file_away(workspace: Workspace, item: _Staged) -> None:
    """After the commit: an imported file goes to `inbox/imported`; a refused one to quarantine if a person
    must decide, stays in the inbox if an update will read it, and is dropped otherwise (the original is
    still on the stick). A file whose import did not commit stays in the inbox for another try."""
    inbox_file, report, error = item.inbox_file, item.report, item.rejection
    if inbox_file is None or report is None or not inbox_file.exists():
        return
    if report.ok:
        done = workspace.paths.inbox / "imported"
        done.mkdir(exist_ok=True)
        inbox_file.replace(done / inbox_file.name)
        return
    if error is None:
        return
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
