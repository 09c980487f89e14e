"""`cellapp members`: list and search the register."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, print_json
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import format_date

if TYPE_CHECKING:
    from cellapp.services.members import MemberSummary


def register(commands: Any) -> None:
    members = commands.add_parser("members", help="list the members")
    members.add_argument("--search", help="any part of the name, card number or citizen ID")
    members.add_argument("--status", choices=[s.value for s in MemberStatus], action="append")
    members.add_argument("--json", action="store_true")
    members.set_defaults(handler=_list)


def member_json(member: MemberSummary) -> dict[str, Any]:
    return {
        "uuid": member.uuid,
        "full_name": member.full_name,
        "sex": member.sex.value,
        "status": member.status.value,
        "birth_date": member.birth_date,
        "ethnicity": member.ethnicity,
        "admitted_on": member.admitted_on,
        "official_on": member.official_on,
        "card_number": member.card_number,
        "citizen_id": member.citizen_id,
    }


def _list(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.members import list_members

    workspace = context.open()
    try:
        statuses = frozenset(MemberStatus(s) for s in args.status) if args.status else None
        members = list_members(workspace.uow(read_only=True), search=args.search, statuses=statuses)
    finally:
        workspace.close()
    if args.json:
        print_json({"members": [member_json(m) for m in members], "count": len(members)})
        return 0
    for member in members:
        born = format_date(member.birth_date) if member.birth_date else ""
        sys.stdout.write(f"{member.full_name:<32} {born:<10}  {member.status.label.render()}\n")
    return 0
