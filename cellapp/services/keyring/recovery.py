"""A forgotten passphrase: the step CellApp takes for the secretary or the officer (the old keys are set
aside; new ones are made at once by a committee, by a cell when it joins again). What they do around it
is told in `domain.key_recovery`, on the key card and in the help."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cellapp.domain.units import UnitKind
from cellapp.services.keyring.passphrase import lock_keys
from cellapp.services.workspace import Workspace
from cellapp.storage.records import AuditRecord, SyncPeerRecord
from cellapp.sync.keystore import create_keys, keys_exist, public_keys, retire_keys

# At a cell, the committee's peer row says the cell must join again before it exchanges files.
REKEYED = "rekeyed"


@dataclass(frozen=True)
class ForgottenKeysResult:
    retired_to: Path | None  # where the old key files now are
    new_fingerprint: str | None  # a committee's new keys; a cell makes its own when it joins again


def replace_forgotten_keys(workspace: Workspace) -> ForgottenKeysResult:
    """Set the keys aside; a committee gets new keys at once (to print its new card), a cell when it joins
    its committee again (its committee's row says so until then)."""
    folder = workspace.paths.keys
    old = public_keys(folder) if keys_exist(folder) else None
    retired = retire_keys(folder) if old is not None else None
    lock_keys(workspace)
    fingerprint = None
    with workspace.uow() as uow:
        if workspace.info.kind is UnitKind.COMMITTEE:
            keys = create_keys(folder, workspace.info.node_id)
            fingerprint = keys.card(workspace.info.unit_code or "").fingerprint
        else:
            hub = uow.session.scalars(select(SyncPeerRecord).where(SyncPeerRecord.role == "hub")).first()
            if hub is not None and hub.status == "enrolled":
                hub.status = REKEYED
        uow.session.add(
            AuditRecord(
                actor=workspace.actor,
                node_id=workspace.info.node_id,
                action="newkeys",
                table_name="sync",
                record_key=(old.sign_key if old else "")[:60],
                changes={"retired_to": retired.name if retired else None, "fingerprint": fingerprint},
            )
        )
        uow.commit()
    return ForgottenKeysResult(retired, fingerprint)
