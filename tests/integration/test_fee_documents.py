"""The printed fee book and fee report of the demo cell: valid PDFs, every font embedded, Vietnamese text
that comes back as NFC, the signature column, and figures that agree with the ledger."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import format_money
from cellapp.services.fees import fee_book_data, fee_month, print_fee_book, print_fee_report
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("qpdf")), reason="poppler-utils and qpdf needed"
)
NOVEMBER = Month.of(DEMO_TODAY)


def _text(pdf: Path) -> str:
    """The text in reading order (a name wrapped inside its cell comes back whole once flattened)."""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _check_pdf(pdf: Path) -> None:
    checked = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("Liberation" in row and " yes " in row for row in rows), fonts


@pytest.fixture(scope="module")
def printed(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    from cellapp.services.workspace import open_workspace

    root = tmp_path_factory.mktemp("fee-docs") / "workspace"
    shutil.copytree(demo_template, root)
    workspace = open_workspace(root, actor="tester")
    try:
        book = print_fee_book(
            workspace.uow(read_only=True), month=NOVEMBER, target=root.parent / "book.pdf", today=DEMO_TODAY
        )
        report = print_fee_report(
            workspace.uow(read_only=True),
            period=Period.parse("2026-Q3"),
            target=root.parent / "report.pdf",
            today=DEMO_TODAY,
        )
    finally:
        workspace.close()
    return book, report, root


def test_the_fee_book_is_a_valid_pdf_with_embedded_fonts(printed: tuple[Path, Path, Path]) -> None:
    _check_pdf(printed[0])


def test_the_fee_book_names_every_member_owing_with_a_signature_column(
    printed: tuple[Path, Path, Path], demo_workspace: Workspace
) -> None:
    text = " ".join(_text(printed[0]).split())
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "SỔ THU ĐẢNG PHÍ",
        "tháng 11 năm 2026",
        "Ký nhận",
        "Phải đóng",
        "NGƯỜI THU",
        "BÍ THƯ",
        "Quy định 01-QĐ/TW",
    ):
        assert expected in text, expected
    view = fee_month(demo_workspace.uow(read_only=True), month=NOVEMBER)
    owing = [r for r in view.rows if r.at(NOVEMBER) and r.at(NOVEMBER).state.counts]  # type: ignore[union-attr]
    flat = text
    for row in owing:
        assert row.full_name in flat, row.full_name
    assert format_money(view.totals(NOVEMBER).due) in flat
    assert "11.100 đ" in flat


def test_the_fee_book_lines_agree_with_the_ledger(demo_workspace: Workspace) -> None:
    data = fee_book_data(demo_workspace.uow(read_only=True), month=NOVEMBER, today=DEMO_TODAY)
    view = fee_month(demo_workspace.uow(read_only=True), month=NOVEMBER)
    totals = view.totals(NOVEMBER)
    assert sum(line.due for line in data.lines) == totals.due
    assert sum(line.relieved for line in data.lines) == totals.relieved
    assert sum(line.paid for line in data.lines) == totals.paid + totals.surplus
    assert data.arrears_total == view.arrears
    assert any("BL-" in line.receipts and "/2026" in line.paid_on for line in data.lines)
    assert any("Còn nợ" in line.note for line in data.lines)


def test_the_quarterly_report_is_valid_and_lists_the_months_share_and_debtors(
    printed: tuple[Path, Path, Path],
) -> None:
    _check_pdf(printed[1])
    flat = " ".join(_text(printed[1]).split())
    for expected in (
        "BÁO CÁO",
        "thu, nộp đảng phí quý III năm 2026",
        "07/2026",
        "09/2026",
        "trích giữ lại 30%",
        "Đảng viên còn nợ đảng phí",
        "Nơi nhận:",
        "Đảng ủy xã Xín Mần (b/c)",
    ):
        assert expected in flat, expected


def test_a_year_report_spanning_two_regulations_cites_both(demo_workspace: Workspace, tmp_path: Path) -> None:
    pdf = print_fee_report(
        demo_workspace.uow(read_only=True),
        period=Period.parse("2026"),
        target=tmp_path / "year.pdf",
        today=DEMO_TODAY,
    )
    flat = " ".join(_text(pdf).split())
    assert "342-QĐ/TW" in flat and "01-QĐ/TW" in flat and "năm 2026" in flat
