"""The superior committee's decisions on grades (docs/party-rules.md §7.1, step 4): for each member the cell
proposed, and for the cell itself. Written at the committee only, after the cell's proposal has arrived
in its file; they travel down in the committee's next return file to the cell they are addressed to.
Deciding again for the same member and year corrects the decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import InputRejected, NotFound, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.review import ReviewGrade
from cellapp.domain.review_checks import grade_refusal
from cellapp.domain.vietnamese import nfc
from cellapp.services.review.inputs import review_inputs
from cellapp.services.review.rules import review_rules_by_code
from cellapp.services.sync import require_committee
from cellapp.storage.records import MemberRecord, MemberReviewRecord, ReviewDecisionRecord, ReviewYearRecord
from cellapp.storage.unit_of_work import UnitOfWork

CELL = ""  # the member_uuid of a decision on the cell itself


@dataclass(frozen=True)
class DecisionInput:
    grade: ReviewGrade
    decided_by: str  # the body: Ban Thường vụ Đảng ủy xã …
    decided_on: date
    decision_ref: str | None = None


def _check(decision: DecisionInput, today: date) -> tuple[str, str | None]:
    body = " ".join(nfc(decision.decided_by).split())
    if not body:
        raise ValidationError(
            T("Name the body that decided.", "Hãy ghi cơ quan quyết định (ví dụ Ban Thường vụ Đảng ủy xã)."),
            field="decided_by",
        )
    if decision.decided_on > today:
        raise ValidationError(
            T("The decision cannot be dated in the future.", "Ngày quyết định không thể ở tương lai."),
            field="decided_on",
        )
    ref = " ".join(nfc(decision.decision_ref or "").split()) or None
    return body, ref


def _year_of(uow: UnitOfWork, cell_unit: str, year: int) -> ReviewYearRecord:
    record = uow.session.scalars(
        select(ReviewYearRecord).where(
            ReviewYearRecord.owner_unit == cell_unit,
            ReviewYearRecord.year == year,
            ReviewYearRecord.deleted.is_(False),
        )
    ).first()
    if record is None:
        raise InputRejected(
            T(
                "The cell's review of {year} has not arrived: nothing to decide yet.",
                "Chưa nhận được kết quả kiểm điểm năm {year} của chi bộ: chưa có gì để quyết định.",
                year=year,
            )
        )
    return record


def _write(
    uow: UnitOfWork,
    cell_unit: str,
    year: int,
    member_uuid: str,
    decision: DecisionInput,
    body: str,
    ref: str | None,
) -> None:
    row = uow.session.scalars(
        select(ReviewDecisionRecord).where(
            ReviewDecisionRecord.cell_unit == cell_unit,
            ReviewDecisionRecord.year == year,
            ReviewDecisionRecord.member_uuid == member_uuid,
        )
    ).first() or ReviewDecisionRecord(cell_unit=cell_unit, year=year, member_uuid=member_uuid)
    row.grade = decision.grade.value
    row.decided_by, row.decided_on, row.decision_ref, row.deleted = body, decision.decided_on, ref, False
    uow.session.add(row)


def decide_member_grade(
    uow: UnitOfWork,
    cell_unit: str,
    year: int,
    member_uuid: str,
    decision: DecisionInput,
    *,
    today: date | None = None,
) -> None:
    """The committee's final grade for a member, after the cell proposed one."""
    today = today or date.today()
    body, ref = _check(decision, today)
    with uow:
        require_committee(uow)
        year_record = _year_of(uow, cell_unit, year)
        review = uow.session.scalars(
            select(MemberReviewRecord).where(
                MemberReviewRecord.member_uuid == member_uuid,
                MemberReviewRecord.year == year,
                MemberReviewRecord.deleted.is_(False),
            )
        ).first()
        member = uow.session.get(MemberRecord, member_uuid)
        name = member.full_name if member else member_uuid
        if review is None or review.proposed_grade is None:
            raise InputRejected(
                T(
                    "The cell has not proposed a grade for {name} yet; the committee decides after the cell.",
                    "Chi bộ chưa đề xuất xếp loại đồng chí {name}; cấp trên quyết định sau khi chi bộ đề xuất.",
                    name=name,
                )
            )
        rules = review_rules_by_code(uow, year_record.rules_code, year)
        disciplined = review_inputs(uow, year, [member_uuid], today=today)[member_uuid].disciplined
        refusal = grade_refusal(
            rules, decision.grade, score=None, disciplined=disciplined, graded=review.graded
        )
        if refusal:
            raise ValidationError(refusal, field="grade")
        _write(uow, cell_unit, year, member_uuid, decision, body, ref)
        uow.commit()


def decide_cell_grade(
    uow: UnitOfWork, cell_unit: str, year: int, decision: DecisionInput, *, today: date | None = None
) -> None:
    """The committee's grade for the cell itself, after the cell proposed one."""
    today = today or date.today()
    body, ref = _check(decision, today)
    with uow:
        require_committee(uow)
        record = _year_of(uow, cell_unit, year)
        if record.proposed_grade is None:
            raise InputRejected(
                T(
                    "The cell has not proposed its own grade for {year} yet.",
                    "Chi bộ chưa đề xuất xếp loại tập thể năm {year}.",
                    year=year,
                )
            )
        _write(uow, cell_unit, year, CELL, decision, body, ref)
        uow.commit()


def decide_as_proposed(
    uow: UnitOfWork,
    cell_unit: str,
    year: int,
    *,
    decided_by: str,
    decided_on: date,
    decision_ref: str | None = None,
    otherwise: Mapping[str, ReviewGrade] | None = None,
    today: date | None = None,
) -> int:
    """Decide every grade the cell proposed and the committee has not decided yet, as proposed (the usual
    case) except where `otherwise` gives the committee's own grade (by member uuid, `CELL` for the cell);
    returns how many decisions were written. Refused as a whole, nothing written, if any is not allowed."""
    today = today or date.today()
    otherwise = otherwise or {}
    template = DecisionInput(ReviewGrade.FULFILLED, decided_by, decided_on, decision_ref)
    body, ref = _check(template, today)
    with uow:
        require_committee(uow)
        record = _year_of(uow, cell_unit, year)
        decided = set(
            uow.session.scalars(
                select(ReviewDecisionRecord.member_uuid).where(
                    ReviewDecisionRecord.cell_unit == cell_unit,
                    ReviewDecisionRecord.year == year,
                    ReviewDecisionRecord.deleted.is_(False),
                )
            )
        )
        proposals = uow.session.scalars(
            select(MemberReviewRecord).where(
                MemberReviewRecord.owner_unit == cell_unit,
                MemberReviewRecord.year == year,
                MemberReviewRecord.deleted.is_(False),
                MemberReviewRecord.proposed_grade.is_not(None),
            )
        ).all()
        written = 0
        rules = review_rules_by_code(uow, record.rules_code, year)
        changed = [r.member_uuid for r in proposals if r.member_uuid in otherwise]
        facts = review_inputs(uow, year, changed, today=today) if changed else {}
        for review in proposals:
            if review.member_uuid in decided:
                continue
            grade = otherwise.get(review.member_uuid) or ReviewGrade(review.proposed_grade or "")
            if review.member_uuid in facts:
                refusal = grade_refusal(
                    rules, grade, score=None, disciplined=facts[review.member_uuid].disciplined, graded=True
                )
                if refusal:
                    member = uow.session.get(MemberRecord, review.member_uuid)
                    name = member.full_name if member else review.member_uuid
                    raise ValidationError(
                        T("{name}: {reason}", "Đồng chí {name}: {reason}", name=name, reason=refusal),
                        field="grade",
                    )
            _write(
                uow,
                cell_unit,
                year,
                review.member_uuid,
                DecisionInput(grade, body, decided_on, ref),
                body,
                ref,
            )
            written += 1
        if record.proposed_grade and CELL not in decided:
            grade = otherwise.get(CELL) or ReviewGrade(record.proposed_grade)
            _write(uow, cell_unit, year, CELL, DecisionInput(grade, body, decided_on, ref), body, ref)
            written += 1
        if not written:
            raise NotFound(
                T(
                    "There is no proposal of {year} left to decide for this cell.",
                    "Chi bộ không còn đề xuất nào của năm {year} chờ quyết định.",
                    year=year,
                )
            )
        uow.commit()
    return written
