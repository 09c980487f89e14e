"""Typed ORM records (suffix Record). Importing this package registers every table on Base.metadata."""

from cellapp.storage.records.base import Base, SyncedMixin, new_uuid, utc_now
from cellapp.storage.records.meeting import (
    MeetingAddendumRecord,
    MeetingAgendaItemRecord,
    MeetingAttendanceRecord,
    MeetingRecord,
    MeetingSpeechRecord,
    MeetingTaskAssigneeRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    MeetingVoteRecord,
)
from cellapp.storage.records.member import MemberRecord
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
    "MeetingAddendumRecord",
    "MeetingAgendaItemRecord",
    "MeetingAttendanceRecord",
    "MeetingRecord",
    "MeetingSpeechRecord",
    "MeetingTaskAssigneeRecord",
    "MeetingTaskEvaluationRecord",
    "MeetingTaskRecord",
    "MeetingVoteRecord",
    "MemberRecord",
    "NodeStateRecord",
    "SettingRecord",
    "SyncedMixin",
    "UnitRecord",
    "WorkspaceRecord",
    "new_uuid",
    "utc_now",
]
