"""The alerts panel's contents: every feature contributes alerts through a provider.

A provider is a function `(uow, today) -> iterable of Alert` called inside one read-only unit of work.
Members and Regulation 213 register theirs below; other features append theirs to `ALERT_PROVIDERS`
(for example meetings: members absent from meetings 3 months in a year; fees: unpaid 3 months in a year,
the grounds for proposing to strike a name, docs/party-rules.md §5.3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from cellapp.domain.alerts import Alert, Severity
from cellapp.services.fees.alerts import fee_alerts
from cellapp.services.meetings import MeetingAlertKind, absence_alerts
from cellapp.services.members import member_alerts, residence_alerts
from cellapp.storage.unit_of_work import UnitOfWork

AlertProvider = Callable[[UnitOfWork, date], Iterable[Alert]]


_MEETING_SEVERITY = {
    MeetingAlertKind.REPEATED_ABSENCE: Severity.OVERDUE,
    MeetingAlertKind.SILENT_MEMBER: Severity.INFO,
}


def meeting_alerts(uow: UnitOfWork, today: date) -> Iterable[Alert]:
    """Absences without reason (3 months in a year: grounds for striking the name), months or quarters
    that passed without the regular or thematic meeting, and members silent at the last meetings."""
    for found in absence_alerts(uow, today.year, today=today):
        severity = _MEETING_SEVERITY.get(found.kind, Severity.SOON)
        yield Alert(
            kind=f"meetings.{found.kind.value}",
            severity=severity,
            message=found.message,
            member_uuid=found.member_uuid,
            member_name=found.member_name,
        )


def fee_alert_list(uow: UnitOfWork, today: date) -> Iterable[Alert]:
    """Three unpaid months in the year (grounds for striking the name), fee reliefs ending."""
    for found in fee_alerts(uow, on=today):
        yield Alert(
            kind=found.kind.value,
            severity=Severity.OVERDUE if found.urgent else Severity.INFO,
            message=found.message,
            member_uuid=found.member_uuid,
            member_name=found.member_name,
        )


ALERT_PROVIDERS: list[AlertProvider] = [member_alerts, residence_alerts, meeting_alerts, fee_alert_list]


def list_alerts(uow: UnitOfWork, *, today: date | None = None) -> list[Alert]:
    """All alerts, the most pressing first, then by due date."""
    today = today or date.today()
    found: list[Alert] = []
    with uow:
        for provider in ALERT_PROVIDERS:
            found.extend(provider(uow, today))
    return sorted(found, key=Alert.sort_key)
