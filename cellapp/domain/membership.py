"""The cell's membership on a day (đảng số): how its members are counted in the total, by grade and by
situation. The minutes' "Tổng số đảng viên …", the Overview, the Cells page and the committee's
statistics all take their figures from `count_membership`, so that they agree on the same member.

Two partitions of the same total (docs/party-rules.md §3.5, §5.2), each adding up to it:
- by grade: full (chính thức) + probationary (dự bị). An exempt, attached-elsewhere or suspended member
  keeps the grade the member history gives on that day: a probationary member on temporary exemption
  is still probationary, and still does not vote (Điều lệ: probationary members have every right but
  voting, standing and electing);
- by situation: active in the cell (sinh hoạt tại chi bộ) + exempt from meetings (miễn or tạm miễn
  sinh hoạt) + temporarily attached elsewhere (giới thiệu sinh hoạt tạm thời nơi khác) + suspended
  (đình chỉ sinh hoạt).
Members temporarily attached to this cell (sinh hoạt tạm thời đến) are counted apart, outside the
total (29-QĐ/TW 6.3); members who left are not counted at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cellapp.domain.lifecycle import Grade, Standing
from cellapp.domain.members import MemberStatus

S = MemberStatus
EXEMPT_STATUSES = frozenset({S.EXEMPT, S.TEMPORARILY_EXEMPT})
ACTIVE_STATUSES = frozenset({S.FULL, S.PROBATIONARY})


def grade_of(status: MemberStatus, grade: Grade | None = None) -> Grade:
    """The member's grade: the status says it for an active member; otherwise the history's grade, and a
    full member's when the history does not tell (a member entered from the register long ago)."""
    if status is S.PROBATIONARY:
        return Grade.PROBATIONARY
    if status is S.FULL:
        return Grade.FULL
    return grade or Grade.FULL


def standing_grade(standing: Standing) -> Grade | None:
    """The grade of a standing, None for someone not on the list."""
    return None if standing.status is None else grade_of(standing.status, standing.grade)


@dataclass(frozen=True)
class MembershipCounts:
    total: int  # tổng số đảng viên của chi bộ
    full: int  # chính thức, whatever the situation
    probationary: int  # dự bị, whatever the situation
    active: int  # sinh hoạt tại chi bộ
    exempt: int  # miễn or tạm miễn sinh hoạt
    attached_elsewhere: int  # sinh hoạt tạm thời nơi khác
    suspended: int  # đình chỉ sinh hoạt
    probationary_exempt: int  # of the exempt, those still probationary (tạm miễn sinh hoạt only)
    attached_here: int  # sinh hoạt tạm thời đến: outside the total

    @property
    def adds_up(self) -> bool:
        """Both partitions give the total (always true of counts made here; a check for readers)."""
        by_grade = self.full + self.probationary
        by_situation = self.active + self.exempt + self.attached_elsewhere + self.suspended
        return by_grade == by_situation == self.total

    def as_json(self) -> dict[str, int]:
        return {
            "total": self.total,
            "full": self.full,
            "probationary": self.probationary,
            "active": self.active,
            "exempt": self.exempt,
            "attached_elsewhere": self.attached_elsewhere,
            "suspended": self.suspended,
            "probationary_exempt": self.probationary_exempt,
            "attached_here": self.attached_here,
        }

    @classmethod
    def from_json(cls, data: dict[str, int]) -> MembershipCounts:
        return cls(**{name: int(data.get(name, 0)) for name in EMPTY.as_json()})


def count_membership(standings: Iterable[Standing]) -> MembershipCounts:
    """The counts of these members' standings on one day (people not on the list are ignored)."""
    counts = dict.fromkeys(EMPTY.as_json(), 0)
    for standing in standings:
        status = standing.status
        if status is None or not status.is_current:
            continue
        if status is S.ATTACHED_HERE:
            counts["attached_here"] += 1
            continue
        grade = grade_of(status, standing.grade)
        counts["total"] += 1
        counts["full" if grade is Grade.FULL else "probationary"] += 1
        if status in ACTIVE_STATUSES:
            counts["active"] += 1
        elif status in EXEMPT_STATUSES:
            counts["exempt"] += 1
            counts["probationary_exempt"] += grade is Grade.PROBATIONARY
        elif status is S.ATTACHED_ELSEWHERE:
            counts["attached_elsewhere"] += 1
        else:
            counts["suspended"] += 1
    return MembershipCounts(**counts)


EMPTY = MembershipCounts(0, 0, 0, 0, 0, 0, 0, 0, 0)
