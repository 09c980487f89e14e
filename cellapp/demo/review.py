"""The demo's annual review: the year graded by the cell (self-assessments with the 100-point score,
the meeting's comments, proposals voted by the full members, the cell's own review against "năm tốt,
bốn không"), built through the review services like a secretary would.

From mid-November the demo reviews the current year; earlier in the year, the year before.
"""

from __future__ import annotations

from datetime import date, timedelta

from cellapp.demo.context import DemoContext
from cellapp.domain.errors import CellAppError
from cellapp.domain.members import MemberStatus
from cellapp.domain.review import ReviewGrade
from cellapp.domain.review_rules import ReviewRules
from cellapp.services import review as rv

SELF_TEXTS = (
    "Luôn chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia đầy đủ sinh hoạt chi bộ; "
    "gương mẫu trong phát triển kinh tế gia đình, vận động bà con thôn bản thực hiện tốt nghĩa vụ công dân.",
    "Giữ gìn phẩm chất đạo đức, lối sống; đoàn kết với quần chúng; hoàn thành các nhiệm vụ chi bộ giao. "
    "Hạn chế: có lúc chưa mạnh dạn phát biểu ý kiến trong sinh hoạt chi bộ.",
    "Tích cực tham gia các phong trào ở địa phương, đóng đảng phí đầy đủ; tuy nhiên có nhiệm vụ hoàn thành "
    "chưa đúng hạn, năm tới cần khắc phục.",
)
COMMENTS = (
    "Chi bộ nhất trí với bản tự kiểm điểm của đồng chí.",
    "Đồng chí cần mạnh dạn hơn trong phát biểu, đóng góp ý kiến xây dựng chi bộ.",
    "Đồng chí cần hoàn thành nhiệm vụ được giao đúng thời hạn.",
)


def review_year_of(today: date) -> tuple[int, date, date]:
    """The year the demo reviews, the day it started and the day of the session."""
    if (today.month, today.day) >= (11, 15):
        return today.year, today - timedelta(days=10), today - timedelta(days=3)
    return today.year - 1, date(today.year - 1, 11, 20), date(today.year - 1, 12, 5)


def _scores(rules: ReviewRules, grade: ReviewGrade, jitter: int) -> dict[str, int]:
    """Points per criterion that fall in the grade's band."""
    target = {
        ReviewGrade.EXCELLENT: 92,
        ReviewGrade.GOOD: 80,
        ReviewGrade.FULFILLED: 62,
        ReviewGrade.FAILED: 45,
    }[grade]
    target += jitter
    scores: dict[str, int] = {}
    left = target
    for index, criterion in enumerate(rules.criteria):
        if index == len(rules.criteria) - 1:
            scores[criterion.code] = max(0, min(criterion.points, left))
        else:
            share = round(criterion.points * target / 100)
            scores[criterion.code] = share
            left -= share
    return scores


def add_demo_review(context: DemoContext) -> None:
    if context.months <= 0:
        return
    year, started, session = review_year_of(context.today)
    workspace, rng = context.workspace, context.rng
    try:
        review = rv.start_review_year(workspace.uow(), year, on=started)
    except CellAppError:
        return  # a demo too small or too young to review
    rules = review.rules
    members = list(review.members)
    officers = [m.member_uuid for m in members if m.status is MemberStatus.FULL][:2]
    rv.set_review_session(
        workspace.uow(),
        year,
        session_on=session,
        place="Nhà văn hóa thôn",
        chair_uuid=officers[0] if officers else None,
        secretary_uuid=officers[1] if len(officers) > 1 else None,
        present=max(0, review.total_members - len(review.not_reviewed) - rng.randint(0, 2)),
        today=context.today,
    )
    voters = rv.full_members_on(workspace.uow(read_only=True), session)
    if voters == 0:
        return
    inputs = rv.review_inputs(
        workspace.uow(read_only=True), year, [m.member_uuid for m in members], today=context.today
    )
    graded = [m for m in members if m.graded]
    excellent_left = max(1, len(graded) // 8)
    for index, member in enumerate(members):
        facts = inputs[member.member_uuid]
        if facts.disciplined:
            grade = ReviewGrade.FULFILLED
        elif facts.months_absent_unexcused >= 3:
            grade = ReviewGrade.FAILED
        elif facts.tasks_late or facts.tasks_open:
            grade = ReviewGrade.FULFILLED
        elif excellent_left and rng.random() < 0.2:
            grade, excellent_left = ReviewGrade.EXCELLENT, excellent_left - 1
        else:
            grade = ReviewGrade.GOOD
        text = SELF_TEXTS[min(2, grade.rank)]
        if not member.graded:
            rv.save_self_assessment(workspace.uow(), member.uuid, text=text, self_grade=None, on=session)
            continue
        rv.save_self_assessment(
            workspace.uow(),
            member.uuid,
            text=text,
            self_grade=grade,
            scores=_scores(rules, grade, rng.randint(0, 4)) if rules.uses_score else None,
            on=session - timedelta(days=rng.randint(2, 6)),
        )
        outside = None
        if facts.residence_cell:
            outside = (
                f"{facts.residence_cell}: đồng chí gương mẫu, giữ mối liên hệ thường xuyên với nơi cư trú."
            )
        elif facts.transferred_from:
            outside = f"{facts.transferred_from}: đồng chí hoàn thành nhiệm vụ trong thời gian sinh hoạt tại chi bộ."
        rv.save_review_comments(
            workspace.uow(), member.uuid, comments=COMMENTS[min(2, grade.rank)], outside_comment=outside
        )
        against = 1 if index % 5 == 0 and voters > 2 else 0
        rv.propose_member_grade(
            workspace.uow(),
            member.uuid,
            grade=grade,
            votes_for=voters - against,
            votes_against=against,
            on=session,
        )
    criteria = {c.code: True for c in rules.collective_criteria}
    if rules.collective_criteria:
        criteria[rules.collective_criteria[-1].code] = False
    rv.save_cell_self_review(
        workspace.uow(),
        year,
        criteria_met=criteria,
        text="Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị của thôn; sinh hoạt chi bộ đều đặn, đúng kỳ; "
        "nội bộ đoàn kết. Hạn chế: chất lượng sinh hoạt chuyên đề chưa đều.",
        self_grade=ReviewGrade.GOOD,
    )
    rv.propose_cell_grade(
        workspace.uow(), year, grade=ReviewGrade.GOOD, votes_for=voters, votes_against=0, on=session
    )
