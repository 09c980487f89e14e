"""What the rules refuse and what they only warn about when a grade is given (docs/party-rules.md §7).

Refused: a grade for a member reviewed but not graded; a grade the score's band does not give (where
the rules score); a grade better than the cap for a member disciplined during the year; a vote with more
votes than full members (only full members vote), or one the proposal did not carry.
Warned: more "excellent" than the quota allows; "excellent" or "good" with meeting tasks late or open;
a member absent three months without reason.
"""

from __future__ import annotations

from collections.abc import Mapping

from cellapp.domain.l10n import T, Text
from cellapp.domain.review import ReviewGrade
from cellapp.domain.review_rules import FULL_SCORE, ReviewRules


def score_refusal(rules: ReviewRules, scores: Mapping[str, int]) -> Text | None:
    """Each criterion's points within its maximum, and only the rules' criteria."""
    known = {c.code: c for c in rules.criteria}
    for code, points in scores.items():
        criterion = known.get(code)
        if criterion is None:
            return T(
                "{code} is not one of the criteria.", "{code} không phải là tiêu chí đánh giá.", code=code
            )
        if not 0 <= points <= criterion.points:
            return T(
                "{label}: the points must be from 0 to {most}.",
                "{label}: điểm phải từ 0 đến {most}.",
                label=criterion.label,
                most=criterion.points,
            )
    return None


def total_refusal(score: int | None) -> Text | None:
    if score is not None and not 0 <= score <= FULL_SCORE:
        return T("The score is from 0 to 100.", "Điểm tự chấm từ 0 đến 100.")
    return None


def grade_refusal(
    rules: ReviewRules, grade: ReviewGrade, *, score: int | None, disciplined: bool, graded: bool
) -> Text | None:
    """Why the rules do not allow this grade, or None."""
    if not graded:
        return T(
            "This member is reviewed but not graded this year (admitted less than {months} months before "
            "the review).",
            "Đảng viên này chỉ kiểm điểm, chưa xếp loại năm nay (kết nạp chưa đủ {months} tháng).",
            months=rules.new_member_months,
        )
    if rules.uses_score and score is not None:
        band = rules.band_of(score)
        if band is not grade:
            return T(
                "With {score} points the rules give “{band}”, not “{grade}”.",
                "Với {score} điểm, mức xếp loại theo quy định là “{band}”, không phải “{grade}”.",
                score=score,
                band=band.label,
                grade=grade.label,
            )
    cap = rules.discipline_cap
    if disciplined and cap is not None and grade.better_than(cap):
        return T(
            "A member disciplined during the year is graded at best “{cap}”.",
            "Đảng viên bị kỷ luật trong năm chỉ được xếp loại cao nhất là “{cap}”.",
            cap=cap.label,
        )
    return None


def vote_refusal(votes_for: int, votes_against: int, full_members: int) -> Text | None:
    """The cell's vote on a proposal: only full members vote, and the proposal must carry."""
    if votes_for < 0 or votes_against < 0:
        return T("Votes cannot be negative.", "Số phiếu không thể âm.")
    if votes_for + votes_against > full_members:
        return T(
            "{cast} votes were counted but the cell has {full} full members, and only full members vote.",
            "Có {cast} phiếu biểu quyết nhưng chi bộ chỉ có {full} đảng viên chính thức; chỉ đảng viên "
            "chính thức được biểu quyết.",
            cast=votes_for + votes_against,
            full=full_members,
        )
    # Carried only with more than half of the full members in favour, not of the votes cast
    # (Charter art. 10.5; the denominator of 24-QĐ/TW point 9.3.2).
    if votes_for * 2 <= full_members:
        return T(
            "The proposal did not carry: {yes} for, {no} against, which is not more than half of the {full} "
            "full members. Vote again on another grade.",
            "Đề xuất không được thông qua: {yes} tán thành, {no} không tán thành, chưa quá một nửa trong "
            "{full} đảng viên chính thức. Hãy biểu quyết lại mức khác.",
            yes=votes_for,
            no=votes_against,
            full=full_members,
        )
    return None


def quota_warning(rules: ReviewRules, counts: Mapping[ReviewGrade, int]) -> Text | None:
    """More "excellent" than the quota allows among those graded "good" or better."""
    good_or_better = counts.get(ReviewGrade.EXCELLENT, 0) + counts.get(ReviewGrade.GOOD, 0)
    allowed = rules.excellent_allowed(good_or_better)
    excellent = counts.get(ReviewGrade.EXCELLENT, 0)
    if allowed is None or excellent <= allowed:
        return None
    return T(
        "{n} members are proposed “excellent”; the rules allow at most {allowed} ({percent}% of the {base} "
        "graded “good” or better).",
        "Có {n} đảng viên được đề xuất “Hoàn thành xuất sắc nhiệm vụ”; quy định chỉ cho phép tối đa "
        "{allowed} ({percent}% của {base} đảng viên xếp loại “Hoàn thành tốt nhiệm vụ” trở lên).",
        n=excellent,
        allowed=allowed,
        percent=rules.excellent_quota_percent,
        base=good_or_better,
    )


def input_warnings(
    grade: ReviewGrade, *, tasks_late: int, tasks_open: int, months_absent_unexcused: int
) -> list[Text]:
    """Facts of the year that sit badly with a grade; the cell decides."""
    warnings: list[Text] = []
    if grade in (ReviewGrade.EXCELLENT, ReviewGrade.GOOD) and (tasks_late or tasks_open):
        warnings.append(
            T(
                "“{grade}” asks for every task done on time; this member has {late} late and {open} open.",
                "“{grade}” đòi hỏi hoàn thành đúng hạn mọi nhiệm vụ; đảng viên này có {late} việc trễ hạn và "
                "{open} việc chưa xong.",
                grade=grade.label,
                late=tasks_late,
                open=tasks_open,
            )
        )
    if grade is not ReviewGrade.FAILED and months_absent_unexcused >= 3:
        warnings.append(
            T(
                "This member missed meetings without reason in {n} months of the year.",
                "Đảng viên này vắng sinh hoạt không có lý do {n} tháng trong năm.",
                n=months_absent_unexcused,
            )
        )
    return warnings
