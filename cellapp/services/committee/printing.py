"""The statistics report as a PDF in the Party format and as an XLSX workbook (issue 6 §6); reportlab and
openpyxl load only when a report is made."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cellapp.domain.members import Sex
from cellapp.domain.months import Period
from cellapp.domain.review import ReviewGrade
from cellapp.domain.vietnamese import format_date
from cellapp.services.committee.statistics import (
    AGE_BANDS,
    OLDEST_BAND,
    UNKNOWN_AGE,
    CellStatistics,
    statistics,
)
from cellapp.storage.records import UnitRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from cellapp.reports.committee_statistics import ReviewSection, StatisticsLine, StatisticsPrintout
    from cellapp.services.review import ReviewStandings

MAJORITY = "Kinh"  # every other ethnicity counts as an ethnic minority (dân tộc thiểu số)
_BANDS = (*(label for _low, _high, label in AGE_BANDS), OLDEST_BAND, UNKNOWN_AGE)


def statistics_printout(uow: UnitOfWork, period: Period, *, today: date) -> StatisticsPrintout:
    from cellapp.reports.committee_statistics import StatisticsPrintout
    from cellapp.reports.party_format import DocumentHeader
    from cellapp.services.review import review_standings

    report = statistics(uow, period, today=today)
    with uow:
        workspace = uow.session.get(WorkspaceRecord, 1)
        unit = uow.session.get(UnitRecord, workspace.unit_uuid) if workspace else None
        header = DocumentHeader(
            upper_body=(unit.upper_name or unit.committee_name or "") if unit else "",
            issuing_body=unit.name if unit else "",
            place=(unit.place or "") if unit else "",
            day=today,
        )
    ethnicities = Counter(report.total.by_ethnicity).most_common()
    return StatisticsPrintout(
        header=header,
        period_label=period.label_vi(),
        as_of_label=format_date(report.as_of),
        lines=[_line(c) for c in report.cells],
        total=_line(report.total),
        ethnicities=ethnicities,
        review=_review_section(review_standings(uow, report.as_of.year)),
    )


def _review_section(standings: ReviewStandings) -> ReviewSection:
    from cellapp.reports.committee_statistics import ReviewLine, ReviewSection

    return ReviewSection(
        year=standings.year,
        lines=[
            ReviewLine(
                name=cell.name,
                stage=cell.stage.label.render("vi"),
                to_grade=cell.to_grade,
                proposed=cell.proposed,
                decided=cell.decided,
                grades=tuple(cell.grades.get(grade, 0) for grade in ReviewGrade),
            )
            for cell in standings.cells
        ],
    )


def _line(cell: CellStatistics) -> StatisticsLine:
    from cellapp.reports.committee_statistics import StatisticsLine

    rate = cell.attendance_rate
    return StatisticsLine(
        code=cell.unit_code,
        name=cell.name,
        total=cell.members_total,
        full=cell.membership.full,
        probationary=cell.membership.probationary,
        exempt=cell.membership.exempt,
        attached_elsewhere=cell.membership.attached_elsewhere,
        suspended=cell.membership.suspended,
        women=cell.by_sex.get(Sex.FEMALE.value, 0),
        minorities=sum(n for name, n in cell.by_ethnicity.items() if name not in (MAJORITY, "?")),
        ages=tuple(cell.by_age_band.get(band, 0) for band in _BANDS),
        admissions=cell.events.get("admissions", 0),
        recognitions=cell.events.get("recognitions", 0),
        transfers_in=cell.events.get("transfers_in", 0),
        transfers_out=cell.events.get("transfers_out", 0),
        deaths=cell.events.get("deaths", 0),
        disciplines=cell.events.get("disciplines", 0),
        meetings=cell.meetings_held,
        thematic=cell.thematic_meetings,
        attendance="" if rate is None else f"{round(rate * 100)} %",
        tasks_completed=cell.tasks_completed,
    )


def statistics_report_pdf(uow: UnitOfWork, period: Period, *, today: date) -> bytes:
    from cellapp.reports.committee_statistics import statistics_pdf

    return statistics_pdf(statistics_printout(uow, period, today=today))


def save_statistics_xlsx(uow: UnitOfWork, period: Period, target: Path, *, today: date) -> Path:
    from cellapp.reports.committee_statistics import write_statistics_xlsx

    return write_statistics_xlsx(statistics_printout(uow, period, today=today), target)


def save_statistics_pdf(pdf: bytes, target: Path) -> Path:
    from cellapp.reports.party_format import write_pdf

    return write_pdf(pdf, target)
