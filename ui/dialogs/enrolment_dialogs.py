"""Enrolment, step by step on screen (docs/sync.md §3): the committee's key card, an invitation with its one-time
code, a cell joining after comparing fingerprints, and the committee accepting the request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.vietnamese import format_date
from cellapp.services.adapters.drives import removable_drives
from cellapp.services.sync import (
    accept_enrolment,
    create_identity,
    export_identity,
    invite_cell,
    join_committee,
    key_card,
    preview_enrolment,
    read_invitation_file,
)
from cellapp.services.workspace import Workspace


def fingerprint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + 6)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setObjectName("fingerprint")
    return label


def _start_folder() -> str:
    drives = removable_drives()
    return str(drives[0].path) if drives else str(Path.home())


class _StepDialog(QDialog):
    """A form, an error line in red, and a button row: what each enrolment step shares."""

    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("enrolmentError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("enrolmentResult")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.resize(620, 360)

    def fail(self, error: CellAppError) -> None:
        self.error.setText(error.message.render())


class KeyCardDialog(_StepDialog):
    """This installation's key card: create the keys (a committee gives its code once) and print it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Key card"))
        self.code = QLineEdit()
        self.code.setObjectName("unitCode")
        self.code.setPlaceholderText(self.tr("e.g. XM for Đảng bộ xã Xín Mần"))
        self.fingerprint = fingerprint_label()
        self.form.addRow(self.tr("Unit &code:"), self.code)
        self.form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.create_button = self.buttons.addButton(
            self.tr("&Create the keys"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.clicked.connect(self.create)
        self.print_button = self.buttons.addButton(
            self.tr("&Save the card as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.save_pdf)
        self.show_card()

    def show_card(self) -> None:
        card = key_card(self.workspace)
        self.code.setText(card.unit_code if card else (self.workspace.info.unit_code or ""))
        self.code.setReadOnly(bool(card and card.unit_code))
        self.fingerprint.setText(card.fingerprint if card else self.tr("no keys yet"))
        self.create_button.setVisible(card is None)
        self.print_button.setEnabled(card is not None)

    def create(self) -> None:
        try:
            create_identity(self.workspace, code=self.code.text() or None)
        except CellAppError as error:
            self.fail(error)
            return
        self.error.clear()
        self.show_card()

    def save_pdf(self, path: str | None = None) -> None:
        target = (
            path
            or QFileDialog.getSaveFileName(self, self.tr("Save the key card"), "key-card.pdf", "PDF (*.pdf)")[
                0
            ]
        )
        if not target:
            return
        try:
            export_identity(self.workspace, Path(target))
        except CellAppError as error:
            self.fail(error)
            return
        self.result.setText(
            self.tr("Key card saved to %1. Print it and keep it with the invitations.").replace("%1", target)
        )


class InviteDialog(_StepDialog):
    """Committee: write an invitation for a cell and show its one-time code, to copy onto paper."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Invite a cell"))
        self.code = QLineEdit()
        self.code.setObjectName("cellCode")
        self.code.setPlaceholderText(self.tr("e.g. XM-C07"))
        self.name = QLineEdit()
        self.name.setObjectName("cellName")
        self.name.setPlaceholderText(self.tr("e.g. Chi bộ thôn Nấm Dẩn"))
        self.folder = QLineEdit(_start_folder())
        self.folder.setObjectName("inviteFolder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.one_time = fingerprint_label()
        self.one_time.setObjectName("oneTimeCode")
        self.form.addRow(self.tr("Cell &code:"), self.code)
        self.form.addRow(self.tr("Cell &name:"), self.name)
        self.form.addRow(self.tr("Write to &folder:"), self.folder)
        self.form.addRow("", browse)
        self.form.addRow(self.tr("One-time code:"), self.one_time)
        self.write_button = self.buttons.addButton(
            self.tr("&Write the invitation"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.clicked.connect(self.write)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the invitation"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> None:
        try:
            written = invite_cell(
                self.workspace, code=self.code.text(), name=self.name.text(), out=Path(self.folder.text())
            )
        except CellAppError as error:
            self.fail(error)
            return
        self.error.clear()
        self.one_time.setText(written.one_time_code)
        self.result.setText(
            self.tr(
                "Invitation written to %1 (valid until %2). Copy the one-time code onto paper for the "
                "secretary, with the committee's key card: it is never put in a file."
            )
            .replace("%1", str(written.path))
            .replace("%2", format_date(written.expires))
        )
        self.write_button.setEnabled(False)


class JoinDialog(_StepDialog):
    """Cell: open the invitation, compare the committee's fingerprint with the paper, type the code."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Join the committee"))
        self.invitation: Path | None = None
        choose = QPushButton(self.tr("Open the &invitation file…"))
        choose.clicked.connect(lambda: self.open_invitation())
        self.committee = QLabel()
        self.committee.setObjectName("inviteCommittee")
        self.fingerprint = fingerprint_label()
        self.matches = QCheckBox(self.tr("These digits are &exactly those on the committee's paper card"))
        self.matches.setObjectName("fingerprintMatches")
        self.code = QLineEdit()
        self.code.setObjectName("oneTimeCode")
        self.code.setPlaceholderText("1234-5678-9012")
        self.form.addRow(choose)
        self.form.addRow(self.tr("Committee:"), self.committee)
        self.form.addRow(self.tr("Its fingerprint:"), self.fingerprint)
        self.form.addRow(self.matches)
        self.form.addRow(self.tr("One-time &code:"), self.code)
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.clicked.connect(self.join)

    def open_invitation(self, path: str | None = None) -> None:
        chosen = (
            path
            or QFileDialog.getOpenFileName(
                self,
                self.tr("Invitation from the committee"),
                _start_folder(),
                self.tr("Invitations (*.cellinvite)"),
            )[0]
        )
        if not chosen:
            return
        try:
            info = read_invitation_file(Path(chosen))
        except CellAppError as error:
            self.fail(error)
            return
        self.error.clear()
        self.invitation = Path(chosen)
        self.committee.setText(f"{info.hub_name} ({info.hub_code}) — {info.cell_name} ({info.cell_code})")
        self.fingerprint.setText(info.hub_fingerprint)

    def join(self) -> None:
        if self.invitation is None:
            self.error.setText(self.tr("Open the invitation file first."))
            return
        if not self.matches.isChecked():
            self.error.setText(
                self.tr(
                    "Compare the fingerprint with the paper card and tick the box; if it differs, do not join."
                )
            )
            return
        try:
            joined = join_committee(self.workspace, invitation_path=self.invitation, code=self.code.text())
        except CellAppError as error:
            self.fail(error)
            return
        self.error.clear()
        self.join_button.setEnabled(False)
        self.result.setText(
            self.tr("Joined as %1. Take the enrolment request %2 to the committee. Our fingerprint: %3")
            .replace("%1", joined.cell_code)
            .replace("%2", str(joined.request_path))
            .replace("%3", joined.own_fingerprint)
        )


class AcceptDialog(_StepDialog):
    """Committee: open a cell's enrolment request, compare its fingerprint, enrol it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Accept an enrolment"))
        self.request: Path | None = None
        choose = QPushButton(self.tr("Open the &enrolment request…"))
        choose.clicked.connect(lambda: self.open_request())
        self.cell = QLabel()
        self.cell.setObjectName("requestCell")
        self.fingerprint = fingerprint_label()
        self.form.addRow(choose)
        self.form.addRow(self.tr("Cell:"), self.cell)
        self.form.addRow(self.tr("Its fingerprint:"), self.fingerprint)
        self.accept_button = self.buttons.addButton(
            self.tr("&Enrol the cell"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.enrol)

    def open_request(self, path: str | None = None) -> None:
        chosen = (
            path
            or QFileDialog.getOpenFileName(
                self,
                self.tr("Enrolment request"),
                _start_folder(),
                self.tr("Enrolment requests (*.cellenrol)"),
            )[0]
        )
        if not chosen:
            return
        try:
            preview = preview_enrolment(self.workspace, Path(chosen))
        except CellAppError as error:
            self.fail(error)
            return
        self.error.clear()
        self.request = Path(chosen)
        self.cell.setText(f"{preview.cell_name} ({preview.cell_code})")
        self.fingerprint.setText(preview.fingerprint)
        self.result.setText(
            self.tr("If the secretary can read you these digits, they come from the cell's laptop.")
        )
        self.accept_button.setEnabled(True)

    def enrol(self) -> None:
        if self.request is None:
            return
        try:
            enrolled = accept_enrolment(self.workspace, self.request)
        except CellAppError as error:
            self.fail(error)
            return
        self.accept_button.setEnabled(False)
        self.result.setText(
            self.tr("%1 is enrolled until %2.")
            .replace("%1", enrolled.cell_name)
            .replace("%2", format_date(enrolled.valid_until))
        )
