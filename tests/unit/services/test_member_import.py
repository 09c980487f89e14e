"""Importing members from spreadsheets: good files in both formats and both header languages, bad files
with every row's problem named, nothing half-imported, and a round trip through the export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cellapp.domain.errors import InputRejected
from cellapp.domain.members import MemberStatus, Sex
from cellapp.services.members._export import export_members
from cellapp.services.members._import import import_members
from cellapp.services.members._register import NewMember, add_member, list_members
from cellapp.services.workspace import Workspace
from tests.helpers.member_files import cp1258_bytes, write_csv, write_xlsx

TODAY = date(2026, 11, 23)
VI_HEADER = [
    "STT",
    "Số CCCD",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Tôn giáo",
    "Số thẻ đảng viên",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Quê quán",
    "Nơi ở hiện nay",
    "Điện thoại",
]


def _good_rows() -> list[list[object]]:
    return [
        [
            1,
            "002075001234",
            "Giàng Seo Phử",
            "Nam",
            datetime(1975, 4, 2),
            "H'Mông",
            "Không",
            10203040506,
            "19/05/1999",
            datetime(2000, 5, 19),
            "Xín Mần, Tuyên Quang",
            "Thôn Nấm Dẩn, xã Xín Mần",
            912345678,
        ],
        [
            2,
            2198002345,
            "Sùng Thị Mỷ",
            "Nữ",
            "09/08/1998",
            "Mông",
            "Tin Lành",
            None,
            datetime(2025, 10, 2),
            None,
            "Xín Mần, Tuyên Quang",
            "Thôn Nấm Dẩn, xã Xín Mần",
            "0987 654 321",
        ],
        [
            3,
            "002070003456",
            "Triệu Tài Vần",
            "nam",
            "1/2/1970",
            "Dao",
            "",
            "000111222333",
            "03/02/1995",
            "03/02/1996",
            "",
            "",
            "",
        ],
    ]


def _names(workspace: Workspace) -> list[str]:
    return [m.full_name for m in list_members(workspace.uow(read_only=True), include_former=True)]


def test_a_good_xlsx_with_a_title_line_and_mixed_cells_imports_every_member(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "danh_sach.xlsx", VI_HEADER, _good_rows(), title="DANH SÁCH ĐẢNG VIÊN CHI BỘ"
    )
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert report.ok and report.imported == 3 and report.ignored_columns == ()
    members = {m.full_name: m for m in list_members(cell_workspace.uow(read_only=True))}
    phu = members["Giàng Seo Phử"]
    assert phu.birth_date == date(1975, 4, 2) and phu.official_on == date(2000, 5, 19)
    assert phu.card_number == "010203040506"  # the number cell lost its leading zero; it is put back
    assert phu.ethnicity == "Mông" and phu.phone == "0912345678" and phu.status is MemberStatus.FULL
    my = members["Sùng Thị Mỷ"]
    assert my.citizen_id == "002198002345" and my.status is MemberStatus.PROBATIONARY
    assert my.sex is Sex.FEMALE and my.admitted_on == date(2025, 10, 2)
    assert members["Triệu Tài Vần"].birth_date == date(1970, 2, 1)


def test_a_csv_with_english_headers_and_semicolons_imports(cell_workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "members.csv",
        ["full_name", "sex", "birth_date", "ethnicity", "citizen_id", "admitted_on", "official_on", "phone"],
        [
            [
                "Lù Văn Pao",
                "male",
                "12/12/1980",
                "Giáy",
                "002080004567",
                "01/01/2005",
                "01/01/2006",
                "0912000111",
            ],
            ["Hoàng Thị Ánh", "female", "05/09/1990", "Tày", "002190005678", "", "", ""],
        ],
        delimiter=";",
    )
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert report.ok and report.imported == 2
    assert _names(cell_workspace) == ["Hoàng Thị Ánh", "Lù Văn Pao"]


def test_a_csv_saved_in_the_vietnamese_windows_code_page_is_read_as_nfc(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    text = "Họ và tên,Giới tính,Ngày sinh\r\nNguyễn Thị Ệ,Nữ,01/02/1985\r\nĐặng Văn Đức,Nam,03/04/1979\r\n"
    path = tmp_path / "ansi.csv"
    path.write_bytes(cp1258_bytes(text))
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert report.ok, [p.render() for p in report.problems]
    assert sorted(_names(cell_workspace)) == ["Nguyễn Thị Ệ", "Đặng Văn Đức"]


def test_every_bad_row_is_named_with_its_reason_and_nothing_is_imported(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    add_member(
        cell_workspace.uow(),
        NewMember(full_name="Vàng A Dính", sex=Sex.MALE, citizen_id="002085009999"),
        today=TODAY,
    )
    rows = [
        ["Thào Mí Chứ", "Nam", "31/02/1980", "", "", ""],  # row 2: impossible date
        ["Ly Seo Chứ", "Nam", "01/01/2030", "", "", ""],  # row 3: born in the future
        ["Hầu A Lử", "Nam", "01/01/1980", "01/05/2010", "01/01/2010", ""],  # row 4: official before admitted
        ["Mùa A Sử", "Nam", "01/01/1980", "", "", "12345678901"],  # row 5: 11 digits
        ["Hờ A Chá", "Nam", "01/01/1981", "", "", "002085009999"],  # row 6: belongs to Vàng A Dính
        ["Lò Văn Sinh", "X", "01/01/1982", "", "", ""],  # row 7: no sex
        ["Tráng A Lềnh", "Nam", "01/01/1983", "", "", "002083001111"],  # row 8: fine
        ["Sình Mí Vàng", "Nam", "01/01/1984", "", "", "002083001111"],  # row 9: same ID as row 8
    ]
    path = write_csv(
        tmp_path / "bad.csv",
        ["Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Số CCCD"],
        rows,
    )
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert not report.ok and report.imported == 0
    by_row = {p.row: p.render() for p in report.problems}
    assert sorted(by_row) == [2, 3, 4, 5, 6, 7, 9]
    assert by_row[2] == "Dòng 2: Ngày sinh: Ngày 31/02/1980 không tồn tại."
    assert "tương lai" in by_row[3]
    assert "Ngày chính thức không thể trước ngày vào Đảng" in by_row[4]
    assert "12 chữ số" in by_row[5]
    assert "đã thuộc về đồng chí Vàng A Dính" in by_row[6]
    assert "'Nam' hoặc 'Nữ'" in by_row[7]
    assert "trùng với dòng 8" in by_row[9]
    assert _names(cell_workspace) == ["Vàng A Dính"]


def test_a_dry_run_checks_everything_and_changes_nothing(cell_workspace: Workspace, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", VI_HEADER, _good_rows())
    report = import_members(cell_workspace.uow(), path, dry_run=True, today=TODAY)
    assert report.ok and report.imported == 0 and len(report.rows) == 3
    assert _names(cell_workspace) == []


def test_importing_the_same_list_twice_is_refused_row_by_row(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", VI_HEADER, _good_rows())
    assert import_members(cell_workspace.uow(), path, today=TODAY).imported == 3
    again = import_members(cell_workspace.uow(), path, today=TODAY)
    assert again.imported == 0 and {p.row for p in again.problems} == {2, 3, 4}


def test_a_file_without_a_name_column_or_of_another_kind_is_refused(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(InputRejected, match="Họ và tên"):
        import_members(
            cell_workspace.uow(), write_csv(tmp_path / "x.csv", ["Tên", "Tuổi"], [["A", "3"]]), today=TODAY
        )
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputRejected, match=r"\.xlsx"):
        import_members(cell_workspace.uow(), old, today=TODAY)


def test_unknown_columns_are_reported_as_not_read(cell_workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv", ["Họ và tên", "Giới tính", "Sở thích"], [["Lù Văn Pao", "Nam", "Đọc sách"]]
    )
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert report.ok and report.ignored_columns == ("Sở thích",)


def test_the_export_reads_back_into_an_identical_register(
    demo_workspace: Workspace, cell_workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "register.xlsx"
    result = export_members(demo_workspace.uow(read_only=True), path, include_former=True, today=TODAY)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:5] == ["STT", "Họ và tên", "Tên gọi khác", "Giới tính", "Ngày sinh"]
    report = import_members(cell_workspace.uow(), path, today=TODAY)
    assert report.ok, [p.render() for p in report.problems]
    assert report.imported == result.count
    before = list_members(demo_workspace.uow(read_only=True), include_former=True)
    after = list_members(cell_workspace.uow(read_only=True), include_former=True)
    strip = [
        (
            m.full_name,
            m.birth_date,
            m.citizen_id,
            m.card_number,
            m.status,
            m.admitted_on,
            m.official_on,
            m.phone,
        )
        for m in before
    ]
    assert [
        (
            m.full_name,
            m.birth_date,
            m.citizen_id,
            m.card_number,
            m.status,
            m.admitted_on,
            m.official_on,
            m.phone,
        )
        for m in after
    ] == strip
