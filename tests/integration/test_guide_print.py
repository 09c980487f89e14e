"""`cellapp print guide -o FILE.pdf`: the printed user guide, valid, in Liberation Serif embedded, its
text NFC Vietnamese, its contents with the chapters' page numbers."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cellapp.cli import main
from cellapp.guide import read_guide


def test_the_guide_prints_with_the_embedded_font_and_its_contents(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "huong-dan.pdf"
    assert main(["print", "guide", "-o", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"document": "guide", "path": str(target)}
    check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("LiberationSerif" in row and " yes yes yes " in row for row in rows), fonts
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert unicodedata.is_normalized("NFC", text)
    flat = " ".join(text.split())
    assert "Mục lục" in flat
    for section in read_guide("vi").sections:
        if section.level == 2:
            assert section.title in flat, section.title
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert int(next(line for line in pages.splitlines() if line.startswith("Pages:")).split()[1]) > 10


def test_a_guide_that_cannot_be_written_leaves_nothing_behind(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["print", "guide", "-o", str(blocked / "guide.pdf")]) != 0
    assert list(tmp_path.iterdir()) == [blocked]
