"""The fields of a member's record in the register (docs/party-rules.md §5.1) and the rules each one must keep.

`check_member_fields` takes what a person typed or a spreadsheet row held, already parsed into Python
values, and returns it cleaned (NFC, single spaces, IDs as digit strings with their leading zeros) or
raises `ValidationError` naming the field, saying what is wrong and what the rule is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.reference_lists import BUILTIN_LISTS, RegisterList, RegisterLists, match_ethnicity
from cellapp.domain.seniority import add_years
from cellapp.domain.vietnamese import format_date, nfc

ID_DIGITS = 12
MIN_ADMISSION_AGE = 18
OLDEST_AGE = 120

FIELD_LABELS: dict[str, Text] = {
    "full_name": T("Full name", "Họ và tên"),
    "other_name": T("Other name", "Tên gọi khác"),
    "sex": T("Sex", "Giới tính"),
    "birth_date": T("Date of birth", "Ngày sinh"),
    "ethnicity": T("Ethnicity", "Dân tộc"),
    "religion": T("Religion", "Tôn giáo"),
    "citizen_id": T("Citizen ID", "Số CCCD"),
    "card_number": T("Party card number", "Số thẻ đảng viên"),
    "place_of_birth": T("Place of birth", "Nơi sinh"),
    "home_town": T("Home town", "Quê quán"),
    "permanent_residence": T("Permanent residence", "Nơi thường trú"),
    "residence": T("Current residence", "Nơi ở hiện nay"),
    "occupation": T("Occupation", "Nghề nghiệp"),
    "workplace": T("Workplace", "Nơi làm việc"),
    "position": T("Position", "Chức vụ"),
    "phone": T("Phone", "Điện thoại"),
    "education": T("Education", "Trình độ giáo dục phổ thông"),
    "theory_level": T("Political theory", "Lý luận chính trị"),
    "admitted_on": T("Date admitted", "Ngày vào Đảng"),
    "ceremony_on": T("Admission ceremony", "Ngày lễ kết nạp"),
    "official_on": T("Full member since", "Ngày chính thức"),
    "notes": T("Notes", "Ghi chú"),
    "status": T("Status", "Trạng thái"),
}

_TEXT_LIMITS = {
    "full_name": 120,
    "other_name": 120,
    "place_of_birth": 200,
    "home_town": 200,
    "permanent_residence": 200,
    "residence": 200,
    "occupation": 200,
    "workplace": 200,
    "position": 120,
    "education": 40,
}

# Letters of any script, spaces, and the few marks minority names carry ("H'Hen Niê", "Y-Moan").
_NAME_PATTERN = re.compile(r"[^\W\d_]+(?:[ '’\-.][^\W\d_]+)*\.?")


@dataclass(frozen=True)
class MemberFields:
    """One member's register data as entered; `status` is the status on entry into the register."""

    full_name: str
    sex: Sex
    birth_date: date | None = None
    other_name: str | None = None
    ethnicity: str | None = None
    religion: str | None = None
    citizen_id: str | None = None
    card_number: str | None = None
    place_of_birth: str | None = None
    home_town: str | None = None
    permanent_residence: str | None = None
    residence: str | None = None
    occupation: str | None = None
    workplace: str | None = None
    position: str | None = None
    phone: str | None = None
    education: str | None = None
    theory_level: str | None = None
    admitted_on: date | None = None
    ceremony_on: date | None = None
    official_on: date | None = None
    notes: str | None = None
    status: MemberStatus = MemberStatus.FULL


_FIELD_NAMES = tuple(f.name for f in fields(MemberFields))
# Kept as given: enumerations, dates, and identifiers that have their own cleaning.
_RAW_FIELDS = frozenset(
    {
        "sex",
        "status",
        "citizen_id",
        "card_number",
        "phone",
        "birth_date",
        "admitted_on",
        "ceremony_on",
        "official_on",
    }
)


def label(field: str) -> str:
    return FIELD_LABELS[field].render()


def parse_sex(text: str) -> Sex | None:
    key = nfc(text).casefold()
    if key in ("nam", "male", "m", "trai"):
        return Sex.MALE
    if key in ("nữ", "nu", "female", "f", "gái"):
        return Sex.FEMALE
    return None


def parse_status(text: str) -> MemberStatus | None:
    """A status from its code, its Vietnamese label or its English label, ignoring case."""
    key = nfc(text).casefold()
    for status in MemberStatus:
        if key in (status.value, status.label.vi.casefold(), status.label.en.casefold()):
            return status
    short = {"dự bị": MemberStatus.PROBATIONARY, "chính thức": MemberStatus.FULL}
    return short.get(key)


def clean_identifier(value: str | None, field: str) -> str | None:
    """A 12-digit citizen ID or party card number, spaces and dots removed, leading zeros kept."""
    if value is None:
        return None
    digits = re.sub(r"[\s.\-]", "", nfc(value))
    if not digits:
        return None
    if not re.fullmatch(r"[0-9]+", digits, re.ASCII) or len(digits) != ID_DIGITS:
        raise ValidationError(
            T(
                "{field} must have exactly 12 digits (leading zeros included); '{value}' has {count}.",
                "{field} phải gồm đúng 12 chữ số (kể cả các số 0 ở đầu); '{value}' có {count} ký tự.",
                field=FIELD_LABELS[field],
                value=value,
                count=len(digits),
            ),
            field=field,
        )
    return digits


def clean_phone(value: str | None) -> str | None:
    """A Vietnamese phone number as 0 followed by 9 or 10 digits (+84 becomes 0)."""
    if value is None:
        return None
    compact = re.sub(r"[\s.\-()]", "", nfc(value))
    if not compact:
        return None
    if compact.startswith("+84"):
        compact = "0" + compact[3:]
    elif compact.startswith("84") and len(compact) == 11:
        compact = "0" + compact[2:]
    if not re.fullmatch(r"0[0-9]{9,10}", compact, re.ASCII):
        raise ValidationError(
            T(
                "'{value}' is not a phone number: write 10 digits starting with 0, e.g. 0912 345 678.",
                "'{value}' không phải số điện thoại: hãy ghi 10 chữ số bắt đầu bằng 0, ví dụ 0912 345 678.",
                value=value,
            ),
            field="phone",
        )
    return compact


def _text(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    cleaned = nfc(value)
    limit = _TEXT_LIMITS.get(field)
    if limit and len(cleaned) > limit:
        raise ValidationError(
            T(
                "{field} is too long ({count} characters; at most {limit}).",
                "{field} quá dài ({count} ký tự; tối đa {limit}).",
                field=FIELD_LABELS[field],
                count=len(cleaned),
                limit=limit,
            ),
            field=field,
        )
    return cleaned or None


def check_past(day: date | None, field: str, today: date) -> None:
    if day is not None and day > today:
        raise ValidationError(
            T(
                "{field} {day} is in the future; the register records what has happened.",
                "{field} {day} là ngày trong tương lai; sổ chỉ ghi những việc đã xảy ra.",
                field=FIELD_LABELS[field],
                day=format_date(day),
            ),
            field=field,
        )


def _check_name(name: str) -> None:
    if not name:
        raise ValidationError(T("The full name is required.", "Cần nhập họ và tên."), field="full_name")
    if not _NAME_PATTERN.fullmatch(name):
        raise ValidationError(
            T(
                "'{name}' is not a name: use letters and spaces only, as on the citizen ID card.",
                "'{name}' không phải họ tên: chỉ dùng chữ cái và dấu cách, như trên căn cước công dân.",
                name=name,
            ),
            field="full_name",
        )


def _check_reference(fields_: MemberFields, lists: RegisterLists) -> MemberFields:
    ethnicity = fields_.ethnicity
    if ethnicity is not None:
        ethnicity = match_ethnicity(ethnicity)
        if ethnicity is None:
            raise ValidationError(
                T(
                    "'{value}' is not one of the 54 ethnic groups of Vietnam; write its official name, "
                    "e.g. Mông, Dao, Tày, Kinh.",
                    "'{value}' không thuộc danh mục 54 dân tộc Việt Nam; hãy ghi tên chính thức, "
                    "ví dụ Mông, Dao, Tày, Kinh.",
                    value=fields_.ethnicity,
                ),
                field="ethnicity",
            )
    religion = fields_.religion
    if religion is not None:
        religion = lists.match(RegisterList.RELIGIONS, religion)
        if religion is None:
            raise ValidationError(
                T(
                    "'{value}' is not a religion recognised in Vietnam; write 'Không' or its official "
                    "name, e.g. Phật giáo, Công giáo, Tin Lành.",
                    "'{value}' không thuộc danh mục tôn giáo được công nhận; hãy ghi 'Không' hoặc tên "
                    "chính thức, ví dụ Phật giáo, Công giáo, Tin Lành.",
                    value=fields_.religion,
                ),
                field="religion",
            )
    theory = fields_.theory_level
    if theory is not None:
        theory = lists.match(RegisterList.THEORY_LEVELS, theory)
        if theory is None:
            names = lists.names(RegisterList.THEORY_LEVELS)
            raise ValidationError(
                T(
                    "'{value}' is not a political theory level: {names_en}.",
                    "'{value}' không phải trình độ lý luận chính trị: {names_vi}.",
                    value=fields_.theory_level,
                    names_en=", ".join(names[:-1]) + " or " + names[-1],
                    names_vi=", ".join(names[:-1]) + " hoặc " + names[-1],
                ),
                field="theory_level",
            )
    return replace(fields_, ethnicity=ethnicity, religion=religion, theory_level=theory)


def check_party_dates(
    *,
    birth_date: date | None,
    admitted_on: date | None,
    ceremony_on: date | None,
    official_on: date | None,
    today: date,
) -> None:
    """Dates of party life that are impossible together: in the future, before birth, out of order."""
    for day, field in (
        (admitted_on, "admitted_on"),
        (ceremony_on, "ceremony_on"),
        (official_on, "official_on"),
    ):
        check_past(day, field, today)
    if (
        birth_date is not None
        and admitted_on is not None
        and admitted_on < add_years(birth_date, MIN_ADMISSION_AGE)
    ):
        raise ValidationError(
            T(
                "On {day} the member was not yet 18; the Party admits people aged 18 or older. "
                "Check the date of birth and the date admitted.",
                "Ngày {day} người này chưa đủ 18 tuổi; Đảng chỉ kết nạp người từ đủ 18 tuổi. "
                "Hãy kiểm tra ngày sinh và ngày vào Đảng.",
                day=format_date(admitted_on),
            ),
            field="admitted_on",
        )
    if admitted_on is not None and ceremony_on is not None and ceremony_on < admitted_on:
        raise ValidationError(
            T(
                "The admission ceremony ({ceremony}) cannot be before the admission decision ({admitted}).",
                "Ngày lễ kết nạp ({ceremony}) không thể trước ngày có quyết định kết nạp ({admitted}).",
                ceremony=format_date(ceremony_on),
                admitted=format_date(admitted_on),
            ),
            field="ceremony_on",
        )
    if official_on is not None and admitted_on is not None and official_on < admitted_on:
        raise ValidationError(
            T(
                "The date recognised as a full member cannot be before the date admitted ({official} is "
                "before {admitted}).",
                "Ngày chính thức không thể trước ngày vào Đảng ({official} trước {admitted}).",
                official=format_date(official_on),
                admitted=format_date(admitted_on),
            ),
            field="official_on",
        )
    if official_on is not None and ceremony_on is not None and official_on < ceremony_on:
        raise ValidationError(
            T(
                "The date recognised as a full member cannot be before the admission ceremony ({official} "
                "is before {ceremony}).",
                "Ngày chính thức không thể trước ngày lễ kết nạp ({official} trước {ceremony}).",
                official=format_date(official_on),
                ceremony=format_date(ceremony_on),
            ),
            field="official_on",
        )


def check_member_fields(
    member: MemberFields, *, today: date, lists: RegisterLists = BUILTIN_LISTS
) -> MemberFields:
    """The member's fields cleaned and checked; raises ValidationError at the first broken rule.

    `lists` are the register's lists with the names the committee added (built-in ones alone by default).
    """
    cleaned: dict[str, object] = {}
    for name in _FIELD_NAMES:
        value = getattr(member, name)
        if name in _RAW_FIELDS:
            pass
        elif name == "notes":
            value = nfc(value) or None if value is not None else None
        elif value is not None:
            value = _text(value, name)
        cleaned[name] = value
    _check_name(str(cleaned["full_name"] or ""))
    cleaned["citizen_id"] = clean_identifier(member.citizen_id, "citizen_id")
    cleaned["card_number"] = clean_identifier(member.card_number, "card_number")
    cleaned["phone"] = clean_phone(member.phone)
    result = _check_reference(MemberFields(**cleaned), lists)  # type: ignore[arg-type]
    if result.birth_date is not None:
        check_past(result.birth_date, "birth_date", today)
        if result.birth_date < add_years(today, -OLDEST_AGE):
            raise ValidationError(
                T(
                    "The date of birth {day} would make the member older than 120; check the year.",
                    "Ngày sinh {day} làm đảng viên hơn 120 tuổi; hãy kiểm tra năm sinh.",
                    day=format_date(result.birth_date),
                ),
                field="birth_date",
            )
    check_party_dates(
        birth_date=result.birth_date,
        admitted_on=result.admitted_on,
        ceremony_on=result.ceremony_on,
        official_on=result.official_on,
        today=today,
    )
    if result.status is MemberStatus.PROBATIONARY and result.official_on is not None:
        raise ValidationError(
            T(
                "A probationary member has no date recognised as a full member yet; leave it empty or "
                "record the recognition.",
                "Đảng viên dự bị chưa có ngày chính thức; hãy để trống hoặc ghi việc công nhận chính thức.",
            ),
            field="official_on",
        )
    if result.status is MemberStatus.PROBATIONARY and result.card_number is not None:
        raise ValidationError(
            T(
                "Party cards are issued only to full members; a probationary member has no card number.",
                "Thẻ đảng viên chỉ cấp cho đảng viên chính thức; đảng viên dự bị chưa có số thẻ.",
            ),
            field="card_number",
        )
    return result
