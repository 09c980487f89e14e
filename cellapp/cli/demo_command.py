"""`cellapp demo`: build a realistic demo workspace in the chosen folder."""

from __future__ import annotations

import argparse
from typing import Any

from cellapp.cli.common import CliContext, print_info, say
from cellapp.domain.l10n import T


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help=say("create a demo workspace", "tạo dữ liệu mẫu"))
    demo.add_argument(
        "--members", type=int, default=40, help=say("members in the demo cell", "số đảng viên của chi bộ mẫu")
    )
    demo.add_argument(
        "--months",
        type=int,
        default=12,
        help=say("months of meetings and fees to make up", "số tháng họp và thu đảng phí được tạo"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=say("the same seed gives the same demo", "cùng một hạt giống cho cùng một dữ liệu mẫu"),
    )
    demo.add_argument(
        "--committee",
        action="store_true",
        help=say("a committee with enrolled demo cells", "cấp ủy với các chi bộ mẫu đã đăng ký"),
    )
    demo.add_argument(
        "--cells",
        type=int,
        default=12,
        help=say("with --committee: how many cells", "cùng --committee: số chi bộ"),
    )
    demo.set_defaults(handler=_demo)


def _refuse_existing(context: CliContext) -> None:
    """A demo is only built in an empty folder: over a workspace it would mix made-up members with real
    ones. A refusal (exit 3), checked before anything is written."""
    from cellapp.domain.errors import InputRejected
    from cellapp.paths import WorkspacePaths

    if WorkspacePaths(context.workspace_dir).database.exists():
        raise InputRejected(
            T(
                "{path} already holds a workspace; a demo is made only in an empty folder (choose another "
                "one with --data-dir). Nothing was changed.",
                "{path} đã có dữ liệu; chỉ tạo dữ liệu trình diễn trong một thư mục trống (chọn thư mục khác "
                "bằng --data-dir). Không thay đổi gì.",
                path=str(context.workspace_dir),
            )
        )


def _demo(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.demo import build_demo_cell
    from cellapp.domain.errors import UsageError

    if args.members < 3 or args.members > 20000 or args.months < 0 or args.months > 120:
        raise UsageError(
            T(
                "A demo needs 3 to 20,000 members and 0 to 120 months.",
                "Bản trình diễn cần từ 3 đến 20.000 đảng viên và từ 0 đến 120 tháng.",
            )
        )
    _refuse_existing(context)
    if args.committee:
        return _committee(args, context)
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


# A committee demo's cells are smaller than a single-cell demo so that twelve are ready within a minute.
COMMITTEE_CELL_MEMBERS = 25


def _committee(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.demo.committee import CELLS_FOLDER, build_demo_committee
    from cellapp.domain.errors import UsageError

    if not 1 <= args.cells <= 300:
        raise UsageError(
            T("A committee demo has 1 to 300 cells.", "Bản trình diễn cấp ủy có từ 1 đến 300 chi bộ.")
        )
    members = COMMITTEE_CELL_MEMBERS if args.members == 40 else args.members
    if members < 3 or members > 2000 or args.months < 0 or args.months > 120:
        raise UsageError(
            T(
                "Each demo cell needs 3 to 2,000 members and 0 to 120 months.",
                "Mỗi chi bộ trình diễn cần từ 3 đến 2.000 đảng viên và từ 0 đến 120 tháng.",
            )
        )
    demo = build_demo_committee(
        context.workspace_dir, cells=args.cells, members=members, months=args.months, seed=args.seed
    )
    print_info(
        T(
            "Committee demo with {cells} enrolled cells created in {path}; the cells' own workspaces are in {folder}.",
            "Đã tạo dữ liệu trình diễn cấp ủy với {cells} chi bộ đã đăng ký tại {path}; dữ liệu riêng của các chi bộ ở {folder}.",
            cells=args.cells,
            path=str(demo.root),
            folder=str(demo.root / CELLS_FOLDER),
        )
    )
    return 0
