"""Printing the minutes: a 60-member meeting with 20 speeches and 10 new tasks (and 5 carried over).

Three figures, each the median of several runs in this process (fonts registered once beforehand):
- `minutes`: the Party-format minutes rendered from the printout (reportlab only), target < 300 ms;
- `bare`: a plain reportlab document with the same paragraphs and the same embedded font, no header,
  signatures or layout; the ratio says what the Party format costs;
- `from workspace`: the whole service path, reading the meeting from SQLite and rendering it.

    python bench/print.py [--runs 9]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from cellapp.demo.people import make_people, speech_summaries, task_descriptions  # noqa: E402
from cellapp.domain.attendance import AttendanceMark, VoteTally  # noqa: E402
from cellapp.domain.meetings import MeetingKind  # noqa: E402
from cellapp.domain.members import MemberStatus, Sex  # noqa: E402
from cellapp.domain.units import CommitteeLevel, UnitKind  # noqa: E402
from cellapp.reports import minutes as minutes_module  # noqa: E402
from cellapp.reports.fonts import SERIF, register_fonts  # noqa: E402
from cellapp.reports.meeting_printout import MeetingPrintout  # noqa: E402
from cellapp.services.meetings import (  # noqa: E402  # noqa: E402
    AttendanceInput,
    ConclusionInput,
    MeetingDocument,
    MeetingEdit,
    Preparation,
    SpeechInput,
    TaskInput,
    meeting_pdf,
    meeting_printout,
    prepare_meeting,
    save_meeting,
)
from cellapp.services.members import NewMember, add_members, list_members  # noqa: E402
from cellapp.services.workspace import Workspace, create_workspace  # noqa: E402

MEMBERS, SPEECHES, TASKS = 60, 20, 10


def build_workspace(root: Path) -> tuple[Workspace, str]:
    import random

    rng = random.Random(60)
    workspace = create_workspace(
        root,
        kind=UnitKind.CELL,
        name="Chi bộ thôn Nấm Dẩn",
        committee_name="Đảng bộ xã Xín Mần",
        level=CommitteeLevel.COMMUNE,
        place="Xín Mần",
    )
    statuses = [MemberStatus.FULL] * 50 + [MemberStatus.PROBATIONARY] * 6 + [MemberStatus.EXEMPT] * 3
    statuses += [MemberStatus.ATTACHED_ELSEWHERE]
    add_members(
        workspace.uow(),
        [
            NewMember(full_name=p.full_name, sex=Sex(p.sex), admitted_on=date(2000, 1, 1), status=s)
            for p, s in zip(make_people(rng, MEMBERS), statuses, strict=True)
        ],
    )
    ids = [m.uuid for m in list_members(workspace.uow(read_only=True))]
    detail = prepare_meeting(
        workspace.uow(),
        kind=MeetingKind.REGULAR,
        preparation=Preparation(
            held_on=date(2026, 3, 5),
            place="Nhà văn hóa thôn",
            planned_time=clock(19, 30),
            chair_uuid=ids[0],
            secretary_uuid=ids[1],
        ),
    )
    summoned = [e.member_uuid for e in detail.roster if e.group.value == "summoned"]
    marks = [AttendanceInput(u, AttendanceMark.PRESENT) for u in summoned[:-4]]
    marks += [AttendanceInput(u, AttendanceMark.ABSENT_EXCUSED, "đi làm ăn xa") for u in summoned[-4:-1]]
    marks += [AttendanceInput(summoned[-1], AttendanceMark.ABSENT_UNEXCUSED)]
    speeches = tuple(
        SpeechInput(text, member_uuid=summoned[i % 40], agenda_item_uuid=detail.agenda[2 + i % 5].uuid)
        for i, text in enumerate(speech_summaries()[:SPEECHES])
    )
    tasks = tuple(
        TaskInput(text, (summoned[i], summoned[i + 10]), date(2026, 3, 31))
        for i, text in enumerate(task_descriptions()[:TASKS])
    )
    voters = sum(1 for m in marks if m.mark is AttendanceMark.PRESENT) - 5  # probationary do not vote
    save_meeting(
        workspace.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=tuple(marks),
            speeches=speeches,
            tasks=tasks,
            conclusion=ConclusionInput(
                clock(19, 30),
                clock(21, 20),
                "Chủ trì kết luận.\n" * 3,
                "Nghị quyết.",
                VoteTally(voters, 0, 0),
            ),
        ),
    )
    return workspace, detail.uuid


def body_texts(printout: MeetingPrintout) -> list[str]:
    """The minutes' paragraphs (their mark-up included), taken once, outside the timing."""
    flowables = [
        *minutes_module._opening(printout),
        *minutes_module._business(printout),
        *minutes_module._proceedings(printout),
        *minutes_module._conclusion(printout),
    ]
    return [f.text for f in flowables if isinstance(f, Paragraph)]


def bare_pdf(texts: list[str]) -> bytes:
    """The same paragraphs in the same embedded font and size, in a plain reportlab document."""
    family = register_fonts()
    style = ParagraphStyle("plain", fontName=SERIF, fontSize=14, leading=18)
    story = [Paragraph(text, style) for text in texts]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=family).build(story)
    return buffer.getvalue()


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: fonts, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace, meeting = build_workspace(Path(folder) / "cell")
        printout = meeting_printout(workspace.uow(read_only=True), meeting)
        pages = minutes_module.minutes_pdf(printout).count(b"/Type /Page\n")
        ours = median_ms(lambda: minutes_module.minutes_pdf(printout), args.runs)
        texts = body_texts(printout)
        bare = median_ms(lambda: bare_pdf(texts), args.runs)
        full = median_ms(
            lambda: meeting_pdf(workspace.uow(read_only=True), meeting, MeetingDocument.MINUTES), args.runs
        )
        workspace.close()
    print(f"minutes of a {MEMBERS}-member meeting, {SPEECHES} speeches, {TASKS} new tasks ({args.runs} runs)")
    print(
        f"  minutes (Party format):     {ours:7.1f} ms   target < 300 ms   {'OK' if ours < 300 else 'SLOW'}"
    )
    print(f"  bare reportlab, same text:  {bare:7.1f} ms")
    print(f"  ratio:                      {ours / bare:7.2f}")
    print(f"  from the workspace (SQLite + render): {full:.1f} ms")
    print(
        f"  printout counts: present {printout.counts.present}/{printout.counts.expected}, "
        f"pages ~{pages or '?'}"
    )


if __name__ == "__main__":
    main()
