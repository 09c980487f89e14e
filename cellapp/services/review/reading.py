"""Reading a review year: the years a cell has reviewed, one year with every member's review, those left
out and the committee's decisions, the members without a review, a member found by name, and the full
members who vote on a day (docs/party-rules.md §7). The committee reads a cell's year the same way.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cellapp.domain.attendance import in_denominator
from cellapp.domain.errors import InputRejected, NotFound
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import Standing
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import count_membership, grade_of
from cellapp.domain.review import (
    Coverage,
    CoverageFacts,
    ReviewForm,
    ReviewGrade,
    coverage_of,
)
from cellapp.domain.review_rules import ReviewRules
from cellapp.domain.vietnamese import fold, name_sort_key
from cellapp.services.members import member_standings_on, vote_basis
from cellapp.services.review.model import Decision, MemberReview, NotReviewed, ReviewYear
from cellapp.services.review.rules import review_rules_by_code
from cellapp.storage.records import (
    MemberRecord,
    MemberReviewRecord,
    ReviewDecisionRecord,
    ReviewYearRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork


def year_record(uow: UnitOfWork, year: int, owner_unit: str | None = None) -> ReviewYearRecord | None:
    query = select(ReviewYearRecord).where(ReviewYearRecord.year == year, ReviewYearRecord.deleted.is_(False))
    query = query.where(ReviewYearRecord.owner_unit == (owner_unit or uow.unit_uuid))
    return uow.session.scalars(query).first()


def decisions_of(uow: UnitOfWork, cell_unit: str, year: int) -> dict[str, Decision]:
    return {
        row.member_uuid: Decision(ReviewGrade(row.grade), row.decided_by, row.decided_on, row.decision_ref)
        for row in uow.session.scalars(
            select(ReviewDecisionRecord).where(
                ReviewDecisionRecord.cell_unit == cell_unit,
                ReviewDecisionRecord.year == year,
                ReviewDecisionRecord.deleted.is_(False),
            )
        )
    }


def coverage_on(record: MemberRecord, standing: Standing, on: date, rules: ReviewRules) -> Coverage:
    assert standing.status is not None
    return coverage_of(CoverageFacts(standing.status, record.admitted_on), on, rules.new_member_months)


def on_cell_list(status: MemberStatus | None) -> bool:
    return status is not None and status.is_current


def full_members_on(uow: UnitOfWork, day: date, *, owner_unit: str | None = None) -> int:
    """Who may vote (24-QĐ/TW 9.3.2): the full members counted by the cell meeting held that day when it is
    recorded here, else the cell's full members active in it on that day (exempt and attached-elsewhere
    members are not counted, as in a meeting where they do not come)."""
    owner = owner_unit or uow.unit_uuid
    basis = vote_basis(uow, day) if owner == uow.unit_uuid else None
    if basis is not None:
        return basis.full_members
    standings = member_standings_on(uow, day, owner_unit=owner)
    return sum(in_denominator(s.status, None, s.grade) for s in standings.values() if s.status is not None)


def review_years(uow: UnitOfWork) -> list[int]:
    """The years this cell has reviewed, newest first."""
    with uow:
        return sorted(
            set(
                uow.session.scalars(
                    select(ReviewYearRecord.year).where(
                        ReviewYearRecord.deleted.is_(False), ReviewYearRecord.owner_unit == uow.unit_uuid
                    )
                )
            ),
            reverse=True,
        )


def review_year(uow: UnitOfWork, year: int, *, owner_unit: str | None = None) -> ReviewYear | None:
    """The review of `year` (this cell's, or at the committee a given cell's), None if not started."""
    with uow:
        owner = owner_unit or uow.unit_uuid
        record = year_record(uow, year, owner)
        if record is None:
            return None
        rules = review_rules_by_code(uow, record.rules_code, year)
        day = record.session_on or min(date.today(), date(year + 1, 1, 31))
        standings = member_standings_on(uow, day, owner_unit=owner)
        counts = count_membership(standings.values())
        decisions = decisions_of(uow, owner, year)
        reviews = uow.session.scalars(
            select(MemberReviewRecord).where(
                MemberReviewRecord.year == year,
                MemberReviewRecord.owner_unit == owner,
                MemberReviewRecord.deleted.is_(False),
            )
        ).all()
        members = {
            m.uuid: m
            for m in uow.session.scalars(
                select(MemberRecord).where(MemberRecord.owner_unit == owner, MemberRecord.deleted.is_(False))
            )
        }
        extra = {r.member_uuid for r in reviews} - set(members)
        if extra:
            for m in uow.session.scalars(select(MemberRecord).where(MemberRecord.uuid.in_(extra))):
                members[m.uuid] = m
        found: list[MemberReview] = []
        for row in reviews:
            member = members.get(row.member_uuid)
            standing = standings.get(row.member_uuid)
            status = standing.status if standing else None
            found.append(
                MemberReview(
                    uuid=row.uuid,
                    member_uuid=row.member_uuid,
                    full_name=member.full_name if member else "",
                    status=status,
                    party_grade=grade_of(status, standing.grade if standing else None) if status else None,
                    form=ReviewForm(row.form),
                    graded=row.graded,
                    self_text=row.self_text,
                    self_grade=ReviewGrade(row.self_grade) if row.self_grade else None,
                    self_score=row.self_score,
                    scores={k: int(v) for k, v in (row.scores or {}).items()},
                    self_assessed_on=row.self_assessed_on,
                    comments=row.comments,
                    outside_comment=row.outside_comment,
                    proposed_grade=ReviewGrade(row.proposed_grade) if row.proposed_grade else None,
                    votes_for=row.votes_for,
                    votes_against=row.votes_against,
                    vote_denominator=row.vote_denominator,
                    proposed_on=row.proposed_on,
                    decision=decisions.get(row.member_uuid),
                )
            )
        found.sort(key=lambda m: name_sort_key(m.full_name))
        reviewed = {m.member_uuid for m in found}
        not_reviewed: list[NotReviewed] = []
        for uuid, standing in standings.items():
            member = members.get(uuid)
            if uuid in reviewed or member is None or not on_cell_list(standing.status):
                continue
            coverage = coverage_on(member, standing, day, rules)
            # Members attached here from elsewhere are outside the cell's total and reviewed at home.
            if not coverage.reviewed and coverage is not Coverage.ELSEWHERE:
                party = grade_of(standing.status, standing.grade) if standing.status else None
                not_reviewed.append(NotReviewed(uuid, member.full_name, coverage, party))
        not_reviewed.sort(key=lambda n: name_sort_key(n.full_name))
        names = {
            uuid: members[uuid].full_name
            for uuid in (record.chair_uuid, record.secretary_uuid)
            if uuid in members
        }
        cell_decision = decisions.get("")
        return ReviewYear(
            uuid=record.uuid,
            owner_unit=owner,
            year=year,
            rules=rules,
            started_on=record.started_on,
            session_on=record.session_on,
            place=record.place,
            chair_uuid=record.chair_uuid,
            secretary_uuid=record.secretary_uuid,
            present=record.present,
            criteria_met={k: bool(v) for k, v in (record.criteria_met or {}).items()},
            self_text=record.self_text,
            self_grade=ReviewGrade(record.self_grade) if record.self_grade else None,
            proposed_grade=ReviewGrade(record.proposed_grade) if record.proposed_grade else None,
            votes_for=record.votes_for,
            votes_against=record.votes_against,
            vote_denominator=record.vote_denominator,
            announced_on=record.announced_on,
            decision=cell_decision,
            members=tuple(found),
            not_reviewed=tuple(not_reviewed),
            full_members=full_members_on(uow, day, owner_unit=owner),
            total_members=counts.total,
            names=names,
        )


def members_without_review(uow: UnitOfWork, year: int) -> list[tuple[str, str]]:
    """Members on the list now who have no review this year but should have one (arrived since the start)."""
    found = review_year(uow, year)
    if found is None:
        return []
    today = date.today() if date.today().year == year else date(year, 12, 31)
    standings = member_standings_on(uow, today, owner_unit=uow.unit_uuid)
    reviewed = {m.member_uuid for m in found.members} | {n.member_uuid for n in found.not_reviewed}
    with uow:
        rows = uow.session.execute(
            select(MemberRecord.uuid, MemberRecord.full_name).where(
                MemberRecord.uuid.in_(
                    [u for u, s in standings.items() if on_cell_list(s.status) and u not in reviewed]
                )
            )
        ).all()
    return sorted(((r.uuid, r.full_name) for r in rows), key=lambda r: name_sort_key(r[1]))


def find_reviewed_member(uow: UnitOfWork, year: int, text: str) -> str:
    """The member reviewed in `year` named by `text`: an id (or its first 4+ characters), or a name (case,
    diacritics and đ/d ignored) that only one reviewed member has. For the command line."""
    found = review_year(uow, year)
    if found is None:
        raise NotFound(
            T(
                "The review of {year} has not been started.",
                "Chưa bắt đầu kiểm điểm, đánh giá năm {year}.",
                year=year,
            )
        )
    wanted = text.strip()
    key = fold(wanted)
    by_id = [
        m for m in found.members if len(wanted) >= 4 and m.member_uuid.lower().startswith(wanted.lower())
    ]
    exact = [m for m in found.members if fold(m.full_name) == key]
    partial = [m for m in found.members if key and key in fold(m.full_name)]
    for candidates in (by_id, exact, partial):
        if len(candidates) == 1:
            return candidates[0].member_uuid
        if len(candidates) > 1:
            raise InputRejected(
                T(
                    "{text} matches several members: {names}. Give the member's id.",
                    "{text} khớp với nhiều đảng viên: {names}. Hãy ghi mã đảng viên.",
                    text=wanted,
                    names=", ".join(m.full_name for m in candidates[:5]),
                )
            )
    raise NotFound(
        T(
            "No member reviewed in {year} matches {text}.",
            "Không có đảng viên nào kiểm điểm năm {year} khớp với {text}.",
            year=year,
            text=wanted,
        )
    )
