"""Importing members from a spreadsheet (`.xlsx` or `.csv`), all or nothing.

Columns are found by their headers in any order: the Vietnamese names used in party registers
(`Họ và tên`, `Ngày sinh`, `Số CCCD`…), their English aliases (`full_name`, `birth_date`…) and common
variants, ignoring case, diacritics and punctuation. Dates are Excel date cells or dd/mm/yyyy text.
Identifiers keep their leading zeros (a number cell that lost them is padded back to 12 digits).

Every row is checked as if entered by hand, and against the register and the other rows for duplicate
IDs; each bad row is reported with its spreadsheet row number and the reason. Nothing is written unless
every row is valid. A member's status comes from a `Trạng thái` column when there is one, else from the
dates: an official date makes a full member, an admission date without one a probationary member.

Where each member's party fees stood in the paper book comes from a `Đã đóng đảng phí đến tháng` column
(`11/2026`, or a date cell), or else from the month the caller gives for every row; without either, the
cell's fee book start applies. It is written as the member's fee opening in the same transaction, so no
month before it is ever reported unpaid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.members import MemberStatus
from cellapp.domain.months import Month
from cellapp.domain.reference_lists import BUILTIN_LISTS, RegisterLists
from cellapp.domain.register_fields import (
    FIELD_LABELS,
    ID_DIGITS,
    MemberFields,
    check_member_fields,
    parse_sex,
    parse_status,
)
from cellapp.domain.vietnamese import InvalidDateError, fold, parse_date
from cellapp.services.adapters.spreadsheet_rows import CellValue, read_rows
from cellapp.services.members._register import (
    DuplicateMemberError,
    identifier_owners,
    identity_keys,
    new_record,
    shown_value,
)
from cellapp.services.sync import register_lists
from cellapp.storage.records import FeeOpeningRecord
from cellapp.storage.unit_of_work import UnitOfWork

_DATE_FIELDS = frozenset({"birth_date", "admitted_on", "ceremony_on", "official_on"})
FEES_PAID_THROUGH = "fees_paid_through"  # not a register field: the member's fee opening
_FEE_HEADERS = (
    "Đã đóng đảng phí đến tháng",
    "Đóng đảng phí đến tháng",
    "Đảng phí đã đóng đến tháng",
    "Đảng phí đến tháng",
    "Fees paid through",
    "Fees paid up to",
    FEES_PAID_THROUGH,
)
_IGNORED = frozenset({"stt", "tt", "so tt", "tuoi dang", "seniority", "no"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("Họ và tên", "Họ tên", "Họ và tên đảng viên", "name"),
    "other_name": ("Tên gọi khác", "Tên khác"),
    "sex": ("Giới tính", "Nam/Nữ", "gender"),
    "birth_date": ("Ngày sinh", "Ngày tháng năm sinh", "date_of_birth", "dob"),
    "ethnicity": ("Dân tộc",),
    "religion": ("Tôn giáo",),
    "citizen_id": ("Số CCCD", "CCCD", "Số căn cước", "Số căn cước công dân", "Số định danh", "Số CMND/CCCD"),
    "card_number": ("Số thẻ đảng viên", "Số thẻ đảng", "Số thẻ", "Số thẻ ĐV", "card_no"),
    "place_of_birth": ("Nơi sinh",),
    "home_town": ("Quê quán",),
    "permanent_residence": ("Nơi thường trú", "Thường trú", "Hộ khẩu thường trú"),
    "residence": ("Nơi ở hiện nay", "Nơi ở", "Chỗ ở hiện nay", "Địa chỉ"),
    "occupation": ("Nghề nghiệp",),
    "workplace": ("Nơi làm việc", "Đơn vị công tác", "Cơ quan công tác"),
    "position": ("Chức vụ",),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT", "ĐT"),
    "education": ("Trình độ giáo dục phổ thông", "Trình độ học vấn", "Văn hóa", "Học vấn"),
    "theory_level": ("Lý luận chính trị", "LLCT", "Trình độ lý luận chính trị"),
    "admitted_on": ("Ngày vào Đảng", "Ngày kết nạp", "Ngày vào Đảng dự bị"),
    "ceremony_on": ("Ngày lễ kết nạp", "Ngày tổ chức lễ kết nạp"),
    "official_on": ("Ngày chính thức", "Ngày vào Đảng chính thức", "Ngày công nhận chính thức"),
    "notes": ("Ghi chú",),
    "status": ("Trạng thái", "Tình trạng"),
}


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text.replace("_", " "))).split())


_HEADER_INDEX: dict[str, str] = {}
for _field, _names in _ALIASES.items():
    for _name in (*_names, _field, FIELD_LABELS[_field].en, FIELD_LABELS[_field].vi):
        _HEADER_INDEX[_header_key(_name)] = _field
for _name in _FEE_HEADERS:
    _HEADER_INDEX[_header_key(_name)] = FEES_PAID_THROUGH


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str | None
    message: Text

    def render(self) -> str:
        return T("Row {row}: {message}", "Dòng {row}: {message}", row=self.row, message=self.message).render()


@dataclass(frozen=True)
class ImportedRow:
    row: int
    member: MemberFields
    fees_paid_through: Month | None = None


@dataclass(frozen=True)
class ImportReport:
    path: Path
    rows: tuple[ImportedRow, ...]
    problems: tuple[RowProblem, ...]
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    dry_run: bool
    imported: int

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def row_count(self) -> int:
        return len(self.rows) + len({p.row for p in self.problems})


def _is_header(cells: tuple[CellValue, ...]) -> bool:
    return any(isinstance(c, str) and _HEADER_INDEX.get(_header_key(c)) == "full_name" for c in cells)


def _as_text(value: CellValue) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return value.strftime("%d/%m/%Y")
    text = str(value).strip()
    return text or None


def _as_identifier(value: CellValue) -> str | None:
    # A number cell has lost the identifier's leading zeros; 12 digits is the only possible length.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        return digits.zfill(ID_DIGITS) if len(digits) <= ID_DIGITS else digits
    return _as_text(value)


def _as_phone(value: CellValue) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "0" + str(int(value))  # a number cell drops the leading 0 of every Vietnamese phone number
    return _as_text(value)


def _as_date(value: CellValue, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except InvalidDateError as error:
        raise ValidationError(
            T(
                "{field}: {reason}",
                "{field}: {reason}",
                field=FIELD_LABELS[field],
                reason=T(error.reason_en, error.reason_vi),
            ),
            field=field,
        ) from None


def _row_member(cells: dict[str, CellValue]) -> MemberFields:
    values: dict[str, object] = {}
    for field, raw in cells.items():
        if field in _DATE_FIELDS:
            values[field] = _as_date(raw, field)
        elif field in ("citizen_id", "card_number"):
            values[field] = _as_identifier(raw)
        elif field == "phone":
            values[field] = _as_phone(raw)
        else:
            values[field] = _as_text(raw)
    name = values.pop("full_name", None)
    sex_text = values.pop("sex", None)
    sex = parse_sex(str(sex_text)) if sex_text else None
    if sex is None:
        raise ValidationError(
            T(
                "{field}: write 'Nam' or 'Nữ' (got '{value}').",
                "{field}: hãy ghi 'Nam' hoặc 'Nữ' (đang là '{value}').",
                field=FIELD_LABELS["sex"],
                value=sex_text or "",
            ),
            field="sex",
        )
    status_text = values.pop("status", None)
    if status_text:
        status = parse_status(str(status_text))
        if status is None:
            raise ValidationError(
                T(
                    "{field}: '{value}' is not a member status, e.g. 'Đảng viên chính thức'.",
                    "{field}: '{value}' không phải trạng thái đảng viên, ví dụ 'Đảng viên chính thức'.",
                    field=FIELD_LABELS["status"],
                    value=status_text,
                ),
                field="status",
            )
    elif values.get("official_on") is None and values.get("admitted_on") is not None:
        status = MemberStatus.PROBATIONARY
    else:
        status = MemberStatus.FULL
    return MemberFields(full_name=str(name or ""), sex=sex, status=status, **values)  # type: ignore[arg-type]


def _as_month(value: CellValue) -> Month | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (datetime, date)):
        return Month.of(value if isinstance(value, date) else value.date())
    try:
        return Month.parse(_as_text(value) or "")
    except ValidationError as error:
        raise ValidationError(
            T(
                "Fees paid through: {reason}",
                "Đã đóng đảng phí đến tháng: {reason}",
                reason=error.message,
            ),
            field=FEES_PAID_THROUGH,
        ) from None


def _fees_month(raw: CellValue, default: Month | None, today: date) -> Month | None:
    month = _as_month(raw) or default
    if month is not None and month > Month.of(today).plus(12):
        raise ValidationError(
            T(
                "Fees paid through {month}: fees are paid at most 12 months ahead.",
                "Đã đóng đảng phí đến tháng {month}: chỉ đóng trước tối đa 12 tháng.",
                month=month.label,
            ),
            field=FEES_PAID_THROUGH,
        )
    return month


def read_member_file(
    path: Path,
    *,
    today: date,
    lists: RegisterLists = BUILTIN_LISTS,
    fees_paid_through: Month | None = None,
) -> tuple[tuple[ImportedRow, ...], list[RowProblem], tuple[str, ...], tuple[str, ...]]:
    sheet = read_rows(path, _is_header)
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, title in enumerate(sheet.header):
        field = _HEADER_INDEX.get(_header_key(title))
        if field is not None and field not in columns.values():
            columns[index] = field
        elif title and _header_key(title) not in _IGNORED:
            ignored.append(title)
    rows: list[ImportedRow] = []
    problems: list[RowProblem] = []
    for number, cells in sheet.rows:
        values = {field: cells[index] if index < len(cells) else None for index, field in columns.items()}
        raw_fees = values.pop(FEES_PAID_THROUGH, None)
        try:
            member = check_member_fields(_row_member(values), today=today, lists=lists)
            paid_through = _fees_month(raw_fees, fees_paid_through, today)
        except ValidationError as error:
            problems.append(RowProblem(number, error.field, error.message))
            continue
        rows.append(ImportedRow(number, member, paid_through))
    return tuple(rows), problems, tuple(columns.values()), tuple(ignored)


def import_members(
    uow: UnitOfWork,
    path: Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    fees_paid_through: Month | None = None,
) -> ImportReport:
    """Check every row, then add them all in one transaction (unless `dry_run` or any row is bad).
    `fees_paid_through` is the month up to which members paid in the paper book, for rows that do not
    say it themselves."""
    today = today or date.today()
    lists = register_lists(uow, on=today)
    rows, problems, columns, ignored = read_member_file(
        path, today=today, lists=lists, fees_paid_through=fees_paid_through
    )
    if not rows and not problems:
        problems.append(
            RowProblem(
                0,
                None,
                T("The file has no member rows under its header.", "Tệp không có dòng đảng viên nào."),
            )
        )
    with uow:
        problems.extend(_duplicates(uow, rows))
        imported = 0
        if not problems and not dry_run:
            records = [new_record(row.member) for row in rows]
            uow.session.add_all(records)
            uow.session.flush()
            uow.session.add_all(
                FeeOpeningRecord(member_uuid=record.uuid, paid_through=row.fees_paid_through.first_day)
                for record, row in zip(records, rows, strict=True)
                if row.fees_paid_through is not None
            )
            uow.commit()
            imported = len(rows)
    problems.sort(key=lambda p: p.row)
    return ImportReport(path, rows, tuple(problems), columns, ignored, dry_run, imported)


def _duplicates(uow: UnitOfWork, rows: tuple[ImportedRow, ...]) -> list[RowProblem]:
    """Rows whose citizen ID or card number is already in the register, or on an earlier row."""
    owners = identifier_owners(uow)
    problems: list[RowProblem] = []
    earlier: dict[tuple[str, str], int] = {}
    for row in rows:
        for key in identity_keys(row.member):
            field, value = key[0], shown_value(key)
            owner = owners.get(key)
            if owner is not None:
                problems.append(
                    RowProblem(row.row, field, DuplicateMemberError(field, value, *owner).message)
                )
            elif key in earlier:
                problems.append(
                    RowProblem(
                        row.row,
                        field,
                        T(
                            "{field} {value} is also on row {other}; the same member cannot be entered twice.",
                            "{field} {value} trùng với dòng {other}; không nhập một đảng viên hai lần.",
                            field=FIELD_LABELS[field],
                            value=value if field != "full_name" else f"{row.member.full_name} ({value})",
                            other=earlier[key],
                        ),
                    )
                )
            else:
                earlier[key] = row.row
    return problems


__all__ = ["ImportReport", "ImportedRow", "RowProblem", "import_members"]
