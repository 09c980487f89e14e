"""The editor's Tasks tab (Nhiệm vụ): how each task carried over from earlier meetings stands (done, in
progress, not done, with a comment), and the new tasks set here, each for one or more named members
with a due date. Unfinished tasks come back at the next meeting by themselves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.meetings import TaskOutcome
from cellapp.domain.vietnamese import InvalidDateError, format_date, parse_date
from cellapp.services.meetings import EvaluationInput, Task, TaskInput, TaskReview
from ui.dialogs.member_picker_dialog import MemberPickerDialog

UUID_ROLE = Qt.ItemDataRole.UserRole
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 1
TASK, PEOPLE, SET_ON, OUTCOME, COMMENT = 0, 1, 2, 3, 4
DESCRIPTION, ASSIGNEES, DUE = 0, 1, 2


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MeetingTasksTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[tuple[str, str]] = []
        self.reviews = QTableWidget(0, 5)
        self.reviews.setObjectName("reviewsTable")
        self.reviews.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Assigned to"),
                self.tr("Set on"),
                self.tr("How it stands"),
                self.tr("Comment"),
            ]
        )
        self.reviews.verticalHeader().setVisible(False)
        self.reviews.setWordWrap(True)
        header = self.reviews.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)

        self.tasks = QTableWidget(0, 3)
        self.tasks.setObjectName("newTasksTable")
        self.tasks.setHorizontalHeaderLabels(
            [self.tr("New task"), self.tr("Assigned to"), self.tr("Due (dd/mm/yyyy)")]
        )
        self.tasks.verticalHeader().setVisible(False)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tasks.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ASSIGNEES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.setColumnWidth(ASSIGNEES, 260)
        self.tasks.cellDoubleClicked.connect(lambda row, column: column == ASSIGNEES and self.assign(row))
        add = QPushButton(self.tr("Add a &task"))
        add.setObjectName("addTask")
        add.clicked.connect(lambda: self.add_task())
        assign = QPushButton(self.tr("A&ssign…"))
        assign.clicked.connect(lambda: self.assign(self.tasks.currentRow()))
        remove = QPushButton(self.tr("Remove the task"))
        remove.clicked.connect(lambda: self.tasks.removeRow(self.tasks.currentRow()))

        self.reviews_label = QLabel(self.tr("Tasks carried over from earlier meetings:"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("New tasks set at this meeting:")), 1)
        buttons.addWidget(add)
        buttons.addWidget(assign)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reviews_label)
        layout.addWidget(self.reviews, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.tasks, 1)

    def load(
        self, people: list[tuple[str, str]], reviews: tuple[TaskReview, ...], tasks: tuple[Task, ...]
    ) -> None:
        self._people = people
        self.reviews.setRowCount(len(reviews))
        for row, review in enumerate(reviews):
            task = review.task
            description = _readonly(task.description)
            description.setData(UUID_ROLE, task.uuid)
            history = "; ".join(
                f"{format_date(day)}: {outcome.label.render()}" for day, outcome in review.history
            )
            if history:
                description.setToolTip(history)
            self.reviews.setItem(row, TASK, description)
            self.reviews.setItem(row, PEOPLE, _readonly(", ".join(a.full_name for a in task.assignees)))
            self.reviews.setItem(row, SET_ON, _readonly(format_date(task.set_on)))
            outcome = QComboBox()
            outcome.addItem(self.tr("(not evaluated)"), None)
            for choice in TaskOutcome:
                outcome.addItem(choice.label.render(), choice.value)
            outcome.setCurrentIndex(
                max(0, outcome.findData(review.outcome.value if review.outcome else None))
            )
            self.reviews.setCellWidget(row, OUTCOME, outcome)
            self.reviews.setItem(row, COMMENT, QTableWidgetItem(review.comment))
        self.reviews.setVisible(bool(reviews))
        if reviews:
            self.reviews_label.setText(self.tr("Tasks carried over from earlier meetings:"))
        else:
            self.reviews_label.setText(self.tr("No task is waiting to be reviewed at this meeting."))
        self.tasks.setRowCount(0)
        for task in tasks:
            self.add_task(
                task.description,
                [(a.member_uuid, a.full_name) for a in task.assignees],
                task.due_on,
                task.uuid,
            )

    def add_task(
        self,
        description: str = "",
        assignees: list[tuple[str, str]] | None = None,
        due_on: date | None = None,
        uuid: str | None = None,
    ) -> int:
        row = self.tasks.rowCount()
        self.tasks.insertRow(row)
        item = QTableWidgetItem(description)
        item.setData(UUID_ROLE, uuid)
        self.tasks.setItem(row, DESCRIPTION, item)
        self.tasks.setItem(row, ASSIGNEES, _readonly(""))
        self.tasks.setItem(row, DUE, QTableWidgetItem(format_date(due_on) if due_on else ""))
        self.set_assignees(row, assignees or [])
        if not description:
            self.tasks.setFocus()
            self.tasks.setCurrentCell(row, DESCRIPTION)
            self.tasks.editItem(item)
        return row

    def set_assignees(self, row: int, assignees: list[tuple[str, str]]) -> None:
        item = self.tasks.item(row, ASSIGNEES)
        item.setText(", ".join(name for _uuid, name in assignees) or self.tr("(double-click to assign)"))
        item.setData(MEMBERS_ROLE, [uuid for uuid, _name in assignees])

    def assign(self, row: int) -> None:
        if row < 0:
            return
        chosen = set(self.tasks.item(row, ASSIGNEES).data(MEMBERS_ROLE) or [])
        picker = MemberPickerDialog(self._people, chosen, self)
        if picker.exec():
            wanted = set(picker.chosen())
            self.set_assignees(row, [(uuid, name) for uuid, name in self._people if uuid in wanted])

    def collect_evaluations(self) -> tuple[EvaluationInput, ...]:
        result = []
        for row in range(self.reviews.rowCount()):
            outcome = self.reviews.cellWidget(row, OUTCOME)
            assert isinstance(outcome, QComboBox)
            value = outcome.currentData()
            result.append(
                EvaluationInput(
                    task_uuid=str(self.reviews.item(row, TASK).data(UUID_ROLE)),
                    outcome=TaskOutcome(value) if value else None,
                    comment=self.reviews.item(row, COMMENT).text(),
                )
            )
        return tuple(result)

    def collect_tasks(self) -> tuple[TaskInput, ...]:
        result = []
        for row in range(self.tasks.rowCount()):
            description = self.tasks.item(row, DESCRIPTION).text()
            assignees = tuple(self.tasks.item(row, ASSIGNEES).data(MEMBERS_ROLE) or [])
            due_text = self.tasks.item(row, DUE).text().strip()
            if not description.strip() and not assignees and not due_text:
                continue  # an empty row left by the user
            due = None
            if due_text:
                try:
                    due = parse_date(due_text)
                except InvalidDateError as error:
                    raise ValidationError(
                        T(
                            "The due date of a new task: {reason}",
                            "Thời hạn của nhiệm vụ mới: {reason}",
                            reason=T(error.reason_en, error.reason_vi),
                        ),
                        field="tasks",
                    ) from error
            uuid = self.tasks.item(row, DESCRIPTION).data(UUID_ROLE)
            result.append(TaskInput(description, assignees, due, uuid))
        return tuple(result)
