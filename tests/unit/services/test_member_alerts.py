"""The alerts panel's member alerts and Regulation 213 records, through the services on a real workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cellapp.domain.alerts import Alert, Severity
from cellapp.domain.errors import ValidationError
from cellapp.domain.lifecycle import EventKind, Grade
from cellapp.domain.members import Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.services import alerts as alerts_module
from cellapp.services.alerts import list_alerts
from cellapp.services.members._lifecycle import EventInput, add_member_with_event, record_event
from cellapp.services.members._register import NewMember, ResidenceFilter, add_member, list_members
from cellapp.services.members._residence import (
    IntroductionInput,
    ResidentInput,
    end_residence_introduction,
    list_members_living_elsewhere,
    list_residents,
    save_residence_comment,
    save_resident,
    set_residence_introduction,
)
from cellapp.services.workspace import Workspace

K = EventKind
TODAY = date(2026, 11, 23)


def _alerts(workspace: Workspace, today: date = TODAY) -> dict[tuple[str, str | None], Alert]:
    """The register's own alerts (meetings and fees add theirs to the same panel; tested with them)."""
    found = list_alerts(workspace.uow(read_only=True), today=today)
    return {(a.kind, a.member_name): a for a in found if not a.kind.startswith(("fees.", "meetings."))}


def _admit(workspace: Workspace, name: str, ceremony: date) -> str:
    return add_member_with_event(
        workspace.uow(),
        NewMember(full_name=name, sex=Sex.MALE, birth_date=date(1998, 1, 1)),
        EventInput(
            K.ADMITTED,
            ceremony - timedelta(days=10),
            ceremony_on=ceremony,
            vote=PersonnelVote(ceremony - timedelta(days=30), 8, 0, 9),
        ),
        today=TODAY,
    ).uuid


def test_recognition_is_flagged_thirty_days_ahead_and_when_overdue(cell_workspace: Workspace) -> None:
    _admit(cell_workspace, "Vàng A Dính", date(2025, 12, 20))  # due 20/12/2026: within 30 days
    _admit(cell_workspace, "Thào Mí Chứ", date(2025, 11, 1))  # due 01/11/2026: overdue
    _admit(cell_workspace, "Lù Văn Pao", date(2026, 3, 1))  # due next March: nothing yet
    found = _alerts(cell_workspace)
    soon = found[("recognition_due", "Vàng A Dính")]
    assert soon.severity is Severity.SOON and soon.due_on == date(2026, 12, 20)
    overdue = found[("recognition_overdue", "Thào Mí Chứ")]
    assert overdue.severity is Severity.OVERDUE
    assert "Đã hết 12 tháng dự bị từ ngày 01/11/2026" in overdue.message.render("vi")
    assert not any(name == "Lù Văn Pao" for _kind, name in found)
    assert list_alerts(cell_workspace.uow(read_only=True), today=TODAY)[0].severity is Severity.OVERDUE


def test_an_ending_temporary_exemption_is_flagged_and_then_overdue(cell_workspace: Workspace) -> None:
    member = add_member(
        cell_workspace.uow(),
        NewMember(
            full_name="Sùng Thị Mỷ",
            sex=Sex.FEMALE,
            admitted_on=date(2010, 1, 1),
            official_on=date(2011, 1, 1),
        ),
        today=TODAY,
    )
    record_event(
        cell_workspace.uow(),
        member.uuid,
        EventInput(K.TEMPORARILY_EXEMPTED, date(2026, 6, 1), ends_on=date(2026, 12, 10)),
        today=TODAY,
    )
    assert _alerts(cell_workspace)[("exemption_ending", "Sùng Thị Mỷ")].severity is Severity.SOON
    later = _alerts(cell_workspace, date(2026, 12, 11))[("exemption_ending", "Sùng Thị Mỷ")]
    assert later.severity is Severity.OVERDUE and "trở lại sinh hoạt hoặc gia hạn" in later.message.render(
        "vi"
    )


def test_badge_milestones_of_this_year_are_flagged_until_the_badge_is_recorded(
    cell_workspace: Workspace,
) -> None:
    member = add_member(
        cell_workspace.uow(),
        NewMember(
            full_name="Triệu Tài Vần",
            sex=Sex.MALE,
            admitted_on=date(1976, 12, 19),
            official_on=date(1977, 12, 19),
        ),
        today=TODAY,
    )
    alert = _alerts(cell_workspace)[("badge_milestone", "Triệu Tài Vần")]
    assert alert.due_on == date(2026, 12, 19)
    assert "Huy hiệu 50 năm tuổi đảng" in alert.message.render(
        "vi"
    ) and "miễn đóng đảng phí" in alert.message.render("vi")
    reached = _alerts(cell_workspace, date(2026, 12, 20))[("badge_reached", "Triệu Tài Vần")]
    assert reached.severity is Severity.SOON
    record_event(
        cell_workspace.uow(),
        member.uuid,
        EventInput(K.AWARDED, date(2026, 12, 20), badge_years=50),
        today=date(2026, 12, 20),
    )
    assert ("badge_reached", "Triệu Tài Vần") not in _alerts(cell_workspace, date(2026, 12, 21))


def test_a_transfer_out_is_followed_until_the_letter_is_due_there(cell_workspace: Workspace) -> None:
    member = add_member(cell_workspace.uow(), NewMember(full_name="Hầu A Lử", sex=Sex.MALE), today=TODAY)
    record_event(
        cell_workspace.uow(),
        member.uuid,
        EventInput(K.TRANSFERRED_OUT, date(2026, 11, 2), organisation="Chi bộ thôn Cốc Rế"),
        today=TODAY,
    )
    alert = _alerts(cell_workspace)[("transfer_waiting", "Hầu A Lử")]
    assert alert.due_on == date(2026, 12, 14) and "Chi bộ thôn Cốc Rế" in alert.message.render("vi")
    assert ("transfer_waiting", "Hầu A Lử") not in _alerts(cell_workspace, date(2026, 12, 15))


def test_other_features_add_their_alerts_through_the_provider_list(
    cell_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cellapp.domain.l10n import T

    def unpaid_fees(_uow: object, today: date) -> list[Alert]:
        return [Alert("fees_unpaid", Severity.OVERDUE, T("Unpaid", "Chưa đóng"), today)]

    monkeypatch.setattr(alerts_module, "ALERT_PROVIDERS", [*alerts_module.ALERT_PROVIDERS, unpaid_fees])
    kinds = [a.kind for a in list_alerts(cell_workspace.uow(read_only=True), today=TODAY)]
    assert "fees_unpaid" in kinds


def test_a_member_living_elsewhere_is_introduced_filtered_and_ended(cell_workspace: Workspace) -> None:
    member = add_member(cell_workspace.uow(), NewMember(full_name="Lò Thị Ơn", sex=Sex.FEMALE), today=TODAY)
    add_member(cell_workspace.uow(), NewMember(full_name="Hà Thị Ơn", sex=Sex.FEMALE), today=TODAY)
    set_residence_introduction(
        cell_workspace.uow(),
        member.uuid,
        IntroductionInput(
            residence_cell="Chi bộ thôn Cốc Pú", commune="xã Xín Mần", introduced_on=date(2025, 4, 2)
        ),
        today=TODAY,
    )
    elsewhere = list_members(cell_workspace.uow(read_only=True), residence=ResidenceFilter.LIVES_ELSEWHERE)
    assert [m.full_name for m in elsewhere] == ["Lò Thị Ơn"]
    here = list_members(cell_workspace.uow(read_only=True), residence=ResidenceFilter.LIVES_HERE)
    assert [m.full_name for m in here] == ["Hà Thị Ơn"]
    assert (
        list_members_living_elsewhere(cell_workspace.uow(read_only=True))[0].residence_cell
        == "Chi bộ thôn Cốc Pú"
    )
    with pytest.raises(ValidationError, match="trước ngày giới thiệu"):
        end_residence_introduction(cell_workspace.uow(), member.uuid, date(2025, 1, 1), today=TODAY)
    end_residence_introduction(cell_workspace.uow(), member.uuid, date(2026, 9, 1), today=TODAY)
    assert list_members_living_elsewhere(cell_workspace.uow(read_only=True)) == []


def test_residents_get_one_comment_a_year_and_an_alert_from_october_without_it(
    cell_workspace: Workspace,
) -> None:
    teacher = save_resident(
        cell_workspace.uow(),
        ResidentInput(
            full_name="Nguyễn Văn An", organisation="Chi bộ Trường THCS xã", introduced_on=date(2024, 3, 1)
        ),
        today=TODAY,
    )
    save_resident(
        cell_workspace.uow(),
        ResidentInput(full_name="Đặng Văn Đức", organisation="Đảng bộ Đồn Biên phòng", exempt=True),
        today=TODAY,
    )
    assert [k for k, _n in _alerts(cell_workspace)] == ["residence_comment_due"]
    assert not _alerts(cell_workspace, date(2026, 9, 30))
    save_residence_comment(cell_workspace.uow(), teacher.uuid, year=2026, comment="Gương mẫu", today=TODAY)
    save_residence_comment(
        cell_workspace.uow(),
        teacher.uuid,
        year=2026,
        comment="Gương mẫu, nhiệt tình",
        sent_on=date(2026, 11, 20),
        today=TODAY,
    )
    assert not _alerts(cell_workspace)
    residents = list_residents(cell_workspace.uow(read_only=True))
    assert [r.full_name for r in residents] == ["Nguyễn Văn An", "Đặng Văn Đức"]
    comment = residents[0].comment_for(2026)
    assert (
        comment is not None and comment.comment == "Gương mẫu, nhiệt tình" and len(residents[0].comments) == 1
    )
    with pytest.raises(ValidationError, match="Năm 2027 chưa đến"):
        save_residence_comment(cell_workspace.uow(), teacher.uuid, year=2027, comment="x", today=TODAY)


def test_an_attached_member_here_gets_no_recognition_alert_from_this_cell(cell_workspace: Workspace) -> None:
    add_member_with_event(
        cell_workspace.uow(),
        NewMember(
            full_name="Lý Seo Dủa", sex=Sex.MALE, admitted_on=date(2025, 1, 1), ceremony_on=date(2025, 1, 10)
        ),
        EventInput(
            K.ATTACHED_IN, date(2026, 7, 1), organisation="Đảng bộ Trường Cao đẳng", grade=Grade.PROBATIONARY
        ),
        today=TODAY,
    )
    assert not [k for k, _n in _alerts(cell_workspace) if k.startswith("recognition")]
