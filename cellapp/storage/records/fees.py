"""Party-fee records (đảng phí): the dated rule tables, and the cell's fee book.

Reference data (rule sets, rates, regional minimum wages, the retirement-age schedule) is owned by the
committee, or by CellApp itself for the built-in rows (`owner_unit` = BUILTIN_OWNER), and is read-only at
the cell; newer tables arrive in the committee's return bundle like any synced record.

The cell owns each member's category and base amount, exemptions and reductions, the opening balance,
payments and remittances. Payments and remittances are append-only events: a correction is a reversal
entry pointing at the original. Links to members are plain UUID columns, not foreign keys, so records
can be imported from a bundle in any order.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.vietnamese import nfc
from cellapp.storage.records.base import Base, SyncedMixin


def _clean(value: str | None) -> str | None:
    """NFC text, or None for nothing but spaces."""
    return (nfc(value) or None) if value else None


# --------------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------------


class FeeRuleSetRecord(SyncedMixin, Base):
    """A fee regulation (342-QĐ/TW, 01-QĐ/TW…) over the days it is in force, and what it allows."""

    __tablename__ = "fee_rule_sets"

    regulation: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    seniority_exempt_years: Mapped[int | None] = mapped_column(Integer)
    max_relief_months: Mapped[int] = mapped_column(Integer)
    reduction_percents: Mapped[list[int]] = mapped_column(JSON, default=list)


class FeeRateRecord(SyncedMixin, Base):
    """One line of a regulation's table: a category and age band, and how its monthly fee is computed."""

    __tablename__ = "fee_rates"

    regulation: Mapped[str] = mapped_column(String(40), index=True)
    category: Mapped[str] = mapped_column(String(30))
    age_band: Mapped[str] = mapped_column(String(30))
    basis: Mapped[str] = mapped_column(String(30))
    rate_bp: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str | None] = mapped_column(String(30))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class MinimumWageRecord(SyncedMixin, Base):
    """The regional monthly minimum wage (lương tối thiểu vùng) of one region over a range of days."""

    __tablename__ = "minimum_wages"

    region: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    decree: Mapped[str] = mapped_column(String(60))


class RetirementAgeRecord(SyncedMixin, Base):
    """From `from_year` on, people of `sex` reach the normal retirement age at `age_months`."""

    __tablename__ = "retirement_ages"

    sex: Mapped[str] = mapped_column(String(10))
    from_year: Mapped[int] = mapped_column(Integer)
    age_months: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200))


# --------------------------------------------------------------------------------------------------
# The cell's fee book
# --------------------------------------------------------------------------------------------------


class FeeProfileRecord(SyncedMixin, Base):
    """A member's fee category and base amount (wage, benefit or pension), from a month on."""

    __tablename__ = "fee_profiles"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    category: Mapped[str] = mapped_column(String(30))
    base_amount: Mapped[int | None] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.note = _clean(self.note)


class FeeReliefRecord(SyncedMixin, Base):
    """An exemption (100 %) or reduction (30/50/70 %) of a member's fee for a run of at most 12 months."""

    __tablename__ = "fee_reliefs"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    percent: Mapped[int] = mapped_column(Integer)
    first_month: Mapped[date] = mapped_column(Date)
    last_month: Mapped[date] = mapped_column(Date)
    regulation: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str | None] = mapped_column(String(200))
    application_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.decision = _clean(self.decision)
        self.note = _clean(self.note)


class FeeOpeningRecord(SyncedMixin, Base):
    """Where a member's fees stood when the cell began its fee book in CellApp: paid through a month."""

    __tablename__ = "fee_openings"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    paid_through: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class FeePaymentRecord(SyncedMixin, Base):
    """A payment of fees by a member, or the reversal of one (`kind` = "reversal", amounts negated).

    `allocations` maps each month paid for (`2026-11`) to the đồng applied to it; their sum is `amount`.
    """

    __tablename__ = "fee_payments"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="payment")
    reverses_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20))
    receipt_number: Mapped[str | None] = mapped_column(String(40))
    allocations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    meeting_uuid: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.receipt_number = _clean(self.receipt_number)
        self.note = _clean(self.note)


class FeeRemittanceRecord(SyncedMixin, Base):
    """Fees remitted to the committee above for a period, with the share the cell kept (or a reversal)."""

    __tablename__ = "fee_remittances"

    kind: Mapped[str] = mapped_column(String(10), default="remittance")
    reverses_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    first_month: Mapped[date] = mapped_column(Date)
    last_month: Mapped[date] = mapped_column(Date)
    collected: Mapped[int] = mapped_column(Integer)
    cell_share_percent: Mapped[int] = mapped_column(Integer)
    cell_share: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    remitted_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    def before_write(self) -> None:
        self.reference = _clean(self.reference)
        self.note = _clean(self.note)
