"""First run (Bắt đầu): create a cell or committee workspace, or open the demo.

The dialog only collects and checks what the user typed; the caller creates the workspace through the
services, so a refused folder or name is reported without leaving anything half-made.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.months import Month
from cellapp.domain.units import CommitteeLevel


class FirstRunChoice(Enum):
    CELL = "cell"
    COMMITTEE = "committee"
    DEMO = "demo"


@dataclass(frozen=True)
class FirstRunAnswer:
    choice: FirstRunChoice
    name: str = ""
    committee_name: str = ""
    level: CommitteeLevel = CommitteeLevel.COMMUNE
    fee_book_start: Month | None = None  # a cell's: the first month its fee book is kept in CellApp
    place: str = ""  # the place name of the documents' date line ("Nậm Búng, ngày …")
    secretary: str = ""  # a cell's secretary, who chairs the first meeting


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CellApp"))
        intro = QLabel(
            self.tr(
                "CellApp keeps the records of a party cell, or of the committee above cells. Choose how to start:"
            )
        )
        intro.setWordWrap(True)
        self.cell_choice = QRadioButton(self.tr("Create the workspace of a &cell"))
        self.committee_choice = QRadioButton(self.tr("Create the workspace of a c&ommittee"))
        self.demo_choice = QRadioButton(
            self.tr("Open the &demo (a sample cell, nothing of yours is changed)")
        )
        self.cell_choice.setChecked(True)
        group = QButtonGroup(self)
        for index, button in enumerate((self.cell_choice, self.committee_choice, self.demo_choice)):
            group.addButton(button, index)

        self.cell_name = QLineEdit()
        self.cell_name.setObjectName("cellName")
        self.cell_name.setPlaceholderText(self.tr("e.g. Chi bộ thôn Nấm Dẩn"))
        self.cell_committee = QLineEdit()
        self.cell_committee.setObjectName("cellCommittee")
        self.cell_committee.setPlaceholderText(self.tr("e.g. Đảng bộ xã Xín Mần"))
        self.cell_level = self._level_box()
        this_month = QDate(QDate.currentDate().year(), QDate.currentDate().month(), 1)
        self.fee_book_start = QDateEdit(this_month)
        self.fee_book_start.setObjectName("feeBookStart")
        self.fee_book_start.setDisplayFormat("MM/yyyy")
        self.fee_book_start.setMaximumDate(this_month)  # the book cannot start in the future
        self.fee_book_start.setToolTip(
            self.tr(
                "The months before it are settled in the paper fee book: nothing is counted unpaid before "
                "it. Each member's own paid-up-to month can be given when members are imported."
            )
        )
        self.cell_place = self._place_field("cellPlace", self.tr("e.g. Nậm Búng"))
        self.cell_secretary = QLineEdit()
        self.cell_secretary.setObjectName("cellSecretary")
        self.cell_secretary.setPlaceholderText(self.tr("e.g. Giàng Seo Phử"))
        self.cell_secretary.setToolTip(
            self.tr("Chairs the first meeting; add the secretary as a member too.")
        )
        cell_form = QWidget()
        form = QFormLayout(cell_form)
        form.addRow(self.tr("Cell &name:"), self.cell_name)
        form.addRow(self.tr("Committee &above:"), self.cell_committee)
        form.addRow(self.tr("Its &level:"), self.cell_level)
        form.addRow(self.tr("&Place on documents:"), self.cell_place)
        form.addRow(self.tr("Cell s&ecretary:"), self.cell_secretary)
        form.addRow(self.tr("Fee book &starts in:"), self.fee_book_start)

        self.committee_name = QLineEdit()
        self.committee_name.setObjectName("committeeName")
        self.committee_name.setPlaceholderText(self.tr("e.g. Đảng bộ xã Xín Mần"))
        self.committee_level = self._level_box()
        self.committee_place = self._place_field("committeePlace", self.tr("e.g. Xín Mần"))
        committee_form = QWidget()
        form2 = QFormLayout(committee_form)
        form2.addRow(self.tr("Committee &name:"), self.committee_name)
        form2.addRow(self.tr("&Level:"), self.committee_level)
        form2.addRow(self.tr("&Place on documents:"), self.committee_place)

        self.forms = QStackedWidget()
        self.forms.addWidget(cell_form)
        self.forms.addWidget(committee_form)
        self.forms.addWidget(QWidget())
        group.idClicked.connect(self.forms.setCurrentIndex)

        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.cell_choice, self.committee_choice, self.demo_choice):
            layout.addWidget(button)
        layout.addWidget(self.forms)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _place_field(self, name: str, example: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(example)
        field.setToolTip(
            self.tr("Written before the date of every document: “Nậm Búng, ngày 05 tháng 12 năm 2026”.")
        )
        return field

    def _level_box(self) -> QComboBox:
        box = QComboBox()
        for level in CommitteeLevel:
            box.addItem(level.label.render(), level.value)
        return box

    def answer(self) -> FirstRunAnswer:
        if self.demo_choice.isChecked():
            return FirstRunAnswer(FirstRunChoice.DEMO)
        if self.committee_choice.isChecked():
            return FirstRunAnswer(
                FirstRunChoice.COMMITTEE,
                name=self.committee_name.text().strip(),
                level=CommitteeLevel(self.committee_level.currentData()),
                place=self.committee_place.text().strip(),
            )
        return FirstRunAnswer(
            FirstRunChoice.CELL,
            name=self.cell_name.text().strip(),
            committee_name=self.cell_committee.text().strip(),
            level=CommitteeLevel(self.cell_level.currentData()),
            fee_book_start=Month(self.fee_book_start.date().year(), self.fee_book_start.date().month()),
            place=self.cell_place.text().strip(),
            secretary=self.cell_secretary.text().strip(),
        )

    def _accept_if_valid(self) -> None:
        answer = self.answer()
        if answer.choice is FirstRunChoice.CELL and not answer.name:
            self._refuse(self.tr("Enter the name of the cell."), self.cell_name)
        elif answer.choice is FirstRunChoice.CELL and not answer.committee_name:
            self._refuse(
                self.tr("Enter the name of the committee directly above the cell."), self.cell_committee
            )
        elif answer.choice is FirstRunChoice.COMMITTEE and not answer.name:
            self._refuse(self.tr("Enter the name of the committee."), self.committee_name)
        else:
            self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        field.setFocus()
