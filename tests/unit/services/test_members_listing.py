"""Listing and searching members through the service, on a real workspace."""

from __future__ import annotations

import unicodedata

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.members import MemberStatus, Sex
from cellapp.services.members._register import NewMember, add_members, list_members
from cellapp.services.workspace import Workspace

NAMES = [
    "Nguyễn Văn An",
    "Giàng Seo Phử",
    "Sùng Thị Mỷ",
    "Lù Văn Pao",
    "Đặng Văn Đức",
    "Hoàng Thị Ánh",
    "Vàng A Dính",
]


@pytest.fixture
def register(cell_workspace: Workspace) -> Workspace:
    add_members(
        cell_workspace.uow(),
        [
            NewMember(full_name=name, sex=Sex.MALE, card_number=f"0000000000{i:02d}")
            for i, name in enumerate(NAMES)
        ]
        + [NewMember(full_name="Lò Thị Ơn", sex=Sex.FEMALE, status=MemberStatus.DECEASED)],
    )
    return cell_workspace


def _names(workspace: Workspace, **kwargs: object) -> list[str]:
    return [m.full_name for m in list_members(workspace.uow(read_only=True), **kwargs)]  # type: ignore[arg-type]


def test_members_come_in_vietnamese_order_by_given_name(register: Workspace) -> None:
    assert _names(register) == [
        "Nguyễn Văn An",
        "Hoàng Thị Ánh",
        "Vàng A Dính",
        "Đặng Văn Đức",
        "Sùng Thị Mỷ",
        "Lù Văn Pao",
        "Giàng Seo Phử",
    ]


@pytest.mark.parametrize(
    "query", ["duc", "ĐỨC", "dang van", unicodedata.normalize("NFD", "Đặng Văn Đức"), "văn đứ"]
)
def test_search_ignores_case_diacritics_and_d_stroke(register: Workspace, query: str) -> None:
    assert _names(register, search=query) == ["Đặng Văn Đức"]


def test_search_finds_card_numbers(register: Workspace) -> None:
    assert _names(register, search="000000000003") == ["Lù Văn Pao"]


def test_search_treats_wildcards_as_text(register: Workspace) -> None:
    assert _names(register, search="%") == []


def test_former_members_are_listed_only_when_asked(register: Workspace) -> None:
    assert "Lò Thị Ơn" not in _names(register)
    assert _names(register, statuses=frozenset({MemberStatus.DECEASED})) == ["Lò Thị Ơn"]


def test_an_official_date_before_admission_is_refused_and_nothing_saved(cell_workspace: Workspace) -> None:
    from datetime import date

    with pytest.raises(ValidationError, match="Ngày chính thức không thể trước ngày vào Đảng"):
        add_members(
            cell_workspace.uow(),
            [
                NewMember(full_name="Mùa A Sử", sex=Sex.MALE),
                NewMember(
                    full_name="Hờ A Chá",
                    sex=Sex.MALE,
                    admitted_on=date(2020, 5, 1),
                    official_on=date(2020, 1, 1),
                ),
            ],
        )
    assert _names(cell_workspace) == []


def test_statuses_on_a_past_day_know_who_was_still_probationary(cell_workspace: Workspace) -> None:
    from datetime import date

    from cellapp.services.members._register import member_statuses_on

    added = add_members(
        cell_workspace.uow(),
        [
            NewMember(
                full_name="Mùa A Sử", sex=Sex.MALE, admitted_on=date(2024, 3, 1), official_on=date(2025, 3, 1)
            ),
            NewMember(
                full_name="Hờ A Chá",
                sex=Sex.MALE,
                admitted_on=date(2026, 1, 5),
                status=MemberStatus.PROBATIONARY,
            ),
        ],
    )
    statuses = member_statuses_on(cell_workspace.uow(read_only=True), date(2025, 1, 10))
    assert statuses == {added[0].uuid: MemberStatus.PROBATIONARY}
    later = member_statuses_on(cell_workspace.uow(read_only=True), date(2026, 2, 1))
    assert later == {added[0].uuid: MemberStatus.FULL, added[1].uuid: MemberStatus.PROBATIONARY}
