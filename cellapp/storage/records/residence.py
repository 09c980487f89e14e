"""Regulation 213 (Quy định 213-QĐ/TW): working party members' contact with the place where they live.

Two directions: a member of this cell introduced to the cell where they live (`residence_introductions`),
and working members of other organisations living here, introduced to this cell
(`resident_members`), each with one residence comment per year (`residence_comments`). All are owned by
this cell and travel to the committee.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.collation import name_collation_key
from cellapp.domain.vietnamese import fold, nfc
from cellapp.storage.records.base import Base, SyncedMixin


class ResidenceIntroductionRecord(SyncedMixin, Base):
    """A member of this cell introduced to the party organisation where they live."""

    __tablename__ = "residence_introductions"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    residence_cell: Mapped[str] = mapped_column(String(200))
    commune: Mapped[str | None] = mapped_column(String(200))
    introduced_on: Mapped[date | None] = mapped_column(Date)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ResidentMemberRecord(SyncedMixin, Base):
    """A working member of another organisation who lives here and keeps contact with this cell."""

    __tablename__ = "resident_members"

    full_name: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    residence: Mapped[str | None] = mapped_column(String(200))
    introduced_on: Mapped[date | None] = mapped_column(Date)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(String(300), default="")
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")

    def before_write(self) -> None:
        self.full_name = nfc(self.full_name)
        self.search_text = fold(f"{self.full_name} {self.organisation}")
        self.sort_key = name_collation_key(self.full_name)


class ResidenceCommentRecord(SyncedMixin, Base):
    """The residence cell's yearly comment on a working member living here (sent to their workplace)."""

    __tablename__ = "residence_comments"
    __table_args__ = (UniqueConstraint("resident_uuid", "year"),)

    resident_uuid: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text)
    cell_opinion: Mapped[str | None] = mapped_column(Text)
    front_opinion: Mapped[str | None] = mapped_column(Text)
    sent_on: Mapped[date | None] = mapped_column(Date)
