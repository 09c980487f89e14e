"""Meeting records (sinh hoạt chi bộ, họp chi ủy): the meeting, its agenda, attendance, speeches, tasks
with assignees and evaluations, votes, and addenda to finalised minutes.

All are synced records owned by the cell, each row with its own uuid. Links between them are plain uuid
columns, not foreign keys, like every synced table: a bundle's records may arrive in any order.
A finalised meeting is immutable (the services enforce it); a correction is an addendum row.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.vietnamese import nfc
from cellapp.storage.records.base import Base, SyncedMixin


def _clean(value: str | None) -> str | None:
    """NFC for multi-line text: each line normalised, line breaks kept."""
    if value is None:
        return None
    return "\n".join(nfc(line) for line in value.splitlines()).strip("\n")


class MeetingRecord(SyncedMixin, Base):
    __tablename__ = "meetings"

    kind: Mapped[str] = mapped_column(String(20))
    # The two meetings of a combined sitting (regular then thematic) share this value.
    sitting_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    planned_time: Mapped[time | None] = mapped_column(Time)
    started_at: Mapped[time | None] = mapped_column(Time)
    ended_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str | None] = mapped_column(Text)
    chair_uuid: Mapped[str | None] = mapped_column(String(36))
    chair_role: Mapped[str] = mapped_column(String(30), default="secretary")
    secretary_uuid: Mapped[str | None] = mapped_column(String(36))
    # Guests from the committee above: [{"name": …, "title": …}]
    guests: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # Documents from the committee above to convey: ["Chỉ thị 50-CT/TW …", …]
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    draft_resolution: Mapped[str | None] = mapped_column(Text)
    conclusion: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True, default="planned")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    number_year: Mapped[int | None] = mapped_column(Integer)
    minutes_number: Mapped[int | None] = mapped_column(Integer)
    resolution_number: Mapped[int | None] = mapped_column(Integer)
    # The printed numbers, fixed at finalisation so a later change of pattern never alters them.
    minutes_ref: Mapped[str | None] = mapped_column(String(80))
    resolution_ref: Mapped[str | None] = mapped_column(String(80))

    def before_write(self) -> None:
        self.place = nfc(self.place or "")
        for name in ("topic", "draft_resolution", "conclusion", "resolution"):
            setattr(self, name, _clean(getattr(self, name)))


class MeetingAgendaItemRecord(SyncedMixin, Base):
    __tablename__ = "meeting_agenda_items"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.title = nfc(self.title)
        self.notes = _clean(self.notes)


class MeetingAttendanceRecord(SyncedMixin, Base):
    """One member at one meeting. While the meeting is open only marked members (and a committee's
    roster) have a row; finalising writes a row for everyone listed, with the status, grade and name of
    that day, so the minutes never change afterwards."""

    __tablename__ = "meeting_attendance"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    mark: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(300))
    status_on_day: Mapped[str | None] = mapped_column(String(30))
    grade_on_day: Mapped[str | None] = mapped_column(String(20))  # probationary or full, that day
    name_on_day: Mapped[str | None] = mapped_column(String(120))

    def before_write(self) -> None:
        self.reason = nfc(self.reason) if self.reason else None


class MeetingSpeechRecord(SyncedMixin, Base):
    """Who spoke and a summary of what they said; `reserved` marks an opinion kept in dissent (bảo lưu)."""

    __tablename__ = "meeting_speeches"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    agenda_item_uuid: Mapped[str | None] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer)
    member_uuid: Mapped[str | None] = mapped_column(String(36))
    speaker_name: Mapped[str | None] = mapped_column(String(160))  # a guest, who is not a member here
    summary: Mapped[str] = mapped_column(Text)
    reserved: Mapped[bool] = mapped_column(Boolean, default=False)

    def before_write(self) -> None:
        self.summary = _clean(self.summary) or ""
        self.speaker_name = nfc(self.speaker_name) if self.speaker_name else None


class MeetingTaskRecord(SyncedMixin, Base):
    """A task set at a meeting; it stays open, meeting after meeting, until evaluated as done."""

    __tablename__ = "meeting_tasks"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)

    def before_write(self) -> None:
        self.description = _clean(self.description) or ""


class MeetingTaskAssigneeRecord(SyncedMixin, Base):
    __tablename__ = "meeting_task_assignees"

    task_uuid: Mapped[str] = mapped_column(String(36), index=True)
    member_uuid: Mapped[str] = mapped_column(String(36), index=True)


class MeetingTaskEvaluationRecord(SyncedMixin, Base):
    """How a task stood when a later meeting reviewed it."""

    __tablename__ = "meeting_task_evaluations"

    task_uuid: Mapped[str] = mapped_column(String(36), index=True)
    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.comment = _clean(self.comment)


class MeetingVoteRecord(SyncedMixin, Base):
    __tablename__ = "meeting_votes"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    subject: Mapped[str] = mapped_column(String(300))
    votes_for: Mapped[int] = mapped_column(Integer)
    votes_against: Mapped[int] = mapped_column(Integer)
    abstentions: Mapped[int] = mapped_column(Integer)

    def before_write(self) -> None:
        self.subject = nfc(self.subject)


class MeetingAddendumRecord(SyncedMixin, Base):
    """A correction or addition to finalised minutes (đính chính, bổ sung), linked to the original."""

    __tablename__ = "meeting_addenda"

    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    made_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)

    def before_write(self) -> None:
        self.text = _clean(self.text) or ""


__all__ = [
    "MeetingAddendumRecord",
    "MeetingAgendaItemRecord",
    "MeetingAttendanceRecord",
    "MeetingRecord",
    "MeetingSpeechRecord",
    "MeetingTaskAssigneeRecord",
    "MeetingTaskEvaluationRecord",
    "MeetingTaskRecord",
    "MeetingVoteRecord",
]
