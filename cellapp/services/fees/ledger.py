"""The fee ledger as the secretary reads it: members × months with what was due and paid, each member's
arrears and "paid up to" month, the three-unpaid-months flag, and totals that reconcile
(standard = exempted or reduced + paid + outstanding).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cellapp.domain.fee_ledger import AccountSummary, LedgerMonth, MonthState, summarise
from cellapp.domain.fees import (
    ExemptionCause,
    FeeCategory,
    FeeProfile,
    FeeRelief,
    category_hint,
)
from cellapp.domain.members import MemberStatus
from cellapp.domain.months import Month, months_of_year
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.fees.book import FeeBook, roll_by_month
from cellapp.services.fees.settings import FeeSettings
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class MemberFeeRow:
    member_uuid: str
    full_name: str
    status: MemberStatus
    profile: FeeProfile | None
    months: tuple[LedgerMonth, ...]
    summary: AccountSummary
    relief: FeeRelief | None
    reference: LedgerMonth | None

    @property
    def category(self) -> FeeCategory:
        return self.profile.category if self.profile else FeeCategory.OTHER

    @property
    def category_assumed(self) -> bool:
        return self.profile is None

    def at(self, month: Month) -> LedgerMonth | None:
        for entry in self.months:
            if entry.month == month:
                return entry
        return None

    @property
    def exempt_now(self) -> bool:
        return self.reference is not None and self.reference.state is MonthState.EXEMPT

    @property
    def exempt_by_seniority(self) -> bool:
        assessment = self.reference.assessment if self.reference else None
        return assessment is not None and assessment.exemption is ExemptionCause.SENIORITY

    @property
    def reduced_now(self) -> bool:
        assessment = self.reference.assessment if self.reference else None
        return assessment is not None and assessment.reduction_percent > 0


@dataclass(frozen=True)
class MonthTotals:
    members: int
    standard: int
    relieved: int
    paid: int
    surplus: int
    outstanding: int

    @property
    def due(self) -> int:
        return self.standard - self.relieved

    @property
    def reconciles(self) -> bool:
        return self.standard == self.relieved + self.paid + self.outstanding


def totals_of(entries: Iterable[LedgerMonth]) -> MonthTotals:
    counted = [e for e in entries if e.state.counts]
    return MonthTotals(
        members=len(counted),
        standard=sum(e.standard for e in counted),
        relieved=sum(e.relieved for e in counted),
        paid=sum(e.paid_against_due for e in counted),
        surplus=sum(e.surplus for e in counted),
        outstanding=sum(e.outstanding for e in counted),
    )


@dataclass(frozen=True)
class FeeLedgerView:
    months: tuple[Month, ...]
    reference: Month
    rows: tuple[MemberFeeRow, ...]
    settings: FeeSettings

    def totals(self, month: Month) -> MonthTotals:
        return totals_of(e for row in self.rows if (e := row.at(month)) is not None)

    def totals_through_reference(self) -> MonthTotals:
        """All months of the view up to the reference month, for every member."""
        return totals_of(e for row in self.rows for e in row.months if e.month <= self.reference)

    @property
    def arrears(self) -> int:
        return sum(row.summary.arrears for row in self.rows)

    def row(self, member_uuid: str) -> MemberFeeRow | None:
        for row in self.rows:
            if row.member_uuid == member_uuid:
                return row
        return None


def build_ledger(
    uow: UnitOfWork,
    *,
    months: Sequence[Month],
    reference: Month,
    member_uuids: Iterable[str] | None = None,
    today: date | None = None,
) -> tuple[FeeLedgerView, FeeBook]:
    """The view and the book it was computed from (the printers also need the payments). The month of
    `today` (the real day by default) has not ended: it is never an unpaid month yet."""
    in_progress = Month.of(today or date.today())
    wanted = list(member_uuids) if member_uuids is not None else None
    with uow:
        book = FeeBook(uow.session, wanted)
    horizon = book.horizon(months, reference)
    roll = roll_by_month(uow, horizon)
    shown = set(months)
    rows = []
    for uuid, member in book.members.items():
        if not any(uuid in roll.get(m, frozenset()) for m in months) and not any(
            m in shown for p in book.payments.get(uuid, []) for m in p.allocations
        ):
            continue
        ledger = book.ledger(uuid, horizon, roll, reference)
        admitted = Month.of(member.admitted_on) if member.admitted_on else None
        summary = summarise(
            ledger,
            reference=reference,
            settled_through=book.settled_through(uuid),
            joined=admitted,
            in_progress=in_progress,
        )
        at_reference = next((e for e in ledger if e.month == reference), None)
        entry = book.relief_entry(uuid, reference)
        rows.append(
            MemberFeeRow(
                member_uuid=uuid,
                full_name=member.full_name,
                status=member.status,
                profile=book.profile(uuid, reference),
                months=tuple(e for e in ledger if e.month in shown),
                summary=summary,
                relief=entry.relief if entry else None,
                reference=at_reference,
            )
        )
    rows.sort(key=lambda r: name_sort_key(r.full_name))
    view = FeeLedgerView(tuple(months), reference, tuple(rows), book.settings)
    return view, book


def fee_ledger(
    uow: UnitOfWork, *, year: int, reference: Month | None = None, member_uuids: Iterable[str] | None = None
) -> FeeLedgerView:
    """The year's grid: every member on the list that year × its twelve months."""
    reference = reference or Month.of(date.today())
    return build_ledger(uow, months=months_of_year(year), reference=reference, member_uuids=member_uuids)[0]


def fee_month(uow: UnitOfWork, *, month: Month, member_uuids: Iterable[str] | None = None) -> FeeLedgerView:
    """One month: who owes what, who paid, arrears and paid-up-to as of that month."""
    return build_ledger(uow, months=[month], reference=month, member_uuids=member_uuids)[0]


def fee_ledger_for(
    uow: UnitOfWork, *, months: Sequence[Month], reference: Month, member_uuids: Iterable[str] | None = None
) -> FeeLedgerView:
    """Any run of months (a quarter, the months of a report) as of a reference month."""
    return build_ledger(uow, months=months, reference=reference, member_uuids=member_uuids)[0]


@dataclass(frozen=True)
class FeeMemberInfo:
    """What the fee screens show about a member beside the fees (occupation helps choose the category)."""

    uuid: str
    full_name: str
    status: MemberStatus
    occupation: str | None
    birth_date: date | None
    admitted_on: date | None
    suggested_category: FeeCategory | None


def fee_members(uow: UnitOfWork, *, member_uuids: Iterable[str] | None = None) -> list[FeeMemberInfo]:
    """Members as the fee screens need them, in Vietnamese name order (former members included)."""
    with uow:
        book = FeeBook(uow.session, list(member_uuids) if member_uuids is not None else None)
    infos = [
        FeeMemberInfo(
            uuid=m.uuid,
            full_name=m.full_name,
            status=m.status,
            occupation=m.occupation,
            birth_date=m.birth_date,
            admitted_on=m.admitted_on,
            suggested_category=category_hint(m.occupation),
        )
        for m in book.members.values()
    ]
    infos.sort(key=lambda info: name_sort_key(info.full_name))
    return infos
