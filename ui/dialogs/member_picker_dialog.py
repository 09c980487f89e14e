"""Choosing one or more members (a task's assignees): a checkable list with a search that ignores case,
diacritics and đ/d. A click anywhere on a row ticks or unticks it, not only on its small box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.vietnamese import matches

UUID_ROLE = Qt.ItemDataRole.UserRole


class MemberPickerDialog(QDialog):
    def __init__(
        self, members: list[tuple[str, str]], chosen: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to members"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("memberPicker")
        for uuid, name in members:
            item = QListWidgetItem(name)
            item.setData(UUID_ROLE, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if uuid in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._pressed_state: Qt.CheckState | None = None
        self.list.itemPressed.connect(self._remember_state)
        self.list.itemClicked.connect(self._toggle_row)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 460)

    def _remember_state(self, item: QListWidgetItem) -> None:
        self._pressed_state = item.checkState()

    def _toggle_row(self, item: QListWidgetItem) -> None:
        # A click on the box has already toggled it; a click on the name has not.
        if item.checkState() == self._pressed_state:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._pressed_state = None

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(text.strip()) and not matches(text, item.text()))

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(row).data(UUID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
