"""Meetings (sinh hoạt chi bộ, họp chi ủy): kinds, the standard agenda, durations and document wording.

Rules from docs/party-rules.md §3: a regular meeting every month; a thematic one at least every quarter, never
replacing the monthly one; both may be held one after the other in one sitting (two sets of minutes);
at least 90 minutes, 120 for a combined sitting (HD 42-HD/BTCTW, 2025). The agenda follows §3.3.
Everything that goes into a Party document is Vietnamese by definition.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T, Text
from cellapp.domain.months import Month


class MeetingKind(StrEnum):
    REGULAR = "regular"  # Sinh hoạt thường kỳ
    THEMATIC = "thematic"  # Sinh hoạt chuyên đề
    EXTRAORDINARY = "extraordinary"  # Sinh hoạt đột xuất
    COMMITTEE = "committee"  # Họp chi ủy

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]

    @property
    def needs_topic(self) -> bool:
        return self in (MeetingKind.THEMATIC, MeetingKind.EXTRAORDINARY)

    @property
    def is_cell_meeting(self) -> bool:
        """A meeting of the whole cell (as opposed to its committee)."""
        return self is not MeetingKind.COMMITTEE

    @property
    def reviews_tasks(self) -> bool:
        """Whether the meeting reviews the tasks carried over (a thematic meeting keeps to its topic)."""
        return self is not MeetingKind.THEMATIC


_KIND_LABELS = {
    MeetingKind.REGULAR: T("Regular monthly meeting", "Sinh hoạt thường kỳ"),
    MeetingKind.THEMATIC: T("Thematic meeting", "Sinh hoạt chuyên đề"),
    MeetingKind.EXTRAORDINARY: T("Extraordinary meeting", "Sinh hoạt đột xuất"),
    MeetingKind.COMMITTEE: T("Committee meeting", "Họp chi ủy"),
}


class MeetingStatus(StrEnum):
    PLANNED = "planned"  # prepared, not yet held
    HELD = "held"  # attendance recorded; minutes being written
    FINALISED = "finalised"  # minutes approved and locked

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    MeetingStatus.PLANNED: T("Planned", "Đã chuẩn bị"),
    MeetingStatus.HELD: T("Held, minutes open", "Đã họp, đang ghi biên bản"),
    MeetingStatus.FINALISED: T("Finalised", "Đã hoàn thành biên bản"),
}


class ChairRole(StrEnum):
    """Who chairs (HD 42: the secretary, or the deputy), which decides the resolution's signature."""

    SECRETARY = "secretary"
    DEPUTY_SECRETARY = "deputy_secretary"
    COMMITTEE_MEMBER = "committee_member"

    @property
    def label(self) -> Text:
        return _ROLE_LABELS[self]

    @property
    def title_vi(self) -> str:
        """The title printed in signature blocks and the minutes."""
        return _ROLE_LABELS[self].vi


_ROLE_LABELS = {
    ChairRole.SECRETARY: T("Cell secretary", "Bí thư chi bộ"),
    ChairRole.DEPUTY_SECRETARY: T("Deputy secretary", "Phó Bí thư chi bộ"),
    ChairRole.COMMITTEE_MEMBER: T("Committee member", "Chi ủy viên"),
}


class TaskOutcome(StrEnum):
    DONE = "done"  # Đã hoàn thành
    IN_PROGRESS = "in_progress"  # Đang thực hiện
    NOT_DONE = "not_done"  # Chưa thực hiện

    @property
    def label(self) -> Text:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    TaskOutcome.DONE: T("Done", "Đã hoàn thành"),
    TaskOutcome.IN_PROGRESS: T("In progress", "Đang thực hiện"),
    TaskOutcome.NOT_DONE: T("Not done", "Chưa thực hiện"),
}


class MeetingLocked(InputRejected):
    """A finalised meeting was asked to change: its minutes are immutable; corrections are addenda."""

    def __init__(self, held_on: date) -> None:
        super().__init__(
            T(
                "The minutes of the meeting of {day} are finalised and can no longer be changed; record a "
                "correction as an addendum instead.",
                "Biên bản cuộc họp ngày {day} đã hoàn thành, không thể sửa nữa; hãy ghi phần đính chính, bổ "
                "sung thành phụ lục biên bản.",
                day=f"{held_on.day:02d}/{held_on.month:02d}/{held_on.year}",
            )
        )


class MeetingDocument(StrEnum):
    """The four printed documents of a meeting."""

    MINUTES = "minutes"  # Biên bản
    RESOLUTION = "resolution"  # Nghị quyết
    NOTICE = "notice"  # Thông báo triệu tập
    ATTENDANCE = "attendance"  # Danh sách đảng viên dự sinh hoạt

    @property
    def label(self) -> Text:
        return _DOCUMENT_LABELS[self]


_DOCUMENT_LABELS = {
    MeetingDocument.MINUTES: T("Minutes", "Biên bản"),
    MeetingDocument.RESOLUTION: T("Resolution", "Nghị quyết"),
    MeetingDocument.NOTICE: T("Meeting notice", "Thông báo triệu tập"),
    MeetingDocument.ATTENDANCE: T("Attendance sheet", "Danh sách điểm danh"),
}


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


ROMAN_QUARTERS = ("I", "II", "III", "IV")


LATE_IN_MONTH_DAY = 20
"""From this day on, a regular meeting reviews its own month rather than the one before it."""


def meeting_months(held_on: date) -> tuple[Month, Month]:
    """The month a regular meeting evaluates and the month it plans (docs/party-rules.md §3.3: last month's
    results, then the tasks of the month that follows them), always one after the other.

    A meeting held early in its month, as most are (the 10th of December), evaluates the month just
    ended and plans the month under way (November, then December). A meeting held late in the month
    (from the 20th) evaluates that month and plans the next. The minutes' agenda, the draft resolution
    and the resolution of one meeting all name these two months."""
    current = Month.of(held_on)
    evaluated = current if held_on.day >= LATE_IN_MONTH_DAY else current.minus(1)
    return evaluated, evaluated.plus(1)


OPENING_ITEM = (
    "Phần mở đầu: tuyên bố lý do, giới thiệu đại biểu; cử thư ký; báo cáo tình hình đảng viên dự "
    "sinh hoạt; thông qua chương trình"
)
CLOSING_ITEM = "Chủ trì kết luận; biểu quyết thông qua nghị quyết; thông qua biên bản"
PROCEDURAL_ITEMS = frozenset({OPENING_ITEM, CLOSING_ITEM})


def standard_agenda(kind: MeetingKind, held_on: date, topic: str = "") -> tuple[str, ...]:
    """The agenda in the standard order of docs/party-rules.md §3.3, ready for the secretary to edit."""
    opening, closing = OPENING_ITEM, CLOSING_ITEM
    if kind is MeetingKind.REGULAR:
        last, coming = meeting_months(held_on)
        return (
            opening,
            "Thông tin thời sự, chủ trương, chính sách mới; phổ biến, quán triệt văn bản của cấp trên",
            f"Đánh giá kết quả thực hiện nhiệm vụ {month_words(last, held_on)} và việc thực hiện nhiệm vụ "
            "được phân công của đảng viên",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Phản ánh ý kiến của đảng viên và nhân dân về sự lãnh đạo của chi bộ (nếu có)",
            f"Phương hướng, nhiệm vụ {month_words(coming, held_on)}; phân công đảng viên thực hiện",
            "Thảo luận",
            closing,
        )
    if kind is MeetingKind.THEMATIC:
        return (
            opening,
            f"Trình bày chuyên đề: {topic}" if topic else "Trình bày chuyên đề",
            "Thảo luận, liên hệ thực tế của chi bộ và đảng viên",
            closing,
        )
    if kind is MeetingKind.EXTRAORDINARY:
        return (
            opening,
            f"Nội dung: {topic}" if topic else "Nội dung sinh hoạt đột xuất",
            "Thảo luận",
            closing,
        )
    return (
        "Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ tháng qua",
        "Thống nhất nội dung sinh hoạt chi bộ, dự thảo nghị quyết tháng tới",
        "Phân công chuẩn bị nội dung và tổ chức sinh hoạt chi bộ",
        "Các nội dung khác",
    )


def month_words(month: Month, held_on: date) -> str:
    """`tháng 11`, or `tháng 01 năm 2027` when the month is not in the meeting's year."""
    words = f"tháng {month.month:02d}"
    return words if month.year == held_on.year else f"{words} năm {month.year}"


def minimum_minutes(kind: MeetingKind, *, combined: bool) -> int | None:
    """The shortest acceptable sitting (HD 42-HD/BTCTW 2025), None where no minimum applies."""
    if combined:
        return 120
    if kind in (MeetingKind.REGULAR, MeetingKind.THEMATIC):
        return 90
    return None


def minutes_between(start: time, end: time) -> int:
    day = date(2000, 1, 1)
    return int((datetime.combine(day, end) - datetime.combine(day, start)).total_seconds() // 60)


def duration_warning(kind: MeetingKind, minutes: int, *, combined: bool) -> Text | None:
    """A warning (never a refusal) when a sitting is shorter than the rule."""
    minimum = minimum_minutes(kind, combined=combined)
    if minimum is None or minutes >= minimum:
        return None
    if combined:
        return T(
            "The combined sitting lasted {minutes} minutes; a regular and a thematic meeting held together "
            "should last at least {minimum} minutes (HD 42-HD/BTCTW).",
            "Buổi sinh hoạt ghép kéo dài {minutes} phút; sinh hoạt thường kỳ kết hợp chuyên đề cần ít nhất "
            "{minimum} phút (HD 42-HD/BTCTW).",
            minutes=minutes,
            minimum=minimum,
        )
    return T(
        "The meeting lasted {minutes} minutes; a cell meeting should last at least {minimum} minutes "
        "(HD 42-HD/BTCTW).",
        "Buổi sinh hoạt kéo dài {minutes} phút; sinh hoạt chi bộ cần ít nhất {minimum} phút "
        "(HD 42-HD/BTCTW).",
        minutes=minutes,
        minimum=minimum,
    )


def meeting_phrase(kind: MeetingKind, held_on: date) -> str:
    """The summary line of the minutes: "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"."""
    when = f"tháng {held_on.month:02d} năm {held_on.year}"
    return {
        MeetingKind.REGULAR: f"sinh hoạt chi bộ thường kỳ {when}",
        MeetingKind.THEMATIC: f"sinh hoạt chi bộ chuyên đề {when}",
        MeetingKind.EXTRAORDINARY: f"sinh hoạt chi bộ đột xuất {when}",
        MeetingKind.COMMITTEE: f"họp chi ủy {when}",
    }[kind]


def spoken_time(moment: time) -> str:
    """`19 giờ 30 phút`: how a time is written in minutes and notices."""
    return f"{moment.hour} giờ {moment.minute:02d} phút"
