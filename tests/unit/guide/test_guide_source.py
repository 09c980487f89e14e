"""The user guide's source, read as the help window and the printed guide read it: its sections, the
links between them, its images, and the labels it quotes from the Vietnamese interface."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cellapp.guide import guide_dir, guide_html, image_file, read_guide
from cellapp.guide.document import Heading, ListBlock, Note, Paragraph, Picture, TableBlock, parse_guide

GUIDES = sorted(path.stem.removeprefix("guide_") for path in guide_dir().glob("guide_*.md"))
IMAGES_BUDGET = 3 * 1024 * 1024


def test_the_vietnamese_guide_is_the_reference() -> None:
    assert "vi" in GUIDES
    guide = read_guide("vi")
    assert guide.title == "Hướng dẫn sử dụng CellApp"
    assert len(guide.sections) > 20


def test_a_heading_names_its_section_and_keeps_its_words() -> None:
    guide = parse_guide("# Sách\n\n## Đảng **phí** {#fees}\n\nNộp tại `Đảng phí`.\n", "vi")
    heading = guide.blocks[1]
    assert isinstance(heading, Heading) and heading.section == "fees" and heading.title == "Đảng phí"
    assert [s.id for s in guide.sections] == ["fees"]
    assert guide.title == "Sách"


def test_lists_notes_tables_and_images_become_their_own_blocks() -> None:
    source = (
        "1. Bấm **Lưu**\n2. Xong\n   - một ý\n\n> **Lưu ý:** cẩn thận\n\n![Trang](images/x.png)\n\n"
        "| Thông báo | Cách làm |\n|---|---|\n| Không thấy USB | Cắm USB |\n"
    )
    blocks = parse_guide(source, "vi").blocks
    listed, note, picture, table = blocks
    assert isinstance(listed, ListBlock) and listed.ordered and len(listed.items) == 2
    assert isinstance(listed.items[1][1], ListBlock)
    assert isinstance(note, Note) and isinstance(note.blocks[0], Paragraph)
    assert isinstance(picture, Picture) and picture.source == "images/x.png" and picture.caption == "Trang"
    assert isinstance(table, TableBlock) and len(table.rows) == 1
    assert "".join(s.text for s in table.rows[0][0]) == "Không thấy USB"


def test_decomposed_vietnamese_is_read_as_nfc() -> None:
    guide = parse_guide("## Đa\u0309ng vie\u0302n {#members}\n", "vi")
    assert guide.sections[0].title == "Đảng viên"


@pytest.mark.parametrize("language", GUIDES)
def test_section_ids_are_unique_and_every_link_points_to_one(language: str) -> None:
    guide = read_guide(language)
    ids = [section.id for section in guide.sections]
    assert len(ids) == len(set(ids))
    assert set(guide.links()) <= set(ids), set(guide.links()) - set(ids)


@pytest.mark.parametrize("language", GUIDES)
def test_every_image_the_guide_shows_exists(language: str) -> None:
    pictures = read_guide(language).pictures()
    assert pictures
    missing = [p.source for p in pictures if not image_file(p).is_file()]
    assert missing == []


def test_every_image_is_used_and_all_of_them_stay_small() -> None:
    used = {Path(p.source).name for language in GUIDES for p in read_guide(language).pictures()}
    shipped = {path.name for path in (guide_dir() / "images").glob("*.png")}
    assert shipped == used
    assert sum((guide_dir() / "images" / name).stat().st_size for name in shipped) < IMAGES_BUDGET


def test_other_languages_have_the_vietnamese_sections() -> None:
    reference = {section.id for section in read_guide("vi").sections}
    for language in GUIDES:
        assert {section.id for section in read_guide(language).sections} == reference, language


def test_the_html_names_an_anchor_for_every_section() -> None:
    guide = read_guide("vi")
    html = guide_html(guide)
    for section in guide.sections:
        assert f'<a name="{section.id}"></a>' in html


def _vietnamese_labels() -> set[str]:
    labels = set()
    for ts in (Path(__file__).resolve().parents[3] / "resources" / "translations").glob("*_vi.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                labels.add(translation.text.replace("&", "").strip())
    return labels


def test_the_buttons_the_guide_names_in_bold_exist_in_the_vietnamese_interface() -> None:
    """A label in bold that ends like a button or a menu entry must be one the GUI shows; in a menu path
    (**Thao tác → Xóa hồ sơ nhập nhầm…**) every step is."""
    labels = _vietnamese_labels()
    text = (guide_dir() / "guide_vi.md").read_text(encoding="utf-8")
    quoted = {m.strip() for m in re.findall(r"\*\*([^*]+?…)\*\*", text)}
    assert quoted, "the guide names no button"
    steps = {step.strip() for label in quoted for step in label.split("→")}
    assert any("→" in label for label in quoted)
    assert steps <= labels, sorted(steps - labels)
