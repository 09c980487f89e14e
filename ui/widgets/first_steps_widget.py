"""The Overview's "Getting started" box for a new cell: the steps still to do, in order, each with the
button that does it. Hidden once every step is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cellapp.services.first_steps import FirstStep, FirstSteps


class FirstStepsWidget(QGroupBox):
    step_requested = Signal(object)  # the FirstStep whose button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setTitle(self.tr("Getting started"))
        self.rows = QVBoxLayout(self)
        self.buttons: dict[FirstStep, QPushButton] = {}
        self.setVisible(False)

    def _texts(self, step: FirstStep) -> tuple[str, str]:
        return {
            FirstStep.ADD_MEMBERS: (
                self.tr("Add the cell's members, one by one or from an Excel file."),
                self.tr("&Add members…"),
            ),
            FirstStep.FEE_BOOK_START: (
                self.tr("Say from which month the fee book is kept here (earlier months stay on paper)."),
                self.tr("Fee book &start…"),
            ),
            FirstStep.FIRST_MEETING: (
                self.tr("Prepare the first monthly meeting: agenda, chair and minute-taker."),
                self.tr("&Prepare the first meeting…"),
            ),
            FirstStep.JOIN_COMMITTEE: (
                self.tr("Join the committee above, once, to exchange files on a USB stick."),
                self.tr("&Join the committee…"),
            ),
        }[step]

    def show_steps(self, steps: FirstSteps) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for number, step in enumerate(steps.pending, start=1):
            explanation, action = self._texts(step)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"{number}. {explanation}")
            label.setWordWrap(True)
            button = QPushButton(action)
            button.setObjectName(f"firstStep-{step.value}")
            button.clicked.connect(lambda _checked=False, chosen=step: self.step_requested.emit(chosen))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
            self.buttons[step] = button
        self.setVisible(not steps.done)
