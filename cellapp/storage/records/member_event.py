"""Member lifecycle events (quá trình sinh hoạt đảng): append-only, owned by the unit that wrote them.

A row is never changed after it is written; a wrong event is cancelled by a `reversal` row pointing at it
(`reverses_uuid`). Kind-specific columns are empty where they do not apply (see domain.lifecycle).
No foreign key to `members`: events and members travel in separate bundle files and may arrive in
either order.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.storage.records.base import Base, SyncedMixin


class MemberEventRecord(SyncedMixin, Base):
    __tablename__ = "member_events"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    effective_on: Mapped[date] = mapped_column(Date)
    # Order of recording for one member: breaks ties between events of the same day.
    sequence: Mapped[int] = mapped_column(Integer)
    decision_ref: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
    ends_on: Mapped[date | None] = mapped_column(Date)
    organisation: Mapped[str | None] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(30))
    admitted_on: Mapped[date | None] = mapped_column(Date)
    ceremony_on: Mapped[date | None] = mapped_column(Date)
    official_on: Mapped[date | None] = mapped_column(Date)
    discipline: Mapped[str | None] = mapped_column(String(20))
    badge_years: Mapped[int | None] = mapped_column(Integer)
    award: Mapped[str | None] = mapped_column(String(200))
    reverses_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    # The cell's vote behind an admission or a recognition (Điều lệ Điều 4, Điều 5): the day of the cell
    # meeting, that meeting when it is recorded here, the votes for and against, and the full members
    # counted (the two thirds are of them).
    vote_on: Mapped[date | None] = mapped_column(Date)
    vote_meeting_uuid: Mapped[str | None] = mapped_column(String(36))
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    vote_denominator: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
