"""Alerts from the member register: recognition due or overdue, exemptions and attachments ending, Party
badge milestones this year, transfers whose letter is still on its way."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import date, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import select

from cellapp.domain.alerts import Alert, Severity
from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import EventKind, Grade, add_working_days, probation_ends
from cellapp.domain.member_history import LifecycleEvent, Replay, live_events
from cellapp.domain.members import MemberStatus
from cellapp.domain.seniority import BADGE_YEARS, FEE_EXEMPT_YEARS, reaches_years_on
from cellapp.domain.vietnamese import format_date
from cellapp.services.members._histories import load_events, replay_record
from cellapp.storage.records import MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork

K = EventKind
AHEAD = timedelta(days=30)
# The cell considers recognition within 30 working days after probation ends; a moved member presents the
# transfer letter within 30 working days (docs/party-rules.md §5.3).
DEADLINE_WORKING_DAYS = 30


class RegisterEntry(Protocol):
    """What the alerts read of a member besides the history: a record, or an entry of the committee's
    register."""

    @property
    def uuid(self) -> str: ...

    @property
    def full_name(self) -> str: ...

    @property
    def status(self) -> str: ...


E = TypeVar("E", bound=RegisterEntry)
# Members the register alerts about: on a list, or transferred out with the letter maybe on its way.
WATCHED_STATUSES = frozenset(
    [s.value for s in MemberStatus if s.is_current] + [MemberStatus.TRANSFERRED_OUT.value]
)


def member_alerts(uow: UnitOfWork, today: date) -> Iterator[Alert]:
    """Every member's alerts on `today`, from the records and their events."""
    records = uow.session.scalars(
        select(MemberRecord).where(
            MemberRecord.deleted.is_(False), MemberRecord.status.in_(sorted(WATCHED_STATUSES))
        )
    ).all()
    events = load_events(uow.session)
    for record in records:
        history = events.get(record.uuid, [])
        yield from _alerts_of(record, history, replay_record(record, history), today)


def entry_alerts(
    entries: Iterable[E],
    today: date,
    *,
    events_of: Callable[[E], Iterable[LifecycleEvent]],
    replay_of: Callable[[E], Replay],
    kinds: Collection[str] | None = None,
) -> Iterator[Alert]:
    """The same alerts for members whose events and replayed history the caller holds already (the
    committee's register); `entries` are members not deleted. `kinds` limits them to these kinds (the
    badge alerts, the costly ones, are then worked out only if asked for)."""
    for entry in entries:
        if entry.status in WATCHED_STATUSES:
            yield from _alerts_of(entry, events_of(entry), replay_of(entry), today, kinds)


def _alerts_of(
    record: RegisterEntry,
    history: Iterable[LifecycleEvent],
    outcome: Replay,
    today: date,
    kinds: Collection[str] | None = None,
) -> Iterator[Alert]:
    live = [e for e in live_events(history) if e not in outcome.skipped]
    alerts = _alerts_for(record, outcome, live, today, kinds)
    yield from alerts if kinds is None else (a for a in alerts if a.kind in kinds)


def _alert(kind: str, severity: Severity, record: RegisterEntry, due: date | None, message: Text) -> Alert:
    return Alert(kind, severity, message, due, record.uuid, record.full_name)


def _latest(events: list[LifecycleEvent], kind: EventKind) -> LifecycleEvent | None:
    found = [e for e in events if e.kind is kind]
    return max(found, key=lambda e: (e.effective_on, e.sequence)) if found else None


# What the badge alerts may raise: working them out is most of the cost, so a caller asking for other
# kinds only (the committee's) skips them.
BADGE_KINDS = frozenset({"badge_reached", "badge_milestone"})


def _alerts_for(
    record: RegisterEntry,
    outcome: Replay,
    live: list[LifecycleEvent],
    today: date,
    kinds: Collection[str] | None = None,
) -> Iterator[Alert]:
    standing = outcome.current
    status = standing.status
    if status is MemberStatus.TRANSFERRED_OUT:
        yield from _transfer_alerts(record, live, today)
        return
    if status is None or not status.is_current:
        return
    if standing.grade is Grade.PROBATIONARY and status is not MemberStatus.ATTACHED_HERE:
        yield from _recognition_alerts(record, outcome, today)
    if status is MemberStatus.TEMPORARILY_EXEMPT:
        yield from _ending_alerts(record, _latest(live, K.TEMPORARILY_EXEMPTED), "exemption_ending", today)
    if status is MemberStatus.ATTACHED_ELSEWHERE:
        yield from _ending_alerts(record, _latest(live, K.ATTACHED_OUT), "attachment_ending", today)
    if status is MemberStatus.ATTACHED_HERE:
        yield from _ending_alerts(record, _latest(live, K.ATTACHED_IN), "attachment_here_ending", today)
    if status is not MemberStatus.ATTACHED_HERE and (kinds is None or not BADGE_KINDS.isdisjoint(kinds)):
        yield from _badge_alerts(record, outcome, live, today)


def _recognition_alerts(record: RegisterEntry, outcome: Replay, today: date) -> Iterator[Alert]:
    # Probation runs from the admission ceremony only (Điều lệ Điều 5 khoản 1); the cell holds the
    # ceremony within 30 working days of receiving the decision (29-QĐ/TW 4.1, kept by 294-QĐ/TW).
    start = outcome.dates.ceremony_on
    if start is None:
        decided = outcome.dates.admitted_on
        deadline = add_working_days(decided, DEADLINE_WORKING_DAYS) if decided else None
        late = deadline is not None and today > deadline
        yield _alert(
            "ceremony_missing",
            Severity.OVERDUE if late else Severity.SOON,
            record,
            deadline,
            T(
                "No admission ceremony date is recorded: probation runs 12 months from the ceremony, so its "
                "end cannot be worked out. Enter the ceremony's date (the cell holds it within 30 working "
                "days of the admission decision).",
                "Chưa ghi ngày lễ kết nạp: thời gian dự bị 12 tháng tính từ ngày lễ kết nạp nên chưa tính "
                "được ngày hết dự bị. Hãy nhập ngày lễ kết nạp (chi bộ tổ chức lễ trong 30 ngày làm việc kể "
                "từ khi nhận quyết định kết nạp).",
            ),
        )
        return
    due = probation_ends(start)
    deadline = add_working_days(due, DEADLINE_WORKING_DAYS)
    if today >= due:
        yield _alert(
            "recognition_overdue",
            Severity.OVERDUE,
            record,
            due,
            T(
                "Probation ended on {due}: the cell must consider recognition as a full member (by {deadline}, "
                "30 working days).",
                "Đã hết 12 tháng dự bị từ ngày {due}: chi bộ cần xét công nhận đảng viên chính thức (chậm nhất "
                "ngày {deadline}, trong 30 ngày làm việc).",
                due=format_date(due),
                deadline=format_date(deadline),
            ),
        )
    elif due - today <= AHEAD:
        yield _alert(
            "recognition_due",
            Severity.SOON,
            record,
            due,
            T(
                "Probation ends on {due}: prepare the cell's consideration for recognition as a full member.",
                "Hết 12 tháng dự bị vào ngày {due}: chuẩn bị để chi bộ xét công nhận đảng viên chính thức.",
                due=format_date(due),
            ),
        )


_ENDING = {
    "exemption_ending": (
        T("Temporary exemption ends on {day}.", "Hết thời hạn tạm miễn sinh hoạt vào ngày {day}."),
        T(
            "Temporary exemption ended on {day}: record the return to meetings or an extension.",
            "Đã hết thời hạn tạm miễn sinh hoạt từ ngày {day}: hãy ghi việc trở lại sinh hoạt hoặc gia hạn.",
        ),
    ),
    "attachment_ending": (
        T(
            "Temporary attachment to {organisation} ends on {day}.",
            "Hết thời hạn sinh hoạt tạm thời tại {organisation} vào ngày {day}.",
        ),
        T(
            "Temporary attachment to {organisation} ended on {day}: record the return or an extension.",
            "Đã hết thời hạn sinh hoạt tạm thời tại {organisation} từ ngày {day}: hãy ghi việc trở về sinh "
            "hoạt hoặc gia hạn.",
        ),
    ),
    "attachment_here_ending": (
        T(
            "Temporary attachment here (from {organisation}) ends on {day}.",
            "Thời hạn sinh hoạt tạm thời tại chi bộ (của {organisation}) kết thúc ngày {day}.",
        ),
        T(
            "Temporary attachment here (from {organisation}) ended on {day}: record its end or an extension.",
            "Thời hạn sinh hoạt tạm thời tại chi bộ (của {organisation}) đã hết từ ngày {day}: hãy ghi việc "
            "kết thúc hoặc gia hạn.",
        ),
    ),
}


def _ending_alerts(
    record: RegisterEntry, event: LifecycleEvent | None, kind: str, today: date
) -> Iterator[Alert]:
    if event is None or event.ends_on is None:
        return
    soon, overdue = _ENDING[kind]
    values = {"day": format_date(event.ends_on), "organisation": event.organisation or ""}
    if today > event.ends_on:
        yield _alert(kind, Severity.OVERDUE, record, event.ends_on, T(overdue.en, overdue.vi, **values))
    elif event.ends_on - today <= AHEAD:
        yield _alert(kind, Severity.SOON, record, event.ends_on, T(soon.en, soon.vi, **values))


def _badge_alerts(
    record: RegisterEntry, outcome: Replay, live: list[LifecycleEvent], today: date
) -> Iterator[Alert]:
    admitted = outcome.dates.admitted_on
    if admitted is None or any(g.end == date.max for g in outcome.gaps):
        return
    gaps = list(outcome.gaps)
    awarded = {e.badge_years for e in live if e.kind is K.AWARDED and e.badge_years}
    for years in BADGE_YEARS:
        reached = reaches_years_on(admitted, years, gaps)
        if reached.year != today.year or years in awarded:
            continue
        fee = (
            T(" From then on no party fees are due.", " Từ ngày đó được miễn đóng đảng phí.")
            if years == FEE_EXEMPT_YEARS
            else T("", "")
        )
        if reached <= today:
            message = T(
                "Reached {years} years of party seniority on {day}: propose the {years}-year Party badge.{fee}",
                "Đã đủ {years} năm tuổi đảng từ ngày {day}: đề nghị xét tặng Huy hiệu {years} năm tuổi đảng.{fee}",
                years=years,
                day=format_date(reached),
                fee=fee,
            )
            yield _alert("badge_reached", Severity.SOON, record, reached, message)
        else:
            message = T(
                "Reaches {years} years of party seniority on {day}: the {years}-year Party badge is due.{fee}",
                "Đủ {years} năm tuổi đảng vào ngày {day}: đến mốc xét tặng Huy hiệu {years} năm tuổi đảng.{fee}",
                years=years,
                day=format_date(reached),
                fee=fee,
            )
            yield _alert("badge_milestone", Severity.INFO, record, reached, message)


def _transfer_alerts(record: RegisterEntry, live: list[LifecycleEvent], today: date) -> Iterator[Alert]:
    event = _latest(live, K.TRANSFERRED_OUT)
    if event is None:
        return
    deadline = add_working_days(event.effective_on, DEADLINE_WORKING_DAYS)
    if event.effective_on <= today <= deadline:
        yield _alert(
            "transfer_waiting",
            Severity.INFO,
            record,
            deadline,
            T(
                "Transferred to {organisation} on {day}: the member must present the letter there by {deadline}.",
                "Đã chuyển sinh hoạt đến {organisation} ngày {day}: đảng viên phải xuất trình giấy giới thiệu "
                "trước ngày {deadline}.",
                organisation=event.organisation or "",
                day=format_date(event.effective_on),
                deadline=format_date(deadline),
            ),
        )
