"""`cellapp review [--year Y] [--json]`: the annual review of a year.

At a cell: each member reviewed, the form, how far the review has gone, the self-grade, the cell's
proposal with its vote and the committee's decision; the members left out and why; the summary of
grades. At a committee: where each cell's review stands and the grades across cells. A committee loads
its locality's review rules with `--rules FILE.json [--from DAY]`; they reach the cells in its next
return files.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cellapp.cli.common import CliContext, print_info, printed_json, reply, say
from cellapp.domain.l10n import T


def register(commands: Any) -> None:
    review = commands.add_parser(
        "review",
        help=say(
            "the annual review and grading of members", "kiểm điểm, đánh giá, xếp loại đảng viên hằng năm"
        ),
    )
    review.add_argument(
        "--year",
        type=int,
        help=say("the year reviewed; default: this year", "năm kiểm điểm; mặc định: năm nay"),
    )
    review.add_argument(
        "--rules",
        type=Path,
        metavar="FILE.json",
        help=say(
            "committee: load the locality's review rules from this file",
            "cấp ủy: nạp quy định đánh giá của địa phương từ tệp này",
        ),
    )
    review.add_argument(
        "--from",
        dest="valid_from",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=say("the day the loaded rules apply from", "ngày áp dụng quy định được nạp"),
    )
    review.add_argument(
        "--json",
        action="store_true",
        help=say("print one JSON document instead of text", "in một tài liệu JSON thay cho văn bản"),
    )
    review.set_defaults(handler=_review)


def _review(args: argparse.Namespace, context: CliContext) -> int:
    from cellapp.domain.units import UnitKind

    year = args.year or date.today().year
    with context.opened() as workspace:
        if args.rules is not None:
            return _load_rules(args, workspace)
        if workspace.info.kind is UnitKind.COMMITTEE:
            return _committee(args, workspace, year)
        return _cell(args, workspace, year)


def _load_rules(args: argparse.Namespace, workspace: Any) -> int:
    from cellapp.domain.reference import ReferenceKind
    from cellapp.domain.review_rules import read_rules
    from cellapp.services.review import read_rules_file
    from cellapp.services.sync import set_reference_value

    document = read_rules_file(args.rules.expanduser())
    rules = read_rules(document)
    valid_from = args.valid_from or rules.valid_from
    set_reference_value(
        workspace.uow(),
        kind=ReferenceKind.REVIEW_RULES,
        key=rules.code,
        valid_from=valid_from,
        value=document,
        title=rules.title,
    )
    reply(
        args,
        {"rules": rules.code, "valid_from": valid_from.isoformat(), "criteria": len(rules.criteria)},
        T(
            "Loaded the review rules {code} from {day}; cells receive them in their next return file.",
            "Đã nạp quy định đánh giá {code} áp dụng từ {day}; chi bộ nhận được trong tệp trả về tiếp theo.",
            code=rules.code,
            day=valid_from.strftime("%d/%m/%Y"),
        ),
    )
    return 0


def _cell(args: argparse.Namespace, workspace: Any, year: int) -> int:
    from cellapp.services.review import review_summary

    summary = review_summary(workspace.uow(read_only=True), year)
    if summary is None:
        if printed_json(args, {"year": year, "started": False}):
            return 0
        print_info(
            T(
                "The review of {year} has not been started: open the page “Đánh giá, xếp loại” to start it.",
                "Chưa bắt đầu kiểm điểm năm {year}: mở trang “Đánh giá, xếp loại” để bắt đầu.",
                year=year,
            )
        )
        return 0
    document = {"started": True, **summary.review.as_json(), "summary": summary.as_json()}
    if printed_json(args, document):
        return 0
    for line in cell_lines(summary):
        print(line)
    return 0


def cell_lines(summary: Any) -> list[str]:
    from cellapp.domain.review import ReviewGrade

    review = summary.review
    lines = [
        T(
            "Annual review {year} ({rules}): {n} members reviewed",
            "Kiểm điểm, đánh giá năm {year} ({rules}): {n} đảng viên",
            year=review.year,
            rules=review.rules.code,
            n=len(review.members),
        ).render()
    ]
    for index, member in enumerate(review.members, start=1):
        proposal = member.proposed_grade.short.render() if member.proposed_grade else "-"
        final = member.final_grade.short.render() if member.final_grade else "-"
        vote = f"{member.votes_for}/{member.votes_against}" if member.votes_for is not None else ""
        lines.append(
            f"{index:>3}. {member.full_name:<28} {member.form.value:<3} {member.stage.label.render():<24} "
            f"{proposal:<8} {vote:<7} {final}"
        )
    for left in review.not_reviewed:
        lines.append(f"  - {left.full_name}: {left.coverage.label.render()}")
    total = summary.total
    counts = ", ".join(f"{g.short.render()} {total.grades[g]}" for g in ReviewGrade)
    lines.append(
        T(
            "Total {members}: reviewed {reviewed}, not reviewed {left}, not graded {new}, awaiting a grade "
            "{pending}; {counts} ({basis})",
            "Tổng số {members}: kiểm điểm {reviewed}, không kiểm điểm {left}, chưa xếp loại {new}, chưa có "
            "kết quả {pending}; {counts} ({basis})",
            members=total.members,
            reviewed=total.reviewed,
            left=total.not_reviewed,
            new=total.not_graded,
            pending=total.pending,
            counts=counts,
            basis=summary.basis.label,
        ).render()
    )
    if summary.quota is not None:
        lines.append("! " + summary.quota.render())
    return lines


def _committee(args: argparse.Namespace, workspace: Any, year: int) -> int:
    from cellapp.services.review import review_standings

    standings = review_standings(workspace.uow(read_only=True), year)
    if printed_json(args, standings.as_json()):
        return 0
    for line in standings_lines(standings):
        print(line)
    return 0


def standings_lines(standings: Any) -> list[str]:
    from cellapp.domain.review import CellStage, ReviewGrade

    lines = [
        T(
            "Annual review {year} by cell", "Kiểm điểm, đánh giá năm {year} theo chi bộ", year=standings.year
        ).render()
    ]
    for cell in standings.cells:
        counts = " ".join(f"{g.short.render()} {cell.grades[g]}" for g in ReviewGrade)
        lines.append(
            f"{cell.code:<10} {cell.name[:30]:<30} {cell.stage.label.render():<26} "
            f"{cell.proposed}/{cell.to_grade:<5} {counts}"
        )
    stages = ", ".join(f"{s.label.render()} {standings.stages[s]}" for s in CellStage)
    grades = ", ".join(f"{g.short.render()} {standings.grades[g]}" for g in ReviewGrade)
    lines.append(T("Cells: {stages}", "Chi bộ: {stages}", stages=stages).render())
    lines.append(T("Members: {grades}", "Đảng viên: {grades}", grades=grades).render())
    return lines
