"""Attendance at a meeting and who votes (docs/party-rules.md §3.4–3.5): the counts of the minutes and the voting
denominator, computed from each member's standing on the meeting date (status and grade, from the member
history) and the mark the secretary gave.

Nothing here is ever typed by a person: the minutes' "Tổng số đảng viên…, có mặt…, vắng…" lines and the
"tán thành …/…" of a vote come from these functions; the membership part of the counts is
`membership.count_membership`, the same as every other figure of the cell's total.

The rules, from the Charter and 24-QĐ/TW point 9.3.2 (kept by 294-QĐ/TW):
- The cell's total counts current members, not those only temporarily attached here (SHT đến). Each is
  full or probationary by grade, whatever their situation (an exempt or suspended member keeps their grade).
- Summoned: full and probationary members in activity. Exempt members (miễn / tạm miễn sinh hoạt),
  members temporarily attached elsewhere and suspended members are not summoned; they are shown apart.
- A suspended member takes no part in party activity: they cannot be marked present, and a mark given
  anyway never counts them present.
- Only full members vote (Điều lệ: a probationary member has every right but voting, standing and
  electing), so a probationary member on temporary exemption who attends does not vote either; members
  temporarily attached here do not vote here.
- The denominator of a vote is every summoned full member, less those absent for the whole session
  with an approved reason; a full member exempt from meetings who attends is counted (and votes);
  members attached elsewhere and suspended members never are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import Grade, Standing
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import EXEMPT_STATUSES, count_membership, grade_of


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


def is_here(status: MemberStatus, mark: AttendanceMark | None) -> bool:
    """Whether the mark counts the member present (a suspended member never is)."""
    return mark is not None and mark.is_present and status is not MemberStatus.SUSPENDED


def may_vote(status: MemberStatus, mark: AttendanceMark | None, grade: Grade | None = None) -> bool:
    """Whether this member, present with this mark, casts a vote that counts (full members only)."""
    if not is_here(status, mark) or grade_of(status, grade) is not Grade.FULL:
        return False
    return status is MemberStatus.FULL or status in EXEMPT_STATUSES


def in_denominator(status: MemberStatus, mark: AttendanceMark | None, grade: Grade | None = None) -> bool:
    """Whether this member counts in the denominator of a vote (24-QĐ/TW 9.3.2): full members only."""
    if grade_of(status, grade) is not Grade.FULL:
        return False
    if status is MemberStatus.FULL:
        return mark is not AttendanceMark.ABSENT_EXCUSED
    if status in EXEMPT_STATUSES:
        return is_here(status, mark)
    return False


def expected_and_present(status: MemberStatus, mark: AttendanceMark | None) -> tuple[bool, bool]:
    """Whether one line counts in a meeting's "expected" and in its "present" (the "có mặt …/…" of the
    minutes): members of the cell's total only; summoned members are expected, and members listed apart
    count when they come. The same rule as `count_attendance`, for counting lines grouped in the store."""
    group = roster_group(status)
    if group in (RosterGroup.NOT_LISTED, RosterGroup.ATTACHED_HERE):
        return False, False
    here = is_here(status, mark)
    return group is RosterGroup.SUMMONED or here, here


def check_mark(status: MemberStatus, mark: AttendanceMark | None, name: str) -> None:
    """Refuse a mark that cannot be given: a suspended member is not present at party meetings."""
    if status is MemberStatus.SUSPENDED and mark is not None and mark.is_present:
        raise ValidationError(
            T(
                "{name} is suspended from party activity on the meeting day and cannot be marked present; "
                "leave the mark empty.",
                "Đồng chí {name} đang bị đình chỉ sinh hoạt đảng vào ngày họp nên không thể ghi có mặt; hãy "
                "để trống phần điểm danh.",
                name=name,
            ),
            field="attendance",
        )


SUMMONED_STATUSES = frozenset(s for s in MemberStatus if roster_group(s) is RosterGroup.SUMMONED)


@dataclass(frozen=True)
class AttendanceLine:
    """One member at one meeting: the status and grade on the meeting date and the mark given (None: not
    marked)."""

    member_uuid: str
    status: MemberStatus
    mark: AttendanceMark | None = None
    grade: Grade | None = None  # from the member history; None: the status's own (full if it does not say)


@dataclass(frozen=True)
class AttendanceCounts:
    """The attendance figures of the minutes (docs/party-rules.md §3.5) and the vote's denominator (§3.4)."""

    total: int  # the cell's membership total (tổng số đảng viên của chi bộ)
    full: int  # of which full members (chính thức), whatever their situation
    probationary: int  # of which probationary (dự bị), whatever their situation
    attached_here: int  # temporarily attached here (sinh hoạt tạm thời), outside the total
    exempt: int  # exempt from meetings, permanently or for a while (miễn / tạm miễn sinh hoạt)
    attached_elsewhere: int  # introduced to another organisation for a while
    suspended: int  # suspended from party activity (đình chỉ sinh hoạt)
    probationary_exempt: int  # of the exempt, those still probationary (they attend but never vote)
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
    lines = [line for line in lines if roster_group(line.status) is not RosterGroup.NOT_LISTED]
    membership = count_membership(Standing(line.status, line.grade) for line in lines)
    expected = present = present_full = present_probationary = online = late = present_here = 0
    excused: list[str] = []
    unexcused: list[str] = []
    unmarked: list[str] = []
    denominator = voters = 0
    for line in lines:
        group = roster_group(line.status)
        mark = line.mark
        here = is_here(line.status, mark)
        denominator += in_denominator(line.status, mark, line.grade)
        voters += may_vote(line.status, mark, line.grade)
        if group is RosterGroup.ATTACHED_HERE:
            present_here += here
            continue
        if group is RosterGroup.SUMMONED or here:
            expected += 1
        if here:
            present += 1
            if grade_of(line.status, line.grade) is Grade.PROBATIONARY:
                present_probationary += 1
            else:
                present_full += 1
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
        total=membership.total,
        full=membership.full,
        probationary=membership.probationary,
        attached_here=membership.attached_here,
        exempt=membership.exempt,
        attached_elsewhere=membership.attached_elsewhere,
        suspended=membership.suspended,
        probationary_exempt=membership.probationary_exempt,
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
                "full members exempt from meetings who came); probationary members (exempt or not) and "
                "members attached here do not vote. Correct the votes or the attendance.",
                "Đã nhập {cast} phiếu nhưng chỉ có {voters} đảng viên có mặt được biểu quyết (đảng viên "
                "chính thức, kể cả đảng viên chính thức miễn sinh hoạt có dự); đảng viên dự bị (kể cả khi "
                "tạm miễn sinh hoạt) và đảng viên sinh hoạt tạm thời không biểu quyết. Hãy sửa số phiếu "
                "hoặc phần điểm danh.",
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
