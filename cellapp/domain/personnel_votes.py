"""The cell's vote on an admission or a recognition as a full member (biểu quyết đề nghị kết nạp, công nhận
đảng viên chính thức), and the rule it must meet.

Sources (read for this rule; see also docs/party-rules.md §5.3):
- Điều lệ Đảng, Điều 4 khoản 3: "Chi bộ xét và đề nghị kết nạp từng người một, khi được ít nhất hai phần
  ba số đảng viên chính thức trong chi bộ tán thành thì đề nghị lên cấp uỷ cấp trên" (the article covers
  readmission too: "kể cả kết nạp lại"). Quoted from thuvienphapluat.vn (hoi-dap-phap-luat 83A324C).
- Điều lệ Đảng, Điều 5 khoản 1: "Khi hết thời kỳ dự bị, chi bộ xét công nhận đảng viên chính thức từng
  người một và biểu quyết như khi xét kết nạp" (thuvienphapluat.vn banan 8508): the same two thirds.
- The Charter's implementing rule (29-QĐ/TW point 4.2, carried into 24-QĐ/TW and 294-QĐ/TW, in force
  from 01/7/2025): the cell considers recognition within 30 working days after the 12 months; after
  three votes without two thirds of the full members, it reports to the committee above, which decides
  (thuvienphapluat.vn hoi-dap 4CFA4, thuviennhadat.vn 497169).
- Hướng dẫn 01-HD/TW (2021) point 5.1: these votes are by secret ballot or by showing the party card,
  as the cell decides (luatvietnam.vn 566-95035).
- Who counts among "the full members": those the rule for every cell vote keeps (24-QĐ/TW point 9.3.2,
  docs/party-rules.md §3.4): not the members temporarily attached elsewhere, the exempt who are absent, the
  suspended, or those absent the whole session with an approved reason; that is the voting denominator
  of the meeting that voted, when it is recorded here.

Probationary members do not vote (Điều lệ Điều 3: "Đảng viên dự bị có các quyền trên đây, trừ quyền biểu
quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng"), so the tally counts full members only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.vietnamese import format_date

VOTED_KINDS = frozenset({EventKind.ADMITTED, EventKind.READMITTED, EventKind.RECOGNISED})


@dataclass(frozen=True)
class PersonnelVote:
    """How the cell voted: on which day, for and against, out of how many full members counted."""

    held_on: date
    votes_for: int
    votes_against: int
    full_members: int
    meeting_uuid: str | None = None  # the cell meeting, when it is recorded in CellApp

    @property
    def reaches_two_thirds(self) -> bool:
        return self.full_members > 0 and self.votes_for * 3 >= self.full_members * 2


def needs_vote(kind: EventKind) -> bool:
    return kind in VOTED_KINDS


def vote_refusal(
    kind: EventKind,
    vote: PersonnelVote | None,
    *,
    effective_on: date,
    probation_end: date | None,
    today: date,
) -> Text | None:
    """Why this vote cannot stand behind this event, or None. `probation_end` matters for recognition."""
    if not needs_vote(kind):
        return None
    what = _WHAT[kind]
    if vote is None:
        return T(
            "Record the cell's vote on the {what}: the day of the cell meeting, the votes for and against, "
            "and how many full members were counted (at least two thirds must be for it).",
            "Hãy ghi kết quả chi bộ biểu quyết {what_vi}: ngày họp chi bộ, số tán thành, không tán thành và "
            "số đảng viên chính thức được tính (phải có ít nhất hai phần ba tán thành).",
            what=what.en,
            what_vi=what.vi,
        )
    if min(vote.votes_for, vote.votes_against) < 0 or vote.full_members <= 0:
        return T(
            "The votes cannot be negative, and at least one full member must be counted.",
            "Số phiếu không được âm và phải có ít nhất một đảng viên chính thức được tính.",
        )
    if vote.votes_for + vote.votes_against > vote.full_members:
        return T(
            "{cast} votes were entered but only {members} full members were counted; probationary members do "
            "not vote.",
            "Đã nhập {cast} phiếu nhưng chỉ có {members} đảng viên chính thức được tính; đảng viên dự bị "
            "không biểu quyết.",
            cast=vote.votes_for + vote.votes_against,
            members=vote.full_members,
        )
    if vote.held_on > today:
        return T("The cell's vote cannot be in the future.", "Ngày chi bộ biểu quyết không thể ở tương lai.")
    if kind is not EventKind.RECOGNISED and vote.held_on > effective_on:
        return T(
            "The cell votes before the committee decides: the vote ({vote}) is after the admission decision "
            "({day}).",
            "Chi bộ biểu quyết trước khi cấp ủy cấp trên quyết định: ngày biểu quyết ({vote}) sau ngày quyết "
            "định kết nạp ({day}).",
            vote=format_date(vote.held_on),
            day=format_date(effective_on),
        )
    if kind is EventKind.RECOGNISED and probation_end is not None and vote.held_on < probation_end:
        return T(
            "The cell considers recognition once the 12 months of probation are over ({ends}), not on {vote}.",
            "Chi bộ chỉ xét công nhận chính thức khi đã hết 12 tháng dự bị ({ends}), không phải ngày {vote}.",
            ends=format_date(probation_end),
            vote=format_date(vote.held_on),
        )
    if not vote.reaches_two_thirds:
        return T(
            "{votes_for} of {members} full members voted for the {what}: the Charter requires at least two "
            "thirds ({needed}). The proposal is not adopted; after three votes without two thirds the cell "
            "reports to the committee above.",
            "Có {votes_for}/{members} đảng viên chính thức tán thành {what_vi}: Điều lệ Đảng yêu cầu ít nhất "
            "hai phần ba ({needed}). Đề nghị chưa được thông qua; sau ba lần biểu quyết không đủ hai phần ba, "
            "chi bộ báo cáo cấp ủy cấp trên xem xét, quyết định.",
            votes_for=vote.votes_for,
            members=vote.full_members,
            what=what.en,
            what_vi=what.vi,
            needed=two_thirds_of(vote.full_members),
        )
    return None


def two_thirds_of(members: int) -> int:
    """The fewest votes that make two thirds of `members`."""
    return -(-members * 2 // 3)


_WHAT = {
    EventKind.ADMITTED: T("admission", "đề nghị kết nạp"),
    EventKind.READMITTED: T("readmission", "đề nghị kết nạp lại"),
    EventKind.RECOGNISED: T("recognition as a full member", "đề nghị công nhận đảng viên chính thức"),
}


def vote_summary(vote: PersonnelVote) -> Text:
    """`Chi bộ biểu quyết ngày 05/03/2026: 9/11 tán thành (81,8%), 1 không tán thành`."""
    share = round(vote.votes_for * 100 / vote.full_members, 1) if vote.full_members else 0.0
    shown = f"{share:.1f}".replace(".", ",").removesuffix(",0") + "%"
    return T(
        "Cell vote of {day}: {votes_for}/{members} for ({share}), {against} against",
        "Chi bộ biểu quyết ngày {day}: {votes_for}/{members} tán thành ({share}), {against} không tán thành",
        day=format_date(vote.held_on),
        votes_for=vote.votes_for,
        members=vote.full_members,
        share=shown,
        against=vote.votes_against,
    )
