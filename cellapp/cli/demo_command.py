"""`cellapp demo`: build a realistic demo workspace in the chosen folder."""

from __future__ import annotations

import argparse
from typing import Any

from cellapp.cli.common import CliContext, print_info
from cellapp.domain.l10n import T


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="create a demo workspace")
    demo.add_argument("--members", type=int, default=40)
    demo.add_argument("--months", type=int, default=12)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--committee", action="store_true", help="a committee with enrolled demo cells")
    demo.add_argument("--cells", type=int, default=5, help="with --committee: how many cells")
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.demo import build_demo_cell
    from cellapp.domain.errors import UsageError

    if args.committee:
        return _demo_committee(args, context)
    if args.members < 3 or args.members > 20000 or args.months < 0 or args.months > 120:
        raise UsageError(
            T(
                "A demo needs 3 to 20,000 members and 0 to 120 months.",
                "Bản trình diễn cần từ 3 đến 20.000 đảng viên và từ 0 đến 120 tháng.",
            )
        )
    workspace = build_demo_cell(
        context.workspace_dir, members=args.members, months=args.months, seed=args.seed
    )
    workspace.close()
    print_info(
        T(
            "Demo workspace with {members} members created in {path}.",
            "Đã tạo dữ liệu trình diễn {members} đảng viên tại {path}.",
            members=args.members,
            path=str(workspace.root),
        )
    )
    return 0


def _demo_committee(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.demo_committee import MAX_DEMO_CELLS, build_demo_committee
    from cellapp.domain.errors import UsageError

    if not 1 <= args.cells <= MAX_DEMO_CELLS:
        raise UsageError(
            T(
                "A demo committee has 1 to {most} cells.",
                "Cấp ủy trình diễn có từ 1 đến {most} chi bộ.",
                most=MAX_DEMO_CELLS,
            )
        )
    if args.members < 3 or args.members > 2000:
        raise UsageError(
            T("A demo cell needs 3 to 2,000 members.", "Chi bộ trình diễn cần từ 3 đến 2.000 đảng viên.")
        )
    workspace = build_demo_committee(
        context.workspace_dir, cells=args.cells, members=args.members, seed=args.seed
    )
    workspace.close()
    print_info(
        T(
            "Demo committee with {cells} enrolled cells created in {path}.",
            "Đã tạo cấp ủy trình diễn với {cells} chi bộ đã đăng ký tại {path}.",
            cells=args.cells,
            path=str(workspace.root),
        )
    )
    return 0
