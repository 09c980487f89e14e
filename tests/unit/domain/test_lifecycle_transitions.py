"""The lifecycle transition table, tested exhaustively: every kind of event from every status, allowed or
refused, and what follows; then the rules that need more than the status (grade, dates, levels)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from cellapp.domain.lifecycle import (
    TRANSITIONS,
    DisciplineLevel,
    EventDetails,
    EventKind,
    Grade,
    Standing,
    allowed_from,
    apply_event,
)
from cellapp.domain.lifecycle_rules import RuleContext, refusal
from cellapp.domain.members import MemberStatus

S = MemberStatus
P, F, AE, AH = S.PROBATIONARY, S.FULL, S.ATTACHED_ELSEWHERE, S.ATTACHED_HERE
EX, TE, SU = S.EXEMPT, S.TEMPORARILY_EXEMPT, S.SUSPENDED
TO, SO, XP, RS, DE, AEND = (
    S.TRANSFERRED_OUT,
    S.STRUCK_OFF,
    S.EXPELLED,
    S.RESIGNED,
    S.DECEASED,
    S.ATTACHMENT_ENDED,
)
EVERY_STATUS = frozenset(S)
HOME = {P, F, AE, EX, TE}

# The specification, written out by hand: from which statuses (None: not on the list) each event may be
# recorded. Anything not listed is refused.
ALLOWED: dict[str, set[MemberStatus | None]] = {
    "registered": {None},
    "entry_corrected": set(EVERY_STATUS),
    "admitted": {None},
    "recognised": {P, AE, TE},
    "transferred_out": HOME,
    "transferred_in": {None, TO, AH, AEND},
    "attached_out": {P, F, AE},
    "returned": {AE},
    "attached_in": {None, AH, AEND, TO},
    "attachment_ended": {AH},
    "exempted": {F, TE},
    "temporarily_exempted": {P, F, TE},
    "exemption_ended": {EX, TE},
    "suspended": HOME,
    "suspension_lifted": {SU},
    "disciplined": HOME | {SU},
    "awarded": HOME | {SU, DE},
    "struck_off": HOME | {SU},
    "resigned": HOME,
    "died": HOME | {SU, AH},
    "readmitted": {SO, RS},
    "reinstated": {XP, SO},
    "seniority_gap": set(EVERY_STATUS),
}

KINDS = [kind for kind in EventKind if kind is not EventKind.REVERSAL]
FROM = [None, *MemberStatus]


def test_the_table_covers_every_kind_of_event_but_the_reversal() -> None:
    assert set(TRANSITIONS) == set(KINDS)
    assert set(ALLOWED) == {kind.value for kind in KINDS}


@pytest.mark.parametrize("kind", KINDS, ids=str)
@pytest.mark.parametrize("status", FROM, ids=lambda s: str(s or "not_on_list"))
def test_each_event_is_allowed_exactly_from_the_statuses_in_the_table(
    kind: EventKind, status: MemberStatus | None
) -> None:
    assert allowed_from(kind, status) is (status in ALLOWED[kind.value])


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_a_refused_status_is_explained_with_the_rule_in_both_languages(kind: EventKind) -> None:
    refused = [s for s in FROM if s not in ALLOWED[kind.value]]
    assert refused, "every event is refused from some status"
    for status in refused:
        reason = refusal(Standing(status, Grade.FULL), EventDetails(kind, date(2026, 1, 1)), RuleContext())
        assert reason is not None
        assert kind.rule.vi in reason.render("vi") and kind.label.vi in reason.render("vi")
        assert kind.rule.en in reason.render("en") and kind.label.en in reason.render("en")


@pytest.mark.parametrize("kind", list(EventKind), ids=str)
def test_every_label_and_rule_is_proper_vietnamese(kind: EventKind) -> None:
    for text in (kind.label.vi, kind.rule.vi):
        assert text == unicodedata.normalize("NFC", text)
        assert not text.isascii(), text


FULL = Standing(F, Grade.FULL)
PROB = Standing(P, Grade.PROBATIONARY)

RESULTS = [
    (EventKind.REGISTERED, Standing(None), {"status": EX}, Standing(EX, Grade.FULL)),
    (EventKind.REGISTERED, Standing(None), {"status": P}, PROB),
    (EventKind.ADMITTED, Standing(None), {}, PROB),
    (EventKind.RECOGNISED, PROB, {}, FULL),
    (EventKind.RECOGNISED, Standing(AE, Grade.PROBATIONARY), {}, Standing(AE, Grade.FULL)),
    (EventKind.TRANSFERRED_OUT, FULL, {}, Standing(TO, Grade.FULL)),
    (EventKind.TRANSFERRED_IN, Standing(None), {"grade": Grade.PROBATIONARY}, PROB),
    (EventKind.TRANSFERRED_IN, Standing(TO, Grade.FULL), {"grade": Grade.FULL}, FULL),
    (EventKind.ATTACHED_OUT, PROB, {}, Standing(AE, Grade.PROBATIONARY)),
    (EventKind.RETURNED, Standing(AE, Grade.PROBATIONARY), {}, PROB),
    (EventKind.ATTACHED_IN, Standing(None), {"grade": Grade.FULL}, Standing(AH, Grade.FULL)),
    (EventKind.ATTACHMENT_ENDED, Standing(AH, Grade.FULL), {}, Standing(AEND, Grade.FULL)),
    (EventKind.EXEMPTED, FULL, {}, Standing(EX, Grade.FULL)),
    (EventKind.TEMPORARILY_EXEMPTED, PROB, {}, Standing(TE, Grade.PROBATIONARY)),
    (EventKind.EXEMPTION_ENDED, Standing(TE, Grade.PROBATIONARY), {}, PROB),
    (EventKind.SUSPENDED, Standing(EX, Grade.FULL), {}, Standing(SU, Grade.FULL)),
    (EventKind.SUSPENSION_LIFTED, Standing(SU, Grade.FULL), {}, FULL),
    (EventKind.DISCIPLINED, FULL, {"discipline": DisciplineLevel.EXPULSION}, Standing(XP, Grade.FULL)),
    (EventKind.DISCIPLINED, PROB, {"discipline": DisciplineLevel.WARNING}, PROB),
    (EventKind.AWARDED, Standing(DE, Grade.FULL), {"badge_years": 30}, Standing(DE, Grade.FULL)),
    (EventKind.STRUCK_OFF, PROB, {}, Standing(SO, Grade.PROBATIONARY)),
    (EventKind.RESIGNED, FULL, {}, Standing(RS, Grade.FULL)),
    (EventKind.DIED, Standing(AH, Grade.FULL), {}, Standing(DE, Grade.FULL)),
    (EventKind.READMITTED, Standing(SO, Grade.FULL), {}, PROB),
    (EventKind.REINSTATED, Standing(XP, Grade.FULL), {}, FULL),
    (EventKind.SENIORITY_GAP, FULL, {}, FULL),
]


@pytest.mark.parametrize(("kind", "before", "extra", "after"), RESULTS, ids=lambda v: str(v))
def test_the_status_that_follows_each_event(
    kind: EventKind, before: Standing, extra: dict[str, object], after: Standing
) -> None:
    assert apply_event(before, EventDetails(kind, date(2026, 1, 1), **extra)) == after  # type: ignore[arg-type]


def _refusal(
    standing: Standing,
    kind: EventKind,
    on: date = date(2026, 6, 1),
    awarded: dict[int, date] | None = None,
    **extra: object,
) -> str | None:
    # Badge milestones of this member: the n-year badge is reached on 1 January of 1996 + n, and may be
    # awarded one year early at most (the 30-year badge: reached 01/01/2026, at the earliest 01/01/2025).
    context = RuleContext(
        birth_date=date(2000, 3, 10),
        admitted_on=date(2025, 3, 1),
        ceremony_on=date(2025, 3, 20),
        badge_earliest=lambda years: date(1995 + years, 1, 1),
        badge_reached=lambda years: date(1996 + years, 1, 1),
        badges_awarded=awarded or {},
    )
    reason = refusal(standing, EventDetails(kind, on, **extra), context)  # type: ignore[arg-type]
    return reason.render("vi") if reason else None


def test_recognition_is_refused_before_twelve_months_from_the_ceremony() -> None:
    assert "từ ngày 20/03/2026" in (_refusal(PROB, EventKind.RECOGNISED, date(2026, 3, 19)) or "")
    assert _refusal(PROB, EventKind.RECOGNISED, date(2026, 3, 20)) is None


def test_a_full_member_attached_elsewhere_cannot_be_recognised_again() -> None:
    assert "đã là đảng viên chính thức" in (_refusal(Standing(AE, Grade.FULL), EventKind.RECOGNISED) or "")


def test_recognition_needs_the_ceremony_or_admission_date() -> None:
    reason = refusal(PROB, EventDetails(EventKind.RECOGNISED, date(2026, 6, 1)), RuleContext())
    assert reason is not None and "lễ kết nạp" in reason.render("vi")


def test_with_a_decision_but_no_ceremony_recognition_waits_for_the_ceremony() -> None:
    """Probation runs from the ceremony (Điều lệ Điều 5): the decision's date never stands in for it."""
    context = RuleContext(admitted_on=date(2025, 3, 1), ceremony_on=None)
    reason = refusal(PROB, EventDetails(EventKind.RECOGNISED, date(2026, 6, 1)), context)
    assert reason is not None and "ngày lễ kết nạp" in reason.render("vi")


@pytest.mark.parametrize("level", [DisciplineLevel.REMOVAL, DisciplineLevel.EXPULSION])
def test_a_probationary_member_can_only_be_reprimanded_or_warned(level: DisciplineLevel) -> None:
    assert "chỉ bị khiển trách hoặc cảnh cáo" in (
        _refusal(PROB, EventKind.DISCIPLINED, discipline=level) or ""
    )
    assert _refusal(FULL, EventKind.DISCIPLINED, discipline=level) is None


@pytest.mark.parametrize("level", [DisciplineLevel.REPRIMAND, DisciplineLevel.WARNING])
def test_a_probationary_member_may_be_reprimanded_or_warned(level: DisciplineLevel) -> None:
    assert _refusal(PROB, EventKind.DISCIPLINED, discipline=level) is None


def test_discipline_needs_its_level() -> None:
    assert _refusal(FULL, EventKind.DISCIPLINED) == "Hãy chọn hình thức kỷ luật."


def test_a_probationary_member_is_not_exempted_but_may_be_temporarily_exempted() -> None:
    assert "Đảng viên dự bị không được miễn" in (
        _refusal(Standing(TE, Grade.PROBATIONARY), EventKind.EXEMPTED) or ""
    )
    assert _refusal(PROB, EventKind.TEMPORARILY_EXEMPTED, ends_on=date(2026, 12, 1)) is None


def test_a_temporary_exemption_needs_an_end_after_its_start() -> None:
    assert _refusal(FULL, EventKind.TEMPORARILY_EXEMPTED) == "Hãy nhập ngày kết thúc."
    assert "không thể trước" in (
        _refusal(FULL, EventKind.TEMPORARILY_EXEMPTED, ends_on=date(2026, 5, 1)) or ""
    )


def test_admission_needs_an_adult_and_a_ceremony_after_the_decision() -> None:
    none = Standing(None)
    assert "đủ 18 tuổi" in (_refusal(none, EventKind.ADMITTED, date(2018, 3, 9)) or "")
    assert _refusal(none, EventKind.ADMITTED, date(2018, 3, 10)) is None
    assert "trước ngày có quyết định" in (
        _refusal(none, EventKind.ADMITTED, date(2019, 5, 1), ceremony_on=date(2019, 4, 1)) or ""
    )


def test_an_arrival_must_say_probationary_or_full() -> None:
    assert "dự bị hay chính thức" in (_refusal(Standing(None), EventKind.TRANSFERRED_IN) or "")


def test_badges_only_at_milestones_and_not_before_the_early_allowance() -> None:
    assert "không có mốc 35" in (_refusal(FULL, EventKind.AWARDED, badge_years=35) or "")
    assert "trước ngày 01/01/2025" in (
        _refusal(FULL, EventKind.AWARDED, date(2024, 12, 31), badge_years=30, note="Ốm nặng") or ""
    )
    assert _refusal(FULL, EventKind.AWARDED, date(2025, 1, 1), badge_years=30, note="Ốm nặng") is None


ILL = "Ốm nặng, điều trị dài ngày; chi bộ đề nghị xét tặng sớm"
# awarded on, badge, badges already awarded, reason given -> refused with (None: accepted)
BADGES = [
    (date(2026, 1, 1), 30, {}, None, None),
    (date(2026, 5, 19), 30, {}, None, None),
    (date(2025, 6, 1), 30, {}, None, "phải ghi rõ lý do"),
    (date(2025, 6, 1), 30, {}, "   ", "phải ghi rõ lý do"),
    (date(2025, 6, 1), 30, {}, ILL, None),
    (date(2024, 12, 31), 30, {}, ILL, "trước ngày 01/01/2025"),
    (date(2026, 9, 2), 30, {30: date(2026, 5, 19)}, None, "đã được ghi ngày 19/05/2026"),
    (date(2026, 9, 2), 30, {30: date(2025, 6, 1)}, ILL, "mỗi mốc chỉ trao một lần"),
    (date(2036, 2, 3), 40, {30: date(2026, 5, 19)}, None, None),
]


@pytest.mark.parametrize(("on", "years", "awarded", "note", "refused"), BADGES, ids=str)
def test_one_badge_per_milestone_and_an_early_one_only_with_its_reason(
    on: date, years: int, awarded: dict[int, date], note: str | None, refused: str | None
) -> None:
    reason = _refusal(FULL, EventKind.AWARDED, on, awarded, badge_years=years, note=note)
    if refused is None:
        assert reason is None
    else:
        assert reason is not None and refused in reason


def test_an_award_other_than_a_badge_needs_a_name_and_is_never_posthumous() -> None:
    assert _refusal(FULL, EventKind.AWARDED) == "Hãy nhập tên hình thức khen thưởng."
    assert _refusal(FULL, EventKind.AWARDED, award="Giấy khen của Đảng ủy xã") is None
    assert "truy tặng" in (_refusal(Standing(DE, Grade.FULL), EventKind.AWARDED, award="Giấy khen") or "")
