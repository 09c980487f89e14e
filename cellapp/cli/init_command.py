"""`cellapp init cell|committee`: create a workspace."""

from __future__ import annotations

import argparse
from typing import Any

from cellapp.cli.common import CliContext, print_info
from cellapp.domain.l10n import T
from cellapp.domain.units import CommitteeLevel, UnitKind


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create a cell or committee workspace")
    kinds = init.add_subparsers(dest="kind", required=True, parser_class=type(init))
    cell = kinds.add_parser("cell", help="a party cell")
    cell.add_argument("--name", required=True)
    cell.add_argument("--committee", required=True, help="the committee directly above the cell")
    cell.add_argument("--upper", help="the committee above that one")
    cell.add_argument("--level", choices=[level.value for level in CommitteeLevel], default="commune")
    cell.add_argument("--place", help="place name written on documents")
    cell.set_defaults(handler=_init_cell)
    committee = kinds.add_parser("committee", help="a committee supervising cells")
    committee.add_argument("--name", required=True)
    committee.add_argument("--level", choices=[level.value for level in CommitteeLevel], default="commune")
    committee.add_argument("--upper", help="the committee above this one")
    committee.add_argument("--place", help="place name written on documents")
    committee.set_defaults(handler=_init_committee)


def _init_cell(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.workspace import create_workspace

    workspace = create_workspace(
        context.workspace_dir,
        kind=UnitKind.CELL,
        name=args.name,
        committee_name=args.committee,
        level=CommitteeLevel(args.level),
        upper_name=args.upper,
        place=args.place,
    )
    workspace.close()
    print_info(
        T(
            "Created the cell workspace in {path}.",
            "Đã tạo dữ liệu chi bộ tại {path}.",
            path=str(workspace.root),
        )
    )
    return 0


def _init_committee(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.services.workspace import create_workspace

    workspace = create_workspace(
        context.workspace_dir,
        kind=UnitKind.COMMITTEE,
        name=args.name,
        level=CommitteeLevel(args.level),
        upper_name=args.upper,
        place=args.place,
    )
    workspace.close()
    print_info(
        T(
            "Created the committee workspace in {path}.",
            "Đã tạo dữ liệu cấp ủy tại {path}.",
            path=str(workspace.root),
        )
    )
    return 0
