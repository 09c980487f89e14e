"""Dated reference data the committee sends its cells (dữ liệu dùng chung): regional minimum wages, lines of
the party-fee table, and names added to the register's lists (reference_values.py says what each holds).

The committee writes them; they travel in its next return files; a cell keeps read-only copies, and its
fee book and register apply the version in force (fees/settings.py, `register_lists`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_rules import BUILTIN_OWNER
from cellapp.domain.l10n import T, Text
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_lists import RegisterList, RegisterLists
from cellapp.domain.reference_values import (
    RateLine,
    check_reference,
    decree_number,
    item_label,
    rate_line_label,
    rate_line_of,
    rate_text,
    read_names,
    region_key,
    value_text,
)
from cellapp.domain.vietnamese import format_date, format_money, nfc
from cellapp.services.sync._directives import require_committee
from cellapp.services.sync._outbox_delivery import Deliveries, Delivery
from cellapp.storage.records import (
    FeeRateRecord,
    FeeRuleSetRecord,
    MinimumWageRecord,
    ReferenceDataRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

EARLIEST = date(2000, 1, 1)
YEARS_AHEAD = 5


@dataclass(frozen=True)
class ReferenceValue:
    uuid: str
    kind: ReferenceKind
    key: str
    valid_from: date
    title: str
    value: Any

    @property
    def item(self) -> Text:
        """What it is about: `Vùng IV`, a fee table line, a list."""
        return item_label(self.kind, self.key, self.value)

    @property
    def text(self) -> Text:
        """The value for a person: `3.700.000 đ`, `0,3% lương tối thiểu vùng`, the names added."""
        return value_text(self.kind, self.key, self.value)


def set_reference_value(
    uow: UnitOfWork,
    *,
    kind: ReferenceKind,
    key: str,
    valid_from: date,
    value: Any,
    title: str = "",
    today: date | None = None,
) -> ReferenceValue:
    """Set the value of `key` from a date on (a new date adds a version; the same date corrects it).

    The value is checked by its kind; the title names the document it comes from (a decree, a
    regulation), which a minimum wage and a fee table line must have."""
    today = today or date.today()
    key, value = check_reference(kind, nfc(key), value)
    title = " ".join(nfc(title).split())
    if not title and kind is not ReferenceKind.ENUMERATION:
        raise ValidationError(
            T(
                "Name the document it comes from, e.g. Nghị định 293/2025/NĐ-CP.",
                "Cần ghi văn bản làm căn cứ, ví dụ Nghị định 293/2025/NĐ-CP.",
            ),
            field="title",
        )
    latest = date(today.year + YEARS_AHEAD, 12, 31)
    if not EARLIEST <= valid_from <= latest:
        raise ValidationError(
            T(
                "The date it applies from must be between {low} and {high}.",
                "Ngày áp dụng phải trong khoảng {low} đến {high}.",
                low=format_date(EARLIEST),
                high=format_date(latest),
            ),
            field="valid_from",
        )
    with uow:
        require_committee(uow)
        if kind is ReferenceKind.FEE_TABLE:
            _check_regulation(uow.session, str(value["regulation"]), valid_from)
        row = uow.session.scalars(
            select(ReferenceDataRecord).where(
                ReferenceDataRecord.kind == kind.value,
                ReferenceDataRecord.key == key,
                ReferenceDataRecord.valid_from == valid_from,
            )
        ).first()
        if row is None:
            row = ReferenceDataRecord(kind=kind.value, key=key, valid_from=valid_from)
            uow.session.add(row)
        row.title, row.value, row.deleted = title, value, False
        uow.commit()
        return _reference(row)


def _check_regulation(session: Session, regulation: str, valid_from: date) -> None:
    rule_sets = session.scalars(
        select(FeeRuleSetRecord).where(
            FeeRuleSetRecord.regulation == regulation, FeeRuleSetRecord.deleted.is_(False)
        )
    ).all()
    if not rule_sets:
        raise ValidationError(
            T(
                "CellApp has no fee regulation {regulation}.",
                "CellApp chưa có quy định đảng phí {regulation}.",
                regulation=regulation,
            ),
            field="regulation",
        )
    if not any(
        r.valid_from <= valid_from and (r.valid_to is None or valid_from <= r.valid_to) for r in rule_sets
    ):
        first = min(rule_sets, key=lambda r: r.valid_from)
        last = max(rule_sets, key=lambda r: r.valid_to or date.max)
        until = (
            T("on", "nay") if last.valid_to is None else T("{day}", "{day}", day=format_date(last.valid_to))
        )
        raise ValidationError(
            T(
                "{regulation} applies from {start} to {end}; {day} is outside it.",
                "Quy định {regulation} áp dụng từ {start} đến {end}; ngày {day} nằm ngoài thời gian đó.",
                regulation=regulation,
                start=format_date(first.valid_from),
                end=until,
                day=format_date(valid_from),
            ),
            field="valid_from",
        )


def list_reference_data(uow: UnitOfWork, *, kind: ReferenceKind | None = None) -> list[ReferenceValue]:
    query = select(ReferenceDataRecord).where(ReferenceDataRecord.deleted.is_(False))
    if kind is not None:
        query = query.where(ReferenceDataRecord.kind == kind.value)
    with uow:
        rows = uow.session.scalars(
            query.order_by(ReferenceDataRecord.kind, ReferenceDataRecord.key, ReferenceDataRecord.valid_from)
        ).all()
        return [_reference(row) for row in rows]


def reference_value_on(uow: UnitOfWork, *, kind: ReferenceKind, key: str, on: date) -> Any:
    """The value in force on a day (the latest version that started on or before it), or None."""
    with uow:
        row = uow.session.scalars(
            select(ReferenceDataRecord)
            .where(
                ReferenceDataRecord.kind == kind.value,
                ReferenceDataRecord.key == key,
                ReferenceDataRecord.valid_from <= on,
                ReferenceDataRecord.deleted.is_(False),
            )
            .order_by(ReferenceDataRecord.valid_from.desc())
        ).first()
        return row.value if row is not None else None


def _reference(row: ReferenceDataRecord) -> ReferenceValue:
    return ReferenceValue(
        uuid=row.uuid,
        kind=ReferenceKind(row.kind),
        key=row.key,
        valid_from=row.valid_from,
        title=row.title,
        value=row.value,
    )


# --------------------------------------------------------------------------------------------------
# What a cell applies
# --------------------------------------------------------------------------------------------------


def read_register_lists(session: Session, *, on: date) -> RegisterLists:
    """The register's lists with the names the committee added, as in force on a day."""
    rows = session.scalars(
        select(ReferenceDataRecord)
        .where(
            ReferenceDataRecord.kind == ReferenceKind.ENUMERATION.value,
            ReferenceDataRecord.deleted.is_(False),
            ReferenceDataRecord.valid_from <= on,
        )
        .order_by(ReferenceDataRecord.valid_from)
    ).all()
    added: dict[RegisterList, tuple[str, ...]] = {}
    for row in rows:  # oldest first: the latest version of each list stays
        listed = read_names(row.key, row.value)
        if listed is not None:
            added[listed[0]] = listed[1]
    return RegisterLists(added)


def register_lists(uow: UnitOfWork, *, on: date | None = None) -> RegisterLists:
    with uow:
        return read_register_lists(uow.session, on=on or date.today())


# --------------------------------------------------------------------------------------------------
# The committee's outbox: what is in force, what comes, and how far each value has travelled
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceRow:
    """One value as the committee sees it: in force today, or coming."""

    kind: ReferenceKind
    key: str
    item: Text
    value: Text
    valid_from: date
    source: str  # the decree or regulation it comes from
    builtin: bool  # shipped with CellApp (every cell has it already)
    upcoming: bool  # starts after today
    uuid: str | None  # the committee's entry
    delivery: Delivery | None  # the committee's entries only
    raw: Any = None  # the stored value (a dialog starts from it)


@dataclass(frozen=True)
class _Candidate:
    slot: tuple[str, str]
    valid_from: date
    valid_to: date | None
    builtin: bool
    row: ReferenceRow


def reference_overview(uow: UnitOfWork, *, today: date | None = None) -> list[ReferenceRow]:
    """Minimum wages, the fee table lines and the list additions in force today or coming, built-in or
    the committee's, each once (a later start wins, then the committee's over CellApp's)."""
    today = today or date.today()
    with uow:
        session = uow.session
        deliveries = Deliveries(session)
        candidates = [*_builtin_wages(session), *_builtin_rates(session, today)]
        for record in session.scalars(
            select(ReferenceDataRecord).where(ReferenceDataRecord.deleted.is_(False))
        ):
            value = _reference(record)
            kind = value.kind
            slot_key = value.key
            if kind is ReferenceKind.FEE_TABLE:
                line = rate_line_of(value.value)
                if line is None:
                    continue
                slot_key = line.key
            candidates.append(
                _Candidate(
                    (kind.value, slot_key),
                    value.valid_from,
                    None,
                    False,
                    ReferenceRow(
                        kind=kind,
                        key=value.key,
                        item=value.item,
                        value=value.text,
                        valid_from=value.valid_from,
                        source=_decree(value.title) if kind is ReferenceKind.MINIMUM_WAGE else value.title,
                        builtin=False,
                        upcoming=value.valid_from > today,
                        uuid=value.uuid,
                        delivery=deliveries.of(record.ver_node, record.ver_ctr),
                        raw=value.value,
                    ),
                )
            )
    return _in_force_and_coming(candidates, today)


def _in_force_and_coming(candidates: list[_Candidate], today: date) -> list[ReferenceRow]:
    slots: dict[tuple[str, str], list[_Candidate]] = {}
    for candidate in candidates:
        slots.setdefault(candidate.slot, []).append(candidate)
    shown: list[ReferenceRow] = []
    for group in slots.values():
        current = [c for c in group if c.valid_from <= today and (c.valid_to is None or today <= c.valid_to)]
        if current:
            shown.append(max(current, key=lambda c: (c.valid_from, not c.builtin)).row)
        shown.extend(c.row for c in group if c.valid_from > today)
    order = {ReferenceKind.MINIMUM_WAGE: 0, ReferenceKind.FEE_TABLE: 1, ReferenceKind.ENUMERATION: 2}
    return sorted(shown, key=lambda r: (order[r.kind], r.key, r.valid_from))


def _builtin_wages(session: Session) -> list[_Candidate]:
    found = []
    for record in session.scalars(select(MinimumWageRecord).where(MinimumWageRecord.deleted.is_(False))):
        key = region_key(record.region)
        found.append(
            _Candidate(
                (ReferenceKind.MINIMUM_WAGE.value, key),
                record.valid_from,
                record.valid_to,
                record.owner_unit == BUILTIN_OWNER,
                ReferenceRow(
                    kind=ReferenceKind.MINIMUM_WAGE,
                    key=key,
                    item=T("Region {r}", "Vùng {r}", r=key),
                    value=T("{amount}", "{amount}", amount=format_money(record.amount)),
                    valid_from=record.valid_from,
                    source=_decree(record.decree),
                    builtin=record.owner_unit == BUILTIN_OWNER,
                    upcoming=False,
                    uuid=None,
                    delivery=None,
                    raw={"amount": record.amount},
                ),
            )
        )
    return found


def _decree(decree: str) -> str:
    number = decree_number(decree)
    return f"Nghị định {number}" if number else ""


def _builtin_rates(session: Session, today: date) -> list[_Candidate]:
    """The lines of the regulations in force today or coming (older regulations only matter for arrears)."""
    regulations = {
        r.regulation
        for r in session.scalars(select(FeeRuleSetRecord).where(FeeRuleSetRecord.deleted.is_(False)))
        if r.valid_to is None or r.valid_to >= today
    }
    found = []
    for record in session.scalars(
        select(FeeRateRecord).where(
            FeeRateRecord.deleted.is_(False), FeeRateRecord.regulation.in_(sorted(regulations))
        )
    ):
        line = rate_line_of(
            {
                "regulation": record.regulation,
                "category": record.category,
                "age_band": record.age_band,
                "basis": record.basis,
                "rate_bp": record.rate_bp,
                "amount": record.amount,
                "area": record.area,
            }
        )
        if line is None or (record.valid_to is not None and record.valid_to < today):
            continue
        found.append(_rate_candidate(line, record, today))
    return found


def _rate_candidate(line: RateLine, record: FeeRateRecord, today: date) -> _Candidate:
    builtin = record.owner_unit == BUILTIN_OWNER
    return _Candidate(
        (ReferenceKind.FEE_TABLE.value, line.key),
        record.valid_from,
        record.valid_to,
        builtin,
        ReferenceRow(
            kind=ReferenceKind.FEE_TABLE,
            key=line.key,
            item=rate_line_label(line),
            value=rate_text(line),
            valid_from=record.valid_from,
            source=record.regulation,
            builtin=builtin,
            upcoming=record.valid_from > today,
            uuid=None,
            delivery=None,
            raw=line.as_json(),
        ),
    )


@dataclass(frozen=True)
class FeeRegulation:
    """A party-fee regulation CellApp knows, for choosing which table a line belongs to."""

    regulation: str
    title: str
    valid_from: date
    valid_to: date | None


def fee_regulations(uow: UnitOfWork) -> list[FeeRegulation]:
    """The fee regulations, the newest first."""
    with uow:
        rows = uow.session.scalars(
            select(FeeRuleSetRecord)
            .where(FeeRuleSetRecord.deleted.is_(False))
            .order_by(FeeRuleSetRecord.valid_from.desc())
        ).all()
        return [FeeRegulation(r.regulation, r.title, r.valid_from, r.valid_to) for r in rows]
