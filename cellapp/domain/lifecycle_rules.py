"""The lifecycle rules that need more than the status: the grade, the dates, the discipline level, the
badge milestones (docs/party-rules.md §5.3). `refusal` says why an event cannot be recorded where it stands in a
member's history, or returns None; `lifecycle.TRANSITIONS` holds the status table it starts from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import (
    NEEDS_END,
    DisciplineLevel,
    EventDetails,
    EventKind,
    Grade,
    Standing,
    Status,
    allowed_from,
    probation_ends,
)
from cellapp.domain.members import MemberStatus
from cellapp.domain.seniority import BADGE_YEARS, add_years
from cellapp.domain.vietnamese import format_date

K = EventKind
S = MemberStatus


@dataclass(frozen=True)
class RuleContext:
    """Dates the rules need besides the standing: birth, the member's party dates at that point, when each
    badge milestone is reached (and the earliest day it may be awarded), and the badges already awarded
    (years -> day awarded)."""

    birth_date: date | None = None
    admitted_on: date | None = None
    ceremony_on: date | None = None
    badge_earliest: Callable[[int], date | None] = lambda _years: None
    badge_reached: Callable[[int], date | None] = lambda _years: None
    badges_awarded: Mapping[int, date] = field(default_factory=dict)


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
    # Probation runs 12 months from the admission ceremony (Điều lệ Điều 5 khoản 1), never from the
    # committee's decision: without the ceremony's date, its end is unknown.
    start = context.ceremony_on
    if start is None:
        return T(
            "The date of the admission ceremony is not recorded; enter it in the member's record first, "
            "since the 12 months of probation count from it (not from the admission decision).",
            "Chưa có ngày lễ kết nạp; hãy nhập vào hồ sơ trước, vì 12 tháng dự bị tính từ ngày lễ kết nạp "
            "(không tính từ ngày quyết định kết nạp).",
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
    given = context.badges_awarded.get(event.badge_years)
    if given is not None:
        return T(
            "The {years}-year Party badge was already recorded on {day}: a badge is awarded once per "
            "milestone. Reverse that event first if it is wrong.",
            "Huy hiệu {years} năm tuổi đảng đã được ghi ngày {day}: mỗi mốc chỉ trao một lần. Nếu lần ghi đó "
            "sai, hãy hủy bỏ nó trước.",
            years=event.badge_years,
            day=format_date(given),
        )
    earliest = context.badge_earliest(event.badge_years)
    reached = context.badge_reached(event.badge_years)
    if earliest is None or reached is None:
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
    if event.effective_on < reached and not (event.note or "").strip():
        return T(
            "The member reaches {years} years of seniority only on {day}: an early award is for a gravely ill "
            "member (HD 01-HD/TW 2021, point 18) and needs its reason stated; write it in the note.",
            "Đồng chí này đến ngày {day} mới đủ {years} năm tuổi đảng: chỉ trao sớm cho đảng viên ốm nặng "
            "(Hướng dẫn 01-HD/TW năm 2021, điểm 18) và phải ghi rõ lý do; hãy ghi lý do vào phần ghi chú.",
            years=event.badge_years,
            day=format_date(reached),
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
