"""When the fee book starts and when a month is unpaid, through the services on a real workspace: a month
is unpaid only once it has ended, a new workspace's book starts in its creation month, the secretary may
set the start, and each member's paid-up-to month (from the import, or set by hand) is respected."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.services.fees import (
    FeeAlertKind,
    fee_alerts,
    fee_ledger,
    get_fee_settings,
    set_fee_book_start,
    set_fee_opening,
)
from cellapp.services.members._import import import_members
from cellapp.services.members._register import NewMember, add_members, list_members
from cellapp.services.workspace import Workspace
from cellapp.storage.records import WorkspaceRecord


def _created(workspace: Workspace, day: date) -> None:
    with workspace.uow() as uow:
        record = uow.session.get(WorkspaceRecord, 1)
        assert record is not None
        record.created_at = datetime(day.year, day.month, day.day, 9, 0)
        uow.commit()


def _member(workspace: Workspace) -> str:
    return (
        add_members(
            workspace.uow(),
            [
                NewMember(
                    full_name="Hoàng Thị Ánh",
                    sex=Sex.FEMALE,
                    birth_date=date(1980, 5, 5),
                    admitted_on=date(2006, 3, 1),
                )
            ],
        )[0]
    ).uuid


def _strikes(workspace: Workspace, on: date) -> list[str]:
    return [
        a.message.render("vi")
        for a in fee_alerts(workspace.uow(read_only=True), on=on)
        if a.kind is FeeAlertKind.THREE_UNPAID_MONTHS
    ]


# created on, book start set (None: left to the default), the member's paid-up-to month, today
# -> months named in the "ground for striking the name" alert (None: no alert)
CASES = [
    # A workspace created in December: nothing is owed for the months before it, nor for December yet.
    (date(2026, 12, 1), None, None, date(2026, 12, 1), None),
    (date(2026, 12, 1), None, None, date(2026, 12, 28), None),
    # Created in March, nothing paid since: March to June have ended on 2 July, July has not.
    (date(2026, 3, 10), None, None, date(2026, 7, 2), "03/2026, 04/2026, 05/2026, 06/2026"),
    # The book started in June: June, July and August unpaid on 1 September.
    (date(2026, 3, 10), Month(2026, 6), None, date(2026, 9, 1), "06/2026, 07/2026, 08/2026"),
    # ... but the member had paid up to July in the paper book: only August.
    (date(2026, 3, 10), Month(2026, 6), Month(2026, 7), date(2026, 9, 1), None),
    # The book from January, paid up to September: on 1 December, October and November only.
    (date(2026, 1, 5), Month(2026, 1), Month(2026, 9), date(2026, 12, 1), None),
    (date(2026, 1, 5), Month(2026, 1), Month(2026, 8), date(2026, 12, 1), "09/2026, 10/2026, 11/2026"),
]


@pytest.mark.parametrize(("created", "start", "paid_through", "today", "months"), CASES, ids=str)
def test_no_false_ground_for_striking_the_name(
    cell_workspace: Workspace,
    created: date,
    start: Month | None,
    paid_through: Month | None,
    today: date,
    months: str | None,
) -> None:
    _created(cell_workspace, created)
    member = _member(cell_workspace)
    if start is not None:
        set_fee_book_start(cell_workspace.uow(), ledger_start=start, today=today)
    if paid_through is not None:
        set_fee_opening(cell_workspace.uow(), member_uuid=member, paid_through=paid_through)
    strikes = _strikes(cell_workspace, today)
    if months is None:
        assert strikes == []
    else:
        assert len(strikes) == 1 and f"({months};" in strikes[0]


def test_the_default_start_is_the_creation_month_until_the_secretary_sets_it(
    cell_workspace: Workspace,
) -> None:
    _created(cell_workspace, date(2026, 12, 1))
    settings = get_fee_settings(cell_workspace.uow(read_only=True))
    assert (settings.ledger_start, settings.ledger_start_chosen) == (Month(2026, 12), False)
    after = set_fee_book_start(cell_workspace.uow(), ledger_start=Month(2026, 7), today=date(2026, 12, 1))
    settings = get_fee_settings(cell_workspace.uow(read_only=True))
    assert settings == after and (settings.ledger_start, settings.ledger_start_chosen) == (
        Month(2026, 7),
        True,
    )
    assert (settings.wage_region, settings.cell_share_percent) == (4, 30)  # the other settings are kept


def test_a_book_starting_in_the_future_is_refused(cell_workspace: Workspace) -> None:
    before = get_fee_settings(cell_workspace.uow(read_only=True))
    with pytest.raises(ValidationError, match="không thể bắt đầu sau tháng hiện tại"):
        set_fee_book_start(cell_workspace.uow(), ledger_start=Month(2027, 1), today=date(2026, 12, 1))
    assert get_fee_settings(cell_workspace.uow(read_only=True)) == before


def _sheet(path: Path, rows: list[str]) -> Path:
    path.write_text(
        "\n".join(
            ["Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Đã đóng đảng phí đến tháng", *rows]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def test_the_import_reads_each_members_paid_up_to_month(cell_workspace: Workspace, tmp_path: Path) -> None:
    _created(cell_workspace, date(2026, 3, 10))
    set_fee_book_start(cell_workspace.uow(), ledger_start=Month(2026, 1), today=date(2026, 9, 1))
    path = _sheet(
        tmp_path / "members.csv",
        [
            "Lò Văn Pao,Nam,02/03/1970,05/06/1995,05/06/1996,08/2026",
            "Giàng Thị Dua,Nữ,11/11/1985,03/02/2010,03/02/2011,",
        ],
    )
    report = import_members(
        cell_workspace.uow(), path, today=date(2026, 9, 1), fees_paid_through=Month(2026, 5)
    )
    assert report.ok and report.imported == 2
    view = fee_ledger(cell_workspace.uow(read_only=True), year=2026, reference=Month(2026, 9))
    paid_up_to = {row.full_name: row.summary.paid_up_to for row in view.rows}
    assert paid_up_to == {"Lò Văn Pao": Month(2026, 8), "Giàng Thị Dua": Month(2026, 5)}
    strikes = _strikes(cell_workspace, date(2026, 9, 1))
    assert len(strikes) == 1 and "Giàng Thị Dua" in strikes[0] and "(06/2026, 07/2026, 08/2026;" in strikes[0]


def test_a_bad_paid_up_to_month_is_reported_on_its_row_and_nothing_is_imported(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "members.csv", ["Lò Văn Pao,Nam,02/03/1970,05/06/1995,05/06/1996,tháng tám"])
    report = import_members(cell_workspace.uow(), path, today=date(2026, 9, 1))
    assert not report.ok and report.imported == 0
    assert (
        "Dòng 2" in report.problems[0].render()
        and "Đã đóng đảng phí đến tháng" in report.problems[0].render()
    )
    assert list_members(cell_workspace.uow(read_only=True)) == []
