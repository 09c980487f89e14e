"""A member's history (quá trình sinh hoạt đảng): replaying lifecycle events into the status on any day,
the party dates, and the gaps that do not count in seniority.

Events are never edited; a wrong one is cancelled by a reversal event, and replay simply leaves both out.
A member entered from the paper register starts from that entry (`Entry`, or the `REGISTERED` event that
preserves it once events are recorded): before any event, the entry's status stands for the past, except
that a full member was probationary before the official date and not yet a member before admission.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import (
    DisciplineLevel,
    EventDetails,
    EventKind,
    Grade,
    Standing,
    apply_event,
    probation_ends,
)
from cellapp.domain.lifecycle_rules import RuleContext, refusal
from cellapp.domain.members import MemberStatus
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.seniority import Gap, earliest_badge_award, next_badge, reaches_years_on, seniority_years
from cellapp.domain.vietnamese import format_date

K = EventKind
_LEAVING = frozenset({MemberStatus.STRUCK_OFF, MemberStatus.RESIGNED, MemberStatus.EXPELLED})


@dataclass(frozen=True)
class LifecycleEvent:
    """One recorded event; kind-specific fields are None where they do not apply."""

    uuid: str
    kind: EventKind
    effective_on: date
    sequence: int
    decision_ref: str | None = None
    note: str | None = None
    ends_on: date | None = None
    organisation: str | None = None
    grade: Grade | None = None
    status: MemberStatus | None = None
    admitted_on: date | None = None
    ceremony_on: date | None = None
    official_on: date | None = None
    discipline: DisciplineLevel | None = None
    badge_years: int | None = None
    award: str | None = None
    reverses: str | None = None
    recorded_at: datetime | None = None
    recorded_by: str | None = None
    vote: PersonnelVote | None = None  # the cell's vote behind an admission or a recognition

    def details(self) -> EventDetails:
        return EventDetails(
            kind=self.kind,
            effective_on=self.effective_on,
            grade=self.grade,
            status=self.status,
            ends_on=self.ends_on,
            ceremony_on=self.ceremony_on,
            discipline=self.discipline,
            badge_years=self.badge_years,
            award=self.award,
            note=self.note,
        )


@dataclass(frozen=True)
class PartyDates:
    admitted_on: date | None = None
    ceremony_on: date | None = None
    official_on: date | None = None


def probation_end(dates: PartyDates) -> date | None:
    """The day recognition may be considered: 12 months after the admission ceremony (Điều lệ Điều 5
    khoản 1). Unknown (None) while the ceremony's date is not recorded: the decision's date never stands
    in for it."""
    return probation_ends(dates.ceremony_on) if dates.ceremony_on is not None else None


@dataclass(frozen=True)
class Entry:
    """A member as entered in the register without events: their status and dates then."""

    status: MemberStatus
    dates: PartyDates = PartyDates()

    @property
    def grade(self) -> Grade:
        return entry_grade(self.status, self.dates.official_on)


def entry_grade(status: MemberStatus, official_on: date | None) -> Grade:
    """The grade of a member as entered in the register: probationary only when entered as such; a member
    entered exempt, away or suspended is taken as a full member (long-standing members, as the paper
    register holds them). A probationary member who later goes away, is temporarily exempted or is
    suspended keeps the probationary grade through the events that record it."""
    return Grade.PROBATIONARY if status is MemberStatus.PROBATIONARY and official_on is None else Grade.FULL


@dataclass(frozen=True)
class Step:
    """From `on` (None: since ever) the member stood as `standing`, because of `event` (None: the entry)."""

    on: date | None
    standing: Standing
    event: LifecycleEvent | None = None


class HistoryRefused(Exception):
    """An event cannot stand where it is in the history; `event` is the one refused."""

    def __init__(self, event: LifecycleEvent, standing: Standing, reason: Text) -> None:
        super().__init__(reason.en)
        self.event = event
        self.standing = standing
        self.reason = reason


@dataclass(frozen=True)
class Replay:
    steps: tuple[Step, ...]
    dates: PartyDates
    gaps: tuple[Gap, ...] = field(default=())
    # Events the rules refused, left out of a lenient replay (histories received from elsewhere).
    skipped: tuple[LifecycleEvent, ...] = field(default=())

    @property
    def current(self) -> Standing:
        return self.steps[-1].standing if self.steps else Standing(None)

    def standing_on(self, day: date) -> Standing:
        found = Standing(None)
        for step in self.steps:
            if step.on is None or step.on <= day:
                found = step.standing
            else:
                break
        return found


def live_events(events: Iterable[LifecycleEvent]) -> list[LifecycleEvent]:
    """Events still standing: reversals and the events they reverse are left out."""
    events = list(events)
    reversed_ids = {e.reverses for e in events if e.kind is K.REVERSAL and e.reverses}
    return [e for e in events if e.kind is not K.REVERSAL and e.uuid not in reversed_ids]


def _positional(events: Sequence[LifecycleEvent]) -> list[LifecycleEvent]:
    kept = [e for e in events if e.kind not in (K.REGISTERED, K.ENTRY_CORRECTED)]
    return sorted(kept, key=lambda e: (e.effective_on, e.sequence))


def governed_dates(events: Iterable[LifecycleEvent]) -> set[str]:
    """Dates set by standing events themselves: a correction of the register entry cannot override them."""
    governed: set[str] = set()
    for event in _positional(live_events(events)):
        if event.kind is K.ADMITTED:
            governed.add("admitted_on")
        if event.kind in (K.ADMITTED, K.READMITTED) and event.ceremony_on is not None:
            governed.add("ceremony_on")
        if event.kind in (K.RECOGNISED, K.READMITTED):
            governed.add("official_on")
    return governed


def _corrected(dates: PartyDates, corrections: Sequence[LifecycleEvent], governed: set[str]) -> PartyDates:
    for correction in sorted(corrections, key=lambda e: e.sequence):
        changes = {
            name: getattr(correction, name)
            for name in ("admitted_on", "ceremony_on", "official_on")
            if name not in governed
        }
        dates = replace(dates, **changes)
    return dates


def _fold_dates(dates: PartyDates, event: LifecycleEvent) -> PartyDates:
    if event.kind is K.ADMITTED:
        return PartyDates(event.effective_on, event.ceremony_on or dates.ceremony_on, None)
    if event.kind is K.READMITTED:
        return PartyDates(dates.admitted_on, event.ceremony_on or dates.ceremony_on, None)
    if event.kind is K.RECOGNISED:
        return replace(dates, official_on=event.effective_on)
    if event.kind in (K.TRANSFERRED_IN, K.ATTACHED_IN):
        return PartyDates(
            event.admitted_on or dates.admitted_on,
            event.ceremony_on or dates.ceremony_on,
            event.official_on or dates.official_on,
        )
    return dates


def replay(
    events: Iterable[LifecycleEvent],
    *,
    entry: Entry | None = None,
    birth_date: date | None = None,
    strict: bool = True,
) -> Replay:
    """The member's timeline. Raises HistoryRefused at the first event the rules do not allow there; a
    lenient replay (`strict=False`) leaves such events out instead and lists them in `skipped`."""
    live = live_events(events)
    registered = next((e for e in sorted(live, key=lambda e: e.sequence) if e.kind is K.REGISTERED), None)
    corrections = [e for e in live if e.kind is K.ENTRY_CORRECTED]
    positional = _positional(live)
    governed = governed_dates(live)
    steps: list[Step] = []
    if registered is not None:
        entry = Entry(
            registered.status or MemberStatus.FULL,
            PartyDates(registered.admitted_on, registered.ceremony_on, registered.official_on),
        )
    elif positional:
        entry = None  # the history opens with an admission or an arrival
    dates = _corrected(entry.dates if entry else PartyDates(), corrections, governed)
    pending: list[tuple[date | None, int, Step | LifecycleEvent]] = []
    if entry is not None:
        pending.extend(_entry_steps(entry, dates))
    pending.extend((e.effective_on, 1, e) for e in positional)
    pending.sort(key=lambda item: (item[0] or date.min, item[1], getattr(item[2], "sequence", 0)))

    standing = Standing(None)
    done: list[LifecycleEvent] = []
    skipped: list[LifecycleEvent] = []
    for _on, _order, item in pending:
        if isinstance(item, Step):
            standing = _entry_standing(standing, item)
            steps.append(replace(item, standing=standing))
            continue
        context = _context(birth_date, _corrected(dates, corrections, governed), done, item.effective_on)
        reason = refusal(standing, item.details(), context)
        if reason is not None:
            if strict:
                raise HistoryRefused(item, standing, reason)
            skipped.append(item)
            continue
        standing = apply_event(standing, item.details())
        dates = _fold_dates(dates, item)
        done.append(item)
        steps.append(Step(item.effective_on, standing, item))
    final = _corrected(dates, corrections, governed)
    return Replay(tuple(steps), final, tuple(_gaps(done)), tuple(skipped))


def _entry_steps(entry: Entry, dates: PartyDates) -> list[tuple[date | None, int, Step | LifecycleEvent]]:
    official = dates.official_on
    if entry.status is MemberStatus.FULL and official is not None:
        return [
            (
                dates.admitted_on,
                0,
                Step(dates.admitted_on, Standing(MemberStatus.PROBATIONARY, Grade.PROBATIONARY)),
            ),
            (official, 0, Step(official, Standing(MemberStatus.FULL, Grade.FULL))),
        ]
    grade = entry_grade(entry.status, official)
    return [(dates.admitted_on, 0, Step(dates.admitted_on, Standing(entry.status, grade)))]


def _entry_standing(current: Standing, step: Step) -> Standing:
    if current.status is None:
        return step.standing
    # The official date of an entered full member arrives like a recognition, whatever happened since.
    status = MemberStatus.FULL if current.status is MemberStatus.PROBATIONARY else current.status
    return Standing(status, Grade.FULL)


def _context(
    birth_date: date | None, dates: PartyDates, done: Sequence[LifecycleEvent], on: date
) -> RuleContext:
    admitted = dates.admitted_on
    gaps = _gaps(done)

    def badge_earliest(years: int) -> date | None:
        return earliest_badge_award(admitted, years, gaps) if admitted else None

    def badge_reached(years: int) -> date | None:
        return reaches_years_on(admitted, years, gaps) if admitted else None

    awarded = {e.badge_years: e.effective_on for e in done if e.kind is K.AWARDED and e.badge_years}
    return RuleContext(
        birth_date=birth_date,
        admitted_on=admitted,
        ceremony_on=dates.ceremony_on,
        badge_earliest=badge_earliest,
        badge_reached=badge_reached,
        badges_awarded=awarded,
    )


def _gaps(events: Sequence[LifecycleEvent]) -> list[Gap]:
    """Periods outside the Party (left, then readmitted) and periods the committee did not count.

    A member still outside (left, died) has an open gap, closed on the day seniority is asked for.
    """
    gaps: list[Gap] = []
    left_on: date | None = None
    for event in sorted(events, key=lambda e: (e.effective_on, e.sequence)):
        leaves = event.kind in (K.STRUCK_OFF, K.RESIGNED, K.DIED) or (
            event.kind is K.DISCIPLINED and event.discipline is DisciplineLevel.EXPULSION
        )
        if leaves and left_on is None:
            left_on = event.effective_on
        elif event.kind is K.READMITTED and left_on is not None:
            gaps.append(Gap(left_on, event.effective_on - timedelta(days=1)))
            left_on = None
        elif event.kind is K.REINSTATED:
            left_on = None  # the decision was annulled: seniority is continuous
        elif event.kind is K.SENIORITY_GAP and event.ends_on is not None:
            gaps.append(Gap(event.effective_on, event.ends_on))
    if left_on is not None:
        gaps.append(Gap(left_on, date.max))
    return gaps


@dataclass(frozen=True)
class SeniorityFacts:
    """What follows from the history on a day: seniority, the next badge, fee exemption by seniority."""

    years: int | None
    next_badge: tuple[int, date] | None
    fee_exempt_from: date | None
    recognition_due: date | None


def seniority_facts(replay_: Replay, on: date) -> SeniorityFacts:
    admitted = replay_.dates.admitted_on
    standing = replay_.current
    gaps = [Gap(g.start, min(g.end, on)) for g in replay_.gaps if g.start <= on]
    current = standing.status is not None and standing.status.is_current
    recognition_due = None
    if current and standing.grade is Grade.PROBATIONARY:
        recognition_due = probation_end(replay_.dates)
    if admitted is None or not current:
        return SeniorityFacts(None, None, None, recognition_due)
    open_gaps = [g for g in replay_.gaps if g.end >= on]
    return SeniorityFacts(
        years=seniority_years(admitted, on, gaps),
        next_badge=next_badge(admitted, on, replay_.gaps) if not open_gaps else None,
        fee_exempt_from=reaches_years_on(admitted, 50, [g for g in replay_.gaps if g.end < date.max]),
        recognition_due=recognition_due,
    )


def refusal_message(error: HistoryRefused, new_event: LifecycleEvent | None) -> Text:
    """The message for a refused history: the new event itself, or a later event it would contradict."""
    if new_event is None or error.event.uuid == new_event.uuid:
        return error.reason
    return T(
        "This would contradict '{event}' of {day}, recorded later: {reason} Reverse that event first if it "
        "is wrong.",
        "Việc này mâu thuẫn với sự kiện '{event}' ngày {day} đã ghi: {reason} Nếu sự kiện đó sai, hãy hủy "
        "bỏ nó trước.",
        event=error.event.kind.label,
        day=format_date(error.event.effective_on),
        reason=error.reason,
    )
