"""A member of the committee's register, with the replayed history, as compact plain JSON and back: a
province keeps tens of thousands of them with its cells' facts, and reads them all on the first view of
a day.

The history is kept whole (every step with the event behind it, the party dates, the gaps, the events
left out), so that whatever the rules read of it later reads the same as a fresh replay; a test checks
that the round trip gives back an equal member for every member of the demo committee, and that the
fields handled here are all the classes have. Events are written once, with the member's events, and
the steps and the events left out name them by position.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cellapp.domain.lifecycle import Grade, Standing
from cellapp.domain.member_history import LifecycleEvent, PartyDates, Replay, Step
from cellapp.domain.members import MemberStatus
from cellapp.domain.seniority import Gap
from cellapp.services.committee.cells import RegisterMember
from cellapp.services.committee.plain_json import decoder, encoder, shape

# The fields written below, class by class (a test compares them with the classes' own).
HANDLED = {
    RegisterMember: ("uuid", "full_name", "sex", "ethnicity", "birth_date", "status", "history", "events"),
    Replay: ("steps", "dates", "gaps", "skipped"),
    Step: ("on", "standing", "event"),
    Standing: ("status", "grade"),
    PartyDates: ("admitted_on", "ceremony_on", "official_on"),
    Gap: ("start", "end"),
}
SHAPE = "|".join(shape(cls) for cls in (*HANDLED, LifecycleEvent))

_encode_event = encoder(LifecycleEvent)
_decode_event = decoder(LifecycleEvent)
_date = date.fromisoformat
_STATUSES = {s.value: s for s in MemberStatus}
_GRADES = {g.value: g for g in Grade}
# A few standings stand for every member: each is built once.
_standings: dict[tuple[str | None, str | None], Standing] = {}


def member_to_json(member: RegisterMember) -> list[Any]:
    events = list(member.events)
    position = {id(e): i for i, e in enumerate(events)}

    def event_ref(event: LifecycleEvent) -> Any:
        found = position.get(id(event))
        if found is None:  # not among the member's events (never the case of a replay): written whole
            found = position[id(event)] = len(events)
            events.append(event)
        return found

    history = member.history
    steps = [
        [
            _day(step.on),
            _value(step.standing.status),
            _value(step.standing.grade),
            None if step.event is None else event_ref(step.event),
        ]
        for step in history.steps
    ]
    dates = history.dates
    return [
        member.uuid,
        member.full_name,
        member.sex,
        member.ethnicity,
        _day(member.birth_date),
        member.status,
        len(member.events),
        steps,
        [_day(dates.admitted_on), _day(dates.ceremony_on), _day(dates.official_on)],
        [[g.start.isoformat(), g.end.isoformat()] for g in history.gaps],
        [event_ref(e) for e in history.skipped],
        [_encode_event(e) for e in events],
    ]


def member_from_json(data: list[Any]) -> RegisterMember:
    uuid, name, sex, ethnicity, birth, status, own, steps, dates, gaps, skipped, encoded = data
    events = [_decode_event(e) for e in encoded] if encoded else []
    admitted, ceremony, official = dates
    replay = Replay(
        tuple(
            [
                Step(
                    on if on is None else _date(on),
                    _standing(step_status, grade),
                    ref if ref is None else events[ref],
                )
                for on, step_status, grade, ref in steps
            ]
        ),
        PartyDates(
            admitted if admitted is None else _date(admitted),
            ceremony if ceremony is None else _date(ceremony),
            official if official is None else _date(official),
        ),
        tuple([Gap(_date(start), _date(end)) for start, end in gaps]) if gaps else (),
        tuple([events[ref] for ref in skipped]) if skipped else (),
    )
    return RegisterMember(
        uuid,
        name,
        sex,
        ethnicity,
        birth if birth is None else _date(birth),
        status,
        replay,
        tuple(events[:own]) if own else (),
    )


def _standing(status: str | None, grade: str | None) -> Standing:
    found = _standings.get((status, grade))
    if found is None:
        found = _standings[(status, grade)] = Standing(
            None if status is None else _STATUSES[status], None if grade is None else _GRADES[grade]
        )
    return found


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _value(value: MemberStatus | Grade | None) -> str | None:
    return None if value is None else value.value
