"""The cell's review of a year: starting it (who is reviewed, on which form), each member's
self-assessment, the meeting's comments and proposed grade with its vote, the cell's own collective
review, the session, and the announcement of the results (docs/party-rules.md §7).

Every write checks first and saves nothing when refused; reading a year is in reading.py. Only the cell
writes these; the committee reads them from the cell's files and answers with decisions (decisions.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import InputRejected, NotFound, UsageError, ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.membership import count_membership
from cellapp.domain.review import (
    Coverage,
    ReviewForm,
    ReviewGrade,
    suggested_form,
)
from cellapp.domain.review_checks import (
    grade_refusal,
    input_warnings,
    quota_warning,
    score_refusal,
    total_refusal,
    vote_refusal,
)
from cellapp.domain.units import UnitKind
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.services.members import member_standings_on
from cellapp.services.review.inputs import review_inputs
from cellapp.services.review.model import ReviewYear
from cellapp.services.review.reading import (
    coverage_on,
    decisions_of,
    full_members_on,
    on_cell_list,
    review_year,
    year_record,
)
from cellapp.services.review.rules import review_rules_by_code, review_rules_on
from cellapp.storage.records import (
    MemberRecord,
    MemberReviewRecord,
    ReviewDecisionRecord,
    ReviewYearRecord,
    WorkspaceRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

EARLIEST_YEAR = 2000


@dataclass(frozen=True)
class Saved:
    """A write that went through, with what the secretary should still look at."""

    warnings: tuple[Text, ...] = ()


def _require_cell(uow: UnitOfWork) -> None:
    workspace = uow.session.get(WorkspaceRecord, 1)
    if workspace is not None and workspace.kind == UnitKind.COMMITTEE.value:
        raise UsageError(
            T(
                "The cell reviews its members; the committee decides on the grades the cell proposes.",
                "Chi bộ kiểm điểm đảng viên; cấp ủy cấp trên quyết định mức xếp loại chi bộ đề xuất.",
            )
        )


def _check_year(year: int, today: date) -> None:
    if not EARLIEST_YEAR <= year <= today.year:
        raise ValidationError(
            T(
                "The review year must be from {low} to {high}.",
                "Năm kiểm điểm phải từ {low} đến {high}.",
                low=EARLIEST_YEAR,
                high=today.year,
            ),
            field="year",
        )


def _required_year(uow: UnitOfWork, year: int) -> ReviewYearRecord:
    record = year_record(uow, year)
    if record is None:
        raise NotFound(
            T(
                "The review of {year} has not been started.",
                "Chưa bắt đầu kiểm điểm, đánh giá năm {year}.",
                year=year,
            )
        )
    return record


def _review_record(uow: UnitOfWork, review_uuid: str) -> MemberReviewRecord:
    record = uow.session.get(MemberReviewRecord, review_uuid)
    if record is None or record.deleted:
        raise NotFound(T("No such member review.", "Không tìm thấy bản kiểm điểm của đảng viên."))
    return record


def start_review_year(uow: UnitOfWork, year: int, *, on: date | None = None) -> ReviewYear:
    """Begin the review of `year` on day `on`: every member on the list that day gets a review on the
    form their work suggests, except those the rules leave out (domain.review)."""
    on = on or date.today()
    _check_year(year, on)
    if on.year < year:
        raise ValidationError(
            T(
                "The review of {year} cannot start before that year.",
                "Không thể kiểm điểm năm {year} trước năm đó.",
                year=year,
            ),
            field="on",
        )
    rules = review_rules_on(uow, min(on, date(year, 12, 31)))
    standings = member_standings_on(uow, on, owner_unit=None)
    with uow:
        _require_cell(uow)
        if year_record(uow, year) is not None:
            raise InputRejected(
                T(
                    "The review of {year} has already been started.",
                    "Đã bắt đầu kiểm điểm năm {year}.",
                    year=year,
                )
            )
        already = set(
            uow.session.scalars(
                select(MemberReviewRecord.member_uuid).where(
                    MemberReviewRecord.year == year, MemberReviewRecord.deleted.is_(False)
                )
            )
        )
        uow.session.add(ReviewYearRecord(year=year, rules_code=rules.code, started_on=on, criteria_met={}))
        members = uow.session.scalars(
            select(MemberRecord).where(
                MemberRecord.deleted.is_(False), MemberRecord.owner_unit == uow.unit_uuid
            )
        ).all()
        for record in members:
            standing = standings.get(record.uuid)
            if standing is None or not on_cell_list(standing.status) or record.uuid in already:
                continue
            coverage = coverage_on(record, standing, on, rules)
            if not coverage.reviewed:
                continue
            uow.session.add(
                MemberReviewRecord(
                    member_uuid=record.uuid,
                    year=year,
                    form=suggested_form(record.position, record.workplace).value,
                    graded=coverage is Coverage.GRADED,
                    scores={},
                )
            )
        uow.commit()
    found = review_year(uow, year)
    assert found is not None
    return found


def add_member_review(
    uow: UnitOfWork, year: int, member_uuid: str, *, form: ReviewForm | None = None
) -> None:
    """Review a member who was not on the list when the year was started (arrived since)."""
    with uow:
        _require_cell(uow)
        year_record = _required_year(uow, year)
        member = uow.session.get(MemberRecord, member_uuid)
        if member is None or member.deleted:
            raise NotFound(T("No such member.", "Không tìm thấy đảng viên."))
        existing = uow.session.scalars(
            select(MemberReviewRecord).where(
                MemberReviewRecord.member_uuid == member_uuid, MemberReviewRecord.year == year
            )
        ).first()
        if existing is not None and not existing.deleted:
            raise InputRejected(
                T(
                    "{name} is already reviewed in {year}; a member is reviewed once a year.",
                    "Đồng chí {name} đã có bản kiểm điểm năm {year}; mỗi năm đảng viên chỉ kiểm điểm một lần.",
                    name=member.full_name,
                    year=year,
                )
            )
        rules = review_rules_by_code(uow, year_record.rules_code, year)
        day = date.today() if date.today().year == year else date(year, 12, 31)
        standing = member_standings_on(uow, day).get(member_uuid)
        if standing is None or not on_cell_list(standing.status):
            raise InputRejected(
                T(
                    "{name} is not on the cell's list in {year}.",
                    "Đồng chí {name} không có trong danh sách chi bộ năm {year}.",
                    name=member.full_name,
                    year=year,
                )
            )
        coverage = coverage_on(member, standing, day, rules)
        if not coverage.reviewed:
            raise InputRejected(coverage.label)
        record = existing or MemberReviewRecord(member_uuid=member_uuid, year=year, scores={})
        record.form = (form or suggested_form(member.position, member.workplace)).value
        record.graded = coverage is Coverage.GRADED
        record.deleted = False
        uow.session.add(record)
        uow.commit()


def _clean(text: str | None) -> str | None:
    value = nfc(text or "").strip()
    return value or None


def save_self_assessment(
    uow: UnitOfWork,
    review_uuid: str,
    *,
    text: str,
    self_grade: ReviewGrade | None,
    form: ReviewForm | None = None,
    scores: Mapping[str, int] | None = None,
    self_score: int | None = None,
    on: date | None = None,
) -> Saved:
    """The member's self-assessment: the text of the form, the self-grade, and where the rules score, the
    points per criterion (their sum is the score) or the score alone."""
    on = on or date.today()
    body = _clean(text)
    if body is None:
        raise ValidationError(
            T("Write the member's self-assessment.", "Hãy ghi nội dung tự kiểm điểm của đảng viên."),
            field="text",
        )
    with uow:
        _require_cell(uow)
        record = _review_record(uow, review_uuid)
        year_record = _required_year(uow, record.year)
        rules = review_rules_by_code(uow, year_record.rules_code, record.year)
        points = {k: int(v) for k, v in (scores or {}).items()}
        refusal = score_refusal(rules, points)
        if refusal:
            raise ValidationError(refusal, field="scores")
        score = sum(points.values()) if points else self_score
        refusal = total_refusal(score)
        if refusal:
            raise ValidationError(refusal, field="self_score")
        if score is not None and not rules.uses_score:
            raise ValidationError(
                T(
                    "These rules do not score members out of 100.",
                    "Quy định đang áp dụng không chấm điểm theo thang 100.",
                ),
                field="self_score",
            )
        if self_grade is not None:
            disciplined = (
                record.graded
                and review_inputs(uow, record.year, [record.member_uuid], today=on)[
                    record.member_uuid
                ].disciplined
            )
            refusal = grade_refusal(
                rules, self_grade, score=score, disciplined=disciplined, graded=record.graded
            )
            if refusal:
                raise ValidationError(refusal, field="self_grade")
        record = _review_record(uow, review_uuid)
        record.self_text = body
        record.self_grade = self_grade.value if self_grade else None
        record.self_score = score
        record.scores = points
        record.self_assessed_on = on
        if form is not None:
            record.form = form.value
        uow.commit()
    return Saved()


def save_review_comments(
    uow: UnitOfWork, review_uuid: str, *, comments: str | None, outside_comment: str | None = None
) -> None:
    """The cell meeting's comments on the member, and the comment of the residence cell (Regulation 213)
    or of the cell the member came from."""
    with uow:
        _require_cell(uow)
        record = _review_record(uow, review_uuid)
        record.comments = _clean(comments)
        record.outside_comment = _clean(outside_comment)
        uow.commit()


def propose_member_grade(
    uow: UnitOfWork,
    review_uuid: str,
    *,
    grade: ReviewGrade,
    votes_for: int,
    votes_against: int,
    on: date | None = None,
) -> Saved:
    """The grade the cell meeting proposes for a member, with the full members' vote."""
    with uow:
        _require_cell(uow)
        record = _review_record(uow, review_uuid)
        year_record = _required_year(uow, record.year)
        day = on or year_record.session_on or date.today()
        if record.self_assessed_on is None:
            raise InputRejected(
                T(
                    "The member assesses themselves before the cell proposes a grade.",
                    "Đảng viên phải tự kiểm điểm trước khi chi bộ đề xuất xếp loại.",
                )
            )
        if (
            uow.session.scalars(
                select(ReviewDecisionRecord.uuid).where(
                    ReviewDecisionRecord.member_uuid == record.member_uuid,
                    ReviewDecisionRecord.year == record.year,
                    ReviewDecisionRecord.deleted.is_(False),
                )
            ).first()
            is not None
        ):
            raise InputRejected(
                T(
                    "The committee has already decided this member's grade.",
                    "Cấp trên đã quyết định xếp loại đảng viên này.",
                )
            )
        rules = review_rules_by_code(uow, year_record.rules_code, record.year)
        inputs = review_inputs(uow, record.year, [record.member_uuid], today=day)[record.member_uuid]
        refusal = grade_refusal(
            rules, grade, score=record.self_score, disciplined=inputs.disciplined, graded=record.graded
        )
        if refusal:
            raise ValidationError(refusal, field="grade")
        full = full_members_on(uow, day)
        refusal = vote_refusal(votes_for, votes_against, full)
        if refusal:
            raise ValidationError(refusal, field="votes")
        record = _review_record(uow, review_uuid)
        record.proposed_grade = grade.value
        record.votes_for, record.votes_against, record.vote_denominator = votes_for, votes_against, full
        record.proposed_on = day
        uow.commit()
        counts = _proposed_counts(uow, record.year)
    warnings = input_warnings(
        grade,
        tasks_late=inputs.tasks_late,
        tasks_open=inputs.tasks_open,
        months_absent_unexcused=inputs.months_absent_unexcused,
    )
    quota = quota_warning(rules, counts)
    return Saved(tuple(warnings + ([quota] if quota else [])))


def _proposed_counts(uow: UnitOfWork, year: int) -> dict[ReviewGrade, int]:
    counts: dict[ReviewGrade, int] = {}
    for value in uow.session.scalars(
        select(MemberReviewRecord.proposed_grade).where(
            MemberReviewRecord.year == year,
            MemberReviewRecord.owner_unit == uow.unit_uuid,
            MemberReviewRecord.deleted.is_(False),
            MemberReviewRecord.proposed_grade.is_not(None),
        )
    ):
        grade = ReviewGrade(value or "")
        counts[grade] = counts.get(grade, 0) + 1
    return counts


def set_review_session(
    uow: UnitOfWork,
    year: int,
    *,
    session_on: date,
    place: str | None = None,
    chair_uuid: str | None = None,
    secretary_uuid: str | None = None,
    present: int | None = None,
    today: date | None = None,
) -> None:
    """The review session of the cell meeting: its day, place, who chaired, who took the minutes, and how
    many members attended."""
    today = today or date.today()
    if session_on > today:
        raise ValidationError(
            T("The session cannot be in the future.", "Ngày họp kiểm điểm không thể ở tương lai."),
            field="session_on",
        )
    if session_on.year not in (year, year + 1):
        raise ValidationError(
            T(
                "The review of {year} is held at the end of {year} or early in the next year.",
                "Kiểm điểm năm {year} được tiến hành cuối năm {year} hoặc đầu năm sau.",
                year=year,
            ),
            field="session_on",
        )
    standings = member_standings_on(uow, session_on)
    counts = count_membership(standings.values())
    if present is not None and not 0 <= present <= counts.total:
        raise ValidationError(
            T(
                "{n} attended but the cell has {total} members on {day}.",
                "Có {n} đảng viên dự họp nhưng chi bộ chỉ có {total} đảng viên vào ngày {day}.",
                n=present,
                total=counts.total,
                day=format_date(session_on),
            ),
            field="present",
        )
    for uuid, field in ((chair_uuid, "chair_uuid"), (secretary_uuid, "secretary_uuid")):
        if uuid is not None and uuid not in standings:
            raise ValidationError(
                T("Choose a member of the cell.", "Hãy chọn một đảng viên của chi bộ."), field=field
            )
    with uow:
        _require_cell(uow)
        record = _required_year(uow, year)
        record.session_on = session_on
        record.place = _clean(place)
        record.chair_uuid, record.secretary_uuid, record.present = chair_uuid, secretary_uuid, present
        uow.commit()


def save_cell_self_review(
    uow: UnitOfWork,
    year: int,
    *,
    criteria_met: Mapping[str, bool],
    text: str | None,
    self_grade: ReviewGrade | None,
) -> None:
    """The cell's own collective review against the rules' criteria (năm tốt, bốn không by default)."""
    with uow:
        _require_cell(uow)
        record = _required_year(uow, year)
        rules = review_rules_by_code(uow, record.rules_code, year)
        codes = {c.code for c in rules.collective_criteria}
        unknown = [code for code in criteria_met if code not in codes]
        if unknown:
            raise ValidationError(
                T("{code} is not one of the criteria.", "{code} không phải là tiêu chí.", code=unknown[0]),
                field="criteria",
            )
        record.criteria_met = {code: bool(value) for code, value in criteria_met.items()}
        record.self_text = _clean(text)
        record.self_grade = self_grade.value if self_grade else None
        uow.commit()


def propose_cell_grade(
    uow: UnitOfWork,
    year: int,
    *,
    grade: ReviewGrade,
    votes_for: int,
    votes_against: int,
    on: date | None = None,
) -> Saved:
    """The cell's proposed grade for itself, voted by its full members."""
    with uow:
        _require_cell(uow)
        record = _required_year(uow, year)
        if not record.criteria_met and record.self_grade is None:
            raise InputRejected(
                T(
                    "Review the cell against the criteria before proposing its grade.",
                    "Hãy tự đánh giá chi bộ theo các tiêu chí trước khi đề xuất xếp loại.",
                )
            )
        if decisions_of(uow, uow.unit_uuid, year).get("") is not None:
            raise InputRejected(
                T(
                    "The committee has already decided the cell's grade.",
                    "Cấp trên đã quyết định xếp loại chi bộ.",
                )
            )
        day = on or record.session_on or date.today()
        full = full_members_on(uow, day)
        refusal = vote_refusal(votes_for, votes_against, full)
        if refusal:
            raise ValidationError(refusal, field="votes")
        record = _required_year(uow, year)
        record.proposed_grade = grade.value
        record.votes_for, record.votes_against, record.vote_denominator = votes_for, votes_against, full
        rules = review_rules_by_code(uow, record.rules_code, year)
        unmet = [c.label for c in rules.collective_criteria if not record.criteria_met.get(c.code)]
        uow.commit()
    warnings: list[Text] = []
    if grade in (ReviewGrade.EXCELLENT, ReviewGrade.GOOD) and unmet:
        warnings.append(
            T(
                "The cell does not meet {n} of its criteria: {names}.",
                "Chi bộ chưa đạt {n} tiêu chí: {names}.",
                n=len(unmet),
                names="; ".join(unmet),
            )
        )
    return Saved(tuple(warnings))


def announce_results(uow: UnitOfWork, year: int, *, on: date, today: date | None = None) -> None:
    """The day the committee's decisions were announced to the cell's members."""
    today = today or date.today()
    if on > today:
        raise ValidationError(T("That day has not come yet.", "Ngày đó chưa đến."), field="on")
    with uow:
        _require_cell(uow)
        record = _required_year(uow, year)
        decided = decisions_of(uow, uow.unit_uuid, year)
        if not decided:
            raise InputRejected(
                T(
                    "Nothing to announce: the committee has not decided any grade of {year} yet.",
                    "Chưa có gì để công bố: cấp trên chưa quyết định xếp loại năm {year}.",
                    year=year,
                )
            )
        record.announced_on = on
        uow.commit()
