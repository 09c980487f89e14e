"""The life of a party member as events (domain.md §5.2–5.3): what can be recorded, from which status, and
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
from cellapp.domain.seniority import BADGE_YEARS, add_years
from cellapp.domain.vietnamese import format_date

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


@dataclass(frozen=True)
class RuleContext:
    """Dates the rules need besides the standing: birth, and the member's party dates at that point."""

    birth_date: date | None = None
    admitted_on: date | None = None
    ceremony_on: date | None = None
    badge_earliest: Callable[[int], date | None] = lambda _years: None


def refusal(standing: Standing, event: EventDetails, context: RuleContext) -> Text | None:
    """Why `event` cannot be recorded for a member standing as `standing`, or None when it can."""
    kind = event.kind
    if not allowed_from(kind, standing.status):
        return _status_refusal(kind, standing.status)
    for check in _CHECKS.get(kind, ()):
        reason = check(standing, event, context)
        if reason is not None:
            return reason
    return None


def _status_refusal(kind: EventKind, status: Status) -> Text:
    if status is None:
        return T(
            "{event} cannot be recorded for someone who is not on the cell's list on that date. {rule}",
            "Không thể ghi '{event}' cho người chưa có tên trong danh sách chi bộ vào ngày đó. {rule}",
            event=kind.label,
            rule=kind.rule,
        )
    return T(
        "{event} cannot be recorded for a member who is '{status}' on that date. {rule}",
        "Không thể ghi '{event}' cho đảng viên đang ở trạng thái '{status}' vào ngày đó. {rule}",
        event=kind.label,
        status=status.label,
        rule=kind.rule,
    )


Check = Callable[[Standing, EventDetails, RuleContext], "Text | None"]


def _needs_probationary(standing: Standing, _event: EventDetails, _context: RuleContext) -> Text | None:
    if standing.grade is Grade.FULL:
        return T(
            "The member is already a full member; only a probationary member is recognised.",
            "Đồng chí này đã là đảng viên chính thức; chỉ công nhận chính thức cho đảng viên dự bị.",
        )
    return None


def _probation_over(_standing: Standing, event: EventDetails, context: RuleContext) -> Text | None:
    start = context.ceremony_on or context.admitted_on
    if start is None:
        return T(
            "The date of the admission ceremony is not recorded; enter it in the member's record first, "
            "since the 12 months of probation count from it.",
            "Chưa có ngày lễ kết nạp; hãy nhập vào hồ sơ trước, vì 12 tháng dự bị tính từ ngày đó.",
        )
    ends = probation_ends(start)
    if event.effective_on < ends:
        return T(
            "Probation lasts 12 months from the admission ceremony ({start}); recognition can be "
            "considered from {ends}, not on {day}.",
            "Thời gian dự bị là 12 tháng kể từ ngày lễ kết nạp ({start}); chỉ xét công nhận chính thức "
            "từ ngày {ends}, không phải ngày {day}.",
            start=format_date(start),
            ends=format_date(ends),
            day=format_date(event.effective_on),
        )
    return None


def _adult(_standing: Standing, event: EventDetails, context: RuleContext) -> Text | None:
    if context.birth_date is not None and event.effective_on < add_years(context.birth_date, 18):
        return T(
            "The Party admits people aged 18 or older; on that date the person was not yet 18.",
            "Đảng chỉ kết nạp người từ đủ 18 tuổi; vào ngày đó người này chưa đủ 18 tuổi.",
        )
    return None


def _ceremony_after_decision(_standing: Standing, event: EventDetails, _context: RuleContext) -> Text | None:
    if event.ceremony_on is not None and event.ceremony_on < event.effective_on:
        return T(
            "The admission ceremony cannot be before the admission decision.",
            "Lễ kết nạp không thể trước ngày có quyết định kết nạp.",
        )
    return None


def _end_after_start(_standing: Standing, event: EventDetails, _context: RuleContext) -> Text | None:
    if event.ends_on is None:
        if event.kind in NEEDS_END:
            return T("Enter the end date.", "Hãy nhập ngày kết thúc.")
        return None
    if event.ends_on < event.effective_on:
        return T(
            "The end date cannot be before the start date.",
            "Ngày kết thúc không thể trước ngày bắt đầu.",
        )
    return None


def _needs_grade(_standing: Standing, event: EventDetails, _context: RuleContext) -> Text | None:
    if event.grade is None:
        return T(
            "Say whether the member is probationary or full.",
            "Hãy cho biết đồng chí này là đảng viên dự bị hay chính thức.",
        )
    return None


def _no_exemption_on_probation(
    standing: Standing, _event: EventDetails, _context: RuleContext
) -> Text | None:
    if standing.grade is Grade.PROBATIONARY:
        return T(
            "A probationary member is not exempted from work and meetings: probation is the time to "
            "prove oneself in party activity. A temporary exemption with an end date is possible.",
            "Đảng viên dự bị không được miễn công tác và sinh hoạt đảng: thời gian dự bị là để rèn luyện "
            "trong sinh hoạt đảng. Có thể tạm miễn sinh hoạt có thời hạn.",
        )
    return None


def _discipline_fits_grade(standing: Standing, event: EventDetails, _context: RuleContext) -> Text | None:
    if event.discipline is None:
        return T("Choose the form of discipline.", "Hãy chọn hình thức kỷ luật.")
    if standing.grade is Grade.PROBATIONARY and event.discipline in (
        DisciplineLevel.REMOVAL,
        DisciplineLevel.EXPULSION,
    ):
        return T(
            "A probationary member can only be reprimanded or warned; if unfit, the name is struck off. "
            "Removal from post and expulsion apply to full members.",
            "Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo; nếu không đủ tư cách thì xóa tên. "
            "Cách chức và khai trừ chỉ áp dụng với đảng viên chính thức.",
        )
    return None


def _award_is_known(standing: Standing, event: EventDetails, context: RuleContext) -> Text | None:
    if event.badge_years is None:
        if not (event.award or "").strip():
            return T("Enter the name of the award.", "Hãy nhập tên hình thức khen thưởng.")
        if standing.status is S.DECEASED:
            return T(
                "Only a Party badge can be awarded posthumously.",
                "Chỉ Huy hiệu Đảng mới được truy tặng.",
            )
        return None
    if event.badge_years not in BADGE_YEARS:
        return T(
            "Party badges are awarded at 30, 40, 45, 50 … 90 years of seniority, not {years}.",
            "Huy hiệu Đảng được trao ở các mốc 30, 40, 45, 50 … 90 năm tuổi đảng, không có mốc {years}.",
            years=event.badge_years,
        )
    earliest = context.badge_earliest(event.badge_years)
    if earliest is None:
        return T(
            "The date admitted is not recorded, so the seniority for the badge cannot be checked.",
            "Chưa có ngày vào Đảng nên không kiểm tra được tuổi đảng để trao huy hiệu.",
        )
    if event.effective_on < earliest:
        return T(
            "The {years}-year badge cannot be awarded before {day}: the member reaches {years} years of "
            "seniority later (a gravely ill member may receive it at most 12 months early, 24 months "
            "for the 70-year badge and above).",
            "Chưa thể trao Huy hiệu {years} năm tuổi đảng trước ngày {day}: đồng chí chưa đủ {years} năm "
            "tuổi đảng (đảng viên ốm nặng được xét trao sớm tối đa 12 tháng, 24 tháng với huy hiệu từ "
            "70 năm trở lên).",
            years=event.badge_years,
            day=format_date(earliest),
        )
    return None


def _registered_status(_standing: Standing, event: EventDetails, _context: RuleContext) -> Text | None:
    if event.status is None:
        return T("Choose the status entered in the register.", "Hãy chọn trạng thái khi vào sổ.")
    return None


_CHECKS: dict[EventKind, tuple[Check, ...]] = {
    K.REGISTERED: (_registered_status,),
    K.ADMITTED: (_adult, _ceremony_after_decision),
    K.READMITTED: (_ceremony_after_decision,),
    K.RECOGNISED: (_needs_probationary, _probation_over),
    K.TRANSFERRED_IN: (_needs_grade,),
    K.ATTACHED_IN: (_needs_grade, _end_after_start),
    K.ATTACHED_OUT: (_end_after_start,),
    K.TEMPORARILY_EXEMPTED: (_end_after_start,),
    K.SENIORITY_GAP: (_end_after_start,),
    K.EXEMPTED: (_no_exemption_on_probation,),
    K.DISCIPLINED: (_discipline_fits_grade,),
    K.AWARDED: (_award_is_known,),
}
