"""The life of a party member as events (docs/party-rules.md §5.2–5.3): what can be recorded, from which status, and
what status follows.

`TRANSITIONS` is the table: for each kind of event, the statuses it may be recorded from (None: the person
is not on this cell's list yet) and how the status follows from it. Rules that need more than the status
(the grade, the dates, the discipline level) are in `refusal`, which returns the reason an event is
refused, or None. The history (`member_history`) replays events through these two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle_texts import KIND_LABELS, RULES
from cellapp.domain.members import MemberStatus
from cellapp.domain.seniority import add_years

S = MemberStatus


class Grade(StrEnum):
    """Whether the member is probationary (dự bị) or full (chính thức), whatever their situation."""

    PROBATIONARY = "probationary"
    FULL = "full"

    @property
    def label(self) -> Text:
        return S.PROBATIONARY.label if self is Grade.PROBATIONARY else S.FULL.label

    @property
    def active_status(self) -> MemberStatus:
        return S.PROBATIONARY if self is Grade.PROBATIONARY else S.FULL


class DisciplineLevel(StrEnum):
    REPRIMAND = "reprimand"  # Khiển trách
    WARNING = "warning"  # Cảnh cáo
    REMOVAL = "removal"  # Cách chức
    EXPULSION = "expulsion"  # Khai trừ

    @property
    def label(self) -> Text:
        return _DISCIPLINE_LABELS[self]


_DISCIPLINE_LABELS = {
    DisciplineLevel.REPRIMAND: T("Reprimand", "Khiển trách"),
    DisciplineLevel.WARNING: T("Warning", "Cảnh cáo"),
    DisciplineLevel.REMOVAL: T("Removal from post", "Cách chức"),
    DisciplineLevel.EXPULSION: T("Expulsion", "Khai trừ"),
}


class EventKind(StrEnum):
    REGISTERED = "registered"  # Vào sổ: the status as found in the paper register
    ENTRY_CORRECTED = "entry_corrected"  # Đính chính ngày tháng vào sổ
    ADMITTED = "admitted"  # Kết nạp đảng viên dự bị
    RECOGNISED = "recognised"  # Công nhận đảng viên chính thức
    TRANSFERRED_OUT = "transferred_out"  # Chuyển sinh hoạt đảng chính thức đi
    TRANSFERRED_IN = "transferred_in"  # Tiếp nhận sinh hoạt đảng chính thức
    ATTACHED_OUT = "attached_out"  # Giới thiệu sinh hoạt đảng tạm thời đi
    RETURNED = "returned"  # Trở về sinh hoạt tại chi bộ
    ATTACHED_IN = "attached_in"  # Tiếp nhận sinh hoạt đảng tạm thời
    ATTACHMENT_ENDED = "attachment_ended"  # Kết thúc sinh hoạt tạm thời tại chi bộ
    EXEMPTED = "exempted"  # Miễn công tác và sinh hoạt đảng
    TEMPORARILY_EXEMPTED = "temporarily_exempted"  # Tạm miễn sinh hoạt đảng
    EXEMPTION_ENDED = "exemption_ended"  # Trở lại sinh hoạt đảng
    SUSPENDED = "suspended"  # Đình chỉ sinh hoạt đảng
    SUSPENSION_LIFTED = "suspension_lifted"  # Hết đình chỉ sinh hoạt đảng
    DISCIPLINED = "disciplined"  # Thi hành kỷ luật
    AWARDED = "awarded"  # Khen thưởng, Huy hiệu Đảng
    STRUCK_OFF = "struck_off"  # Xóa tên
    RESIGNED = "resigned"  # Xin ra khỏi Đảng
    DIED = "died"  # Từ trần
    READMITTED = "readmitted"  # Kết nạp lại
    REINSTATED = "reinstated"  # Phục hồi đảng tịch (quyết định xóa tên, khai trừ bị hủy)
    SENIORITY_GAP = "seniority_gap"  # Thời gian không tính tuổi đảng
    REVERSAL = "reversal"  # Hủy bỏ sự kiện ghi sai

    @property
    def label(self) -> Text:
        return KIND_LABELS[self.value]

    @property
    def rule(self) -> Text:
        """What the Party's rules require for this event, shown in the dialog that records it."""
        return RULES[self.value]


# Sets of statuses the table is written with.
HOME = frozenset({S.PROBATIONARY, S.FULL, S.ATTACHED_ELSEWHERE, S.EXEMPT, S.TEMPORARILY_EXEMPT})
ON_LIST = HOME | {S.SUSPENDED}  # the cell holds the member's party file
CURRENT = ON_LIST | {S.ATTACHED_HERE}
EVERY: frozenset[MemberStatus | None] = frozenset(S)
Status = MemberStatus | None


@dataclass(frozen=True)
class Standing:
    """Where a member stands: the status shown in the register, and the grade behind it."""

    status: Status
    grade: Grade | None = None


@dataclass(frozen=True)
class Transition:
    allowed_from: frozenset[Status]
    result: Callable[[Standing, EventDetails], Standing]


@dataclass(frozen=True)
class EventDetails:
    """The parts of an event the rules look at."""

    kind: EventKind
    effective_on: date
    grade: Grade | None = None
    status: MemberStatus | None = None
    ends_on: date | None = None
    ceremony_on: date | None = None
    discipline: DisciplineLevel | None = None
    badge_years: int | None = None
    award: str | None = None
    note: str | None = None


def _to(status: MemberStatus) -> Callable[[Standing, EventDetails], Standing]:
    return lambda standing, _event: Standing(status, standing.grade)


def _back_to_grade(standing: Standing, _event: EventDetails) -> Standing:
    grade = standing.grade or Grade.FULL
    return Standing(grade.active_status, grade)


def _same(standing: Standing, _event: EventDetails) -> Standing:
    return standing


def _registered(_standing: Standing, event: EventDetails) -> Standing:
    status = event.status or S.FULL
    return Standing(status, event.grade or (Grade.PROBATIONARY if status is S.PROBATIONARY else Grade.FULL))


def _recognised(standing: Standing, _event: EventDetails) -> Standing:
    status = S.FULL if standing.status is S.PROBATIONARY else standing.status
    return Standing(status, Grade.FULL)


def _arrived(standing: Standing, event: EventDetails) -> Standing:
    grade = event.grade or standing.grade or Grade.FULL
    return Standing(grade.active_status, grade)


def _attached_in(standing: Standing, event: EventDetails) -> Standing:
    return Standing(S.ATTACHED_HERE, event.grade or standing.grade or Grade.FULL)


def _disciplined(standing: Standing, event: EventDetails) -> Standing:
    if event.discipline is DisciplineLevel.EXPULSION:
        return Standing(S.EXPELLED, standing.grade)
    return standing


K = EventKind
TRANSITIONS: dict[EventKind, Transition] = {
    K.REGISTERED: Transition(frozenset({None}), _registered),
    K.ENTRY_CORRECTED: Transition(EVERY, _same),
    K.ADMITTED: Transition(frozenset({None}), lambda _s, _e: Standing(S.PROBATIONARY, Grade.PROBATIONARY)),
    K.RECOGNISED: Transition(
        frozenset({S.PROBATIONARY, S.ATTACHED_ELSEWHERE, S.TEMPORARILY_EXEMPT}), _recognised
    ),
    K.TRANSFERRED_OUT: Transition(HOME, _to(S.TRANSFERRED_OUT)),
    K.TRANSFERRED_IN: Transition(
        frozenset({None, S.TRANSFERRED_OUT, S.ATTACHED_HERE, S.ATTACHMENT_ENDED}), _arrived
    ),
    K.ATTACHED_OUT: Transition(
        frozenset({S.PROBATIONARY, S.FULL, S.ATTACHED_ELSEWHERE}), _to(S.ATTACHED_ELSEWHERE)
    ),
    K.RETURNED: Transition(frozenset({S.ATTACHED_ELSEWHERE}), _back_to_grade),
    K.ATTACHED_IN: Transition(
        frozenset({None, S.ATTACHED_HERE, S.ATTACHMENT_ENDED, S.TRANSFERRED_OUT}), _attached_in
    ),
    K.ATTACHMENT_ENDED: Transition(frozenset({S.ATTACHED_HERE}), _to(S.ATTACHMENT_ENDED)),
    K.EXEMPTED: Transition(frozenset({S.FULL, S.TEMPORARILY_EXEMPT}), _to(S.EXEMPT)),
    K.TEMPORARILY_EXEMPTED: Transition(
        frozenset({S.PROBATIONARY, S.FULL, S.TEMPORARILY_EXEMPT}), _to(S.TEMPORARILY_EXEMPT)
    ),
    K.EXEMPTION_ENDED: Transition(frozenset({S.EXEMPT, S.TEMPORARILY_EXEMPT}), _back_to_grade),
    K.SUSPENDED: Transition(HOME, _to(S.SUSPENDED)),
    K.SUSPENSION_LIFTED: Transition(frozenset({S.SUSPENDED}), _back_to_grade),
    K.DISCIPLINED: Transition(ON_LIST, _disciplined),
    K.AWARDED: Transition(ON_LIST | {S.DECEASED}, _same),
    K.STRUCK_OFF: Transition(ON_LIST, _to(S.STRUCK_OFF)),
    K.RESIGNED: Transition(HOME, _to(S.RESIGNED)),
    K.DIED: Transition(CURRENT, _to(S.DECEASED)),
    K.READMITTED: Transition(
        frozenset({S.STRUCK_OFF, S.RESIGNED}), lambda _s, _e: Standing(S.PROBATIONARY, Grade.PROBATIONARY)
    ),
    K.REINSTATED: Transition(frozenset({S.EXPELLED, S.STRUCK_OFF}), _back_to_grade),
    K.SENIORITY_GAP: Transition(frozenset(S), _same),
}

# Events that bring a person onto this cell's list, so may open a history.
OPENING_KINDS = frozenset({K.REGISTERED, K.ADMITTED, K.TRANSFERRED_IN, K.ATTACHED_IN})
# Events a secretary records from the member's actions menu (the others open a history or correct one).
ACTION_KINDS: tuple[EventKind, ...] = (
    K.RECOGNISED,
    K.ATTACHED_OUT,
    K.RETURNED,
    K.TEMPORARILY_EXEMPTED,
    K.EXEMPTED,
    K.EXEMPTION_ENDED,
    K.AWARDED,
    K.DISCIPLINED,
    K.SUSPENDED,
    K.SUSPENSION_LIFTED,
    K.SENIORITY_GAP,
    K.TRANSFERRED_OUT,
    K.TRANSFERRED_IN,
    K.ATTACHED_IN,
    K.ATTACHMENT_ENDED,
    K.STRUCK_OFF,
    K.RESIGNED,
    K.READMITTED,
    K.REINSTATED,
    K.DIED,
)
# Events that need an end date, and those that may have one.
NEEDS_END = frozenset({K.TEMPORARILY_EXEMPTED, K.SENIORITY_GAP})
MAY_END = NEEDS_END | {K.ATTACHED_OUT, K.ATTACHED_IN}
NEEDS_ORGANISATION = frozenset({K.TRANSFERRED_OUT, K.TRANSFERRED_IN, K.ATTACHED_OUT, K.ATTACHED_IN})
NEEDS_GRADE = frozenset({K.TRANSFERRED_IN, K.ATTACHED_IN})
PROBATION_MONTHS = 12


def allowed_from(kind: EventKind, status: Status) -> bool:
    return status in TRANSITIONS[kind].allowed_from


def probation_ends(ceremony_on: date) -> date:
    """Recognition may be considered from this day: 12 months after the admission ceremony."""
    return add_years(ceremony_on, 1)


def add_working_days(day: date, count: int) -> date:
    """`count` working days (Monday to Friday) after `day`; public holidays are not known here."""
    current = day
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def apply_event(standing: Standing, event: EventDetails) -> Standing:
    return TRANSITIONS[event.kind].result(standing, event)
