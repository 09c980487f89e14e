"""The member register at 10,000 members: importing a 10,000-row XLSX, search-as-you-type through the
service (p95 per keystroke), and opening the Members page.

The demo's name pools give about 3,000 unique people, so the extra names here combine the pools with a
second middle name, and identifiers are numbered; the demo itself is left as it is.
Targets: import under 10 s, p95 per keystroke under 30 ms, opening the page under 300 ms.

    python bench/members.py [--members 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from cellapp.demo.people import make_person  # noqa: E402
from cellapp.domain.units import CommitteeLevel, UnitKind  # noqa: E402
from cellapp.services.members import (  # noqa: E402
    import_members,
    list_members,
    member_ids,
)
from cellapp.services.workspace import create_workspace  # noqa: E402

TODAY = date(2026, 11, 23)
EXTRA_MIDDLES = (
    "Văn",
    "Thị",
    "Minh",
    "Đức",
    "Quang",
    "Hữu",
    "Ngọc",
    "Thanh",
    "Xuân",
    "Kim",
    "Seo",
    "Mí",
    "A",
)
HEADER = [
    "STT",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Tôn giáo",
    "Số CCCD",
    "Số thẻ đảng viên",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Quê quán",
    "Nơi ở hiện nay",
    "Điện thoại",
]
QUERIES = ("nguyen van an", "sùng thị", "giàng seo", "ly mi", "0021", "hoang", "đặng văn đức")


def unique_people(count: int, seed: int = 2026) -> list[list[object]]:
    rng = random.Random(seed)
    names: set[str] = set()
    rows: list[list[object]] = []
    while len(rows) < count:
        person = make_person(rng)
        name = person.full_name
        if name in names:
            words = name.split(" ")
            words.insert(1, rng.choice(EXTRA_MIDDLES))
            name = " ".join(words)
            if name in names:
                continue
        names.add(name)
        number = len(rows) + 1
        admitted = date(max(person.birth_date.year + 20, 1970), rng.randint(1, 12), rng.randint(1, 28))
        admitted = min(admitted, date(2024, 6, 1))
        century = 2 * ((person.birth_date.year // 100) - 19) + (1 if person.sex == "female" else 0)
        rows.append(
            [
                number,
                name,
                "Nam" if person.sex == "male" else "Nữ",
                person.birth_date,
                person.ethnicity,
                person.religion,
                f"002{century}{person.birth_date.year % 100:02d}{number:06d}",
                f"{number:012d}",
                admitted,
                date(admitted.year + 1, admitted.month, admitted.day),
                person.home_town,
                person.residence,
                person.phone,
            ]
        )
    return rows


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _keystrokes(search: Callable[[str], object]) -> list[float]:
    timings: list[float] = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            search(query[:end])
            timings.append(time.perf_counter() - start)
    return sorted(timings)


def _figures(timings: list[float]) -> str:
    p95 = timings[int(0.95 * (len(timings) - 1))]
    return (
        f"p95 {p95 * 1000:5.1f} ms   median {statistics.median(timings) * 1000:5.1f} ms"
        f"   max {timings[-1] * 1000:5.1f} ms over {len(timings)} keystrokes"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    count = parser.parse_args().members
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        rows = unique_people(count)
        xlsx = root / "danh_sach.xlsx"
        write_xlsx(xlsx, rows)
        workspace = create_workspace(
            root / "ws",
            kind=UnitKind.CELL,
            name="Chi bộ thử tải",
            committee_name="Đảng bộ xã Xín Mần",
            level=CommitteeLevel.COMMUNE,
        )
        start = time.perf_counter()
        report = import_members(workspace.uow(), xlsx, today=TODAY)
        imported = time.perf_counter() - start
        assert report.ok and report.imported == count, [p.render() for p in report.problems[:5]]

        # The page holds the members it shows; each keystroke asks the service which match, in order.
        timings = _keystrokes(
            lambda text: member_ids(workspace.uow(read_only=True), search=text, ordered=False)
        )
        full = _keystrokes(lambda text: list_members(workspace.uow(read_only=True), search=text))

        from PySide6.QtWidgets import QApplication

        from ui.pages.members_page import MembersPage
        from ui.tasks import TaskRunner

        app = QApplication.instance() or QApplication([])
        tasks = TaskRunner()
        openings = []
        for _ in range(5):
            start = time.perf_counter()
            page = MembersPage(workspace, tasks)
            page.resize(1150, 700)
            page.show()
            page.refresh()
            app.processEvents()
            openings.append(time.perf_counter() - start)
            assert page.model.rowCount() == count
            page.close()
            page.deleteLater()
            app.processEvents()
        page = MembersPage(workspace, tasks)
        page.show()
        page.refresh()

        def type_in_page(text: str) -> None:
            page.search_box.blockSignals(True)
            page.search_box.setText(text)
            page.search_box.blockSignals(False)
            page._apply_search()
            app.processEvents()

        in_page = _keystrokes(type_in_page)
        page.close()
        workspace.close()

    print(f"members                               {count}")
    print(f"import {count}-row XLSX               {imported:6.2f} s     (target < 10 s)")
    print(f"search per keystroke (member_ids)     {_figures(timings)}   (target p95 < 30 ms)")
    print(f"  full summaries (list_members)       {_figures(full)}")
    print(f"  in the page (service, list, paint)  {_figures(in_page)}")
    print(
        f"open the Members page                 median {statistics.median(openings) * 1000:5.0f} ms"
        f"   first {openings[0] * 1000:5.0f} ms (target < 300 ms)"
    )


if __name__ == "__main__":
    main()
