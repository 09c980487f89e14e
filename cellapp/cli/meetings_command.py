"""`cellapp meetings [--year Y] [--json]`: the meetings of a year with their status and attendance."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, printed_json, say
from cellapp.domain.vietnamese import format_date

if TYPE_CHECKING:
    from cellapp.services.meetings import MeetingSummary


def register(commands: Any) -> None:
    meetings = commands.add_parser(
        "meetings", help=say("list the meetings of a year", "liệt kê các cuộc họp trong năm")
    )
    meetings.add_argument(
        "--year",
        type=int,
        help=say("the calendar year (default: this year)", "năm dương lịch (mặc định: năm nay)"),
    )
    meetings.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    meetings.set_defaults(handler=_list)


def meeting_json(meeting: MeetingSummary) -> dict[str, Any]:
    counts = meeting.counts
    return {
        "id": meeting.uuid,
        "kind": meeting.kind.value,
        "date": meeting.held_on,
        "status": meeting.status.value,
        "topic": meeting.topic,
        "combined_sitting": meeting.combined,
        "counts": {
            "total": counts.total,
            "full": counts.full,
            "probationary": counts.probationary,
            "exempt": counts.exempt,
            "attached_elsewhere": counts.attached_elsewhere,
            "suspended": counts.suspended,
            "probationary_exempt": counts.probationary_exempt,
            "attached_here": counts.attached_here,
            "expected": counts.expected,
            "present": counts.present,
            "absent_with_reason": len(counts.absent_excused),
            "absent_without_reason": len(counts.absent_unexcused),
            "not_marked": len(counts.unmarked),
            "voting_denominator": counts.voting_denominator,
            "voters_present": counts.voters_present,
        },
    }


def _list(args: argparse.Namespace, context: CliContext) -> int:
    from datetime import date

    from cellapp.domain.errors import UsageError
    from cellapp.domain.l10n import T
    from cellapp.services.meetings import list_meetings

    year = args.year if args.year is not None else date.today().year
    if not 1900 <= year <= 2100:
        raise UsageError(T("The year must be between 1900 and 2100.", "Năm phải từ 1900 đến 2100."))
    with context.opened() as workspace:
        meetings = list_meetings(workspace.uow(read_only=True), year=year)
    if printed_json(
        args, {"year": year, "meetings": [meeting_json(m) for m in meetings], "count": len(meetings)}
    ):
        return 0
    for meeting in meetings:
        counts = meeting.counts
        line = (
            f"{meeting.uuid[:8]}  {format_date(meeting.held_on)}  {meeting.kind.label.render():<24} "
            f"{meeting.status.label.render():<28} {counts.present}/{counts.expected}"
        )
        sys.stdout.write(line.rstrip() + "\n")
    return 0
