"""Typed ORM records (suffix Record). Importing this package registers every table on Base.metadata."""

from cellapp.storage.records.base import Base, SyncedMixin, new_uuid, utc_now
from cellapp.storage.records.fees import (
    FeeOpeningRecord,
    FeePaymentRecord,
    FeeProfileRecord,
    FeeRateRecord,
    FeeReliefRecord,
    FeeRemittanceRecord,
    FeeRuleSetRecord,
    MinimumWageRecord,
    RetirementAgeRecord,
)
from cellapp.storage.records.figure_cache import CellFigureCacheRecord, CellRevisionRecord
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
from cellapp.storage.records.member_event import MemberEventRecord
from cellapp.storage.records.residence import (
    ResidenceCommentRecord,
    ResidenceIntroductionRecord,
    ResidentMemberRecord,
)
from cellapp.storage.records.review import MemberReviewRecord, ReviewDecisionRecord, ReviewYearRecord
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
    "CellFigureCacheRecord",
    "CellRevisionRecord",
    "DirectiveRecord",
    "FeeOpeningRecord",
    "FeePaymentRecord",
    "FeeProfileRecord",
    "FeeRateRecord",
    "FeeReliefRecord",
    "FeeRemittanceRecord",
    "FeeRuleSetRecord",
    "MeetingAddendumRecord",
    "MeetingAgendaItemRecord",
    "MeetingAttendanceRecord",
    "MeetingRecord",
    "MeetingSpeechRecord",
    "MeetingTaskAssigneeRecord",
    "MeetingTaskEvaluationRecord",
    "MeetingTaskRecord",
    "MeetingVoteRecord",
    "MemberEventRecord",
    "MemberRecord",
    "MemberReviewRecord",
    "MemberTransferRecord",
    "MinimumWageRecord",
    "NodeStateRecord",
    "ReferenceDataRecord",
    "ResidenceCommentRecord",
    "ResidenceIntroductionRecord",
    "ResidentMemberRecord",
    "RetirementAgeRecord",
    "ReviewDecisionRecord",
    "ReviewYearRecord",
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
