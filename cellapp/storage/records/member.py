"""The member record (đảng viên): personal data owned by the member's current cell."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.vietnamese import fold, nfc
from cellapp.storage.records.base import Base, SyncedMixin


class MemberRecord(SyncedMixin, Base):
    __tablename__ = "members"

    full_name: Mapped[str] = mapped_column(String(120))
    other_name: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    ethnicity: Mapped[str | None] = mapped_column(String(40))
    religion: Mapped[str | None] = mapped_column(String(40))
    citizen_id: Mapped[str | None] = mapped_column(String(12), index=True)
    card_number: Mapped[str | None] = mapped_column(String(12), index=True)
    home_town: Mapped[str | None] = mapped_column(String(200))
    residence: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str | None] = mapped_column(String(200))
    admitted_on: Mapped[date | None] = mapped_column(Date)
    official_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded name and identifiers, so search ignores case, diacritics and đ/d (DESIGN §7).
    search_text: Mapped[str] = mapped_column(String(300), default="", index=True)

    def before_write(self) -> None:
        self.full_name = nfc(self.full_name)
        parts = [self.full_name, self.other_name or "", self.card_number or "", self.citizen_id or ""]
        self.search_text = fold(" ".join(p for p in parts if p))
