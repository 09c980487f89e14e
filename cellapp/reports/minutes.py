"""The minutes (biên bản) of a meeting in the Party format, laid out after the template of docs/party-rules.md §3.5:
time and place, attendance computed from statuses, chair and secretary, I. items of business,
II. proceedings with every speaker named, III. the chair's conclusion, IV. the vote, closing time, the
secretary's and the chair's signatures, and the addenda of finalised minutes after them.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from cellapp.domain.attendance import AttendanceMark, RosterGroup
from cellapp.domain.meetings import MeetingKind, spoken_time
from cellapp.domain.vietnamese import format_date
from cellapp.reports.meeting_printout import (
    OUTCOME_WORDS,
    MeetingPrintout,
    SpeechLine,
    TaskLine,
    paragraphs_of,
    vote_sentence,
    when_text,
)
from cellapp.reports.party_format import PartyDocument, Signer, para, render, text


def minutes_pdf(printout: MeetingPrintout) -> bytes:
    document = PartyDocument(
        header=printout.header(printout.held_on, printout.minutes_number),
        kind="Biên bản",
        summary=printout.phrase,
        signers=(
            Signer(title="Thư ký", name=printout.secretary_name),
            Signer(title="Chủ trì", name=printout.chair_name),
        ),
        title=f"Biên bản {printout.phrase}",
        draft=printout.draft,
    )
    body = [*_opening(printout), *_business(printout), *_proceedings(printout), *_conclusion(printout)]
    return render(document, body, _addenda(printout))


def _labelled(label: str, value: str, style: str = "body") -> Flowable:
    return para(f"<b>{text(label)}</b> {text(value)}", style, markup=True)


def _opening(p: MeetingPrintout) -> list[Flowable]:
    counts = p.counts
    start = p.started_at or p.planned_time
    flow: list[Flowable] = []
    if p.topic and p.kind is not MeetingKind.REGULAR:
        flow.append(_labelled("- Chuyên đề:" if p.kind is MeetingKind.THEMATIC else "- Nội dung:", p.topic))
    flow.append(_labelled("- Thời gian:", f"bắt đầu lúc {when_text(start, p.held_on)}."))
    flow.append(_labelled("- Địa điểm:", f"{p.place}."))
    flow.append(para("<b>- Thành phần:</b>", markup=True))
    for name, title in p.guests:
        flow.append(
            para(f"+ Đại biểu cấp trên: đồng chí {name}{', ' + title if title else ''}.", "body_indent")
        )
    whom = "chi ủy viên" if p.kind is MeetingKind.COMMITTEE else "đảng viên"
    if p.kind is MeetingKind.COMMITTEE:
        flow.append(para(f"+ Tổng số chi ủy viên: {counts.total} đồng chí.", "body_indent"))
    else:
        total = f"+ Tổng số đảng viên của chi bộ: {counts.total} đồng chí (chính thức {counts.full}, dự bị {counts.probationary})"
        if counts.attached_here:
            total += f"; đảng viên sinh hoạt tạm thời: {counts.attached_here} đồng chí"
        flow.append(para(total + ".", "body_indent"))
        exempt = f"{counts.exempt} đồng chí"
        if counts.probationary_exempt:
            exempt += f" (trong đó {counts.probationary_exempt} đồng chí dự bị tạm miễn sinh hoạt)"
        apart = (
            f"+ Số đảng viên được miễn sinh hoạt: {exempt}; số đảng viên giới thiệu sinh hoạt tạm thời "
            f"nơi khác: {counts.attached_elsewhere} đồng chí"
        )
        if counts.suspended:
            apart += f"; đình chỉ sinh hoạt: {counts.suspended} đồng chí"
        flow.append(para(apart + ".", "body_indent"))
    present = f"+ Có mặt: {counts.present}/{counts.expected} {whom}"
    if p.kind is not MeetingKind.COMMITTEE:
        present += f" (chính thức {counts.present_full}, dự bị {counts.present_probationary})"
    extras = []
    if counts.present_attached_here:
        extras.append(f"đảng viên sinh hoạt tạm thời có mặt: {counts.present_attached_here} đồng chí")
    if counts.present_online:
        extras.append(f"dự trực tuyến: {counts.present_online} đồng chí")
    if counts.present_late:
        extras.append(f"đến muộn: {counts.present_late} đồng chí")
    flow.append(para(present + ("; " + "; ".join(extras) if extras else "") + ".", "body_indent"))
    excused = [
        r for r in p.roster if r.group is RosterGroup.SUMMONED and r.mark is AttendanceMark.ABSENT_EXCUSED
    ]
    unexcused = [
        r for r in p.roster if r.group is RosterGroup.SUMMONED and r.mark is AttendanceMark.ABSENT_UNEXCUSED
    ]
    if excused or unexcused:
        parts = []
        if excused:
            listed = "; ".join(f"đồng chí {r.name}: {r.reason}" for r in excused)
            parts.append(f"có lý do {len(excused)} đồng chí ({listed})")
        if unexcused:
            listed = ", ".join(r.name for r in unexcused)
            parts.append(f"không có lý do {len(unexcused)} đồng chí ({listed})")
        flow.append(
            para(f"+ Vắng mặt: {counts.absent} đồng chí, trong đó " + "; ".join(parts) + ".", "body_indent")
        )
    else:
        flow.append(para("+ Vắng mặt: không.", "body_indent"))
    role = p.chair_role.title_vi
    flow.append(_labelled("- Chủ trì:", f"đồng chí {p.chair_name}, {role}." if p.chair_name else "…"))
    flow.append(_labelled("- Thư ký:", f"đồng chí {p.secretary_name}." if p.secretary_name else "…"))
    return flow


def _business(p: MeetingPrintout) -> list[Flowable]:
    flow: list[Flowable] = [para("I. NỘI DUNG SINH HOẠT", "heading")]
    for number, item in enumerate(p.agenda, start=1):
        flow.append(para(f"{number}. {item.title}", "body_indent"))
    if p.documents:
        flow.append(para("Văn bản của cấp trên được phổ biến, quán triệt:", "body_indent"))
        flow += [para(f"- {document}", "body_indent") for document in p.documents]
    return flow


def _speech(speech: SpeechLine) -> Flowable:
    who = f"Đồng chí {speech.speaker}" + (" (đại biểu cấp trên)" if speech.guest else "")
    tail = " (bảo lưu ý kiến)" if speech.reserved else ""
    return para(f"<b>- {text(who)}:</b> {text(speech.summary)}{text(tail)}", "body_indent", markup=True)


def _task_line(task: TaskLine, *, review: bool) -> str:
    people = ", ".join(task.assignees)
    if review:
        given = f", giao ngày {format_date(task.set_on)}" if task.set_on else ""
        outcome = OUTCOME_WORDS[task.outcome] if task.outcome else "chưa đánh giá"
        comment = f" {task.comment.rstrip('.')}." if task.comment else ""
        return f"- {task.description} (đồng chí {people}{given}): {outcome}.{comment}"
    due = f"; thời hạn {format_date(task.due_on)}" if task.due_on else ""
    return f"- {task.description}: đồng chí {people} thực hiện{due}."


def _proceedings(p: MeetingPrintout) -> list[Flowable]:
    flow: list[Flowable] = [para("II. DIỄN BIẾN", "heading")]
    for number, item in enumerate(p.agenda, start=1):
        if not item.notes and not item.speeches:
            continue
        flow.append(para(f"<b><i>{number}. {text(item.title)}</i></b>", "body", markup=True))
        flow += [para(line, "body_indent") for line in paragraphs_of(item.notes)]
        flow += [_speech(speech) for speech in item.speeches]
    if p.other_speeches:
        flow.append(para("<b><i>Ý kiến thảo luận</i></b>", "body", markup=True))
        flow += [_speech(speech) for speech in p.other_speeches]
    if p.reviews:
        flow.append(para("<b><i>Kết quả thực hiện nhiệm vụ đã giao</i></b>", "body", markup=True))
        flow += [para(_task_line(task, review=True), "body_indent") for task in p.reviews]
    if p.new_tasks:
        flow.append(para("<b><i>Nhiệm vụ mới, phân công đảng viên thực hiện</i></b>", "body", markup=True))
        flow += [para(_task_line(task, review=False), "body_indent") for task in p.new_tasks]
    if len(flow) == 1:
        flow.append(para("(Chưa ghi diễn biến.)", "body_indent"))
    return flow


def _conclusion(p: MeetingPrintout) -> list[Flowable]:
    flow: list[Flowable] = [para("III. KẾT LUẬN CỦA CHỦ TRÌ", "heading")]
    lines = paragraphs_of(p.conclusion) or ["…"]
    flow += [para(line, "body_indent") for line in lines]
    if p.resolution:
        number = p.resolution_number.strip()
        flow.append(para(f"Chi bộ thống nhất ban hành nghị quyết ({number}).", "body_indent"))
    flow.append(para("IV. BIỂU QUYẾT", "heading"))
    counts = p.counts
    flow.append(
        para(
            f"Số đảng viên có quyền biểu quyết: {counts.voting_denominator} đồng chí; có mặt được biểu quyết: "
            f"{counts.voters_present} đồng chí.",
            "body_indent",
        )
    )
    flow += [para(vote_sentence(vote, counts), "body_indent") for vote in p.votes] or [
        para("(Chưa ghi kết quả biểu quyết.)", "body_indent")
    ]
    reserved = [s for item in p.agenda for s in item.speeches if s.reserved]
    reserved += [s for s in p.other_speeches if s.reserved]
    if reserved:
        flow.append(para("Ý kiến bảo lưu:", "body_indent"))
        flow += [para(f"- Đồng chí {s.speaker}: {s.summary}", "body_indent") for s in reserved]
    else:
        flow.append(para("Ý kiến khác (bảo lưu): không.", "body_indent"))
    end = f"{spoken_time(p.ended_at)}" if p.ended_at else "… giờ … phút"
    flow.append(Spacer(1, 4))
    flow.append(
        para(
            f"Buổi sinh hoạt kết thúc lúc {end} cùng ngày; biên bản đã được đọc lại và thông qua trước "
            f"{'chi ủy' if p.kind is MeetingKind.COMMITTEE else 'chi bộ'}.",
            "body_indent",
        )
    )
    return flow


def _addenda(p: MeetingPrintout) -> list[Flowable]:
    if not p.addenda:
        return []
    flow: list[Flowable] = [PageBreak()]
    flow.append(para("PHỤ LỤC ĐÍNH CHÍNH, BỔ SUNG BIÊN BẢN", "center_bold"))
    for addendum in p.addenda:
        flow.append(
            para(
                f"<b>Phụ lục số {addendum.number}, ngày {format_date(addendum.made_on)}:</b>",
                "body",
                markup=True,
            )
        )
        flow += [para(line, "body_indent") for line in paragraphs_of(addendum.text)]
    flow.append(para("(Phụ lục được lập sau khi biên bản đã hoàn thành; biên bản gốc giữ nguyên.)", "italic"))
    return flow


__all__ = ["minutes_pdf"]
