"""The cell's fee book as loaded for one user action: members, their categories, exemptions and reductions,
opening balances and payments, the settings and the rule tables, and the month-by-month ledger built from
them. Internal to the fee services; every public fee view is computed here so that they all agree.

Who owes fees in a month comes from the members service (`member_statuses_on`): a member owes for every
month in which they were on the cell's list for at least a day, except while temporarily attached to
another organisation (they pay there). It is read before the fee transaction starts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.fee_ledger import LedgerMonth, month_state
from cellapp.domain.fees import (
    FeeCategory,
    FeeMember,
    FeeProfile,
    FeeRelief,
    FeeRules,
    MonthAssessment,
    NoRulesError,
    PaymentChannel,
    ReliefReason,
    assess_month,
    profile_for,
    relief_for,
)
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.months import Month
from cellapp.services.fees.settings import FeeSettings, load_fee_rules, read_fee_settings
from cellapp.services.members import member_statuses_on
from cellapp.storage.records import (
    FeeOpeningRecord,
    FeePaymentRecord,
    FeeProfileRecord,
    FeeReliefRecord,
    MemberRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

OWING_STATUSES = frozenset(
    status for status in MemberStatus if status.is_current and status is not MemberStatus.ATTACHED_ELSEWHERE
)

PAYMENT = "payment"
REVERSAL = "reversal"


@dataclass(frozen=True)
class MemberFacts:
    uuid: str
    full_name: str
    sex: Sex
    birth_date: date | None
    admitted_on: date | None
    status: MemberStatus
    occupation: str | None

    @property
    def fee_member(self) -> FeeMember:
        return FeeMember(sex=self.sex, birth_date=self.birth_date, admitted_on=self.admitted_on)


@dataclass(frozen=True)
class PaymentEntry:
    """A payment or a reversal as the ledger reads it; `reversed_by` names the reversal of a payment."""

    uuid: str
    member_uuid: str
    kind: str
    reverses_uuid: str | None
    paid_on: date
    amount: int
    channel: PaymentChannel
    receipt_number: str | None
    allocations: dict[Month, int]
    note: str | None
    meeting_uuid: str | None
    reversed_by: str | None = None

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(sorted(self.allocations))


@dataclass(frozen=True)
class ReliefEntry:
    uuid: str
    member_uuid: str
    relief: FeeRelief
    regulation: str
    decision: str | None
    application_on: date | None
    note: str | None


def roll_by_month(uow: UnitOfWork, months: Iterable[Month]) -> dict[Month, frozenset[str]]:
    """Members who owe fees to this cell in each month. Call it before the unit of work is entered.

    A member owes for a month when on the list at its end or at the end of the month before (that is,
    at its start): so the month of admission and the month of leaving both count. Reading the list at
    month ends only halves the look-ups; it differs from reading the first day only for a change
    dated exactly on the 1st.
    """
    wanted = sorted(set(months))
    statuses: dict[Month, set[str]] = {}
    for month in sorted({m for w in wanted for m in (w.minus(1), w)}):
        on_day = member_statuses_on(uow, month.last_day)
        statuses[month] = {uuid for uuid, status in on_day.items() if status in OWING_STATUSES}
    return {month: frozenset(statuses[month.minus(1)] | statuses[month]) for month in wanted}


def _month_key(key: str) -> Month:
    # Stored allocations are always `YYYY-MM`; parsing them directly is much cheaper than Month.parse.
    return Month(int(key[:4]), int(key[5:7]))


class FeeBook:
    """Everything the fee views need, loaded in one session; computing never touches storage again."""

    def __init__(self, session: Session, member_uuids: Iterable[str] | None = None) -> None:
        wanted = set(member_uuids) if member_uuids is not None else None
        self.settings: FeeSettings = read_fee_settings(session)
        self.rules: FeeRules = load_fee_rules(session)
        self.members: dict[str, MemberFacts] = {}
        query = select(
            MemberRecord.uuid,
            MemberRecord.full_name,
            MemberRecord.sex,
            MemberRecord.birth_date,
            MemberRecord.admitted_on,
            MemberRecord.status,
            MemberRecord.occupation,
        ).where(MemberRecord.deleted.is_(False))
        if wanted is not None:
            query = query.where(MemberRecord.uuid.in_(wanted))
        for row in session.execute(query):
            self.members[row.uuid] = MemberFacts(
                row.uuid,
                row.full_name,
                Sex(row.sex),
                row.birth_date,
                row.admitted_on,
                MemberStatus(row.status),
                row.occupation,
            )
        uuids = list(self.members)
        self.profiles: dict[str, list[FeeProfile]] = defaultdict(list)
        self.profile_notes: dict[tuple[str, Month], str | None] = {}
        for profile in session.execute(
            select(
                FeeProfileRecord.member_uuid,
                FeeProfileRecord.category,
                FeeProfileRecord.base_amount,
                FeeProfileRecord.valid_from,
                FeeProfileRecord.note,
            ).where(FeeProfileRecord.deleted.is_(False), FeeProfileRecord.member_uuid.in_(uuids))
        ):
            start = Month.of(profile.valid_from)
            self.profiles[profile.member_uuid].append(
                FeeProfile(FeeCategory(profile.category), profile.base_amount, start)
            )
            self.profile_notes[(profile.member_uuid, start)] = profile.note
        self.reliefs: dict[str, list[ReliefEntry]] = defaultdict(list)
        for relief in session.scalars(
            select(FeeReliefRecord).where(
                FeeReliefRecord.deleted.is_(False), FeeReliefRecord.member_uuid.in_(uuids)
            )
        ):
            self.reliefs[relief.member_uuid].append(
                ReliefEntry(
                    uuid=relief.uuid,
                    member_uuid=relief.member_uuid,
                    relief=FeeRelief(
                        ReliefReason(relief.reason),
                        relief.percent,
                        Month.of(relief.first_month),
                        Month.of(relief.last_month),
                    ),
                    regulation=relief.regulation,
                    decision=relief.decision,
                    application_on=relief.application_on,
                    note=relief.note,
                )
            )
        for entries in self.reliefs.values():
            entries.sort(key=lambda e: e.relief.first)
        self.openings: dict[str, Month] = {}
        for opening in session.scalars(
            select(FeeOpeningRecord)
            .where(FeeOpeningRecord.deleted.is_(False), FeeOpeningRecord.member_uuid.in_(uuids))
            .order_by(FeeOpeningRecord.updated_at, FeeOpeningRecord.ver_ctr)
        ):
            self.openings[opening.member_uuid] = Month.of(opening.paid_through)
        self.payments: dict[str, list[PaymentEntry]] = defaultdict(list)
        self._paid: dict[str, dict[Month, int]] = defaultdict(lambda: defaultdict(int))
        # Plain rows, not ORM objects: a cell's fee book holds thousands of payments after a few years.
        records = session.execute(
            select(
                FeePaymentRecord.uuid,
                FeePaymentRecord.member_uuid,
                FeePaymentRecord.kind,
                FeePaymentRecord.reverses_uuid,
                FeePaymentRecord.paid_on,
                FeePaymentRecord.amount,
                FeePaymentRecord.channel,
                FeePaymentRecord.receipt_number,
                FeePaymentRecord.allocations,
                FeePaymentRecord.note,
                FeePaymentRecord.meeting_uuid,
            )
            .where(FeePaymentRecord.deleted.is_(False), FeePaymentRecord.member_uuid.in_(uuids))
            .order_by(FeePaymentRecord.paid_on, FeePaymentRecord.created_at, FeePaymentRecord.ver_ctr)
        ).all()
        reversed_by = {r.reverses_uuid: r.uuid for r in records if r.kind == REVERSAL and r.reverses_uuid}
        for record in records:
            allocations = {_month_key(key): int(value) for key, value in (record.allocations or {}).items()}
            self.payments[record.member_uuid].append(
                PaymentEntry(
                    uuid=record.uuid,
                    member_uuid=record.member_uuid,
                    kind=record.kind,
                    reverses_uuid=record.reverses_uuid,
                    paid_on=record.paid_on,
                    amount=record.amount,
                    channel=PaymentChannel(record.channel),
                    receipt_number=record.receipt_number,
                    allocations=allocations,
                    note=record.note,
                    meeting_uuid=record.meeting_uuid,
                    reversed_by=reversed_by.get(record.uuid),
                )
            )
            for month, value in allocations.items():
                self._paid[record.member_uuid][month] += value

    def add_allocations(self, member_uuid: str, allocation: dict[Month, int]) -> None:
        """Count a payment being recorded in the same transaction (a batch sees its own earlier lines)."""
        for month, value in allocation.items():
            self._paid[member_uuid][month] += value

    # -- per member -----------------------------------------------------------------------------------

    def settled_through(self, member_uuid: str) -> Month:
        return self.openings.get(member_uuid, self.settings.settled_through)

    def paid(self, member_uuid: str, month: Month) -> int:
        return self._paid[member_uuid].get(month, 0)

    def last_paid_month(self, member_uuid: str) -> Month | None:
        months = [m for m, value in self._paid[member_uuid].items() if value > 0]
        return max(months) if months else None

    def profile(self, member_uuid: str, month: Month) -> FeeProfile | None:
        return profile_for(self.profiles.get(member_uuid, []), month)

    def relief_entry(self, member_uuid: str, month: Month) -> ReliefEntry | None:
        relief = relief_for([e.relief for e in self.reliefs.get(member_uuid, [])], month)
        if relief is None:
            return None
        return next(e for e in self.reliefs[member_uuid] if e.relief is relief)

    def assess_strict(self, member_uuid: str, month: Month) -> MonthAssessment:
        """The member's fee for the month; raises NoRulesError when no rule table covers it."""
        member = self.members[member_uuid]
        entry = self.relief_entry(member_uuid, month)
        return assess_month(
            self.rules.in_force(month),
            member.fee_member,
            self.profile(member_uuid, month),
            entry.relief if entry else None,
            self.settings.cell,
        )

    def assess(self, member_uuid: str, month: Month) -> MonthAssessment | None:
        """The member's fee for the month, or None when no rule table covers it."""
        try:
            return self.assess_strict(member_uuid, month)
        except NoRulesError:
            return None

    def ledger(
        self, member_uuid: str, months: Sequence[Month], roll: dict[Month, frozenset[str]], reference: Month
    ) -> list[LedgerMonth]:
        settled = self.settled_through(member_uuid)
        result = []
        for month in months:
            on_roll = member_uuid in roll.get(month, frozenset())
            counted = on_roll and month > settled
            assessment = self.assess(member_uuid, month) if counted else None
            paid = self.paid(member_uuid, month)
            state = month_state(
                month, assessment, paid, on_roll=on_roll, settled_through=settled, reference=reference
            )
            result.append(LedgerMonth(month, state, assessment, paid))
        return result

    def horizon(self, months: Sequence[Month], reference: Month) -> list[Month]:
        """Every month a summary needs: from the earliest opening to the latest payment or `reference`."""
        starts = [self.settled_through(uuid).plus(1) for uuid in self.members]
        first = min([*starts, *months, reference])
        paid_months = [m for paid in self._paid.values() for m, value in paid.items() if value]
        last = max([*months, reference, *paid_months])
        count = first.months_until(last) + 1
        return [first.plus(i) for i in range(count)]
