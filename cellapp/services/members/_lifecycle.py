"""Recording the events of a member's party life, reversing wrong ones, and reading the history back.

Each use case writes its events and the member record's new projection (status, party dates) in one
transaction. An event is checked against the member's whole history replayed with it in place, so a
back-dated event that would contradict a later one is refused too. A member entered from the paper
register gets a `REGISTERED` event preserving that entry before the first event is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.joining import JoinWay, entry_status
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import (
    ACTION_KINDS,
    NEEDS_ORGANISATION,
    OPENING_KINDS,
    DisciplineLevel,
    EventKind,
    Grade,
    allowed_from,
)
from cellapp.domain.member_history import (
    HistoryRefused,
    LifecycleEvent,
    Replay,
    entry_grade,
    live_events,
    probation_end,
    refusal_message,
)
from cellapp.domain.members import MemberStatus
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.register_fields import check_member_fields, check_past
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.services.members._histories import (
    HistoryEntry,
    history_entries,
    load_events,
    next_sequence,
    project,
    replay_record,
    to_record,
)
from cellapp.services.members._register import MemberSummary, NewMember, check_unique, new_record, summary_of
from cellapp.services.members._votes import checked_vote
from cellapp.services.sync import read_register_lists
from cellapp.storage.records import MemberRecord, new_uuid
from cellapp.storage.unit_of_work import UnitOfWork

K = EventKind
_TEXT_LIMITS = {"decision_ref": 120, "organisation": 200, "award": 200}


@dataclass(frozen=True)
class EventInput:
    """What the secretary enters for one event: the date it takes effect, the decision, a note, and the
    fields its kind needs (see domain.lifecycle)."""

    kind: EventKind
    effective_on: date
    decision_ref: str | None = None
    note: str | None = None
    ends_on: date | None = None
    organisation: str | None = None
    grade: Grade | None = None
    ceremony_on: date | None = None
    discipline: DisciplineLevel | None = None
    badge_years: int | None = None
    award: str | None = None
    admitted_on: date | None = None
    official_on: date | None = None
    vote: PersonnelVote | None = None  # the cell's vote: admission, readmission, recognition


def _not_found(member_uuid: str) -> NotFound:
    return NotFound(
        T(
            "No member {uuid} in this workspace.",
            "Không có đảng viên {uuid} trong dữ liệu này.",
            uuid=member_uuid,
        )
    )


def load_member(uow: UnitOfWork, member_uuid: str) -> tuple[MemberRecord, list[LifecycleEvent]]:
    record = uow.session.get(MemberRecord, member_uuid)
    if record is None or record.deleted:
        raise _not_found(member_uuid)
    return record, load_events(uow.session, [member_uuid]).get(member_uuid, [])


def _clean_text(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    cleaned = nfc(value)
    limit = _TEXT_LIMITS.get(field)
    if limit and len(cleaned) > limit:
        raise ValidationError(
            T(
                "This text is too long ({count} characters; at most {limit}).",
                "Nội dung quá dài ({count} ký tự; tối đa {limit}).",
                count=len(cleaned),
                limit=limit,
            ),
            field=field,
        )
    return cleaned or None


def _event_from_input(event: EventInput, sequence: int, actor: str, today: date) -> LifecycleEvent:
    if event.effective_on > today:
        raise ValidationError(
            T(
                "The date {day} is in the future; record an event once it has taken effect.",
                "Ngày {day} là ngày trong tương lai; chỉ ghi sự kiện khi đã có hiệu lực.",
                day=format_date(event.effective_on),
            ),
            field="effective_on",
        )
    organisation = _clean_text(event.organisation, "organisation")
    if event.kind in NEEDS_ORGANISATION and not organisation:
        raise ValidationError(
            T(
                "Enter the party organisation on the other side of this move.",
                "Hãy nhập tên tổ chức đảng nơi đi hoặc nơi đến.",
            ),
            field="organisation",
        )
    for day, field in (
        (event.ceremony_on, "ceremony_on"),
        (event.admitted_on, "admitted_on"),
        (event.official_on, "official_on"),
    ):
        check_past(day, field, today)
    return LifecycleEvent(
        uuid=new_uuid(),
        kind=event.kind,
        effective_on=event.effective_on,
        sequence=sequence,
        decision_ref=_clean_text(event.decision_ref, "decision_ref"),
        note=_clean_text(event.note, "note"),
        ends_on=event.ends_on,
        organisation=organisation,
        grade=event.grade,
        admitted_on=event.admitted_on,
        ceremony_on=event.ceremony_on,
        official_on=event.official_on,
        discipline=event.discipline,
        badge_years=event.badge_years,
        award=_clean_text(event.award, "award"),
        recorded_by=actor,
    )


def _registered_entry(record: MemberRecord, actor: str, today: date) -> LifecycleEvent:
    """The paper-register entry of a member, kept as the first event before anything else is recorded."""
    status = MemberStatus(record.status)
    return LifecycleEvent(
        uuid=new_uuid(),
        kind=K.REGISTERED,
        effective_on=min(record.created_at.date(), today) if record.created_at else today,
        sequence=1,
        status=status,
        grade=entry_grade(status, record.official_on),
        admitted_on=record.admitted_on,
        ceremony_on=record.ceremony_on,
        official_on=record.official_on,
        recorded_by=actor,
    )


def _replay_or_refuse(
    record: MemberRecord, events: list[LifecycleEvent], new: LifecycleEvent | None
) -> Replay:
    try:
        return replay_record(record, events, strict=True)
    except HistoryRefused as refused:
        raise ValidationError(refusal_message(refused, new), field="effective_on") from None


def write_events(
    uow: UnitOfWork, record: MemberRecord, events: list[LifecycleEvent], new: list[LifecycleEvent]
) -> None:
    """Check the history with `new` in place, then add the events and the record's new projection."""
    outcome = _replay_or_refuse(record, events + new, new[-1] if new else None)
    for event in new:
        uow.session.add(to_record(record.uuid, event))
    project(record, outcome)


def record_event(
    uow: UnitOfWork, member_uuid: str, event: EventInput, *, today: date | None = None
) -> MemberSummary:
    """Record one event of the member's party life; refused when the rules do not allow it there."""
    today = today or date.today()
    if event.kind in (K.REGISTERED, K.ENTRY_CORRECTED, K.REVERSAL, K.ADMITTED):
        raise ValidationError(
            T(
                "'{event}' is not recorded from the actions menu: admit a new member with 'Add member', and "
                "correct the register through the member's record or by reversing an event.",
                "Không ghi '{event}' từ trình đơn thao tác: kết nạp đảng viên mới bằng 'Thêm đảng viên', "
                "đính chính sổ bằng cách sửa hồ sơ hoặc hủy bỏ sự kiện.",
                event=event.kind.label,
            )
        )
    with uow:
        record, events = load_member(uow, member_uuid)
        if record.birth_date is not None and event.effective_on < record.birth_date:
            raise ValidationError(
                T("The date is before the member's birth.", "Ngày này trước ngày sinh của đảng viên."),
                field="effective_on",
            )
        new: list[LifecycleEvent] = []
        actor = str(uow.session.info.get("actor", ""))
        if not events:
            new.append(_registered_entry(record, actor, today))
        new.append(_event_from_input(event, next_sequence(events + new), actor, today))
        # The history's own rules first (they say what is wrong with the event itself), then the vote.
        _replay_or_refuse(record, events + new, new[-1])
        vote = checked_vote(
            uow,
            event.kind,
            event.vote,
            effective_on=event.effective_on,
            probation_end=probation_end(replay_record(record, events).dates),
            today=today,
        )
        new[-1] = replace(new[-1], vote=vote)
        write_events(uow, record, events, new)
        uow.commit()
    return summary_of(record)


def reverse_event(
    uow: UnitOfWork, member_uuid: str, event_uuid: str, *, reason: str, today: date | None = None
) -> MemberSummary:
    """Cancel a wrongly recorded event with a reversal that gives the reason; the event stays visible."""
    today = today or date.today()
    reason = nfc(reason)
    if not reason:
        raise ValidationError(
            T(
                "Say why the event is reversed; the reason stays in the history.",
                "Hãy ghi lý do hủy bỏ; lý do được lưu trong lịch sử.",
            ),
            field="note",
        )
    with uow:
        record, events = load_member(uow, member_uuid)
        live = {e.uuid: e for e in live_events(events)}
        target = live.get(event_uuid)
        if target is None:
            raise ValidationError(
                T(
                    "This event is not in the member's standing history (already reversed, or a reversal).",
                    "Sự kiện này không còn hiệu lực trong lịch sử (đã bị hủy bỏ, hoặc là một lần hủy bỏ).",
                )
            )
        if target.kind in OPENING_KINDS:
            raise ValidationError(
                T(
                    "The event that brought the member onto the list cannot be reversed alone; if the whole "
                    "record was entered by mistake, remove the member instead.",
                    "Không thể hủy riêng sự kiện đưa đảng viên vào danh sách; nếu cả hồ sơ nhập nhầm, hãy xóa "
                    "hồ sơ đảng viên.",
                )
            )
        reversal = LifecycleEvent(
            uuid=new_uuid(),
            kind=K.REVERSAL,
            effective_on=today,
            sequence=next_sequence(events),
            note=reason,
            reverses=target.uuid,
            recorded_by=str(uow.session.info.get("actor", "")),
        )
        write_events(uow, record, events, [reversal])
        uow.commit()
    return summary_of(record)


def add_member_with_event(
    uow: UnitOfWork, member: NewMember, event: EventInput, *, today: date | None = None
) -> MemberSummary:
    """A new member who arrives by an event: admitted, transferred in, or attached here for a while."""
    today = today or date.today()
    way = JoinWay.arriving_by(event.kind)
    if way is None or way is JoinWay.ENTRY:
        raise ValidationError(
            T(
                "A new member arrives by admission or transfer.",
                "Đảng viên mới đến bằng kết nạp hoặc chuyển đến.",
            )
        )
    status = entry_status(way, grade=event.grade)
    if way is JoinWay.ADMISSION:
        member = replace(
            member, admitted_on=event.effective_on, ceremony_on=event.ceremony_on, official_on=None
        )
    else:
        event = replace(
            event,
            admitted_on=member.admitted_on,
            ceremony_on=member.ceremony_on,
            official_on=member.official_on,
        )
    with uow:
        lists = read_register_lists(uow.session, on=today)
        fields_ = check_member_fields(replace(member, status=status).fields(), today=today, lists=lists)
        check_unique(uow, [fields_])
        record = new_record(fields_)
        record.uuid = new_uuid()
        uow.session.add(record)
        actor = str(uow.session.info.get("actor", ""))
        if record.birth_date is not None and event.effective_on < record.birth_date:
            raise ValidationError(
                T("The date is before the member's birth.", "Ngày này trước ngày sinh của đảng viên."),
                field="effective_on",
            )
        first = _event_from_input(event, 1, actor, today)
        _replay_or_refuse(record, [first], first)
        vote = checked_vote(
            uow, event.kind, event.vote, effective_on=event.effective_on, probation_end=None, today=today
        )
        write_events(uow, record, [], [replace(first, vote=vote)])
        uow.commit()
    return summary_of(record)


def actions_for(status: MemberStatus | None, grade: Grade | None) -> list[EventKind]:
    """The events the actions menu offers a member standing so (the rules are checked again on saving)."""
    kinds = [kind for kind in ACTION_KINDS if allowed_from(kind, status)]
    if grade is Grade.FULL and K.RECOGNISED in kinds:
        kinds.remove(K.RECOGNISED)
    if grade is Grade.PROBATIONARY and K.EXEMPTED in kinds:
        kinds.remove(K.EXEMPTED)
    return kinds


def member_history(uow: UnitOfWork, member_uuid: str) -> list[HistoryEntry]:
    with uow:
        _record, events = load_member(uow, member_uuid)
    return history_entries(events)


def open_history(uow: UnitOfWork, member_uuid: str) -> tuple[MemberRecord, list[LifecycleEvent], Replay]:
    """The member's record, events and replay, read inside an entered unit of work."""
    record, events = load_member(uow, member_uuid)
    return record, events, replay_record(record, events)


__all__ = [
    "EventInput",
    "HistoryEntry",
    "actions_for",
    "add_member_with_event",
    "member_history",
    "record_event",
    "reverse_event",
]
