"""What the sync use cases share: who this workspace is (unit, code, keys, its committee), its counterparts,
where sync files live in the workspace, and the audit line each sync action leaves.

Sync use cases take the `Workspace` rather than a bare unit of work: besides the database they read the
keys folder and write files (inbox, quarantine, the stick). Each still writes the database in one unit
of work per file or action.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.errors import UsageError
from cellapp.domain.l10n import T
from cellapp.domain.units import UnitKind
from cellapp.services.workspace import Workspace
from cellapp.storage.records import AuditRecord, SyncPeerRecord, UnitRecord, WorkspaceRecord
from cellapp.sync.keys import NodeKeys

HISTORY_FILE = "sync-history.jsonl"
QUARANTINE_DIR = "quarantine"


@dataclass(frozen=True)
class LocalSide:
    unit_uuid: str
    code: str | None
    name: str
    kind: UnitKind
    node_id: str
    hub_uuid: str | None  # the committee's unit: our own at a committee, our committee's at a cell

    @property
    def is_hub(self) -> bool:
        return self.kind is UnitKind.COMMITTEE


def local_side(session: Session, workspace: Workspace) -> LocalSide:
    record = session.get(WorkspaceRecord, 1)
    assert record is not None
    unit = session.get(UnitRecord, record.unit_uuid)
    assert unit is not None
    kind = UnitKind(record.kind)
    if kind is UnitKind.COMMITTEE:
        hub_uuid: str | None = unit.uuid
    else:
        hub = hub_peer(session)
        hub_uuid = hub.unit_uuid if hub is not None else None
    return LocalSide(
        unit_uuid=unit.uuid,
        code=unit.code,
        name=unit.name,
        kind=kind,
        node_id=workspace.info.node_id,
        hub_uuid=hub_uuid,
    )


def hub_peer(session: Session) -> SyncPeerRecord | None:
    return session.scalars(select(SyncPeerRecord).where(SyncPeerRecord.role == "hub")).first()


def peer_by_code(session: Session, code: str) -> SyncPeerRecord | None:
    return session.scalars(select(SyncPeerRecord).where(SyncPeerRecord.code == code)).first()


def peer_by_unit(session: Session, unit_uuid: str) -> SyncPeerRecord | None:
    return session.scalars(select(SyncPeerRecord).where(SyncPeerRecord.unit_uuid == unit_uuid)).first()


def require_keys(workspace: Workspace) -> NodeKeys:
    from cellapp.services.keyring import secret_keys

    keys = secret_keys(workspace)  # PassphraseNeeded when protected and not opened
    if keys is None:
        raise UsageError(
            T(
                "This workspace has no sync keys yet: the committee creates them with its key card, a cell "
                "when it joins its committee.",
                "Đơn vị chưa có khóa đồng bộ: cấp ủy tạo khóa khi in thẻ khóa, chi bộ tạo khóa khi đăng ký "
                "với cấp ủy.",
            )
        )
    return keys


def require_code(side: LocalSide) -> str:
    if side.code:
        return side.code
    if side.is_hub:
        raise UsageError(
            T(
                "The committee has no unit code yet: create its keys with a code first "
                "(cellapp identity export FILE --code CODE).",
                "Cấp ủy chưa có mã đơn vị: hãy tạo khóa kèm mã trước (cellapp identity export TỆP --code MÃ).",
            )
        )
    raise UsageError(
        T(
            "This cell has not joined its committee yet: join with the invitation first.",
            "Chi bộ chưa đăng ký với cấp ủy: hãy đăng ký bằng tệp mời trước.",
        )
    )


def history_path(workspace: Workspace) -> Path:
    return workspace.root / HISTORY_FILE


def quarantine_dir(workspace: Workspace) -> Path:
    return workspace.root / QUARANTINE_DIR


def audit(session: Session, workspace: Workspace, action: str, key: str, changes: dict[str, Any]) -> None:
    """One audit line for a sync action (the bookkeeping rows it touched are not audited one by one)."""
    session.add(
        AuditRecord(
            actor=workspace.actor,
            node_id=workspace.info.node_id,
            action=action[:10],
            table_name="sync",
            record_key=key[:60],
            changes=changes,
        )
    )
