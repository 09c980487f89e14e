"""The demo cell's party-fee history, recorded through the fee services as a secretary would.

Categories follow each member's occupation (farmers and village workers "other", teachers and commune
civil servants insured, pensioners on their pension); most members pay in cash at the monthly meeting,
some civil servants on the national portal, a few pay a quarter ahead; a few are behind, one has three
months unpaid this year, one elderly member has a social-pension exemption and one a hardship reduction;
members with 50 years of seniority are exempt by the rules themselves. Each finished quarter is remitted.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import date

from cellapp.demo.context import DemoContext
from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_ledger import MonthState
from cellapp.domain.fees import FeeArea, FeeCategory, PaymentChannel, ReliefReason
from cellapp.domain.months import Month, Period
from cellapp.services.fees import (
    FeeMemberInfo,
    NewPayment,
    add_fee_relief,
    fee_ledger_for,
    fee_members,
    record_payments,
    record_remittance,
    save_fee_settings,
    set_fee_profile,
)

# Typical monthly social-insurance wages (hệ số × lương cơ sở 2.340.000 đ) and pensions in the commune.
_WAGES = (4_914_000, 5_639_400, 6_154_200, 7_020_000, 8_073_000, 9_360_000)
_PENSIONS = (3_450_000, 4_120_000, 5_280_000, 6_730_000)


def add_fee_history(context: DemoContext) -> None:
    workspace, rng, today = context.workspace, context.rng, context.today
    current = Month.of(today)
    start = current.minus(max(context.months, 1) - 1)
    save_fee_settings(
        workspace.uow(), wage_region=4, area=FeeArea.MOUNTAIN, cell_share_percent=30, ledger_start=start
    )
    members = fee_members(workspace.uow(read_only=True))
    categories: dict[str, FeeCategory] = {}
    for member in members:
        if not member.status.is_current:
            continue
        category = member.suggested_category or FeeCategory.OTHER
        categories[member.uuid] = category
        base = None
        if category is FeeCategory.INSURED:
            base = rng.choice(_WAGES)
        elif category is FeeCategory.PENSIONER:
            base = rng.choice(_PENSIONS)
        set_fee_profile(
            workspace.uow(), member_uuid=member.uuid, category=category, base_amount=base, valid_from=start
        )
    if context.months <= 0:
        return
    _add_reliefs(context, members, categories, current)
    # Up to the end of the current quarter, because some members pay a quarter ahead.
    months = list(Period(start, Month(current.year, 3 * current.quarter)).months)
    view = fee_ledger_for(workspace.uow(read_only=True), months=months, reference=current)
    meeting_day = {m: _meeting_day(rng, m) for m in months}
    habits = _habits(rng, [row.member_uuid for row in view.rows], categories)
    payments: list[NewPayment] = []
    for row in view.rows:
        habit = habits[row.member_uuid]
        owing = (MonthState.UNPAID, MonthState.PARTIAL) + (
            (MonthState.UPCOMING,) if habit == "quarterly" else ()
        )
        owed = [e.month for e in row.months if e.state in owing]
        for group in _groups(habit, owed, current):
            paid_on = _pay_day(group, habit, meeting_day, today)
            if paid_on is None:
                continue
            channel = PaymentChannel.PORTAL if habit == "portal" else PaymentChannel.CASH
            payments.append(
                NewPayment(
                    member_uuid=row.member_uuid,
                    first_month=group[0],
                    last_month=group[-1],
                    paid_on=paid_on,
                    channel=channel,
                )
            )
    # Cash receipts are numbered in the order the money came in, as in the receipt book.
    payments.sort(key=lambda p: (p.paid_on, p.member_uuid))
    numbered = 0
    for index, payment in enumerate(payments):
        if payment.channel is PaymentChannel.CASH:
            numbered += 1
            payments[index] = replace(payment, receipt_number=f"BL-{numbered:04d}")
    record_payments(workspace.uow(), payments, today=today)
    _add_remittances(context, start, current)


def _meeting_day(rng: random.Random, month: Month) -> date:
    return month.first_day.replace(day=rng.randint(5, 10))


def _habits(rng: random.Random, uuids: list[str], categories: dict[str, FeeCategory]) -> dict[str, str]:
    """How each member pays: monthly at the meeting, on the portal, a quarter ahead, late, or not lately."""
    habits = {}
    insured = [u for u in uuids if categories.get(u) is FeeCategory.INSURED]
    for uuid in uuids:
        # Civil servants often pay on the national portal; at least one does in every demo.
        if uuid in insured and (uuid == insured[0] or rng.random() < 0.5):
            habits[uuid] = "portal"
        else:
            habits[uuid] = "monthly"
    farmers = [u for u in uuids if habits[u] == "monthly" and categories.get(u) is FeeCategory.OTHER]
    rng.shuffle(farmers)
    for uuid in farmers[:1]:
        habits[uuid] = "stopped"
    ordinary = [u for u in uuids if habits[u] == "monthly"]
    rng.shuffle(ordinary)
    for uuid in ordinary[:3]:
        habits[uuid] = "quarterly"
    for uuid in ordinary[3:6]:
        habits[uuid] = "late"
    return habits


def _groups(habit: str, owed: list[Month], current: Month) -> list[list[Month]]:
    if habit == "quarterly":
        quarters: dict[tuple[int, int], list[Month]] = {}
        for month in owed:
            quarters.setdefault((month.year, month.quarter), []).append(month)
        return list(quarters.values())
    if habit == "late":
        # Pays every two or three months for the months behind, and is one or two months behind now.
        kept = [m for m in owed if m.months_until(current) >= 2]
        return [kept[i : i + 3] for i in range(0, len(kept), 3)]
    if habit == "stopped":
        # Stopped paying four months ago: three or more unpaid months this year.
        return [[m] for m in owed if m.months_until(current) >= 4]
    return [[m] for m in owed]


def _pay_day(group: list[Month], habit: str, meeting_day: dict[Month, date], today: date) -> date | None:
    day: date | None = meeting_day.get(group[0])
    if habit == "late":
        day = meeting_day.get(group[-1].plus(1)) or group[-1].plus(1).first_day.replace(day=8)
    return day if day is not None and day <= today else None


def _add_reliefs(
    context: DemoContext, members: list[FeeMemberInfo], categories: dict[str, FeeCategory], current: Month
) -> None:
    workspace, today = context.workspace, context.today
    elderly = sorted(
        (
            m
            for m in members
            if m.uuid in categories and m.birth_date and categories[m.uuid] is FeeCategory.OTHER
        ),
        key=lambda m: m.birth_date or today,
    )
    first = max(current.minus(4), Month(2026, 2))
    if not elderly or first > current:
        return
    oldest = elderly[0]
    if oldest.birth_date is not None and today.year - oldest.birth_date.year >= 75:
        _try(
            lambda: add_fee_relief(
                workspace.uow(),
                member_uuid=oldest.uuid,
                reason=ReliefReason.SOCIAL_PENSION,
                percent=100,
                first_month=first,
                last_month=first.plus(11),
                decision="Nghị quyết chi bộ tháng " + first.label,
            )
        )
    if len(elderly) > 1:
        second = elderly[1]
        _try(
            lambda: add_fee_relief(
                workspace.uow(),
                member_uuid=second.uuid,
                reason=ReliefReason.HARDSHIP,
                percent=50,
                first_month=first,
                last_month=first.plus(5),
                decision="Nghị quyết chi bộ tháng " + first.label,
                note="Nhà bị sạt lở do mưa lũ",
            )
        )


def _try(action: Callable[[], object]) -> None:
    # A demo dated before 01-QĐ/TW has no reductions to give; the history simply has none.
    with suppress(ValidationError):
        action()


def _add_remittances(context: DemoContext, start: Month, current: Month) -> None:
    month = start
    while month <= current:
        if month.month % 3 == 1 or month == start:
            quarter_last = Month(month.year, 3 * month.quarter)
            remit_month = quarter_last.plus(1)
            remitted_on = remit_month.first_day.replace(day=12)
            if remit_month <= current and remitted_on <= context.today:
                record_remittance(
                    context.workspace.uow(),
                    period=Period(month, quarter_last),
                    remitted_on=remitted_on,
                    reference=f"Phiếu nộp đảng phí quý {quarter_last.quarter}/{quarter_last.year}",
                    today=context.today,
                )
            month = quarter_last.plus(1)
        else:
            month = month.plus(1)
