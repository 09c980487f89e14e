"""What each cell's own records say today: its members by status, this year's meetings and attendance, and
the alerts its own rules raise. The Cells page and the committee's alerts read these for every cell.

A snapshot is derived from the cell's facts (`facts`: its members' histories and its meetings, kept
until its records change) with the rules of the day, and is itself kept for the day until the cell's
records change: the first view of a day derives every cell's from the kept facts, later views read them.
What does not come from the cell's records (when it last reported, conflicts waiting) is read live by
the callers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cellapp.domain.alerts import Severity
from cellapp.domain.l10n import Text, text_from_json, text_to_json
from cellapp.domain.meetings import quarter_of
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import MembershipCounts, count_membership
from cellapp.services.committee.cells import Cell
from cellapp.services.committee.facts import CellFacts, cell_facts
from cellapp.services.committee.kept import kept_or_computed
from cellapp.services.committee.meeting_figures import figures_of
from cellapp.services.meetings import (
    MeetingAlertKind,
    MeetingFigures,
    enrolment_days,
    meeting_alerts,
    records_begin_on,
)
from cellapp.services.members import entry_alerts
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
    """The snapshots of these cells for `today`, from their facts (kept, or read from the records)."""
    with uow:
        facts = cell_facts(uow, units, today=today)
        enrolled = enrolment_days(uow, units)
    return snapshots_of(facts, enrolled, today=today)


def snapshots_of(
    facts: Mapping[str, CellFacts], enrolled: Mapping[str, date], *, today: date
) -> dict[str, CellSnapshot]:
    """The snapshots of cells for `today` from their facts and the days they were enrolled."""
    snapshots = {}
    for unit, unit_facts in facts.items():
        figures = figures_of(
            unit_facts.meetings,
            today.year,
            today=today,
            begin=records_begin_on(unit_facts.meetings.first_held, enrolled.get(unit)),
        )
        present, expected = [0] * 12, [0] * 12
        for meeting in figures.per_meeting:
            present[meeting.held_on.month - 1] += meeting.present
            expected[meeting.held_on.month - 1] += meeting.expected
        snapshots[unit] = CellSnapshot(
            statuses=dict(Counter(s.value for s in unit_facts.statuses_on(today).values())),
            membership=count_membership(unit_facts.standings_on(today).values()),
            meetings_by_month=figures.meetings_by_month,
            thematic_by_quarter=figures.thematic_by_quarter,
            present_by_month=tuple(present),
            expected_by_month=tuple(expected),
            alerts=tuple(_record_alerts(unit_facts, figures, today=today)),
        )
    return snapshots


def thematic_this_quarter(snapshot: CellSnapshot, today: date) -> int:
    return snapshot.thematic_by_quarter[quarter_of(today) - 1]


def _record_alerts(facts: CellFacts, figures: MeetingFigures, *, today: date) -> list[RecordAlert]:
    found = [
        RecordAlert(
            alert.kind.value, MEETING_SEVERITY[alert.kind], alert.message, member_name=alert.member_name
        )
        for alert in meeting_alerts(figures)
    ]
    for alert in entry_alerts(
        facts.members,
        today,
        events_of=lambda member: member.events,
        replay_of=lambda member: member.history,
        kinds=COMMITTEE_MEMBER_ALERTS,
    ):
        found.append(
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
