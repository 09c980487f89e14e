"""`cellapp stats [--period 2026-Q3] [--json]`: the committee's statistics, one line (or object) per cell
and a total (issue 6 §8). Only a committee workspace holds the cells' records."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from cellapp.cli.common import CliContext, print_info, printed_json, say
from cellapp.domain.l10n import T

if TYPE_CHECKING:
    from cellapp.services.committee import StatisticsReport


def register(commands: Any) -> None:
    stats = commands.add_parser(
        "stats",
        help=say(
            "the committee's statistics per cell and in total",
            "thống kê của cấp ủy theo từng chi bộ và tổng cộng",
        ),
    )
    stats.add_argument(
        "--period",
        help=say(
            "a month (2026-11), a quarter (2026-Q4) or a year (2026); default: this year",
            "một tháng (2026-11), một quý (2026-Q4) hoặc một năm (2026); mặc định: năm nay",
        ),
    )
    stats.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    stats.set_defaults(handler=_stats)


def _stats(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.cli.review_command import standings_lines
    from cellapp.domain.errors import UsageError
    from cellapp.domain.months import Period
    from cellapp.domain.units import UnitKind
    from cellapp.services.committee import statistics
    from cellapp.services.review import review_standings

    today = date.today()
    period = Period.parse(args.period) if args.period else Period.of_year(today.year)
    with context.opened() as workspace:
        if workspace.info.kind is not UnitKind.COMMITTEE:
            raise UsageError(
                T(
                    "Statistics across cells are kept by a committee workspace; this workspace is a cell's.",
                    "Thống kê các chi bộ chỉ có ở dữ liệu của cấp ủy; dữ liệu này là của một chi bộ.",
                )
            )
        report = statistics(workspace.uow(read_only=True), period, today=today)
        review = review_standings(workspace.uow(read_only=True), report.as_of.year)
    if not report.cells:
        print_info(
            T(
                "No cell is enrolled at this committee yet: invite cells on the Sync page.",
                "Cấp ủy chưa có chi bộ nào đăng ký: hãy mời chi bộ ở trang Đồng bộ.",
            )
        )
    elif period.first.first_day > today:
        print_info(
            T(
                "The period {period} has not started yet: every figure is zero.",
                "Kỳ {period} chưa bắt đầu: mọi số liệu đều bằng 0.",
                period=period.key,
            )
        )
    if printed_json(args, {**report.as_json(), "review": review.as_json()}):
        return 0
    for line in statistics_table(report):
        print(line)
    if report.cells:
        print()
        for line in standings_lines(review):
            print(line)
    return 0


_COLUMNS = (  # heading, width
    (T("Code", "Mã"), 10),
    (T("Cell", "Chi bộ"), 30),
    (T("Members", "Đảng viên"), 9),
    (T("Full", "Chính thức"), 10),
    (T("Prob.", "Dự bị"), 6),
    (T("Meetings", "Số buổi họp"), 11),
    (T("Thematic", "Chuyên đề"), 9),
    (T("Attendance", "Dự họp"), 10),
    (T("Last file", "Tệp gần nhất"), 12),
)


def statistics_table(report: StatisticsReport) -> list[str]:
    """The report as aligned text: a title with the period, a heading line, a line per cell, the total."""
    from cellapp.domain.vietnamese import format_date

    title = T(
        "Statistics for {period}, as of {day}",
        "Thống kê kỳ {period}, tính đến ngày {day}",
        period=report.period.key,
        day=format_date(report.as_of),
    )
    lines = [title.render(), _line([heading.render() for heading, _ in _COLUMNS])]
    lines.append("-" * len(lines[-1]))
    for row in [*report.cells, report.total]:
        total = row is report.total
        rate = "" if row.attendance_rate is None else f"{row.attendance_rate:.0%}"
        as_json = row.as_json()
        lines.append(
            _line(
                [
                    "" if total else row.unit_code,
                    T("Total", "Tổng cộng").render() if total else row.name,
                    str(row.members_total),
                    str(as_json["members_full"]),
                    str(as_json["members_probationary"]),
                    str(row.meetings_held),
                    str(row.thematic_meetings),
                    rate,
                    "" if total or row.last_received is None else format_date(row.last_received),
                ]
            )
        )
    return lines


def _line(values: list[str]) -> str:
    cells = []
    for index, (value, (_heading, width)) in enumerate(zip(values, _COLUMNS, strict=True)):
        text = value if len(value) <= width else value[: width - 1] + "…"
        cells.append(text.ljust(width) if index < 2 else text.rjust(width))
    return " ".join(cells).rstrip()
