"""`cellapp init cell|committee`: create a workspace."""

from __future__ import annotations

import argparse
from typing import Any

from cellapp.cli.common import CliContext, print_info, say
from cellapp.domain.l10n import T
from cellapp.domain.units import CommitteeLevel, UnitKind


def register(commands: Any) -> None:
    init = commands.add_parser(
        "init", help=say("create a cell or committee workspace", "tạo dữ liệu cho chi bộ hoặc cấp ủy")
    )
    kinds = init.add_subparsers(dest="kind", required=True, parser_class=type(init))
    cell = kinds.add_parser("cell", help=say("a party cell", "một chi bộ"))
    cell.add_argument("--name", required=True, help=say("the cell's full name", "tên đầy đủ của chi bộ"))
    cell.add_argument(
        "--committee",
        required=True,
        help=say("the committee directly above the cell", "cấp ủy trực tiếp của chi bộ"),
    )
    cell.add_argument("--upper", help=say("the committee above that one", "cấp ủy cấp trên của cấp ủy đó"))
    cell.add_argument(
        "--level",
        choices=[level.value for level in CommitteeLevel],
        default="commune",
        help=say("the level of the committee above", "cấp của cấp ủy cấp trên"),
    )
    cell.add_argument("--place", help=say("place name written on documents", "địa danh ghi trên văn bản"))
    cell.set_defaults(handler=_init_cell)
    committee = kinds.add_parser(
        "committee", help=say("a committee supervising cells", "cấp ủy quản lý các chi bộ")
    )
    committee.add_argument(
        "--name", required=True, help=say("the committee's full name", "tên đầy đủ của cấp ủy")
    )
    committee.add_argument(
        "--level",
        choices=[level.value for level in CommitteeLevel],
        default="commune",
        help=say("the committee's level", "cấp của cấp ủy"),
    )
    committee.add_argument(
        "--upper", help=say("the committee above this one", "cấp ủy cấp trên của cấp ủy này")
    )
    committee.add_argument(
        "--place", help=say("place name written on documents", "địa danh ghi trên văn bản")
    )
    committee.add_argument(
        "--database",
        metavar="postgresql://USER@SERVER:5432/DATABASE",
        help=say(
            "keep the committee's records in this PostgreSQL database (several officers at once); "
            "keys, outbox and inbox stay in the workspace folder",
            "lưu dữ liệu của cấp ủy trong cơ sở dữ liệu PostgreSQL này (nhiều cán bộ dùng cùng lúc); "
            "khóa, hộp thư đi và hộp thư đến vẫn ở thư mục dữ liệu",
        ),
    )
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
        database=args.database,
    )
    where = workspace.location.display()
    workspace.close()
    if args.database:
        print_info(
            T(
                "Created the committee workspace in {path}; its records are kept in {where}.",
                "Đã tạo dữ liệu cấp ủy tại {path}; dữ liệu được lưu trong {where}.",
                path=str(workspace.root),
                where=where,
            )
        )
        return 0
    print_info(
        T(
            "Created the committee workspace in {path}.",
            "Đã tạo dữ liệu cấp ủy tại {path}.",
            path=str(workspace.root),
        )
    )
    return 0
