"""What each cell's own records say today: its members by status, this year's meetings and attendance, and
the alerts its own rules raise. The Cells page and the committee's alerts read these for every cell.

Computing them runs each cell's rules on its records (seconds for three hundred cells), so a cell's
snapshot is kept for the day (`cellapp.storage.figure_cache`) until that cell's records change: after a
bundle is imported only the cells it touched are computed again. What does not come from the cell's
records (when it last reported, conflicts waiting) is read live by the callers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cellapp.domain.alerts import Severity
from cellapp.domain.l10n import Text, text_from_json, text_to_json
from cellapp.domain.meetings import quarter_of
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import MembershipCounts, count_membership
from cellapp.services.committee.cells import Cell, Register, load_register
from cellapp.services.committee.kept import kept_or_computed
from cellapp.services.committee.meeting_figures import figures_by_owner
from cellapp.services.meeting_statistics import MeetingAlertKind, MeetingFigures, absence_alerts
from cellapp.services.member_alerts import member_alerts
from cellapp.storage.unit_of_work import UnitOfWork

TOPIC = "standing"
LAYOUT = 3  # raise when the payload below changes: older rows are then computed again

# Member alerts the committee acts on; the others (badges, ceremonies to plan) stay the cell's business.
COMMITTEE_MEMBER_ALERTS = frozenset({"recognition_overdue", "transfer_waiting", "exemption_ending"})
MEETING_SEVERITY = {
    MeetingAlertKind.REPEATED_ABSENCE: Severity.OVERDUE,
    MeetingAlertKind.NO_REGULAR_MEETING: Severity.OVERDUE,
    MeetingAlertKind.NO_THEMATIC_MEETING: Severity.SOON,
}


@dataclass(frozen=True)
class RecordAlert:
    """An alert a cell's own rules raise on its records."""

    kind: str
    severity: Severity
    message: Text
    due_on: date | None = None
    member_name: str = ""


@dataclass(frozen=True)
class CellSnapshot:
    statuses: dict[str, int]  # members by status today (MemberStatus values)
    membership: MembershipCounts  # by grade and by situation, as the minutes count them
    meetings_by_month: tuple[int, ...]  # cell meetings held this year
    thematic_by_quarter: tuple[int, ...]
    present_by_month: tuple[int, ...]  # members present at this year's meetings, January first
    expected_by_month: tuple[int, ...]
    alerts: tuple[RecordAlert, ...]

    def members(self, *statuses: MemberStatus) -> int:
        return sum(self.statuses.get(s.value, 0) for s in statuses)

    @property
    def attendance_rate(self) -> float | None:
        expected = sum(self.expected_by_month)
        return sum(self.present_by_month) / expected if expected else None


def cell_snapshots(uow: UnitOfWork, cells: Sequence[Cell], *, today: date) -> dict[str, CellSnapshot]:
    """Each cell's snapshot for `today`, by unit: kept ones where the cell's records have not changed,
    the others computed (and kept when the workspace can be written)."""
    return kept_or_computed(
        uow,
        TOPIC,
        [c.unit_uuid for c in cells],
        day=today,
        layout=LAYOUT,
        compute=lambda units: compute_snapshots(uow, units, today=today),
        to_json=_to_json,
        from_json=_from_json,
    )


def compute_snapshots(uow: UnitOfWork, units: Sequence[str], *, today: date) -> dict[str, CellSnapshot]:
    with uow:
        register = load_register(uow, units)
        figures = figures_by_owner(
            uow, today.year, today=today, owners=units, standings_for=register.standings_on
        )
        alerts = _record_alerts(uow, units, register, figures, today=today)
    snapshots = {}
    for unit in units:
        standings = register.standings_on(unit, today)
        statuses = Counter(s.status.value for s in standings.values() if s.status is not None)
        unit_figures = figures[unit]
        present, expected = [0] * 12, [0] * 12
        for meeting in unit_figures.per_meeting:
            present[meeting.held_on.month - 1] += meeting.present
            expected[meeting.held_on.month - 1] += meeting.expected
        snapshots[unit] = CellSnapshot(
            statuses=dict(statuses),
            membership=count_membership(standings.values()),
            meetings_by_month=unit_figures.meetings_by_month,
            thematic_by_quarter=unit_figures.thematic_by_quarter,
            present_by_month=tuple(present),
            expected_by_month=tuple(expected),
            alerts=tuple(alerts.get(unit, [])),
        )
    return snapshots


def thematic_this_quarter(snapshot: CellSnapshot, today: date) -> int:
    return snapshot.thematic_by_quarter[quarter_of(today) - 1]


def _record_alerts(
    uow: UnitOfWork,
    units: Sequence[str],
    register: Register,
    figures: dict[str, MeetingFigures],
    *,
    today: date,
) -> dict[str, list[RecordAlert]]:
    found: dict[str, list[RecordAlert]] = {unit: [] for unit in units}
    for unit in units:
        for meeting_alert in absence_alerts(uow, today.year, today=today, figures=figures[unit]):
            found[unit].append(
                RecordAlert(
                    meeting_alert.kind.value,
                    MEETING_SEVERITY[meeting_alert.kind],
                    meeting_alert.message,
                    member_name=meeting_alert.member_name,
                )
            )
    owners = {uuid: record.owner_unit for uuid, record in register.by_uuid().items()}
    records = [record for unit in units for record in register.records.get(unit, [])]
    for alert in member_alerts(
        uow, today, events=register.events, replay_of=register.replay, records=records
    ):
        unit = owners.get(alert.member_uuid or "", "")
        if unit in found and alert.kind in COMMITTEE_MEMBER_ALERTS:
            found[unit].append(
                RecordAlert(alert.kind, alert.severity, alert.message, alert.due_on, alert.member_name or "")
            )
    return found


def _to_json(snapshot: CellSnapshot) -> dict[str, Any]:
    return {
        "statuses": snapshot.statuses,
        "membership": snapshot.membership.as_json(),
        "meetings_by_month": list(snapshot.meetings_by_month),
        "thematic_by_quarter": list(snapshot.thematic_by_quarter),
        "present_by_month": list(snapshot.present_by_month),
        "expected_by_month": list(snapshot.expected_by_month),
        "alerts": [
            {
                "kind": a.kind,
                "severity": int(a.severity),
                "message": text_to_json(a.message),
                "due_on": a.due_on.isoformat() if a.due_on else None,
                "member_name": a.member_name,
            }
            for a in snapshot.alerts
        ],
    }


def _from_json(data: dict[str, Any]) -> CellSnapshot:
    return CellSnapshot(
        statuses={str(k): int(v) for k, v in data["statuses"].items()},
        membership=MembershipCounts.from_json(data["membership"]),
        meetings_by_month=tuple(int(n) for n in data["meetings_by_month"]),
        thematic_by_quarter=tuple(int(n) for n in data["thematic_by_quarter"]),
        present_by_month=tuple(int(n) for n in data["present_by_month"]),
        expected_by_month=tuple(int(n) for n in data["expected_by_month"]),
        alerts=tuple(
            RecordAlert(
                kind=str(a["kind"]),
                severity=Severity(int(a["severity"])),
                message=text_from_json(a["message"]),
                due_on=date.fromisoformat(a["due_on"]) if a["due_on"] else None,
                member_name=str(a["member_name"]),
            )
            for a in data["alerts"]
        ),
    )
