"""Where each cell's review of a year stands, as the committee sees it from the cells' files (docs/party-rules.md
§7): the stage (not started, self-assessment under way, self-assessed, graded by the cell, decided), how
many members are to be graded and how far they have gone, and the count of each grade (the committee's
where decided, else the cell's proposal). Three grouped queries whatever the number of cells.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from cellapp.domain.review import CellStage, ReviewGrade, cell_stage
from cellapp.services.committee.cells import enrolled_cells
from cellapp.storage.records import MemberReviewRecord, ReviewDecisionRecord, ReviewYearRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CellReviewStanding:
    code: str
    name: str
    unit_uuid: str
    stage: CellStage
    reviewed: int  # members with a review this year
    to_grade: int
    self_assessed: int  # of those to grade
    proposed: int
    decided: int
    grades: dict[ReviewGrade, int]  # decided where decided, else proposed
    cell_proposed: ReviewGrade | None
    cell_decided: ReviewGrade | None

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "stage": self.stage.value,
            "reviewed": self.reviewed,
            "to_grade": self.to_grade,
            "self_assessed": self.self_assessed,
            "proposed": self.proposed,
            "decided": self.decided,
            "grades": {g.value: self.grades.get(g, 0) for g in ReviewGrade},
            "cell_proposed": self.cell_proposed.value if self.cell_proposed else None,
            "cell_decided": self.cell_decided.value if self.cell_decided else None,
        }


@dataclass(frozen=True)
class ReviewStandings:
    year: int
    cells: tuple[CellReviewStanding, ...]
    stages: dict[CellStage, int] = field(default_factory=dict)
    grades: dict[ReviewGrade, int] = field(default_factory=dict)  # over all cells, = the sum of the rows

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "stages": {s.value: self.stages.get(s, 0) for s in CellStage},
            "grades": {g.value: self.grades.get(g, 0) for g in ReviewGrade},
            "cells": [c.as_json() for c in self.cells],
        }


def review_standings(uow: UnitOfWork, year: int) -> ReviewStandings:
    with uow:
        cells = enrolled_cells(uow)
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        proposed_grades: dict[str, dict[str, ReviewGrade]] = defaultdict(dict)
        for owner, member_uuid, graded, assessed, proposed in uow.session.execute(
            select(
                MemberReviewRecord.owner_unit,
                MemberReviewRecord.member_uuid,
                MemberReviewRecord.graded,
                MemberReviewRecord.self_assessed_on.is_not(None),
                MemberReviewRecord.proposed_grade,
            ).where(MemberReviewRecord.year == year, MemberReviewRecord.deleted.is_(False))
        ):
            row = counts[owner]
            row["reviewed"] += 1
            if not graded:
                continue
            row["to_grade"] += 1
            row["self_assessed"] += bool(assessed)
            if proposed:
                row["proposed"] += 1
                proposed_grades[owner][member_uuid] = ReviewGrade(proposed)
        decided: dict[str, dict[str, ReviewGrade]] = defaultdict(dict)
        for cell_unit, member_uuid, grade in uow.session.execute(
            select(
                ReviewDecisionRecord.cell_unit, ReviewDecisionRecord.member_uuid, ReviewDecisionRecord.grade
            ).where(ReviewDecisionRecord.year == year, ReviewDecisionRecord.deleted.is_(False))
        ):
            decided[cell_unit][member_uuid] = ReviewGrade(grade)
        years = {
            owner: grade
            for owner, grade in uow.session.execute(
                select(ReviewYearRecord.owner_unit, func.max(ReviewYearRecord.proposed_grade))
                .where(ReviewYearRecord.year == year, ReviewYearRecord.deleted.is_(False))
                .group_by(ReviewYearRecord.owner_unit)
            )
        }
    rows: list[CellReviewStanding] = []
    for cell in cells:
        unit = cell.unit_uuid
        row = counts.get(unit, {})
        cell_decisions = decided.get(unit, {})
        member_decisions = {m: g for m, g in cell_decisions.items() if m}
        grades = dict.fromkeys(ReviewGrade, 0)
        for member_uuid, grade in proposed_grades.get(unit, {}).items():
            grades[member_decisions.get(member_uuid, grade)] += 1
        cell_proposed = years.get(unit)
        stage = cell_stage(
            started=unit in years,
            to_grade=row.get("to_grade", 0),
            self_assessed=row.get("self_assessed", 0),
            proposed=row.get("proposed", 0),
            decided=sum(1 for m in member_decisions if m in proposed_grades.get(unit, {})),
            cell_proposed=cell_proposed is not None,
            cell_decided="" in cell_decisions,
        )
        rows.append(
            CellReviewStanding(
                code=cell.code,
                name=cell.name,
                unit_uuid=unit,
                stage=stage,
                reviewed=row.get("reviewed", 0),
                to_grade=row.get("to_grade", 0),
                self_assessed=row.get("self_assessed", 0),
                proposed=row.get("proposed", 0),
                decided=sum(1 for m in member_decisions if m in proposed_grades.get(unit, {})),
                grades=grades,
                cell_proposed=ReviewGrade(cell_proposed) if cell_proposed else None,
                cell_decided=cell_decisions.get(""),
            )
        )
    stages = dict.fromkeys(CellStage, 0)
    totals = dict.fromkeys(ReviewGrade, 0)
    for standing in rows:
        stages[standing.stage] += 1
        for grade, n in standing.grades.items():
            totals[grade] += n
    return ReviewStandings(year, tuple(rows), stages, totals)
