"""What the record dialogs share: reading optional text, showing a refusal next to the field it concerns,
saving through a callback that keeps the dialog open when the core refuses, and asking before closing
with changes not saved (Esc, Cancel or the window's close button)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError, ValidationError

ERROR_STYLE = "color: #b00020"
_FIELD_ERROR = "border: 1px solid #b00020"


def text_of(widget: QLineEdit | QPlainTextEdit | QComboBox) -> str | None:
    if isinstance(widget, QPlainTextEdit):
        value = widget.toPlainText()
    elif isinstance(widget, QComboBox):
        value = widget.currentText()
    else:
        value = widget.text()
    return value.strip() or None


def error_label(name: str = "formError") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def form_with_buttons(
    dialog: QDialog,
    form: QLayout,
    error: QLabel,
    on_save: Callable[[], None],
    buttons: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
    | QDialogButtonBox.StandardButton.Cancel,
    *,
    below: Sequence[QWidget] = (),
) -> QDialogButtonBox:
    """The usual dialog: the form, any explanations `below` it, the refusal line, then the buttons
    (saving through `on_save`, which closes the dialog itself when the core accepts)."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(on_save)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form, 1)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(error)
    layout.addWidget(box)
    return box


class MissingInput(Exception):
    """A required entry the dialog itself asks for, before anything goes to the core."""

    def __init__(self, widget: QWidget, message: str) -> None:
        super().__init__(message)
        self.widget = widget
        self.message = message


def entered_state(dialog: QWidget) -> list[tuple[str, object]]:
    """What the user can have typed or chosen in `dialog`, widget by widget (to tell whether it changed)."""
    state: list[tuple[str, object]] = []
    for widget in dialog.findChildren(QWidget):
        value: object
        if isinstance(widget, QComboBox):
            value = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            value = widget.text()
        elif isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue  # the editor inside a box: the box's own value says it
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            value = widget.isChecked()
        else:
            continue
        state.append((widget.objectName() or type(widget).__name__, value))
    return state


class AsksBeforeDiscarding:
    """For a QDialog: what was entered when it was first shown is remembered; closing it without saving
    after a change (Esc, Cancel, the close button) asks first, in a window-modal question so that nothing
    waits on it, and keeps the dialog open unless the user chooses to discard."""

    _shown_state: list[tuple[str, object]] | None = None
    discard_question: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:
        assert isinstance(self, QDialog)
        if self._shown_state is None:
            self._shown_state = entered_state(self)
        QDialog.showEvent(self, event)

    def has_unsaved_changes(self) -> bool:
        assert isinstance(self, QDialog)
        return self._shown_state is not None and entered_state(self) != self._shown_state

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if not self.has_unsaved_changes():
            QDialog.reject(self)
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("UnsavedChanges", "Close without saving?"),
            QCoreApplication.translate(
                "UnsavedChanges", "What you typed in this window has not been saved and will be lost."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        question.setObjectName("discardQuestion")
        discard = question.button(QMessageBox.StandardButton.Discard)
        discard.setText(QCoreApplication.translate("UnsavedChanges", "&Discard the changes"))
        keep = question.button(QMessageBox.StandardButton.Cancel)
        keep.setText(QCoreApplication.translate("UnsavedChanges", "&Keep editing"))
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.buttonClicked.connect(
            lambda button: QDialog.reject(self) if button is discard else None  # type: ignore[arg-type]
        )
        self.discard_question = question
        question.open()


class SavingDialogMixin(AsksBeforeDiscarding):
    """For a QDialog: `attempt(work)` runs the save; a refusal is shown and the dialog stays open.
    Closing with changes not saved asks first (AsksBeforeDiscarding)."""

    error: QLabel
    field_widgets: Mapping[str, QWidget]
    _marked: QWidget | None = None

    def attempt(self, work: Callable[[], Any]) -> bool:
        self._clear_mark()
        try:
            self.result_value = work()
        except CellAppError as error:
            self.show_refusal(error)
            return False
        assert isinstance(self, QDialog)
        self.accept()
        return True

    def show_refusal(self, error: CellAppError) -> None:
        self._clear_mark()
        self.error.setText(error.message.render())
        widget = self.field_widgets.get(error.field or "") if isinstance(error, ValidationError) else None
        if widget is not None:
            self._reveal(widget)
            widget.setStyleSheet(_FIELD_ERROR)
            widget.setFocus()
            self._marked = widget

    def show_missing(self, widget: QWidget, message: str) -> None:
        self._clear_mark()
        self.error.setText(message)
        self._reveal(widget)
        widget.setStyleSheet(_FIELD_ERROR)
        widget.setFocus()
        self._marked = widget

    def _reveal(self, widget: QWidget) -> None:
        """Bring forward the tab page that holds `widget` (a tab page sits in the QTabWidget's stack)."""
        child: QWidget | None = widget
        while child is not None:
            parent = child.parentWidget()
            grand = parent.parentWidget() if parent is not None else None
            if isinstance(grand, QTabWidget) and grand.indexOf(child) >= 0:
                grand.setCurrentWidget(child)
            child = parent

    def _clear_mark(self) -> None:
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
        self.error.clear()
