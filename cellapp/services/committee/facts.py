"""What a cell's records say whatever the day: its members with their histories replayed, and its held
meetings counted. Every committee figure of a day (the Cells page, the alerts, the Overview's charts, the
statistics of a period) is derived from these, cheaply, with the cells' own rules.

Reading the register and replaying every history takes most of the time of a committee view, and its
result changes only when the cell's records do; so a cell's facts are kept per revision
(`cellapp.storage.figure_cache`), whatever day they were computed on: after a bundle is imported, only the
cells it touched are read again, and a new day reads none.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cellapp.domain.lifecycle import Standing
from cellapp.domain.members import MemberStatus
from cellapp.services.committee.cells import RegisterMember, load_register
from cellapp.services.committee.history_json import SHAPE as HISTORY_SHAPE, member_from_json, member_to_json
from cellapp.services.committee.kept import kept_or_computed
from cellapp.services.committee.meeting_figures import MeetingFacts, meeting_facts
from cellapp.services.committee.plain_json import decoder, encoder, shape
from cellapp.storage.unit_of_work import UnitOfWork

TOPIC = "facts"


@dataclass(frozen=True)
class CellFacts:
    members: tuple[RegisterMember, ...]  # every member of the cell's register (not deleted)
    meetings: MeetingFacts

    def standings_on(self, day: date) -> dict[str, Standing]:
        """Each member's standing on the day (the members service's), members not yet or no longer on
        any list left out."""
        found: dict[str, Standing] = {}
        for member in self.members:
            standing = member.history.standing_on(day)
            if standing.status is not None:
                found[member.uuid] = standing
        return found

    def statuses_on(self, day: date) -> dict[str, MemberStatus]:
        return {
            uuid: standing.status
            for uuid, standing in self.standings_on(day).items()
            if standing.status is not None
        }


# Raise the first number when what is computed changes without the classes changing; a change to any
# of the classes kept (fields, types, enum values) changes the second by itself.
LAYOUT = 2 * 100_000 + zlib.crc32(f"{HISTORY_SHAPE}|{shape(MeetingFacts)}".encode()) % 100_000
_encode_meetings = encoder(MeetingFacts)
_decode_meetings = decoder(MeetingFacts)


def cell_facts(uow: UnitOfWork, units: Sequence[str], *, today: date) -> dict[str, CellFacts]:
    """Each cell's facts: the kept ones where its records have not changed, the others computed (and kept
    when the workspace can be written). `today` is only noted as the day they were computed on."""
    return kept_or_computed(
        uow,
        TOPIC,
        list(units),
        day=today,
        any_day=True,
        layout=LAYOUT,
        compute=lambda missing: compute_facts(uow, missing),
        to_json=facts_to_json,
        from_json=facts_from_json,
    )


def compute_facts(uow: UnitOfWork, units: Sequence[str]) -> dict[str, CellFacts]:
    """The facts of these cells, from their records."""
    with uow:
        register = load_register(uow, units)
        meetings = meeting_facts(uow, units, standings_for=register.standings_on)
    return {unit: CellFacts(tuple(register.members.get(unit, ())), meetings[unit]) for unit in units}


def facts_to_json(facts: CellFacts) -> dict[str, Any]:
    return {
        "members": [member_to_json(m) for m in facts.members],
        "meetings": _encode_meetings(facts.meetings),
    }


def facts_from_json(data: dict[str, Any]) -> CellFacts:
    meetings: MeetingFacts = _decode_meetings(data["meetings"])
    return CellFacts(tuple(member_from_json(m) for m in data["members"]), meetings)
