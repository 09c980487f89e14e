"""The attendance sheet (danh sách đảng viên dự sinh hoạt): members summoned in Vietnamese name order
with a signature column, then members temporarily attached here, then those not summoned (exempt,
temporarily elsewhere, suspended) apart, and the guests. Marks already recorded go in the remarks.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from cellapp.domain.attendance import AttendanceMark, RosterGroup
from cellapp.domain.members import MemberStatus
from cellapp.reports.meeting_printout import MeetingPrintout, RosterLine, when_text
from cellapp.reports.party_format import PartyDocument, Signer, content_width, grid_table, para, render

_KIND_SHORT = {
    MemberStatus.FULL: "Chính thức",
    MemberStatus.PROBATIONARY: "Dự bị",
    MemberStatus.ATTACHED_HERE: "SHTT đến",
    MemberStatus.ATTACHED_ELSEWHERE: "SHTT nơi khác",
    MemberStatus.EXEMPT: "Miễn sinh hoạt",
    MemberStatus.TEMPORARILY_EXEMPT: "Tạm miễn",
    MemberStatus.SUSPENDED: "Đình chỉ",
}


def _remark(line: RosterLine) -> str:
    if line.mark is None:
        return ""
    if line.mark is AttendanceMark.ABSENT_EXCUSED:
        return f"Vắng có lý do: {line.reason}" if line.reason else "Vắng có lý do"
    return line.mark.label.vi


def attendance_sheet_pdf(printout: MeetingPrintout) -> bytes:
    p = printout
    document = PartyDocument(
        header=p.header(p.held_on, None),
        kind="Danh sách",
        summary=f"đảng viên dự {p.phrase}",
        signers=(Signer(title="Thư ký", name=p.secretary_name), Signer(title="Chủ trì", name=p.chair_name)),
        title=f"Danh sách đảng viên dự {p.phrase}",
    )
    width = content_width(document)
    widths = [14 * mm, width * 0.32, 32 * mm, 26 * mm]
    widths.append(width - sum(widths))
    header = [para(h, "cell_bold") for h in ("STT", "Họ và tên", "Đảng viên", "Ký tên", "Ghi chú")]

    def table(lines: list[RosterLine]) -> Flowable:
        rows: list[list[object]] = [header]
        for number, line in enumerate(lines, start=1):
            kind = _KIND_SHORT.get(line.status, line.status.label.vi)
            rows.append(
                [
                    para(str(number), "cell_center"),
                    para(line.name, "cell"),
                    para(kind, "cell_center"),
                    "",
                    para(_remark(line), "cell"),
                ]
            )
        result = grid_table(rows, widths)
        # Room to sign by hand: about 8 mm a row.
        result.setStyle([("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)])
        return result

    body: list[Flowable] = [
        para(
            f"Thời gian: {when_text(p.started_at or p.planned_time, p.held_on)}. Địa điểm: {p.place}.", "body"
        ),
    ]
    summoned = [line for line in p.roster if line.group is RosterGroup.SUMMONED]
    body.append(para(f"I. ĐẢNG VIÊN ĐƯỢC TRIỆU TẬP ({len(summoned)} đồng chí)", "heading"))
    body.append(table(summoned))
    attached = [line for line in p.roster if line.group is RosterGroup.ATTACHED_HERE]
    section = 2
    roman = ("", "I", "II", "III", "IV")
    if attached:
        body.append(Spacer(1, 4 * mm))
        body.append(
            para(f"{roman[section]}. ĐẢNG VIÊN SINH HOẠT TẠM THỜI ({len(attached)} đồng chí)", "heading")
        )
        body.append(table(attached))
        section += 1
    apart = [line for line in p.roster if line.group is RosterGroup.APART]
    if apart:
        body.append(Spacer(1, 4 * mm))
        body.append(
            para(
                f"{roman[section]}. ĐẢNG VIÊN KHÔNG TRIỆU TẬP: MIỄN SINH HOẠT, SINH HOẠT TẠM THỜI NƠI KHÁC, "
                f"ĐÌNH CHỈ ({len(apart)} đồng chí)",
                "heading",
            )
        )
        body.append(table(apart))
        section += 1
    if p.guests:
        body.append(Spacer(1, 4 * mm))
        body.append(para(f"{roman[section]}. ĐẠI BIỂU CẤP TRÊN", "heading"))
        rows: list[list[object]] = [
            [para(h, "cell_bold") for h in ("STT", "Họ và tên", "", "Ký tên", "Chức vụ")]
        ]
        for number, (name, title) in enumerate(p.guests, start=1):
            rows.append([para(str(number), "cell_center"), para(name, "cell"), "", "", para(title, "cell")])
        body.append(grid_table(rows, widths))
    return render(document, body)
