"""Every feature's alerts reach the one alerts panel: members, meetings and fees on the demo cell."""

from __future__ import annotations

from cellapp.domain.alerts import Severity
from cellapp.services.alerts import list_alerts
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_the_demo_cell_shows_absence_and_unpaid_fee_alerts_beside_member_alerts(
    demo_workspace: Workspace,
) -> None:
    alerts = list_alerts(demo_workspace.uow(read_only=True), today=DEMO_TODAY)
    kinds = {alert.kind for alert in alerts}
    assert "meetings.repeated_absence" in kinds
    assert "fees.three_unpaid_months" in kinds
    assert any(not kind.startswith(("meetings.", "fees.")) for kind in kinds)
    absent = next(a for a in alerts if a.kind == "meetings.repeated_absence")
    assert absent.severity is Severity.OVERDUE and "không có lý do" in absent.message.render("vi")
    assert absent.member_name and absent.member_name in absent.message.render("vi")  # the panel's column


def test_a_service_called_inside_an_open_unit_of_work_joins_it(demo_workspace: Workspace) -> None:
    from cellapp.services.members._register import member_statuses_on

    uow = demo_workspace.uow(read_only=True)
    with uow:
        outer = uow.session
        statuses = member_statuses_on(uow, DEMO_TODAY)
        assert uow.session is outer
    assert statuses
