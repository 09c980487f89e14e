"""Building a small cell and its meetings through the services, for meeting tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from cellapp.domain.attendance import AttendanceMark, VoteTally
from cellapp.domain.meetings import MeetingKind
from cellapp.domain.members import MemberStatus, Sex
from cellapp.services.meetings._meetings import prepare_meeting
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._types import (
    AttendanceInput,
    ConclusionInput,
    MeetingDetail,
    MeetingEdit,
    Preparation,
)
from cellapp.services.members._register import NewMember, add_members, list_members
from cellapp.services.workspace import Workspace

# Who is in the test cell, and their status.
CELL = {
    "Giàng Seo Phử": MemberStatus.FULL,  # the secretary: chairs
    "Sùng Thị Mỷ": MemberStatus.FULL,  # takes the minutes
    "Lù Văn Pao": MemberStatus.FULL,
    "Vàng A Dính": MemberStatus.FULL,
    "Hoàng Thị Ánh": MemberStatus.PROBATIONARY,
    "Đặng Văn Đức": MemberStatus.EXEMPT,
    "Lò Văn Minh": MemberStatus.ATTACHED_ELSEWHERE,
    "Triệu Thị Hoa": MemberStatus.ATTACHED_HERE,
}


UNANIMOUS = VoteTally(4, 0, 0)


@dataclass(frozen=True)
class SmallCell:
    workspace: Workspace
    ids: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.ids[name]

    def preparation(self, day: date, **changes: object) -> Preparation:
        values: dict[str, object] = {
            "held_on": day,
            "place": "Nhà văn hóa thôn",
            "planned_time": time(19, 30),
            "chair_uuid": self["Giàng Seo Phử"],
            "secretary_uuid": self["Sùng Thị Mỷ"],
            "draft_resolution": "Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng.",
        }
        values.update(changes)
        return Preparation(**values)  # type: ignore[arg-type]

    def everyone_present(self, detail: MeetingDetail) -> tuple[AttendanceInput, ...]:
        return tuple(
            AttendanceInput(e.member_uuid, AttendanceMark.PRESENT)
            for e in detail.roster
            if e.group.value in ("summoned", "attached_here")
        )


def make_cell(workspace: Workspace) -> SmallCell:
    add_members(
        workspace.uow(),
        [
            NewMember(full_name=name, sex=Sex.MALE, status=status, admitted_on=date(2000, 1, 1))
            for name, status in CELL.items()
        ],
    )
    ids = {m.full_name: m.uuid for m in list_members(workspace.uow(read_only=True))}
    return SmallCell(workspace, ids)


def held_meeting(
    cell: SmallCell,
    day: date,
    *,
    kind: MeetingKind = MeetingKind.REGULAR,
    edit: MeetingEdit | None = None,
    votes: VoteTally | None = UNANIMOUS,
    **preparation: object,
) -> MeetingDetail:
    """A meeting prepared, with everyone present, the conclusion and a vote recorded (not finalised)."""
    detail = prepare_meeting(
        cell.workspace.uow(), kind=kind, preparation=cell.preparation(day, **preparation)
    )
    detail = save_meeting(
        cell.workspace.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=cell.everyone_present(detail),
            conclusion=ConclusionInput(
                started_at=time(19, 30),
                ended_at=time(21, 15),
                conclusion="Chủ trì kết luận.",
                resolution="Nghị quyết tháng.",
                vote=votes,
            ),
        ),
    )
    if edit is not None:
        detail = save_meeting(cell.workspace.uow(), detail.uuid, edit)
    return detail
