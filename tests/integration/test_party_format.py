"""The Party document frame: embedded fonts only, Vietnamese text that round-trips, a valid PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from cellapp.reports.party_format import DocumentHeader, PartyDocument, Signer, para, render, write_pdf

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

HEADER = DocumentHeader(
    upper_body="Đảng bộ xã Xín Mần",
    issuing_body="Chi bộ thôn Nấm Dẩn",
    place="Xín Mần",
    day=date(2026, 2, 5),
    number="Số 07-NQ/CB",
)


def _sample(tmp_path: Path, pages: int = 1) -> Path:
    document = PartyDocument(
        header=HEADER,
        kind="Nghị quyết",
        summary="sinh hoạt chi bộ tháng 02 năm 2026",
        signers=(Signer(authority="T/M chi bộ", title="Bí thư", name="Giàng Seo Phử"),),
        recipients=("Đảng ủy xã Xín Mần (b/c),", "Đảng viên trong chi bộ,", "Lưu chi bộ."),
    )
    body = [para(unicodedata.normalize("NFD", "Đồng chí Sùng Thị Mỷ phát biểu về bảo vệ rừng đầu nguồn."))]
    body += [para("Chi bộ thống nhất phân công nhiệm vụ cho từng đảng viên.") for _ in range(pages * 30)]
    return write_pdf(render(document, body), tmp_path / "doc.pdf")


@needs_poppler
def test_every_font_in_the_document_is_embedded(tmp_path: Path) -> None:
    output = subprocess.run(
        ["pdffonts", str(_sample(tmp_path))], capture_output=True, text=True, check=True
    ).stdout
    rows = output.splitlines()[2:]
    assert rows and all(" yes " in row.split("Identity-H")[-1] or "yes yes" in row for row in rows), output
    assert "Helvetica" not in output


@needs_poppler
def test_the_text_comes_back_as_the_same_nfc_vietnamese(tmp_path: Path) -> None:
    extracted = subprocess.run(
        ["pdftotext", "-layout", str(_sample(tmp_path)), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert unicodedata.is_normalized("NFC", extracted)
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ XÃ XÍN MẦN",
        "CHI BỘ THÔN NẤM DẨN",
        "Số 07-NQ/CB",
        "Xín Mần, ngày 05 tháng 02 năm 2026",
        "NGHỊ QUYẾT",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Giàng Seo Phử",
        "Nơi nhận:",
        "Sùng Thị Mỷ phát biểu",
    ):
        assert expected in extracted, expected


@needs_poppler
def test_pages_are_numbered_from_the_second(tmp_path: Path) -> None:
    pdf = _sample(tmp_path, pages=3)
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert second.strip().splitlines()[0].strip() == "2"
    assert first.strip().splitlines()[0].strip() != "1"


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_the_pdf_passes_qpdf_check(tmp_path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(_sample(tmp_path))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cellapp.reports.party_format.os.fsync", full_disk)
    with pytest.raises(OSError):
        write_pdf(b"%PDF-1.4", tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
