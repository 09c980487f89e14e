"""The resolution (nghị quyết) of a meeting and the meeting notice (thông báo triệu tập), in the Party
format: for the resolution the legal basis, "CHI BỘ … QUYẾT NGHỊ", the text adopted, the assignments and
the vote, "Nơi nhận" bottom left and "T/M CHI BỘ / BÍ THƯ" bottom right (docs/party-rules.md §4); for the notice
the time, place, agenda, documents to read beforehand and who is called.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from cellapp.domain.attendance import percent
from cellapp.domain.meetings import PROCEDURAL_ITEMS, MeetingKind
from cellapp.domain.vietnamese import format_date
from cellapp.reports.meeting_printout import MeetingPrintout, paragraphs_of, when_text
from cellapp.reports.party_format import PartyDocument, Signer, para, render, text


def _signer(p: MeetingPrintout) -> Signer:
    return Signer(authority="T/M chi bộ", title=p.chair_title_upper, name=p.chair_name)


def resolution_pdf(printout: MeetingPrintout) -> bytes:
    p = printout
    if p.kind is MeetingKind.THEMATIC and p.topic:
        summary = f"về {p.topic[:1].lower()}{p.topic[1:]}"
    else:
        summary = f"sinh hoạt chi bộ tháng {p.held_on.month:02d} năm {p.held_on.year}"
    document = PartyDocument(
        header=p.header(p.held_on, p.resolution_number),
        kind="Nghị quyết",
        summary=summary,
        signers=(_signer(p),),
        recipients=p.recipients(),
        title=f"Nghị quyết {summary}",
        draft=p.draft,
    )
    body: list[Flowable] = [
        para("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "italic"),
        para("- Căn cứ chương trình công tác của cấp ủy cấp trên và của chi bộ;", "italic"),
        para(f"- Căn cứ kết quả sinh hoạt chi bộ ngày {format_date(p.held_on)},", "italic"),
        para(f"{p.cell_name.upper()} QUYẾT NGHỊ:", "center_bold"),
    ]
    lines = paragraphs_of(p.resolution or p.draft_resolution) or ["…"]
    body += [para(line, "body_indent") for line in lines]
    if p.new_tasks:
        body.append(para("Phân công thực hiện:", "heading"))
        for task in p.new_tasks:
            due = f"; thời hạn {format_date(task.due_on)}" if task.due_on else ""
            people = ", ".join(task.assignees)
            body.append(para(f"- {task.description}: đồng chí {people}{due}.", "body_indent"))
    for vote in p.votes[:1]:
        denominator = p.counts.voting_denominator
        adopted = "biểu quyết thông qua" if vote.adopted else "biểu quyết nhưng chưa đủ quá nửa để thông qua"
        body.append(
            para(
                f"Nghị quyết đã được chi bộ {adopted} với {vote.tally.votes_for}/{denominator} đồng chí tán "
                f"thành ({percent(vote.tally.votes_for, denominator)}).",
                "body_indent",
            )
        )
    body.append(
        para(
            "Các đồng chí đảng viên trong chi bộ có trách nhiệm tổ chức thực hiện nghị quyết này.",
            "body_indent",
        )
    )
    return render(document, body)


def notice_pdf(printout: MeetingPrintout) -> bytes:
    p = printout
    committee = p.kind is MeetingKind.COMMITTEE
    summary = f"về việc tổ chức {p.phrase}"
    document = PartyDocument(
        header=p.header(p.issued_on, None),
        kind="Thông báo",
        summary=summary,
        signers=(_signer(p),),
        recipients=p.recipients(),
        title=f"Thông báo {summary}",
    )
    audience = "các đồng chí chi ủy viên" if committee else "các đồng chí đảng viên trong chi bộ"
    body: list[Flowable] = [
        para(f"{p.cell_name} thông báo đến {audience} về việc tổ chức {p.phrase} như sau:", "body_indent"),
        para(
            f"<b>1. Thời gian:</b> {text(when_text(p.planned_time, p.held_on))}.", "body_indent", markup=True
        ),
        para(f"<b>2. Địa điểm:</b> {text(p.place)}.", "body_indent", markup=True),
        para("<b>3. Nội dung:</b>", "body_indent", markup=True),
    ]
    if p.topic and p.kind is not MeetingKind.REGULAR:
        body.append(para(f"Chuyên đề: {p.topic}.", "body_indent"))
    # The opening and closing formalities of the standard agenda need no announcing.
    body += [
        para(f"- {item.title}.", "body_indent") for item in p.agenda if item.title not in PROCEDURAL_ITEMS
    ]
    section = 4
    if p.documents:
        body.append(para(f"<b>{section}. Tài liệu nghiên cứu trước:</b>", "body_indent", markup=True))
        body += [para(f"- {document}.", "body_indent") for document in p.documents]
        section += 1
    members = "Các đồng chí chi ủy viên." if committee else "Toàn thể đảng viên trong chi bộ"
    if not committee and p.counts.attached_here:
        members += " và đảng viên sinh hoạt tạm thời"
    body.append(
        para(f"<b>{section}. Thành phần:</b> {text(members.rstrip('.'))}.", "body_indent", markup=True)
    )
    for name, title in p.guests:
        body.append(
            para(f"Kính mời đồng chí {name}{', ' + title if title else ''} dự và chỉ đạo.", "body_indent")
        )
    body.append(
        para(
            "Đề nghị các đồng chí bố trí thời gian đến dự đầy đủ, đúng giờ; trường hợp vắng mặt phải báo cáo "
            f"lý do với đồng chí {p.chair_title_upper} chi bộ trước buổi sinh hoạt.",
            "body_indent",
        )
    )
    return render(document, body)
