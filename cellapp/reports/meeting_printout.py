"""What a meeting's documents print (minutes, resolution, notice, attendance sheet): one frozen DTO the
services fill, and the wording shared by the four documents. All printed text is Vietnamese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from cellapp.domain.attendance import AttendanceCounts, AttendanceMark, RosterGroup, VoteTally, percent
from cellapp.domain.meetings import ChairRole, MeetingKind, TaskOutcome, meeting_phrase, spoken_time
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import format_date
from cellapp.reports.party_format import DocumentHeader


@dataclass(frozen=True)
class RosterLine:
    name: str
    status: MemberStatus
    group: RosterGroup
    mark: AttendanceMark | None
    reason: str = ""


@dataclass(frozen=True)
class SpeechLine:
    speaker: str
    summary: str
    reserved: bool = False
    guest: bool = False


@dataclass(frozen=True)
class AgendaLine:
    title: str
    notes: str = ""
    speeches: tuple[SpeechLine, ...] = ()


@dataclass(frozen=True)
class TaskLine:
    description: str
    assignees: tuple[str, ...]
    due_on: date | None = None
    set_on: date | None = None
    outcome: TaskOutcome | None = None
    comment: str = ""


@dataclass(frozen=True)
class VoteLine:
    subject: str
    tally: VoteTally
    adopted: bool


@dataclass(frozen=True)
class AddendumLine:
    number: int
    made_on: date
    text: str


@dataclass(frozen=True)
class MeetingPrintout:
    upper_body: str  # the committee above, e.g. "Đảng bộ xã Xín Mần"
    cell_name: str  # e.g. "Chi bộ thôn Nấm Dẩn"
    dateline_place: str  # the place of the dateline, e.g. "Xín Mần"
    kind: MeetingKind
    held_on: date
    place: str  # where the meeting is held
    planned_time: time | None
    started_at: time | None
    ended_at: time | None
    topic: str
    chair_name: str
    chair_role: ChairRole
    secretary_name: str
    guests: tuple[tuple[str, str], ...]  # (name, title)
    documents: tuple[str, ...]
    roster: tuple[RosterLine, ...]
    counts: AttendanceCounts
    agenda: tuple[AgendaLine, ...]
    other_speeches: tuple[SpeechLine, ...]
    reviews: tuple[TaskLine, ...]
    new_tasks: tuple[TaskLine, ...]
    conclusion: str
    resolution: str
    draft_resolution: str
    votes: tuple[VoteLine, ...]
    addenda: tuple[AddendumLine, ...]
    minutes_number: str  # "Số 07-BB/CB", or the blank form on drafts
    resolution_number: str
    draft: bool
    issued_on: date  # the dateline of the notice

    def header(self, day: date, number: str | None) -> DocumentHeader:
        issuing = self.cell_name
        if self.kind is MeetingKind.COMMITTEE:
            issuing = f"Chi ủy {self.cell_name[:1].lower()}{self.cell_name[1:]}"
        return DocumentHeader(
            upper_body=self.upper_body,
            issuing_body=issuing,
            place=self.dateline_place,
            day=day,
            number=number,
        )

    @property
    def phrase(self) -> str:
        return meeting_phrase(self.kind, self.held_on)

    @property
    def chair_title_upper(self) -> str:
        """BÍ THƯ / PHÓ BÍ THƯ / CHI ỦY VIÊN: the title under "T/M CHI BỘ"."""
        return {
            ChairRole.SECRETARY: "Bí thư",
            ChairRole.DEPUTY_SECRETARY: "Phó Bí thư",
            ChairRole.COMMITTEE_MEMBER: "Chi ủy viên",
        }[self.chair_role]

    def recipients(self) -> tuple[str, ...]:
        above = self.upper_body
        if above.lower().startswith("đảng bộ "):
            above = "Đảng ủy " + above[len("Đảng bộ ") :]
        members = (
            "Các đồng chí chi ủy viên," if self.kind is MeetingKind.COMMITTEE else "Đảng viên trong chi bộ,"
        )
        return (f"{above} (b/c),", members, "Lưu chi bộ.")


WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def when_text(moment: time | None, day: date) -> str:
    """`19 giờ 30 phút, thứ Năm, ngày 05/03/2026`."""
    weekday = WEEKDAYS[day.weekday()]
    head = f"{spoken_time(moment)}, " if moment else ""
    return f"{head}{weekday}, ngày {format_date(day)}"


def comrades(names: tuple[str, ...] | list[str]) -> str:
    """`đồng chí A, B và C`."""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return f"đồng chí {names[0]}"
    return "các đồng chí " + ", ".join(names[:-1]) + f" và {names[-1]}"


def vote_sentence(vote: VoteLine, counts: AttendanceCounts) -> str:
    denominator = counts.voting_denominator
    tally = vote.tally
    return (
        f"{vote.subject}: tán thành {tally.votes_for}/{denominator} đồng chí "
        f"({percent(tally.votes_for, denominator)}); không tán thành {tally.votes_against} đồng chí; "
        f"không biểu quyết {tally.abstentions} đồng chí."
    )


OUTCOME_WORDS = {
    TaskOutcome.DONE: "đã hoàn thành",
    TaskOutcome.IN_PROGRESS: "đang thực hiện",
    TaskOutcome.NOT_DONE: "chưa thực hiện",
}


def paragraphs_of(text: str) -> list[str]:
    """Lines of a typed text, blank lines dropped: each becomes one paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]
