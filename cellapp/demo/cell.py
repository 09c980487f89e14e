"""The demo cell: a realistic village cell of a northern border commune, deterministic for a seed.

The embedded default for `cellapp demo` and `cellapp --demo`. Features add their own history to the demo
(meetings, fees…) through `DEMO_EXTENSIONS`, each building through the services like a real secretary.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from cellapp.demo.context import DemoContext
from cellapp.demo.fees import add_fee_history
from cellapp.demo.meetings import add_demo_meetings
from cellapp.demo.members import add_member_history
from cellapp.demo.people import CELL_NAME, COMMITTEE_NAME, COMMUNE, PROVINCE, DemoPerson, make_people
from cellapp.demo.review import add_demo_review
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.members import NewMember, add_members
from cellapp.services.workspace import Workspace, create_workspace

# Each feature may register a step that adds its own history to a fresh demo cell, in the order a
# secretary would have built it.
DEMO_EXTENSIONS: list[Callable[[DemoContext], None]] = [
    add_member_history,
    add_fee_history,
    add_demo_meetings,
    add_demo_review,
]


def build_demo_cell(
    root: Path,
    *,
    members: int = 40,
    months: int = 12,
    seed: int = 2026,
    today: date | None = None,
    name: str = CELL_NAME,
) -> Workspace:
    today = today or date.today()
    rng = random.Random(seed)
    workspace = create_workspace(
        root,
        kind=UnitKind.CELL,
        name=name,
        committee_name=COMMITTEE_NAME,
        level=CommitteeLevel.COMMUNE,
        upper_name=f"Đảng bộ tỉnh {PROVINCE}",
        place=COMMUNE,
    )
    people = make_people(rng, members)
    add_members(workspace.uow(), [_as_member(rng, person, today) for person in people], today=today)
    context = DemoContext(workspace=workspace, rng=rng, today=today, months=months)
    for extend in DEMO_EXTENSIONS:
        extend(context)
    return workspace


def _as_member(rng: random.Random, person: DemoPerson, today: date) -> NewMember:
    age = (today - person.birth_date).days // 365
    roll = rng.random()
    ceremony: date | None = None
    if age < 35 and roll < 0.45:
        status = MemberStatus.PROBATIONARY
        ceremony = today - timedelta(days=rng.randint(60, 420))
        admitted, official = ceremony - timedelta(days=rng.randint(5, 25)), None
    else:
        join_age = rng.randint(20, max(21, min(45, age - 1)))
        admitted = _safe_date(person.birth_date.year + join_age, rng)
        admitted = min(admitted, today - timedelta(days=500))
        official = admitted + timedelta(days=365 + rng.randint(0, 40))
        status = _settled_status(rng, age)
    return NewMember(
        full_name=person.full_name,
        sex=Sex(person.sex),
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        religion=person.religion,
        citizen_id=person.citizen_id,
        card_number=person.card_number if status is not MemberStatus.PROBATIONARY else None,
        home_town=person.home_town,
        residence=person.residence,
        phone=person.phone,
        occupation=person.occupation,
        admitted_on=admitted,
        official_on=official,
        ceremony_on=ceremony,
        status=status,
    )


def _settled_status(rng: random.Random, age: int) -> MemberStatus:
    roll = rng.random()
    if age >= 75 and roll < 0.35:
        return MemberStatus.EXEMPT
    if roll < 0.04:
        return MemberStatus.ATTACHED_ELSEWHERE
    if roll < 0.07:
        return MemberStatus.TEMPORARILY_EXEMPT
    if roll < 0.09:
        return MemberStatus.ATTACHED_HERE
    return MemberStatus.FULL


def _safe_date(year: int, rng: random.Random) -> date:
    return date(year, rng.randint(1, 12), rng.randint(1, 28))
