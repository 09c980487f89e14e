"""The committee decides a cell's review of a year: the body that decided, the day and the decision's
number, and for each proposal not decided yet the grade decided, the cell's proposal unless the committee
chooses another. Everything is decided in one go, or nothing when a grade is refused; a refusal stays on
screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cellapp.domain.l10n import T
from cellapp.domain.review import ReviewGrade
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons
from ui.widgets.date_field import DateField

CELL = ""  # the key of the cell's own grade, as in the decisions service


def _standing_committee(unit_name: str) -> str:
    """The body that decides for a Đảng bộ: its standing committee (Ban Thường vụ Đảng ủy …)."""
    if unit_name.startswith("Đảng bộ "):
        return "Ban Thường vụ Đảng ủy " + unit_name[len("Đảng bộ ") :]
    return ""


class ReviewDecisionDialog(SavingDialogMixin, QDialog):
    def __init__(
        self, workspace: Workspace, cell_unit: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.cell_unit, self.year = workspace, cell_unit, year
        self.decided = 0
        self.setObjectName("reviewDecisionDialog")
        self.setWindowTitle(self.tr("Decide the grades of %1").replace("%1", str(year)))
        self.resize(720, 520)
        self.body = QLineEdit(
            _standing_committee(workspace.info.unit_name) or self.tr("Ban Thường vụ Đảng ủy")
        )
        self.body.setObjectName("decisionBody")
        self.day = DateField(field="decided_on", label=T("Day of the decision", "Ngày quyết định"))
        self.day.setObjectName("decisionDay")
        self.day.set_value(date.today())
        self.ref = QLineEdit()
        self.ref.setObjectName("decisionRef")
        self.ref.setPlaceholderText("15-QĐ/ĐU")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("decisionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Proposed by the cell"), self.tr("Decided")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.choices: dict[str, tuple[ReviewGrade, QComboBox]] = {}
        self._fill()
        form = QFormLayout()
        form.addRow(self.tr("Decided &by:"), self.body)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("Decision &number:"), self.ref)
        form.addRow(self.table)
        self.error = error_label()
        self.field_widgets = {"decided_by": self.body, "decided_on": self.day, "grade": self.table}
        form_with_buttons(self, form, self.error, self.save)

    def _fill(self) -> None:
        """One row per proposal still to decide, the cell itself last."""
        from cellapp.services.review import review_year

        review = review_year(self.workspace.uow(read_only=True), self.year, owner_unit=self.cell_unit)
        rows: list[tuple[str, str, ReviewGrade]] = []
        if review is not None:
            rows = [
                (m.member_uuid, m.full_name, m.proposed_grade)
                for m in review.members
                if m.proposed_grade is not None and m.decision is None
            ]
            if review.proposed_grade is not None and review.decision is None:
                rows.append((CELL, self.tr("The cell itself"), review.proposed_grade))
        self.table.setRowCount(len(rows))
        for index, (key, name, proposed) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(name))
            self.table.setItem(index, 1, QTableWidgetItem(proposed.label.render()))
            choice = QComboBox()
            choice.setObjectName(f"decision-{index}")
            for grade in ReviewGrade:
                choice.addItem(grade.label.render(), grade.value)
            choice.setCurrentIndex(choice.findData(proposed.value))
            self.table.setCellWidget(index, 2, choice)
            self.choices[key] = (proposed, choice)

    def choose(self, key: str, grade: ReviewGrade) -> None:
        """Decide `grade` for a member (by uuid) or for the cell (`CELL`) instead of the proposal."""
        _proposed, choice = self.choices[key]
        choice.setCurrentIndex(choice.findData(grade.value))

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> None:
        from cellapp.services.review import decide_as_proposed

        otherwise = {
            key: ReviewGrade(choice.currentData())
            for key, (proposed, choice) in self.choices.items()
            if choice.currentData() != proposed.value
        }
        day = self.day.value() or date.today()
        self.decided = decide_as_proposed(
            self.workspace.uow(),
            self.cell_unit,
            self.year,
            decided_by=self.body.text(),
            decided_on=day,
            decision_ref=self.ref.text(),
            otherwise=otherwise,
        )
