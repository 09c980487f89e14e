"""The printed documents of the annual review on a small graded cell: the member's review form, the
minutes of the session, the landscape summary table (and its workbook) and the cell's report. Each is a
valid PDF whose text comes back in NFC with the names' diacritics, the title and figures that add up;
the refused cases write no file."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from cellapp.domain.errors import NotFound
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.members import Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.review import ReviewGrade
from cellapp.services import review as rv
from cellapp.services.members._lifecycle import EventInput, add_member_with_event
from cellapp.services.members._register import NewMember
from cellapp.services.review import printing
from cellapp.services.workspace import Workspace
from tests.helpers.meetings import SmallCell, make_cell

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="poppler-utils needed"
)

YEAR = 2026
START = date(2026, 11, 20)
SESSION = date(2026, 12, 1)
TODAY = date(2026, 12, 4)
NEWCOMER = "Thào Thị Dua"
# Name, 100-point score (chinh_tri 20, dao_duc 20, ky_luat 20, the rest for nhiem_vu), grade.
GRADED = (
    ("Giàng Seo Phử", 95, ReviewGrade.EXCELLENT),
    ("Sùng Thị Mỷ", 92, ReviewGrade.EXCELLENT),
    ("Lù Văn Pao", 80, ReviewGrade.GOOD),
    ("Vàng A Dính", 65, ReviewGrade.FULFILLED),
    ("Hoàng Thị Ánh", 75, ReviewGrade.GOOD),  # probationary
    ("Lò Văn Minh", 72, ReviewGrade.GOOD),  # attached elsewhere for a time
)


def _text(pdf: Path) -> str:
    """The text in reading order, whitespace flattened."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    line = next(row for row in info.splitlines() if row.startswith("Page size:"))
    width, _x, height = line.split(":", 1)[1].split()[:3]
    return float(width), float(height)


def _add_newcomer(cell: SmallCell) -> None:
    newcomer = add_member_with_event(
        cell.workspace.uow(),
        NewMember(full_name=NEWCOMER, sex=Sex.FEMALE, birth_date=date(2003, 4, 1)),
        EventInput(
            EventKind.ADMITTED,
            date(2026, 10, 2),
            ceremony_on=date(2026, 10, 10),
            vote=PersonnelVote(date(2026, 9, 20), 4, 0, 4),
        ),
        today=date(2026, 10, 10),
    )
    cell.ids[NEWCOMER] = newcomer.uuid


def _review_of(cell: SmallCell, name: str) -> rv.MemberReview:
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    review = year.for_member(cell[name])
    assert review is not None
    return review


def _grade(cell: SmallCell, name: str, score: int, grade: ReviewGrade) -> None:
    review = _review_of(cell, name)
    scores = {"chinh_tri": 20, "dao_duc": 20, "ky_luat": 20, "nhiem_vu": score - 60}
    rv.save_self_assessment(
        cell.workspace.uow(),
        review.uuid,
        text=f"Đồng chí {name} tự kiểm điểm: chấp hành tốt chủ trương của Đảng.\nCần phát huy hơn nữa.",
        self_grade=grade,
        scores=scores,
        on=SESSION,
    )
    rv.save_review_comments(
        cell.workspace.uow(),
        review.uuid,
        comments="Chi bộ nhất trí với bản tự kiểm điểm của đồng chí.",
        outside_comment="Gương mẫu ở nơi sinh hoạt tạm thời." if name == "Lò Văn Minh" else None,
    )
    rv.propose_member_grade(
        cell.workspace.uow(), review.uuid, grade=grade, votes_for=4, votes_against=0, on=SESSION
    )


def _review_the_cell(cell: SmallCell) -> None:
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    codes = [c.code for c in year.rules.collective_criteria]
    rv.save_cell_self_review(
        cell.workspace.uow(),
        YEAR,
        criteria_met={code: code != "khong_don_thu" for code in codes},
        text="Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị ở thôn.",
        self_grade=ReviewGrade.GOOD,
    )
    rv.propose_cell_grade(
        cell.workspace.uow(), YEAR, grade=ReviewGrade.GOOD, votes_for=4, votes_against=0, on=SESSION
    )


def build_review(workspace: Workspace) -> SmallCell:
    """The test cell with its 2026 review: everyone graded and proposed, the cell reviewed too."""
    cell = make_cell(workspace)
    _add_newcomer(cell)
    rv.start_review_year(workspace.uow(), YEAR, on=START)
    rv.set_review_session(
        workspace.uow(),
        YEAR,
        session_on=SESSION,
        place="Nhà văn hóa thôn Nậm Búng",
        chair_uuid=cell["Giàng Seo Phử"],
        secretary_uuid=cell["Sùng Thị Mỷ"],
        present=6,
        today=TODAY,
    )
    for name, score, grade in GRADED:
        _grade(cell, name, score, grade)
    _review_the_cell(cell)
    return cell


def print_all(workspace: Workspace, cell: SmallCell, folder: Path) -> list[Path]:
    uow = workspace.uow(read_only=True)
    return [
        printing.print_review_form(uow, YEAR, cell["Lò Văn Minh"], folder / "form.pdf", today=TODAY),
        printing.print_review_form(uow, YEAR, cell[NEWCOMER], folder / "form-newcomer.pdf", today=TODAY),
        printing.print_review_minutes(uow, YEAR, folder / "minutes.pdf", today=TODAY),
        printing.print_review_summary(uow, YEAR, folder / "summary.pdf", today=TODAY),
        printing.export_review_summary_xlsx(uow, YEAR, folder / "summary.xlsx", today=TODAY),
        printing.print_review_report(uow, YEAR, folder / "report.pdf", today=TODAY),
    ]


@pytest.fixture
def reviewed(cell_workspace: Workspace) -> SmallCell:
    return build_review(cell_workspace)


def _check_contains(text: str, *expected: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    for value in expected:
        assert value in text, value


def test_the_review_form_shows_the_scores_their_total_and_the_cells_proposal(
    reviewed: SmallCell, tmp_path: Path
) -> None:
    pdf = printing.print_review_form(
        reviewed.workspace.uow(read_only=True),
        YEAR,
        reviewed["Lò Văn Minh"],
        tmp_path / "form.pdf",
        today=TODAY,
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    _check_contains(
        _text(pdf),
        "BẢN KIỂM ĐIỂM ĐẢNG VIÊN",
        "Năm 2026",
        "Mẫu 2C",
        "Lò Văn Minh",
        "Đảng viên chính thức",
        "Chi bộ thôn Nậm Búng",
        "I. Tự kiểm điểm",
        "Tư tưởng chính trị",
        "Tổng cộng 100 72",  # the total row: the sum of the criteria's points
        "Tự xếp loại: Hoàn thành tốt nhiệm vụ",
        "II. Nhận xét, đánh giá của chi bộ",
        "Gương mẫu ở nơi sinh hoạt tạm thời.",
        "Chi bộ đề xuất xếp loại: Hoàn thành tốt nhiệm vụ (4 tán thành, 0 không tán thành",
        "trên tổng số 4 đảng viên chính thức",
        "III. Cấp trên quyết định",
        "NGƯỜI TỰ KIỂM ĐIỂM",
        "T/M CHI BỘ",
        "BÍ THƯ",
    )
    data = printing.review_form_data(reviewed.workspace.uow(read_only=True), YEAR, reviewed["Lò Văn Minh"])
    assert sum(line.points or 0 for line in data.scores) == data.self_score == 72


def test_a_newcomers_form_says_reviewed_but_not_graded(reviewed: SmallCell, tmp_path: Path) -> None:
    uow = reviewed.workspace.uow(read_only=True)
    rv.save_self_assessment(
        reviewed.workspace.uow(),
        _review_of(reviewed, NEWCOMER).uuid,
        text="Mới được kết nạp.",
        self_grade=None,
    )
    pdf = printing.print_review_form(uow, YEAR, reviewed[NEWCOMER], tmp_path / "newcomer.pdf", today=TODAY)
    _check_contains(_text(pdf), "Thào Thị Dua", "Đảng viên dự bị", "chưa xếp loại: mới kết nạp")


def test_the_minutes_name_the_session_the_collective_review_and_every_vote(
    reviewed: SmallCell, tmp_path: Path
) -> None:
    pdf = printing.print_review_minutes(reviewed.workspace.uow(read_only=True), YEAR, tmp_path / "bb.pdf")
    text = _text(pdf)
    _check_contains(
        text,
        "BIÊN BẢN",
        "họp chi bộ kiểm điểm, đánh giá, xếp loại chất lượng năm 2026",
        "ngày 01 tháng 12 năm 2026",
        "Nhà văn hóa thôn Nậm Búng",
        "Chủ trì: đồng chí Giàng Seo Phử",
        "Thư ký: đồng chí Sùng Thị Mỷ",
        "Có mặt 6/",
        "Năm tốt, bốn không",
        "Không có đơn thư khiếu kiện vượt cấp, kéo dài",
        "Cộng",
        "Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ",
        "Đặng Văn Đức",
        "Không kiểm điểm: miễn sinh hoạt",
        "Thào Thị Dua",
        "THƯ KÝ",
        "CHỦ TRÌ",
    )
    for name, _score, _grade in GRADED:
        assert name in text, name
    # The criteria's total row: eight of the nine met, one not.
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert ["Cộng", "8", "1"] in [line.split() for line in layout.splitlines()]


def test_the_minutes_leave_a_blank_when_attendance_is_not_recorded(
    reviewed: SmallCell, tmp_path: Path
) -> None:
    rv.set_review_session(reviewed.workspace.uow(), YEAR, session_on=SESSION, today=TODAY)
    pdf = printing.print_review_minutes(reviewed.workspace.uow(read_only=True), YEAR, tmp_path / "bb.pdf")
    assert "Có mặt ...../" in _text(pdf)


def test_the_summary_table_is_landscape_and_its_total_row_is_the_sum(
    reviewed: SmallCell, tmp_path: Path
) -> None:
    uow = reviewed.workspace.uow(read_only=True)
    pdf = printing.print_review_summary(uow, YEAR, tmp_path / "summary.pdf", today=TODAY)
    width, height = _page_size(pdf)
    assert width > height
    data = printing.review_summary_data(uow, YEAR, today=TODAY)
    full, probationary, total = data.lines
    assert total.counts == tuple(a + b for a, b in zip(full.counts, probationary.counts, strict=True))
    assert total.grades == tuple(a + b for a, b in zip(full.grades, probationary.grades, strict=True))
    assert total.counts == (8, 1, 7, 1, 0) and total.grades == (2, 3, 1, 0)
    _check_contains(
        _text(pdf),
        "BIỂU TỔNG HỢP",
        "kết quả đánh giá, xếp loại đảng viên năm 2026",
        "Hoàn thành xuất sắc nhiệm vụ",
        "Đảng viên chính thức 6 1 5 0 0 2 40,0 2 40,0 1 20,0 0 0,0",
        "Đảng viên dự bị 2 0 2 1 0 0 0,0 1 100,0 0 0,0 0 0,0",
        "Tổng cộng 8 1 7 1 0 2 33,3 3 50,0 1 16,7 0 0,0",
        "theo đề xuất của chi bộ",
        "quy định chỉ cho phép tối đa 1",  # two "excellent" of five graded good or better: over the quota
    )


def test_the_summary_workbook_holds_numbers_and_adds_up(reviewed: SmallCell, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = printing.export_review_summary_xlsx(
        reviewed.workspace.uow(read_only=True), YEAR, tmp_path / "summary.xlsx", today=TODAY
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cell", "summary.xlsx"]
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    full, probationary, total = rows["Đảng viên chính thức"], rows["Đảng viên dự bị"], rows["Tổng cộng"]
    counted = [0, 1, 2, 3, 4, 5, 7, 9, 11]  # the five head counts, then each grade's count before its rate
    assert all(isinstance(total[i], int) for i in counted)
    assert all(total[i] == full[i] + probationary[i] for i in counted)  # type: ignore[operator]
    assert total[:5] == (8, 1, 7, 1, 0)
    assert total[5:7] == (2, 33.3)
    assert "Hoàn thành xuất sắc nhiệm vụ" in rows["Đối tượng"]


def test_the_report_gives_the_same_figures_and_the_cells_proposal(
    reviewed: SmallCell, tmp_path: Path
) -> None:
    pdf = printing.print_review_report(
        reviewed.workspace.uow(read_only=True), YEAR, tmp_path / "report.pdf", today=TODAY
    )
    _check_contains(
        _text(pdf),
        "BÁO CÁO",
        "kiểm điểm, đánh giá, xếp loại chất lượng năm 2026",
        "Quy định 366-QĐ/TW",
        "Tổng số đảng viên của chi bộ: 8 đồng chí, trong đó 6 đảng viên chính thức và 2 đảng viên dự bị",
        "Số đảng viên được kiểm điểm: 7 đồng chí; không kiểm điểm: 1 đồng chí",
        "Đặng Văn Đức",
        "Hoàn thành xuất sắc nhiệm vụ 2 0 2 33,3",
        "Hoàn thành tốt nhiệm vụ 2 1 3 50,0",
        "Cộng (đã xếp loại) 5 1 6 100,0",
        "Chi bộ đề xuất xếp loại: Hoàn thành tốt nhiệm vụ (4 tán thành, 0 không tán thành",
        "Đảng ủy xã Bản Máy (b/c)",
        "Lưu chi bộ.",
    )


def test_every_document_is_refused_before_the_year_is_started(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    cell = make_cell(cell_workspace)
    uow = cell_workspace.uow(read_only=True)
    writers = (
        lambda: printing.print_review_form(uow, YEAR, cell["Lù Văn Pao"], tmp_path / "form.pdf"),
        lambda: printing.print_review_minutes(uow, YEAR, tmp_path / "minutes.pdf"),
        lambda: printing.print_review_summary(uow, YEAR, tmp_path / "summary.pdf"),
        lambda: printing.export_review_summary_xlsx(uow, YEAR, tmp_path / "summary.xlsx"),
        lambda: printing.print_review_report(uow, YEAR, tmp_path / "report.pdf"),
    )
    for write in writers:
        with pytest.raises(NotFound, match="Chưa bắt đầu kiểm điểm, đánh giá năm 2026"):
            write()
    assert list(tmp_path.iterdir()) == [tmp_path / "cell"]


def test_the_form_of_a_member_without_a_review_is_refused(reviewed: SmallCell, tmp_path: Path) -> None:
    target = tmp_path / "out" / "form.pdf"
    with pytest.raises(NotFound, match="không có bản kiểm điểm năm 2026"):
        printing.print_review_form(
            reviewed.workspace.uow(read_only=True), YEAR, reviewed["Đặng Văn Đức"], target, today=TODAY
        )
    assert not target.parent.exists()
