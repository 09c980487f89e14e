"""Recording, refusing and reversing lifecycle events through the services, on a real workspace: the status
projection, the history, statuses on past days, corrections, duplicates, and nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from cellapp.domain.errors import ValidationError
from cellapp.domain.lifecycle import DisciplineLevel, EventKind, Grade
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.services.members._details import get_member, remove_member, update_member
from cellapp.services.members._lifecycle import (
    EventInput,
    add_member_with_event,
    member_history,
    record_event,
    reverse_event,
)
from cellapp.services.members._register import (
    DuplicateMemberError,
    MemberSummary,
    NewMember,
    add_member,
    add_members,
    list_members,
    member_statuses_on,
)
from cellapp.services.workspace import Workspace
from cellapp.storage.records import MemberEventRecord, MemberRecord

K = EventKind
TODAY = date(2026, 11, 23)
# The cell's votes (Điều lệ Điều 4, Điều 5): at least two thirds of the full members counted.
ADMISSION_VOTE = PersonnelVote(date(2025, 9, 5), 9, 1, 11)
RECOGNITION_VOTE = PersonnelVote(date(2026, 11, 5), 10, 0, 11)


def _count(workspace: Workspace, record: type) -> int:
    with workspace.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(record)) or 0)


@pytest.fixture
def full_member(cell_workspace: Workspace) -> MemberSummary:
    return add_member(
        cell_workspace.uow(),
        NewMember(
            full_name="Giàng Seo Phử",
            sex=Sex.MALE,
            birth_date=date(1975, 4, 2),
            citizen_id="002075001234",
            card_number="010203040506",
            admitted_on=date(1999, 5, 19),
            official_on=date(2000, 5, 19),
        ),
        today=TODAY,
    )


@pytest.fixture
def newcomer(cell_workspace: Workspace) -> MemberSummary:
    return add_member_with_event(
        cell_workspace.uow(),
        NewMember(full_name="Sùng Thị Mỷ", sex=Sex.FEMALE, birth_date=date(2001, 8, 9), ethnicity="Mông"),
        EventInput(
            K.ADMITTED,
            date(2025, 10, 2),
            ceremony_on=date(2025, 10, 20),
            decision_ref="Quyết định số 88-QĐ/ĐU",
            vote=ADMISSION_VOTE,
        ),
        today=TODAY,
    )


def _record(workspace: Workspace, member: MemberSummary, event: EventInput) -> MemberSummary:
    return record_event(workspace.uow(), member.uuid, event, today=TODAY)


def test_an_admitted_member_is_probationary_with_the_dates_of_the_decision_and_ceremony(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    assert newcomer.status is MemberStatus.PROBATIONARY
    assert (newcomer.admitted_on, newcomer.ceremony_on, newcomer.official_on) == (
        date(2025, 10, 2),
        date(2025, 10, 20),
        None,
    )
    history = member_history(cell_workspace.uow(read_only=True), newcomer.uuid)
    assert [h.kind for h in history] == [K.ADMITTED]
    assert history[0].decision_ref == "Quyết định số 88-QĐ/ĐU"


def test_recognition_before_twelve_months_is_refused_and_nothing_is_saved(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    events_before = _count(cell_workspace, MemberEventRecord)
    with pytest.raises(ValidationError, match="chỉ xét công nhận chính thức từ ngày 20/10/2026"):
        _record(cell_workspace, newcomer, EventInput(K.RECOGNISED, date(2026, 10, 19)))
    assert _count(cell_workspace, MemberEventRecord) == events_before
    recognised = _record(
        cell_workspace, newcomer, EventInput(K.RECOGNISED, date(2026, 10, 25), vote=RECOGNITION_VOTE)
    )
    assert recognised.status is MemberStatus.FULL and recognised.official_on == date(2026, 10, 25)


def test_an_event_in_the_future_is_refused(cell_workspace: Workspace, full_member: MemberSummary) -> None:
    with pytest.raises(ValidationError, match="tương lai"):
        _record(cell_workspace, full_member, EventInput(K.DIED, date(2026, 11, 24)))


def test_a_first_event_keeps_the_register_entry_as_the_start_of_the_history(
    cell_workspace: Workspace, full_member: MemberSummary
) -> None:
    after = _record(
        cell_workspace,
        full_member,
        EventInput(K.TEMPORARILY_EXEMPTED, date(2026, 9, 1), ends_on=date(2027, 3, 1), note="Đi làm ăn xa"),
    )
    assert after.status is MemberStatus.TEMPORARILY_EXEMPT
    history = member_history(cell_workspace.uow(read_only=True), full_member.uuid)
    assert [h.kind for h in history] == [K.TEMPORARILY_EXEMPTED, K.REGISTERED]
    statuses = member_statuses_on(cell_workspace.uow(read_only=True), date(2026, 8, 31))
    assert statuses[full_member.uuid] is MemberStatus.FULL
    assert member_statuses_on(cell_workspace.uow(read_only=True), date(2026, 9, 1))[full_member.uuid] is (
        MemberStatus.TEMPORARILY_EXEMPT
    )
    assert full_member.uuid not in member_statuses_on(cell_workspace.uow(read_only=True), date(1999, 1, 1))


def test_a_lifecycle_action_the_status_does_not_allow_is_refused_with_the_rule(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    with pytest.raises(ValidationError) as refused:
        _record(cell_workspace, newcomer, EventInput(K.RETURNED, date(2026, 5, 1)))
    message = refused.value.message.render("vi")
    assert (
        "Không thể ghi 'Trở về sinh hoạt tại chi bộ' cho đảng viên đang ở trạng thái 'Đảng viên dự bị'"
        in message
    )
    with pytest.raises(ValidationError, match="chỉ bị khiển trách hoặc cảnh cáo"):
        _record(
            cell_workspace,
            newcomer,
            EventInput(K.DISCIPLINED, date(2026, 5, 1), discipline=DisciplineLevel.EXPULSION),
        )


def test_a_wrong_event_is_reversed_not_edited_and_stays_in_the_history(
    cell_workspace: Workspace, full_member: MemberSummary
) -> None:
    _record(
        cell_workspace,
        full_member,
        EventInput(K.ATTACHED_OUT, date(2026, 6, 1), organisation="Chi bộ lớp TCLLCT"),
    )
    wrong = member_history(cell_workspace.uow(read_only=True), full_member.uuid)[0]
    with pytest.raises(ValidationError, match="Hãy ghi lý do"):
        reverse_event(cell_workspace.uow(), full_member.uuid, wrong.uuid, reason=" ", today=TODAY)
    after = reverse_event(
        cell_workspace.uow(), full_member.uuid, wrong.uuid, reason="Ghi nhầm người", today=TODAY
    )
    assert after.status is MemberStatus.FULL
    history = member_history(cell_workspace.uow(read_only=True), full_member.uuid)
    reversed_entry = next(h for h in history if h.uuid == wrong.uuid)
    assert reversed_entry.reversal_note == "Ghi nhầm người"
    assert history[0].kind is K.REVERSAL
    with pytest.raises(ValidationError, match="không còn hiệu lực"):
        reverse_event(cell_workspace.uow(), full_member.uuid, wrong.uuid, reason="Lần nữa", today=TODAY)


def test_a_reversal_that_would_break_a_later_event_is_refused(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    _record(cell_workspace, newcomer, EventInput(K.RECOGNISED, date(2026, 10, 21), vote=RECOGNITION_VOTE))
    _record(
        cell_workspace,
        newcomer,
        EventInput(K.DISCIPLINED, date(2026, 11, 1), discipline=DisciplineLevel.REMOVAL),
    )
    recognition = next(
        h for h in member_history(cell_workspace.uow(read_only=True), newcomer.uuid) if h.kind is K.RECOGNISED
    )
    with pytest.raises(ValidationError, match="mâu thuẫn với sự kiện 'Thi hành kỷ luật' ngày 01/11/2026"):
        reverse_event(cell_workspace.uow(), newcomer.uuid, recognition.uuid, reason="Sai ngày", today=TODAY)


def test_the_event_that_brought_a_member_in_cannot_be_reversed_alone(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    admission = member_history(cell_workspace.uow(read_only=True), newcomer.uuid)[0]
    with pytest.raises(ValidationError, match="xóa hồ sơ đảng viên"):
        reverse_event(cell_workspace.uow(), newcomer.uuid, admission.uuid, reason="Nhầm", today=TODAY)
    remove_member(cell_workspace.uow(), newcomer.uuid)
    assert list_members(cell_workspace.uow(read_only=True), include_former=True) == []


def test_a_member_attached_here_is_not_in_the_total_and_leaves_when_the_attachment_ends(
    cell_workspace: Workspace,
) -> None:
    guest = add_member_with_event(
        cell_workspace.uow(),
        NewMember(full_name="Lý Seo Dủa", sex=Sex.MALE, birth_date=date(1990, 1, 1)),
        EventInput(
            K.ATTACHED_IN,
            date(2026, 7, 1),
            organisation="Đảng bộ Công ty Thủy điện Sông Chảy",
            grade=Grade.FULL,
            ends_on=date(2027, 1, 1),
        ),
        today=TODAY,
    )
    assert guest.status is MemberStatus.ATTACHED_HERE and not guest.status.counts_in_total
    ended = _record(cell_workspace, guest, EventInput(K.ATTACHMENT_ENDED, date(2026, 11, 1)))
    assert ended.status is MemberStatus.ATTACHMENT_ENDED and not ended.status.is_current
    assert guest.uuid not in {m.uuid for m in list_members(cell_workspace.uow(read_only=True))}


def test_a_duplicate_citizen_id_is_refused_naming_the_other_member(
    cell_workspace: Workspace, full_member: MemberSummary
) -> None:
    with pytest.raises(DuplicateMemberError) as duplicate:
        add_member(
            cell_workspace.uow(),
            NewMember(full_name="Vàng A Dính", sex=Sex.MALE, citizen_id="002075001234"),
            today=TODAY,
        )
    assert duplicate.value.other_uuid == full_member.uuid
    assert "đã thuộc về đồng chí Giàng Seo Phử" in duplicate.value.message.render("vi")
    with pytest.raises(DuplicateMemberError, match="đã có trong danh sách"):
        add_member(
            cell_workspace.uow(),
            NewMember(full_name="giàng seo phử", sex=Sex.MALE, birth_date=date(1975, 4, 2)),
            today=TODAY,
        )


def test_a_duplicate_inside_one_batch_saves_nothing(cell_workspace: Workspace) -> None:
    with pytest.raises(DuplicateMemberError):
        add_members(
            cell_workspace.uow(),
            [
                NewMember(full_name="Vàng A Dính", sex=Sex.MALE, card_number="111122223333"),
                NewMember(full_name="Thào Mí Chứ", sex=Sex.MALE, card_number="111122223333"),
            ],
            today=TODAY,
        )
    assert _count(cell_workspace, MemberRecord) == 0


def test_correcting_personal_data_and_entry_dates(
    cell_workspace: Workspace, full_member: MemberSummary
) -> None:
    detail = get_member(cell_workspace.uow(read_only=True), full_member.uuid, today=TODAY)
    update_member(
        cell_workspace.uow(),
        full_member.uuid,
        replace(detail.fields, phone="0912 345 678", admitted_on=date(1999, 6, 1)),
        today=TODAY,
    )
    corrected = get_member(cell_workspace.uow(read_only=True), full_member.uuid, today=TODAY)
    assert corrected.fields.phone == "0912345678" and corrected.fields.admitted_on == date(1999, 6, 1)
    assert not corrected.has_events  # without events, the entry itself is corrected


def test_after_events_a_date_set_by_an_event_is_corrected_only_by_reversal(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    _record(cell_workspace, newcomer, EventInput(K.RECOGNISED, date(2026, 10, 21), vote=RECOGNITION_VOTE))
    detail = get_member(cell_workspace.uow(read_only=True), newcomer.uuid, today=TODAY)
    assert detail.governed_dates == {"admitted_on", "ceremony_on", "official_on"}
    with pytest.raises(ValidationError, match="do một sự kiện đã ghi xác định"):
        update_member(
            cell_workspace.uow(),
            newcomer.uuid,
            replace(detail.fields, official_on=date(2026, 11, 1)),
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="Trạng thái do các sự kiện"):
        update_member(
            cell_workspace.uow(),
            newcomer.uuid,
            replace(detail.fields, status=MemberStatus.EXEMPT),
            today=TODAY,
        )


def test_entry_dates_of_a_member_with_events_are_corrected_by_a_correction_event(
    cell_workspace: Workspace, full_member: MemberSummary
) -> None:
    _record(
        cell_workspace,
        full_member,
        EventInput(K.AWARDED, date(2026, 5, 19), award="Giấy khen của Đảng ủy xã"),
    )
    detail = get_member(cell_workspace.uow(read_only=True), full_member.uuid, today=TODAY)
    update_member(
        cell_workspace.uow(),
        full_member.uuid,
        replace(detail.fields, admitted_on=date(1999, 5, 20)),
        today=TODAY,
    )
    history = member_history(cell_workspace.uow(read_only=True), full_member.uuid)
    assert K.ENTRY_CORRECTED in [h.kind for h in history]
    assert get_member(cell_workspace.uow(read_only=True), full_member.uuid).fields.admitted_on == date(
        1999, 5, 20
    )


def test_the_detail_offers_only_actions_the_status_allows(
    cell_workspace: Workspace, newcomer: MemberSummary
) -> None:
    detail = get_member(cell_workspace.uow(read_only=True), newcomer.uuid, today=TODAY)
    assert (
        K.RECOGNISED in detail.actions
        and K.EXEMPTED not in detail.actions
        and K.RETURNED not in detail.actions
    )
    assert detail.seniority.recognition_due == date(2026, 10, 20)
