"""Review (Đánh giá, xếp loại): the annual review of a year.

At a cell: start the year; one row per member reviewed (form, stage, self-grade and score, the cell's
proposal with its vote, the committee's decision); the year's facts of the selected member below the
table; Enter opens the member's review; the session and the cell's own review; printing; the summary
line (which adds up) and the quota warning. At a committee: where each cell's review stands, the grades
across cells, and the decision on a cell's proposals.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.review import ReviewGrade
from cellapp.domain.units import UnitKind
from cellapp.domain.vietnamese import format_date
from cellapp.services.workspace import Workspace
from ui.item_models.rows_table_model import RowsTableModel
from ui.ops import Area, Ops
from ui.pages.base import Page
from ui.widgets.rows_table import read_only_list


def _short(grade: ReviewGrade | None) -> str:
    return grade.short.render() if grade else ""


class ReviewPage(Page):
    shows = frozenset({Area.REVIEW, Area.MEMBERS, Area.SYNC, Area.COMMITTEE})

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.committee = workspace.info.kind is UnitKind.COMMITTEE
        self.data: object = None
        self.inputs: dict[str, object] = {}
        self.dialog: object = None
        self.notice = ""  # warnings of the last save, shown until the next one
        self.year = QSpinBox()
        self.year.setObjectName("reviewYear")
        self.year.setRange(2000, 2100)
        today = date.today()
        self.year.setValue(today.year if today.month >= 10 else today.year - 1)
        self.year.valueChanged.connect(self.refresh)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("reviewFactsPanel")
        self.facts.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        if self.committee:
            headers = [
                self.tr("Code"),
                self.tr("Cell"),
                self.tr("Stage"),
                self.tr("To grade"),
                self.tr("Self-assessed"),
                self.tr("Proposed"),
                self.tr("Decided"),
                *[g.short.render() for g in ReviewGrade],
                self.tr("Cell's grade"),
            ]
            self.decide_button = QPushButton(self.tr("&Decide the grades…"))
            self.decide_button.setObjectName("decideReview")
            self.decide_button.clicked.connect(self.decide_selected)
            bar.addWidget(self.decide_button)
        else:
            headers = [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Form"),
                self.tr("Stage"),
                self.tr("Self-grade"),
                self.tr("Score"),
                self.tr("Proposed"),
                self.tr("Vote"),
                self.tr("Decided"),
            ]
            self.start_button = QPushButton(self.tr("&Start the review"))
            self.start_button.setObjectName("startReview")
            self.start_button.clicked.connect(lambda: self.start_year())
            self.open_button = QPushButton(self.tr("&Open"))
            self.open_button.setObjectName("openReview")
            self.open_button.clicked.connect(self.open_selected)
            self.cell_button = QPushButton(self.tr("Session and the &cell's review…"))
            self.cell_button.setObjectName("cellReview")
            self.cell_button.clicked.connect(self.open_cell_review)
            self.print_button = QToolButton()
            self.print_button.setObjectName("printReview")
            self.print_button.setText(self.tr("&Print"))
            self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(self.print_button)
            menu.addAction(self.tr("Summary of grades (PDF)"), lambda: self.print_document("summary"))
            menu.addAction(self.tr("Summary of grades (Excel)"), lambda: self.print_document("summary-xlsx"))
            menu.addAction(self.tr("Minutes of the review session"), lambda: self.print_document("minutes"))
            menu.addAction(self.tr("The cell's review report"), lambda: self.print_document("report"))
            menu.addAction(self.tr("The selected member's review form"), lambda: self.print_document("form"))
            self.print_button.setMenu(menu)
            self.announce_button = QPushButton(self.tr("Announce the &results…"))
            self.announce_button.setObjectName("announceReview")
            self.announce_button.setToolTip(
                self.tr("Record the day the committee's decisions were announced to the members.")
            )
            self.announce_button.clicked.connect(self.open_announcement)
            for widget in (
                self.start_button,
                self.open_button,
                self.cell_button,
                self.announce_button,
                self.print_button,
            ):
                bar.addWidget(widget)
        # The counts (committee) or the row number and the score (cell) are aligned to the right.
        numeric = tuple(range(3, 7 + len(ReviewGrade))) if self.committee else (0, 5)
        self.model = RowsTableModel(headers, numeric_columns=numeric)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        read_only_list(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_facts(current.row())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.facts)
        layout.addWidget(self.summary)

    # ---------------------------------------------------------------- loading

    def refresh(self) -> None:
        year = self.year.value()
        uow = self.workspace.uow(read_only=True)
        if self.committee:
            from cellapp.services.review import review_standings

            self.load(lambda: review_standings(uow, year), self._show_standings)
            return
        from cellapp.services.review import review_inputs, review_summary

        def work() -> tuple[object, dict[str, object]]:
            summary = review_summary(uow, year)
            if summary is None:
                return None, {}
            uuids = [m.member_uuid for m in summary.review.members]
            return summary, dict(review_inputs(uow, year, uuids))

        self.load(work, self._show_cell)

    def _show_cell(self, result: tuple[object, dict[str, object]]) -> None:
        from cellapp.services.review import ReviewSummary

        summary, self.inputs = result
        self.data = summary
        started = isinstance(summary, ReviewSummary)
        self.start_button.setVisible(not started)
        for widget in (self.open_button, self.cell_button, self.print_button):
            widget.setEnabled(started)
        # Something to announce only once the committee has decided and the day is not yet recorded.
        self.announce_button.setEnabled(
            started
            and summary.review.announced_on is None
            and (
                summary.review.decision is not None
                or any(m.decision is not None for m in summary.review.members)
            )
        )
        if not isinstance(summary, ReviewSummary):
            self.model.set_rows([])
            self.status.setText(
                self.tr(
                    "The review of %1 has not been started. Start it to list the members to review."
                ).replace("%1", str(self.year.value()))
            )
            self.summary.clear()
            self.facts.clear()
            return
        review = summary.review
        rows, keys = [], []
        for index, m in enumerate(review.members, start=1):
            vote = f"{m.votes_for}/{m.votes_against}" if m.votes_for is not None else ""
            rows.append(
                [
                    str(index),
                    m.full_name,
                    m.form.value,
                    m.stage.label.render() if m.graded else self.tr("Not graded (new)"),
                    _short(m.self_grade),
                    "" if m.self_score is None else str(m.self_score),
                    _short(m.proposed_grade),
                    vote,
                    _short(m.final_grade),
                ]
            )
            keys.append(m.uuid)
        self.model.set_rows(rows, keys)
        left = "; ".join(f"{n.full_name} ({n.coverage.label.render()})" for n in review.not_reviewed)
        self.status.setText(
            self.tr("%1 members reviewed under %2.")
            .replace("%1", str(len(review.members)))
            .replace("%2", review.rules.code)
            + (" " + self.tr("Not reviewed: %1.").replace("%1", left) if left else "")
            + ("\n" + self.notice if self.notice else "")
        )
        total = summary.total
        counts = ", ".join(f"{g.short.render()} {total.grades[g]}" for g in ReviewGrade)
        text = (
            self.tr(
                "Total %1 = reviewed %2 + not reviewed %3; reviewed = not graded %4 + awaiting %5 + graded %6 (%7)"
            )
            .replace("%1", str(total.members))
            .replace("%2", str(total.reviewed))
            .replace("%3", str(total.not_reviewed))
            .replace("%4", str(total.not_graded))
            .replace("%5", str(total.pending))
            .replace("%6", counts)
            .replace("%7", summary.basis.label.render())
        )
        if review.proposed_grade:
            text += "\n" + self.tr("The cell proposes for itself: %1").replace(
                "%1", review.proposed_grade.label.render()
            )
        if review.decision:
            text += "; " + self.tr("decided: %1").replace("%1", review.decision.grade.label.render())
        if review.announced_on:
            text += "\n" + self.tr("Results announced to the members on %1.").replace(
                "%1", format_date(review.announced_on)
            )
        if summary.quota is not None:
            text += "\n⚠ " + summary.quota.render()
        self.summary.setText(text)
        if rows:
            self.table.selectRow(0)
            self._show_facts(0)

    def _show_facts(self, row: int) -> None:
        from cellapp.services.review import ReviewInputs, ReviewSummary
        from ui.dialogs.member_review_dialog import facts_text

        if self.committee or not isinstance(self.data, ReviewSummary) or row < 0:
            return
        members = self.data.review.members
        if row >= len(members):
            return
        member = members[row]
        inputs = self.inputs.get(member.member_uuid)
        self.facts.setText(
            f"{member.full_name}: " + facts_text(inputs if isinstance(inputs, ReviewInputs) else None)
        )

    def _show_standings(self, standings: object) -> None:
        from cellapp.services.review import ReviewStandings

        assert isinstance(standings, ReviewStandings)
        self.data = standings
        rows, keys = [], []
        for cell in standings.cells:
            rows.append(
                [
                    cell.code,
                    cell.name,
                    cell.stage.label.render(),
                    str(cell.to_grade),
                    str(cell.self_assessed),
                    str(cell.proposed),
                    str(cell.decided),
                    *[str(cell.grades[g]) for g in ReviewGrade],
                    _short(cell.cell_decided or cell.cell_proposed),
                ]
            )
            keys.append(cell.unit_uuid)
        self.model.set_rows(rows, keys)
        stages = ", ".join(f"{s.label.render()}: {n}" for s, n in standings.stages.items())
        grades = ", ".join(f"{g.short.render()} {standings.grades[g]}" for g in ReviewGrade)
        self.status.setText(stages)
        self.summary.setText(self.tr("Members across cells: %1").replace("%1", grades))

    # ---------------------------------------------------------------- actions

    def _selected_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        key = self.model.key_at(index.row())
        return str(key)

    def start_year(self, on: date | None = None) -> bool:
        from cellapp.services.review import start_review_year

        try:
            start_review_year(self.workspace.uow(), self.year.value(), on=on)
        except CellAppError as error:
            self.status.setText(error.message.render())
            return False
        self.announce(Area.REVIEW)
        self.refresh()
        return True

    def open_selected(self) -> object:
        from cellapp.services.review import ReviewInputs, ReviewSummary
        from ui.dialogs.member_review_dialog import MemberReviewDialog

        if self.committee:
            return None
        key = self._selected_key()
        if key is None or not isinstance(self.data, ReviewSummary):
            return None
        review = self.data.review.member(key)
        if review is None:
            return None
        inputs = self.inputs.get(review.member_uuid)
        dialog = MemberReviewDialog(
            self.workspace,
            self.data.review,
            review,
            inputs if isinstance(inputs, ReviewInputs) else None,
            self,
        )
        return self._show(dialog)

    def open_cell_review(self) -> object:
        from cellapp.services.review import ReviewSummary
        from ui.dialogs.cell_review_dialog import CellReviewDialog

        if not isinstance(self.data, ReviewSummary):
            return None
        return self._show(CellReviewDialog(self.workspace, self.data.review, self))

    def _show(self, dialog: object) -> object:
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._closed(dialog, result))
        dialog.show()
        return dialog

    def _closed(self, dialog: object, result: int) -> None:
        from PySide6.QtWidgets import QDialog

        if result == QDialog.DialogCode.Accepted:
            warnings = getattr(dialog, "warnings", [])
            self.notice = "⚠ " + " ".join(warnings) if warnings else ""
            self.announce(Area.REVIEW)
            self.refresh()

    def open_announcement(self) -> object:
        from ui.dialogs.review_announce_dialog import ReviewAnnounceDialog

        return self._show(ReviewAnnounceDialog(self.workspace, self.year.value(), self))

    def decide_selected(self) -> object:
        from ui.dialogs.review_decision_dialog import ReviewDecisionDialog

        key = self._selected_key()
        if key is None:
            self.status.setText(self.tr("Choose a cell in the table first."))
            return None
        return self._show(ReviewDecisionDialog(self.workspace, key, self.year.value(), self))

    def print_document(self, document: str, target: Path | None = None) -> None:
        from cellapp.services.review import printing

        year = self.year.value()
        key = self._selected_key()
        if target is None:
            suffix = ".xlsx" if document == "summary-xlsx" else ".pdf"
            name = f"danh-gia-xep-loai-{document}-{year}{suffix}"
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / name))
            if not chosen:
                return
            target = Path(chosen)
        uow = self.workspace.uow(read_only=True)
        if document == "form":
            from cellapp.services.review import ReviewSummary

            review = self.data.review.member(key or "") if isinstance(self.data, ReviewSummary) else None
            if review is None:
                self.status.setText(self.tr("Choose a member in the table first."))
                return
            member_uuid = review.member_uuid

            def work() -> object:
                return printing.print_review_form(uow, year, member_uuid, target)
        else:
            writers = {
                "summary": printing.print_review_summary,
                "summary-xlsx": printing.export_review_summary_xlsx,
                "minutes": printing.print_review_minutes,
                "report": printing.print_review_report,
            }
            writer = writers[document]

            def work() -> object:
                return writer(uow, year, target)

        self.status.setText(self.tr("Writing %1…").replace("%1", str(target)))
        self.tasks.run(work, self._printed, self._print_failed)

    def _printed(self, path: object) -> None:
        self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _print_failed(self, error: BaseException) -> None:
        self.status.setText(error.message.render() if isinstance(error, CellAppError) else str(error))
