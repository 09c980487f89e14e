"""What the meeting services take and return: frozen inputs from the editor, frozen results for it.

`MeetingDetail` is everything one meeting shows or prints; `MeetingSummary` is one row of the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from cellapp.domain.attendance import AttendanceCounts, AttendanceMark, RosterGroup, VoteTally
from cellapp.domain.l10n import Text
from cellapp.domain.lifecycle import Grade
from cellapp.domain.meetings import ChairRole, MeetingKind, MeetingStatus, TaskOutcome
from cellapp.domain.members import MemberStatus

# ---------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Guest:
    """A delegate from the committee above (đại biểu cấp trên)."""

    name: str
    title: str = ""


@dataclass(frozen=True)
class Preparation:
    """The preparation tab: when, where, who chairs and records, the agenda, documents, draft resolution.

    `agenda=None` asks for the standard agenda of docs/party-rules.md §3.3; `committee_members` lists who sits on
    the cell committee (committee meetings only: their attendance list).
    """

    held_on: date
    place: str
    planned_time: time | None = None
    topic: str = ""
    chair_uuid: str | None = None
    chair_role: ChairRole = ChairRole.SECRETARY
    secretary_uuid: str | None = None
    agenda: tuple[str, ...] | None = None
    documents: tuple[str, ...] = ()
    draft_resolution: str = ""
    guests: tuple[Guest, ...] = ()
    committee_members: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttendanceInput:
    member_uuid: str
    mark: AttendanceMark | None
    reason: str = ""


@dataclass(frozen=True)
class SpeechInput:
    """A speaker is a member (`member_uuid`) or a guest (`speaker_name`); `uuid` keeps an existing row."""

    summary: str
    member_uuid: str | None = None
    speaker_name: str = ""
    agenda_item_uuid: str | None = None
    reserved: bool = False
    uuid: str | None = None


@dataclass(frozen=True)
class EvaluationInput:
    """How a carried-over task stands at this meeting; `outcome=None` removes the evaluation."""

    task_uuid: str
    outcome: TaskOutcome | None
    comment: str = ""


@dataclass(frozen=True)
class TaskInput:
    """A new task set at this meeting; `uuid` keeps an existing one."""

    description: str
    assignee_uuids: tuple[str, ...]
    due_on: date | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class ConclusionInput:
    started_at: time | None
    ended_at: time | None
    conclusion: str = ""
    resolution: str = ""
    vote: VoteTally | None = None


@dataclass(frozen=True)
class MeetingEdit:
    """One save of the meeting editor. A section left as None is not touched; a given section replaces
    what was saved before (rows no longer listed are removed)."""

    preparation: Preparation | None = None
    attendance: tuple[AttendanceInput, ...] | None = None
    agenda_notes: tuple[tuple[str, str], ...] | None = None  # (agenda item uuid, notes)
    speeches: tuple[SpeechInput, ...] | None = None
    evaluations: tuple[EvaluationInput, ...] | None = None
    tasks: tuple[TaskInput, ...] | None = None
    conclusion: ConclusionInput | None = None


# ---------------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    member_uuid: str
    full_name: str
    status: MemberStatus
    group: RosterGroup
    mark: AttendanceMark | None
    reason: str = ""
    grade: Grade = Grade.FULL  # on the meeting day, from the member history


@dataclass(frozen=True)
class AgendaItem:
    uuid: str
    position: int
    title: str
    notes: str = ""


@dataclass(frozen=True)
class Speech:
    uuid: str
    speaker: str  # the member's or guest's name as printed
    summary: str
    member_uuid: str | None = None
    speaker_name: str = ""
    agenda_item_uuid: str | None = None
    reserved: bool = False


@dataclass(frozen=True)
class Assignee:
    member_uuid: str
    full_name: str


@dataclass(frozen=True)
class Task:
    uuid: str
    description: str
    assignees: tuple[Assignee, ...]
    due_on: date | None
    set_on: date  # the date of the meeting that set it
    meeting_uuid: str


@dataclass(frozen=True)
class TaskReview:
    """A task carried over to this meeting, its evaluation here (if any) and what earlier meetings said."""

    task: Task
    outcome: TaskOutcome | None
    comment: str
    history: tuple[tuple[date, TaskOutcome], ...] = ()


@dataclass(frozen=True)
class Vote:
    uuid: str
    subject: str
    tally: VoteTally
    adopted: bool


@dataclass(frozen=True)
class Addendum:
    uuid: str
    number: int
    made_on: date
    text: str


@dataclass(frozen=True)
class MeetingDetail:
    uuid: str
    kind: MeetingKind
    status: MeetingStatus
    held_on: date
    place: str
    planned_time: time | None
    started_at: time | None
    ended_at: time | None
    topic: str
    chair_uuid: str | None
    chair_name: str
    chair_role: ChairRole
    secretary_uuid: str | None
    secretary_name: str
    guests: tuple[Guest, ...]
    documents: tuple[str, ...]
    draft_resolution: str
    conclusion: str
    resolution: str
    agenda: tuple[AgendaItem, ...]
    roster: tuple[RosterEntry, ...]
    counts: AttendanceCounts
    speeches: tuple[Speech, ...]
    reviews: tuple[TaskReview, ...]
    new_tasks: tuple[Task, ...]
    votes: tuple[Vote, ...]
    addenda: tuple[Addendum, ...]
    sitting_uuid: str | None
    partner_uuid: str | None  # the other meeting of a combined sitting
    minutes_ref: str | None
    resolution_ref: str | None
    finalised_at: datetime | None
    warnings: tuple[Text, ...] = field(default=())

    @property
    def finalised(self) -> bool:
        return self.status is MeetingStatus.FINALISED

    @property
    def combined(self) -> bool:
        return self.sitting_uuid is not None

    def name_of(self, member_uuid: str) -> str:
        for entry in self.roster:
            if entry.member_uuid == member_uuid:
                return entry.full_name
        return ""


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meetings list (and of `cellapp meetings --json`)."""

    uuid: str
    kind: MeetingKind
    held_on: date
    status: MeetingStatus
    topic: str
    combined: bool
    counts: AttendanceCounts
