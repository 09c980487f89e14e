"""Attendance at a meeting and who votes (domain.md §3.4–3.5): the counts of the minutes and the voting
denominator, computed from each member's status on the meeting date and the mark the secretary gave.

Nothing here is ever typed by a person: the minutes' "Tổng số đảng viên…, có mặt…, vắng…" lines and the
"tán thành …/…" of a vote come from these functions.

The rules, from the Charter and 24-QĐ/TW point 9.3.2:
- The cell's total counts current members, not those only temporarily attached here (SHT đến).
- Summoned: full and probationary members. Exempt members (miễn / tạm miễn sinh hoạt), members
  temporarily attached elsewhere and suspended members are not summoned; they are shown apart.
- Only full members vote; probationary members and members temporarily attached here do not.
- The denominator of a vote is every summoned full member, less those absent for the whole session
  with an approved reason; an exempt member who attends is counted (and votes); members attached
  elsewhere and suspended members never are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.members import MemberStatus


class AttendanceMark(StrEnum):
    PRESENT = "present"  # Có mặt
    ONLINE = "online"  # Dự trực tuyến
    LATE = "late"  # Đến muộn
    ABSENT_EXCUSED = "absent_excused"  # Vắng có lý do
    ABSENT_UNEXCUSED = "absent_unexcused"  # Vắng không có lý do

    @property
    def is_present(self) -> bool:
        return self in (AttendanceMark.PRESENT, AttendanceMark.ONLINE, AttendanceMark.LATE)

    @property
    def label(self) -> Text:
        return _MARK_LABELS[self]


_MARK_LABELS = {
    AttendanceMark.PRESENT: T("Present", "Có mặt"),
    AttendanceMark.ONLINE: T("Present online", "Dự trực tuyến"),
    AttendanceMark.LATE: T("Late", "Đến muộn"),
    AttendanceMark.ABSENT_EXCUSED: T("Absent with reason", "Vắng có lý do"),
    AttendanceMark.ABSENT_UNEXCUSED: T("Absent without reason", "Vắng không lý do"),
}


class RosterGroup(StrEnum):
    """Where a member stands on the attendance list of one meeting."""

    SUMMONED = "summoned"  # full and probationary members: expected to attend
    APART = "apart"  # exempt, temporarily elsewhere, suspended: listed apart, not expected
    ATTACHED_HERE = "attached_here"  # temporarily attached to this cell: attends, outside the total
    NOT_LISTED = "not_listed"  # no longer a member of the cell on that day


def roster_group(status: MemberStatus) -> RosterGroup:
    if status in (MemberStatus.FULL, MemberStatus.PROBATIONARY):
        return RosterGroup.SUMMONED
    if status is MemberStatus.ATTACHED_HERE:
        return RosterGroup.ATTACHED_HERE
    if status.is_current:
        return RosterGroup.APART
    return RosterGroup.NOT_LISTED


_EXEMPT = frozenset({MemberStatus.EXEMPT, MemberStatus.TEMPORARILY_EXEMPT})


def may_vote(status: MemberStatus, mark: AttendanceMark | None) -> bool:
    """Whether this member, present with this mark, casts a vote that counts (full members only)."""
    if mark is None or not mark.is_present:
        return False
    return status is MemberStatus.FULL or status in _EXEMPT


def in_denominator(status: MemberStatus, mark: AttendanceMark | None) -> bool:
    """Whether this member counts in the denominator of a vote (24-QĐ/TW 9.3.2)."""
    if status is MemberStatus.FULL:
        return mark is not AttendanceMark.ABSENT_EXCUSED
    if status in _EXEMPT:
        return mark is not None and mark.is_present
    return False


def expected_and_present(status: MemberStatus, mark: AttendanceMark | None) -> tuple[bool, bool]:
    """Whether one line counts in a meeting's "expected" and in its "present" (the "có mặt …/…" of the
    minutes): members of the cell's total only; summoned members are expected, and members listed apart
    count when they come. The same rule as `count_attendance`, for counting lines grouped in the store."""
    group = roster_group(status)
    if group in (RosterGroup.NOT_LISTED, RosterGroup.ATTACHED_HERE):
        return False, False
    here = mark is not None and mark.is_present
    return group is RosterGroup.SUMMONED or here, here


SUMMONED_STATUSES = frozenset(s for s in MemberStatus if roster_group(s) is RosterGroup.SUMMONED)


@dataclass(frozen=True)
class AttendanceLine:
    """One member at one meeting: the status on the meeting date and the mark given (None: not marked)."""

    member_uuid: str
    status: MemberStatus
    mark: AttendanceMark | None = None


@dataclass(frozen=True)
class AttendanceCounts:
    """The attendance figures of the minutes (domain.md §3.5) and the vote's denominator (§3.4)."""

    total: int  # the cell's membership total (tổng số đảng viên của chi bộ)
    full: int  # of which full members (chính thức)
    probationary: int  # of which probationary (dự bị)
    attached_here: int  # temporarily attached here (sinh hoạt tạm thời), outside the total
    exempt: int  # exempt from meetings, permanently or for a while (miễn / tạm miễn sinh hoạt)
    attached_elsewhere: int  # introduced to another organisation for a while
    suspended: int  # suspended from party activity (đình chỉ sinh hoạt)
    expected: int  # members of the total expected at this meeting (the "/…" of "có mặt …/…")
    present: int  # members of the total present, online or late
    present_full: int
    present_probationary: int
    present_online: int
    present_late: int
    present_attached_here: int
    absent_excused: tuple[str, ...]  # member uuids
    absent_unexcused: tuple[str, ...]
    unmarked: tuple[str, ...]  # summoned members without a mark yet
    voting_denominator: int
    voters_present: int

    @property
    def absent(self) -> int:
        return len(self.absent_excused) + len(self.absent_unexcused)

    @property
    def attendance_rate(self) -> float | None:
        """Present over expected, or None when nobody was expected."""
        return self.present / self.expected if self.expected else None


def count_attendance(lines: Iterable[AttendanceLine]) -> AttendanceCounts:
    """All the counts of one meeting from its attendance lines; members no longer listed are ignored."""
    total = full = probationary = attached_here = exempt = elsewhere = suspended = 0
    expected = present = present_full = present_probationary = online = late = present_here = 0
    excused: list[str] = []
    unexcused: list[str] = []
    unmarked: list[str] = []
    denominator = voters = 0
    for line in lines:
        group = roster_group(line.status)
        if group is RosterGroup.NOT_LISTED:
            continue
        mark = line.mark
        here = mark is not None and mark.is_present
        if in_denominator(line.status, mark):
            denominator += 1
        if may_vote(line.status, mark):
            voters += 1
        if group is RosterGroup.ATTACHED_HERE:
            attached_here += 1
            present_here += here
            continue
        total += 1
        is_probationary = line.status is MemberStatus.PROBATIONARY
        probationary += is_probationary
        # The status alone does not tell whether an exempt, absent or suspended member is full or
        # probationary; such members are almost always full members, and are counted as such.
        full += not is_probationary
        exempt += line.status in _EXEMPT
        elsewhere += line.status is MemberStatus.ATTACHED_ELSEWHERE
        suspended += line.status is MemberStatus.SUSPENDED
        if group is RosterGroup.SUMMONED or here:
            expected += 1
        if here:
            present += 1
            present_probationary += is_probationary
            present_full += not is_probationary
            online += mark is AttendanceMark.ONLINE
            late += mark is AttendanceMark.LATE
        elif group is RosterGroup.SUMMONED:
            if mark is AttendanceMark.ABSENT_EXCUSED:
                excused.append(line.member_uuid)
            elif mark is AttendanceMark.ABSENT_UNEXCUSED:
                unexcused.append(line.member_uuid)
            else:
                unmarked.append(line.member_uuid)
    return AttendanceCounts(
        total=total,
        full=full,
        probationary=probationary,
        attached_here=attached_here,
        exempt=exempt,
        attached_elsewhere=elsewhere,
        suspended=suspended,
        expected=expected,
        present=present,
        present_full=present_full,
        present_probationary=present_probationary,
        present_online=online,
        present_late=late,
        present_attached_here=present_here,
        absent_excused=tuple(excused),
        absent_unexcused=tuple(unexcused),
        unmarked=tuple(unmarked),
        voting_denominator=denominator,
        voters_present=voters,
    )


@dataclass(frozen=True)
class VoteTally:
    """A show of hands: for (tán thành), against (không tán thành), abstaining (không biểu quyết)."""

    votes_for: int
    votes_against: int
    abstentions: int

    @property
    def cast(self) -> int:
        return self.votes_for + self.votes_against + self.abstentions


def check_vote(tally: VoteTally, counts: AttendanceCounts) -> None:
    """Refuse a tally that cannot have happened at this meeting."""
    if min(tally.votes_for, tally.votes_against, tally.abstentions) < 0:
        raise ValidationError(
            T("Vote counts cannot be negative.", "Số phiếu biểu quyết không được âm."), field="votes"
        )
    if tally.cast > counts.voters_present:
        raise ValidationError(
            T(
                "{cast} votes were entered but only {voters} members present may vote (full members, and "
                "exempt members who came); probationary members and members attached here do not vote. "
                "Correct the votes or the attendance.",
                "Đã nhập {cast} phiếu nhưng chỉ có {voters} đảng viên có mặt được biểu quyết (đảng viên "
                "chính thức, kể cả đảng viên miễn sinh hoạt có dự); đảng viên dự bị và đảng viên sinh hoạt "
                "tạm thời không biểu quyết. Hãy sửa số phiếu hoặc phần điểm danh.",
                cast=tally.cast,
                voters=counts.voters_present,
            ),
            field="votes",
        )


def is_adopted(tally: VoteTally, counts: AttendanceCounts) -> bool:
    """More than half of the denominator voted for (Điều lệ Điều 10 k5)."""
    return counts.voting_denominator > 0 and tally.votes_for * 2 > counts.voting_denominator


def percent(part: int, whole: int) -> str:
    """`86,7%`: one decimal with a Vietnamese decimal comma, as written in minutes."""
    if whole <= 0:
        return "0%"
    value = round(part * 100 / whole, 1)
    shown = f"{value:.1f}".replace(".", ",")
    return f"{shown.removesuffix(',0')}%"
