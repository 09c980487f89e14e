"""What needs the committee's action (issue 6 §3), cell by cell.

The cells' own rules raise them (`snapshots`): the member alerts (recognition overdue, transfers waiting
past the Charter's 60 and 30 working days, exemptions ending) and the meeting alerts (no regular meeting
in a month, a quarter without a thematic meeting, three months absent without reason), run on each cell's
records; the committee adds cells that have not reported this month and sync conflicts and quarantine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from cellapp.domain.alerts import Severity
from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import format_date
from cellapp.services.committee.cells import Cell, enrolled_cells, is_late
from cellapp.services.committee.snapshots import CellSnapshot, cell_snapshots
from cellapp.storage.records import SyncConflictRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CommitteeAlert:
    unit_code: str  # "" for the committee's own (quarantined files)
    cell_name: str
    kind: str
    severity: Severity
    message: Text
    due_on: date | None = None
    member_name: str = ""  # the member an alert from the register concerns

    def sort_key(self) -> tuple[int, str, date]:
        return (-self.severity, self.unit_code, self.due_on or date.max)


def committee_alerts(uow: UnitOfWork, *, today: date, quarantined: int = 0) -> list[CommitteeAlert]:
    """Every cell's alerts, most pressing first; `quarantined` counts bundles held in quarantine."""
    with uow:
        cells = enrolled_cells(uow)
        found = alerts_for_cells(uow, cells, cell_snapshots(uow, cells, today=today), today=today)
    if quarantined:
        found.append(
            CommitteeAlert(
                "",
                "",
                "quarantine",
                Severity.SOON,
                T(
                    "{count} received file(s) are in quarantine: check them on the Sync page.",
                    "Có {count} tệp nhận được đang bị cách ly: hãy kiểm tra ở trang Đồng bộ.",
                    count=quarantined,
                ),
            )
        )
    return sorted(found, key=CommitteeAlert.sort_key)


def alerts_for_cells(
    uow: UnitOfWork, cells: Sequence[Cell], snapshots: Mapping[str, CellSnapshot], *, today: date
) -> list[CommitteeAlert]:
    """The alerts of the cells' own records, and the committee's: cells that have not reported this month,
    changes waiting in the conflict queue."""
    found: list[CommitteeAlert] = []
    for cell in cells:
        if is_late(cell.last_received, today):
            found.append(_late(cell, today))
        found += [
            CommitteeAlert(cell.code, cell.name, a.kind, a.severity, a.message, a.due_on, a.member_name)
            for a in snapshots[cell.unit_uuid].alerts
        ]
    by_unit = {c.unit_uuid: c for c in cells}
    conflicts = uow.session.execute(
        select(SyncConflictRecord.from_unit, func.count())
        .where(SyncConflictRecord.status == "open")
        .group_by(SyncConflictRecord.from_unit)
    ).all()
    for unit, count in conflicts:
        if unit in by_unit:
            cell = by_unit[unit]
            found.append(
                CommitteeAlert(
                    cell.code,
                    cell.name,
                    "conflict",
                    Severity.SOON,
                    T(
                        "{count} change(s) from this cell wait in the conflict queue for a decision.",
                        "Có {count} thay đổi của chi bộ đang chờ xử lý trong hàng xung đột.",
                        count=int(count),
                    ),
                )
            )
    return found


def _late(cell: Cell, today: date) -> CommitteeAlert:
    if cell.last_received is None:
        message = T(
            "No file has been received from this cell yet; cells report every month.",
            "Chưa nhận được tệp nào của chi bộ; chi bộ báo cáo hằng tháng.",
        )
    else:
        message = T(
            "Nothing received this month; the last file arrived on {day}. Cells report every month.",
            "Tháng này chưa nhận được tệp; tệp gần nhất nhận ngày {day}. Chi bộ báo cáo hằng tháng.",
            day=format_date(cell.last_received),
        )
    return CommitteeAlert(
        cell.code, cell.name, "not_reported", Severity.OVERDUE, message, today.replace(day=1)
    )
