"""Typed ORM records (suffix Record). Importing this package registers every table on Base.metadata."""

from cellapp.storage.records.base import Base, SyncedMixin, new_uuid, utc_now
from cellapp.storage.records.member import MemberRecord
from cellapp.storage.records.sync import (
    DirectiveRecord,
    MemberTransferRecord,
    ReferenceDataRecord,
    SyncConflictRecord,
    SyncHeldRecord,
    SyncLedgerRecord,
    SyncNodeRecord,
    SyncOutboxRecord,
    SyncPeerRecord,
    SyncRevocationRecord,
)
from cellapp.storage.records.workspace import (
    AuditRecord,
    NodeStateRecord,
    SettingRecord,
    UnitRecord,
    WorkspaceRecord,
)

__all__ = [
    "AuditRecord",
    "Base",
    "DirectiveRecord",
    "MemberRecord",
    "MemberTransferRecord",
    "NodeStateRecord",
    "ReferenceDataRecord",
    "SettingRecord",
    "SyncConflictRecord",
    "SyncHeldRecord",
    "SyncLedgerRecord",
    "SyncNodeRecord",
    "SyncOutboxRecord",
    "SyncPeerRecord",
    "SyncRevocationRecord",
    "SyncedMixin",
    "UnitRecord",
    "WorkspaceRecord",
    "new_uuid",
    "utc_now",
]
