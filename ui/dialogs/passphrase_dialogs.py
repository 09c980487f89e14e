"""The passphrase of the sync keys on screen: asked once at start (and again if a sync step needs the keys
while they are still closed), set, changed or removed in Settings, and what to do when it is forgotten.

Deriving the key from a passphrase takes about a second on purpose, so it runs off the GUI thread while
the dialog says it is checking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.keyring import (
    MIN_LENGTH,
    key_status,
    recovery_steps,
    remove_passphrase,
    replace_forgotten_keys,
    set_passphrase,
    unlock_keys,
)
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("passphraseError")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


class _KeyDialog(QDialog):
    """What the passphrase dialogs share: a worker for the slow key derivation, an error line, buttons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self)
        self.error = _error_label()
        self.busy = QLabel()
        self.busy.setObjectName("passphraseBusy")
        self.forgotten = QPushButton(self.tr("&Forgotten passphrase?"))
        self.forgotten.setObjectName("forgottenButton")
        self.forgotten.setFlat(True)
        self.forgotten.setStyleSheet("text-decoration: underline; text-align: left")
        self.forgotten.clicked.connect(self._forgotten)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.setEnabled(False)
        self.error.clear()
        self.busy.setText(self.tr("Checking the passphrase…"))
        self.tasks.run(work, lambda result: self._finished(done, result), self._failed)

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self.setEnabled(True)
        self.busy.clear()
        done(result)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.busy.clear()
        self.error.setText(error.message.render() if isinstance(error, CellAppError) else str(error))

    def _forgotten(self) -> None:
        if ForgottenPassphraseDialog(self.workspace, self).exec() == QDialog.DialogCode.Accepted:
            self.done(QDialog.DialogCode.Rejected)


class UnlockDialog(_KeyDialog):
    """Asked once at start when the keys are protected; "Later" leaves them closed (reading works)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Open the sync keys"))
        intro = QLabel(
            self.tr(
                "The sync keys of %1 are protected by a passphrase. Enter it to export, import and back up; "
                "you can also do it later: members, meetings and fees open without it."
            ).replace("%1", workspace.info.unit_name)
        )
        intro.setWordWrap(True)
        self.passphrase = _secret_field("passphrase")
        self.passphrase.returnPressed.connect(self.unlock)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Open the keys"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.forgotten)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def unlock(self) -> None:
        phrase = self.passphrase.text()
        if not phrase:
            self.error.setText(self.tr("Type the passphrase first."))
            return
        self.run(lambda: unlock_keys(self.workspace, phrase), lambda _result: self.accept())

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class PassphraseSettingsDialog(_KeyDialog):
    """Settings > Key passphrase: set it, change it (with the current one) or remove it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Key passphrase"))
        self.state = QLabel()
        self.state.setObjectName("passphraseState")
        self.state.setWordWrap(True)
        self.current = _secret_field("currentPassphrase")
        self.new = _secret_field("newPassphrase")
        self.new.setPlaceholderText(
            self.tr("at least %1 characters, e.g. a few words").replace("%1", str(MIN_LENGTH))
        )
        self.again = _secret_field("repeatPassphrase")
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        self.form.addRow(self.tr("&New passphrase:"), self.new)
        self.form.addRow(self.tr("&Repeat it:"), self.again)
        self.result = QLabel()
        self.result.setObjectName("passphraseResult")
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("savePassphrase")
        self.save_button.clicked.connect(self.save)
        self.remove_button = buttons.addButton(
            self.tr("Re&move the passphrase"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setObjectName("removePassphrase")
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        layout.addWidget(self.forgotten)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(600, 380)
        self.show_state()

    def show_state(self) -> None:
        status = key_status(self.workspace)
        if not status.exists:
            self.state.setText(
                self.tr(
                    "This workspace has no sync keys yet: a committee makes them with its key card, a cell "
                    "when it joins its committee. Set the passphrase then."
                )
            )
        elif status.protected:
            self.state.setText(
                self.tr(
                    "The sync keys are protected by a passphrase: it is asked once when CellApp starts, and "
                    "only exporting, importing, enrolling and backing up need it."
                )
            )
        else:
            self.state.setText(
                self.tr(
                    "The sync keys have no passphrase: anyone using this laptop could sign files as this "
                    "unit. Set one that you will remember, and keep it apart from the laptop."
                )
            )
        self.form.setRowVisible(self.current, status.protected)
        for field in (self.new, self.again):
            self.form.setRowVisible(field, status.exists)
        self.save_button.setVisible(status.exists)
        self.save_button.setText(
            self.tr("&Change the passphrase") if status.protected else self.tr("&Set the passphrase")
        )
        self.remove_button.setVisible(status.protected)
        self.forgotten.setVisible(status.protected)

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passphrases differ; type them again."))
            return
        new, protected = self.new.text(), key_status(self.workspace).protected
        current = self.current.text() if protected else None
        self.run(
            lambda: set_passphrase(self.workspace, new, current=current),
            lambda _result: self._saved(
                self.tr(
                    "The keys are protected by the new passphrase. Keep it somewhere safe, apart from the "
                    "laptop: without it the cell enrols again with new keys."
                )
            ),
        )

    def remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Key passphrase"),
            self.tr(
                "Keep the keys without a passphrase? Anyone using this laptop could then sign as this unit."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        current = self.current.text()
        self.run(
            lambda: remove_passphrase(self.workspace, current=current),
            lambda _result: self._saved(self.tr("The keys are kept without a passphrase.")),
        )

    def _saved(self, message: str) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
        self.result.setText(message)
        self.show_state()


class ForgottenPassphraseDialog(QDialog):
    """What to do when the passphrase is forgotten (the same steps as on the key card), and the step CellApp
    takes: the old keys are set aside, new ones follow."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Forgotten passphrase"))
        steps = "".join(f"<li>{step.render()}</li>" for step in recovery_steps(workspace.info.kind))
        story = QLabel(
            "<p><b>" + self.tr("If the passphrase is forgotten:") + "</b></p><ol>" + steps + "</ol>"
        )
        story.setObjectName("recoveryStory")
        story.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("I have forgotten the passphrase: set these keys aside and start again with new ones")
        )
        self.confirm.setObjectName("confirmNewKeys")
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.replace_button = buttons.addButton(
            self.tr("Set the &keys aside"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.replace_button.setObjectName("replaceKeys")
        self.replace_button.setEnabled(False)
        self.confirm.toggled.connect(self.replace_button.setEnabled)
        self.replace_button.clicked.connect(self.replace)
        layout = QVBoxLayout(self)
        layout.addWidget(story)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def replace(self) -> None:
        try:
            result = replace_forgotten_keys(self.workspace)
        except CellAppError as error:
            self.error.setText(error.message.render())
            return
        if result.new_fingerprint:
            text = self.tr(
                "New keys are made; their fingerprint is %1. Print the new key card (Sync > Key card) and "
                "give it to every cell."
            ).replace("%1", result.new_fingerprint)
        else:
            text = self.tr(
                "The old keys are set aside. Ask the committee for a new invitation, then join again on the "
                "Sync page: the new keys are made then."
            )
        QMessageBox.information(self, self.tr("Forgotten passphrase"), text)
        self.accept()


def ensure_unlocked(workspace: Workspace, parent: QWidget | None) -> bool:
    """Before a step that signs or decrypts: ask for the passphrase if the keys are still closed."""
    if not key_status(workspace).needs_passphrase:
        return True
    return UnlockDialog(workspace, parent).exec() == QDialog.DialogCode.Accepted


def ask_at_start(workspace: Workspace, parent: QWidget) -> UnlockDialog | None:
    """Once the workspace is on screen: open the keys now, or later (the dialog is not modal to the
    application, so the window stays usable behind it)."""
    if not key_status(workspace).needs_passphrase:
        return None
    dialog = UnlockDialog(workspace, parent)
    dialog.open()
    return dialog
