"""The four meeting documents as real PDFs: valid (qpdf), every font embedded (pdffonts), and their text
coming back through pdftotext as the same NFC Vietnamese, with the figures computed from statuses."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest

from cellapp.domain.attendance import AttendanceMark, VoteTally
from cellapp.domain.errors import ValidationError
from cellapp.domain.meetings import MeetingKind, TaskOutcome
from cellapp.domain.units import UnitKind
from cellapp.services.meetings._documents import MeetingDocument, print_meeting_document
from cellapp.services.meetings._finalise import add_addendum, finalise_meeting
from cellapp.services.meetings._meetings import prepare_meeting
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._types import (
    AttendanceInput,
    ConclusionInput,
    EvaluationInput,
    Guest,
    MeetingEdit,
    SpeechInput,
    TaskInput,
)
from cellapp.services.workspace import Workspace, create_workspace
from tests.helpers.meetings import SmallCell, held_meeting, make_cell

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("qpdf")), reason="poppler-utils and qpdf needed"
)

NFD = unicodedata.normalize("NFD", "Đồng chí đề nghị tăng cường tuần tra đường biên, cột mốc.")


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[SmallCell, str, str]:
    """A finalised March meeting (with an addendum) and April's, still a draft."""
    workspace: Workspace = create_workspace(
        tmp_path / "cell",
        kind=UnitKind.CELL,
        name="Chi bộ thôn Nậm Búng",
        committee_name="Đảng bộ xã Bản Máy",
        place="Bản Máy",
        actor="tester",
    )
    cell = make_cell(workspace)
    march = held_meeting(
        cell,
        date(2026, 3, 5),
        guests=(Guest("Vương Văn Thào", "Đảng ủy viên"),),
        documents=("Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025",),
    )
    discussion = march.agenda[6].uuid
    march = save_meeting(
        cell.workspace.uow(),
        march.uuid,
        MeetingEdit(
            attendance=(
                *[a for a in cell.everyone_present(march) if a.member_uuid != cell["Lù Văn Pao"]],
                AttendanceInput(cell["Lù Văn Pao"], AttendanceMark.ABSENT_EXCUSED, "đi viện tỉnh"),
            ),
            speeches=(
                SpeechInput(NFD, member_uuid=cell["Hoàng Thị Ánh"], agenda_item_uuid=discussion),
                SpeechInput("Đề nghị bổ sung chỉ tiêu trồng rừng.", speaker_name="Vương Văn Thào"),
                SpeechInput("Chưa nhất trí thời hạn.", member_uuid=cell["Vàng A Dính"], reserved=True),
            ),
            tasks=(TaskInput("Tuần tra đường biên, cột mốc", (cell["Vàng A Dính"],), date(2026, 3, 31)),),
            conclusion=ConclusionInput(
                time(19, 30),
                time(21, 10),
                "Chi bộ thống nhất cao.",
                "Nghị quyết về nhiệm vụ tháng 4.",
                VoteTally(2, 0, 1),
            ),
        ),
    )
    finalise_meeting(cell.workspace.uow(), march.uuid)
    add_addendum(
        cell.workspace.uow(),
        march.uuid,
        text="Bổ sung: đồng chí Pao đã báo cáo lý do.",
        made_on=date(2026, 3, 9),
    )
    april = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 4, 2))
    )
    save_meeting(
        cell.workspace.uow(),
        april.uuid,
        MeetingEdit(evaluations=(EvaluationInput(march.new_tasks[0].uuid, TaskOutcome.DONE),)),
    )
    return cell, march.uuid, april.uuid


def _pdf(cell: SmallCell, meeting_uuid: str, document: MeetingDocument, tmp_path: Path) -> Path:
    target = tmp_path / f"{document.value}.pdf"
    print_meeting_document(
        cell.workspace.uow(read_only=True), meeting_uuid, document, target, today=date(2026, 3, 1)
    )
    return target


def _text(pdf: Path, *, layout: bool = True) -> str:
    mode = ["-layout"] if layout else []
    return subprocess.run(
        ["pdftotext", *mode, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _check_pdf(pdf: Path) -> str:
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("LiberationSerif" in row and " yes yes yes " in row for row in rows), fonts
    assert unicodedata.is_normalized("NFC", _text(pdf))
    # Reading order (not layout), so that text wrapped inside a table cell reads as one phrase.
    return " ".join(_text(pdf, layout=False).split())


EXPECTED = {
    MeetingDocument.MINUTES: [
        "ĐẢNG BỘ XÃ BẢN MÁY",
        "CHI BỘ THÔN NẬM BÚNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 01-BB/CB",
        "Bản Máy, ngày 05 tháng 03 năm 2026",
        "BIÊN BẢN",
        "sinh hoạt chi bộ thường kỳ tháng 03 năm 2026",
        "bắt đầu lúc 19 giờ 30 phút, thứ Năm, ngày 05/03/2026",
        "Đại biểu cấp trên: đồng chí Vương Văn Thào, Đảng ủy viên",
        "Tổng số đảng viên của chi bộ: 7 đồng chí (chính thức 6, dự bị 1); đảng viên sinh hoạt tạm thời: 1",
        "Số đảng viên được miễn sinh hoạt: 1 đồng chí; số đảng viên giới thiệu sinh hoạt tạm thời nơi khác: 1",
        "Có mặt: 4/5 đảng viên (chính thức 3, dự bị 1)",
        "có lý do 1 đồng chí (đồng chí Lù Văn Pao: đi viện tỉnh)",
        "Chủ trì: đồng chí Giàng Seo Phử, Bí thư chi bộ",
        "Thư ký: đồng chí Sùng Thị Mỷ",
        "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025",
        "Đồng chí Hoàng Thị Ánh: Đồng chí đề nghị tăng cường tuần tra đường biên, cột mốc.",
        "Đồng chí Vương Văn Thào (đại biểu cấp trên): Đề nghị bổ sung chỉ tiêu trồng rừng.",
        "Tuần tra đường biên, cột mốc: đồng chí Vàng A Dính thực hiện; thời hạn 31/03/2026.",
        "Số đảng viên có quyền biểu quyết: 3 đồng chí; có mặt được biểu quyết: 3 đồng chí.",
        "tán thành 2/3 đồng chí (66,7%); không tán thành 0 đồng chí; không biểu quyết 1 đồng chí.",
        "Đồng chí Vàng A Dính: Chưa nhất trí thời hạn.",
        "kết thúc lúc 21 giờ 10 phút",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "PHỤ LỤC ĐÍNH CHÍNH, BỔ SUNG BIÊN BẢN",
        "Phụ lục số 1, ngày 09/03/2026:",
    ],
    MeetingDocument.RESOLUTION: [
        "Số 01-NQ/CB",
        "NGHỊ QUYẾT",
        "CHI BỘ THÔN NẬM BÚNG QUYẾT NGHỊ:",
        "Nghị quyết về nhiệm vụ tháng 4.",
        "Tuần tra đường biên, cột mốc: đồng chí Vàng A Dính; thời hạn 31/03/2026.",
        "với 2/3 đồng chí tán thành (66,7%)",
        "Nơi nhận:",
        "Đảng ủy xã Bản Máy (b/c)",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Giàng Seo Phử",
    ],
    MeetingDocument.NOTICE: [
        "THÔNG BÁO",
        "về việc tổ chức sinh hoạt chi bộ thường kỳ tháng 03 năm 2026",
        "Bản Máy, ngày 01 tháng 03 năm 2026",
        "1. Thời gian: 19 giờ 30 phút, thứ Năm, ngày 05/03/2026.",
        "2. Địa điểm: Nhà văn hóa thôn.",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "4. Tài liệu nghiên cứu trước:",
        "Toàn thể đảng viên trong chi bộ và đảng viên sinh hoạt tạm thời",
        "Kính mời đồng chí Vương Văn Thào, Đảng ủy viên dự và chỉ đạo.",
    ],
    MeetingDocument.ATTENDANCE: [
        "DANH SÁCH",
        "đảng viên dự sinh hoạt chi bộ thường kỳ tháng 03 năm 2026",
        "I. ĐẢNG VIÊN ĐƯỢC TRIỆU TẬP (5 đồng chí)",
        "II. ĐẢNG VIÊN SINH HOẠT TẠM THỜI (1 đồng chí)",
        "Triệu Thị Hoa",
        "Đặng Văn Đức Miễn sinh hoạt",
        "Lò Văn Minh SHTT nơi khác",
        "Vắng có lý do: đi viện tỉnh",
        "Ký tên",
    ],
}


@pytest.mark.parametrize("document", list(MeetingDocument), ids=lambda d: d.value)
def test_each_document_is_a_valid_pdf_with_embedded_fonts_and_nfc_text(
    meeting: tuple[SmallCell, str, str], document: MeetingDocument, tmp_path: Path
) -> None:
    cell, march, _ = meeting
    text = _check_pdf(_pdf(cell, march, document, tmp_path))
    missing = [expected for expected in EXPECTED[document] if expected not in text]
    assert missing == []
    assert "Dự thảo" not in text


def test_the_attendance_sheet_lists_members_in_vietnamese_order(
    meeting: tuple[SmallCell, str, str], tmp_path: Path
) -> None:
    cell, march, _ = meeting
    text = _text(_pdf(cell, march, MeetingDocument.ATTENDANCE, tmp_path))
    order = [
        text.index(name)
        for name in ("Hoàng Thị Ánh", "Vàng A Dính", "Sùng Thị Mỷ", "Lù Văn Pao", "Giàng Seo Phử")
    ]
    assert order == sorted(order)


def test_a_draft_prints_with_a_blank_number_and_its_draft_mark(
    meeting: tuple[SmallCell, str, str], tmp_path: Path
) -> None:
    cell, _, april = meeting
    text = _check_pdf(_pdf(cell, april, MeetingDocument.MINUTES, tmp_path))
    assert "(Dự thảo)" in text and "Số -BB/CB" in text
    assert "Kết quả thực hiện nhiệm vụ đã giao" in text and "Tuần tra đường biên, cột mốc" in text


def test_a_resolution_cannot_be_printed_before_it_is_written(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    cell = make_cell(cell_workspace)
    detail = prepare_meeting(
        cell.workspace.uow(),
        kind=MeetingKind.REGULAR,
        preparation=cell.preparation(date(2026, 3, 5), draft_resolution=""),
    )
    with pytest.raises(ValidationError):
        print_meeting_document(
            cell.workspace.uow(read_only=True), detail.uuid, MeetingDocument.RESOLUTION, tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_pages_render_to_images(meeting: tuple[SmallCell, str, str], tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm needed")
    cell, march, _ = meeting
    pdf = _pdf(cell, march, MeetingDocument.MINUTES, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2 and all(p.stat().st_size > 1000 for p in pages)
