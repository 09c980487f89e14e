"""The member record (đảng viên): personal data owned by the member's current cell.

`status` and the party dates are the projection of the member's lifecycle events (`member_events`),
rewritten by the lifecycle service in the same transaction as each event; for a member entered from the
paper register without events, they are the entry itself.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.collation import name_collation_key
from cellapp.domain.vietnamese import fold, nfc
from cellapp.storage.records.base import Base, SyncedMixin


class MemberRecord(SyncedMixin, Base):
    __tablename__ = "members"

    full_name: Mapped[str] = mapped_column(String(120))
    other_name: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    ethnicity: Mapped[str | None] = mapped_column(String(40), index=True)
    religion: Mapped[str | None] = mapped_column(String(40))
    citizen_id: Mapped[str | None] = mapped_column(String(12), index=True)
    card_number: Mapped[str | None] = mapped_column(String(12), index=True)
    place_of_birth: Mapped[str | None] = mapped_column(String(200))
    home_town: Mapped[str | None] = mapped_column(String(200))
    permanent_residence: Mapped[str | None] = mapped_column(String(200))
    residence: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str | None] = mapped_column(String(200))
    workplace: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(120))
    education: Mapped[str | None] = mapped_column(String(40))
    theory_level: Mapped[str | None] = mapped_column(String(40))
    admitted_on: Mapped[date | None] = mapped_column(Date)
    ceremony_on: Mapped[date | None] = mapped_column(Date)
    official_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded name and identifiers, so search ignores case, diacritics and đ/d (DESIGN §7).
    search_text: Mapped[str] = mapped_column(String(300), default="", index=True)
    # Vietnamese name order as bytes, so the list is ordered by the database (see domain.collation).
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"", index=True)

    def before_write(self) -> None:
        self.full_name = nfc(self.full_name)
        parts = [self.full_name, self.other_name or "", self.card_number or "", self.citizen_id or ""]
        self.search_text = fold(" ".join(p for p in parts if p))
        self.sort_key = name_collation_key(self.full_name)
