"""Export to USB (Xuất ra USB): removable drives first, the work on a worker thread with a progress bar,
and "safe to remove" only once every file was read back and verified. A backup to the same stick is
offered right after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.adapters.drives import removable_drives
from cellapp.services.sync import BackupResult, ExportResult, backup_workspace, export_bundles
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1


def _size(count: int) -> str:
    return f"{count:,}".replace(",", ".")


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.results: list[ExportResult] = []
        self.setWindowTitle(self.tr("Export to USB"))
        intro = QLabel(self.tr("Choose the USB stick (or a folder) to write the sync file to:"))
        intro.setWordWrap(True)
        self.targets = QListWidget()
        self.targets.setObjectName("exportTargets")
        for drive in removable_drives():
            label = self.tr("USB stick %1 (%2 MB free)").replace("%1", drive.label)
            self._add_target(label.replace("%2", _size(drive.free_bytes // 1_000_000)), drive.path)
        self.other = QPushButton(self.tr("Choose another &folder…"))
        self.other.clicked.connect(self._choose_folder)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Also &back up the workspace to this stick"))
        self.backup_button.setVisible(False)
        self.backup_button.clicked.connect(self._backup)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.other)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.backup_button)
        layout.addWidget(self.buttons)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No USB stick found. Plug one in, or choose a folder."))
        self.resize(560, 420)

    def _add_target(self, label: str, folder: Path) -> None:
        item = QListWidgetItem(label)
        item.setData(FOLDER_ROLE, str(folder))
        self.targets.addItem(item)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the sync file"))
        if chosen:
            self._add_target(chosen, Path(chosen))
            self.targets.setCurrentRow(self.targets.count() - 1)

    def target(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(FOLDER_ROLE)) if item is not None else None

    def start(self) -> None:
        folder = self.target()
        if folder is None:
            self.status.setText(self.tr("Choose where to write first."))
            return
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing and checking… do not remove the stick."))
        self.tasks.run_with_progress(
            lambda report: export_bundles(self.workspace, to_dir=folder, progress=report),
            self._progressed,
            self._done,
            self._failed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, results: list[ExportResult]) -> None:
        self.results = results
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if not results:
            self.status.setText(self.tr("No cell has anything new; no file was written."))
            return
        lines = [
            self.tr("%1 for %2: %3 records, %4 bytes, read back and verified.")
            .replace("%1", r.path.name)
            .replace("%2", r.peer_name)
            .replace("%3", str(r.records))
            .replace("%4", _size(r.size))
            for r in results
        ]
        lines.append("<b>" + self.tr("It is safe to remove the stick.") + "</b>")
        self.status.setText("<br>".join(lines))
        self.status.setStyleSheet("color: #1b5e20")
        self.backup_button.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        message = error.message.render() if isinstance(error, CellAppError) else str(error)
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020")

    def _backup(self) -> None:
        folder = self.target()
        if folder is None:
            return
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up… do not remove the stick."))
        self.status.setStyleSheet("")
        self.tasks.run(lambda: backup_workspace(self.workspace, to_dir=folder), self._backed_up, self._failed)

    def _backed_up(self, result: BackupResult) -> None:
        self.status.setText(
            self.tr("Backup %1 written and verified. It is safe to remove the stick.").replace(
                "%1", result.path.name
            )
        )
        self.status.setStyleSheet("color: #1b5e20")
