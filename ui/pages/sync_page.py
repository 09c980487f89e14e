"""Sync (Đồng bộ): what a cell's and a committee's Sync pages share — where the workspace stands, export
and import, and the lists behind them (conflicts, files sent, import history).

The cell's page (`cell_sync_page`) adds joining the committee and what came from it; the committee's
(`committee_sync_page`) its cells, quarantine, directives and the rest of its outbox. Everything a page
shows is read off the GUI thread in one load (`SyncView`) and shown when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from cellapp.domain.vietnamese import format_date
from cellapp.services.adapters.drives import removable_drives
from cellapp.services.certificates import enrolment_warnings
from cellapp.services.sync import (
    ConflictItem,
    DirectiveSummary,
    ImportReport,
    OutboxItem,
    SyncStatus,
    import_bundles,
    import_history,
    list_conflicts,
    list_directives,
    list_outbox,
    sync_status,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.enrolment_dialogs import fingerprint_label
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_results_dialog import ImportResultsDialog
from ui.dialogs.passphrase_dialogs import ensure_unlocked
from ui.ops import IMPORTED, Area, Ops, show_error
from ui.pages.base import Page
from ui.widgets.conflicts_widget import ConflictsWidget
from ui.widgets.rows_table import RowsTableWidget, local_time


def when(value: datetime | None) -> str:
    return local_time(value) if value is not None else "—"


@dataclass(frozen=True)
class SyncView:
    """What a Sync page shows, read in one go off the GUI thread."""

    status: SyncStatus
    enrolment_warnings: list[str]
    conflicts: list[ConflictItem]
    outbox: list[OutboxItem]
    history: list[ImportReport]
    directives: list[DirectiveSummary]
    more: Any  # what the cell's or the committee's page adds


def load_sync_view(workspace: Workspace, more: Any = None) -> SyncView:
    return SyncView(
        status=sync_status(workspace),
        enrolment_warnings=[w.message.render() for w in enrolment_warnings(workspace)],
        conflicts=list_conflicts(workspace.uow(read_only=True)),
        outbox=list_outbox(workspace.uow(read_only=True)),
        history=import_history(workspace, limit=200),
        directives=list_directives(workspace.uow(read_only=True)),
        more=more,
    )


class SyncPage(Page):
    """The shared part; a subclass adds its facts, buttons and tabs, and `load_more`/`show_more`."""

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.status_box = QGroupBox(self.tr("Where we stand"))
        self.facts = QFormLayout(self.status_box)
        self.partner = QLabel()
        self.partner.setObjectName("syncPartner")
        self.partner_fp = fingerprint_label()
        self.own_fp = QLabel()
        self.own_fp.setObjectName("ownFingerprint")
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.last = QLabel()
        self.warning = QLabel()
        self.warning.setObjectName("syncWarning")
        self.warning.setStyleSheet("color: #b00020")
        self.warning.setWordWrap(True)
        self.protection = QLabel()
        self.protection.setObjectName("keyProtection")
        self.enrolled_until = QLabel()
        self.enrolled_until.setObjectName("enrolledUntil")

        self.buttons = QHBoxLayout()
        self.tabs = QTabWidget()
        self.conflicts = ConflictsWidget(workspace)
        self.history = RowsTableWidget(
            [self.tr("When"), self.tr("File"), self.tr("From"), self.tr("Result")], stretch=3
        )
        self.outbox = RowsTableWidget(
            [self.tr("Written"), self.tr("To"), self.tr("File"), self.tr("Records"), self.tr("Acknowledged")],
            stretch=2,
        )
        self.directives = RowsTableWidget(
            [self.tr("Number"), self.tr("Title"), self.tr("Date"), self.tr("Issued by")], stretch=1
        )
        self.directives.setObjectName("directivesTable")

    def _finish_layout(self) -> None:
        """Called by the subclass once its own rows, buttons and tabs are in place."""
        self.facts.addRow(self.tr("Last exchange:"), self.last)
        self.facts.addRow(self.warning)
        self.buttons.addStretch(1)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.outbox, self.tr("Files sent"))
        self.tabs.addTab(self.history, self.tr("Import history"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tabs, 1)

    def _button(self, text: str, action: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        self.buttons.addWidget(button)
        return button

    # -- loading ----------------------------------------------------------------------------------------

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Reload in the background; `then` runs once the new view is shown."""
        workspace = self.workspace

        def show(view: SyncView) -> None:
            self.show_view(view)
            if then is not None:
                then()

        self.load(lambda: load_sync_view(workspace, self.load_more(workspace)), show)

    def load_more(self, workspace: Workspace) -> Any:
        """Off the GUI thread: what this page adds to the shared view."""
        return None

    def show_view(self, view: SyncView) -> None:
        self.show_status(view.status, view.enrolment_warnings)
        self.conflicts.show_conflicts(view.conflicts)
        self.outbox.rows.set_rows(
            [
                [when(o.created_at), o.to_code, o.file_name, str(o.records), when(o.acknowledged_at)]
                for o in view.outbox
            ]
        )
        self.show_history(view.history)
        self.directives.rows.set_rows(
            [[d.number, d.title, format_date(d.issued_on), d.issuing_body] for d in view.directives],
            keys=[d.uuid for d in view.directives],
        )
        self.show_more(view.more)

    def show_more(self, more: Any) -> None:
        """On the GUI thread: show what `load_more` read."""

    def show_status(self, status: SyncStatus, enrolment: list[str] | None = None) -> None:
        self.own_fp.setText(status.fingerprint or self.tr("no keys yet"))
        self.protection.setText(
            self.tr("protected by a passphrase")
            if status.keys_protected
            else self.tr("no passphrase (Settings > Key passphrase)")
            if status.fingerprint
            else "—"
        )
        self.last.setText(
            self.tr("file written %1, file received %2")
            .replace("%1", when(status.last_export_at))
            .replace("%2", when(status.last_import_at))
        )
        warnings = []
        # Plurals in the shared page's own context: Qt looks a subclass's plural forms up under its name.
        if status.open_conflicts:
            warnings.append(
                QCoreApplication.translate(
                    "SyncPage", "%n conflict(s) wait for a decision.", "", status.open_conflicts
                )
            )
        if status.quarantined:
            warnings.append(
                QCoreApplication.translate(
                    "SyncPage", "%n file(s) wait in quarantine.", "", status.quarantined
                )
            )
        if status.rejoin_needed:
            warnings.append(
                self.tr(
                    "The keys were replaced: ask the committee for a new invitation and join again before "
                    "exchanging files."
                )
            )
        warnings.extend(enrolment or [])
        if status.diverged:
            warnings.append(
                self.tr(
                    "The other side's copy still differs after a full re-export: tell the committee's IT contact."
                )
            )
        self.warning.setText(" ".join(warnings))
        self.export_button.setEnabled(status.enrolled)
        self.import_button.setEnabled(status.enrolled)

    def show_history(self, reports: list[ImportReport]) -> None:
        self.history.rows.set_rows(
            [[when(r.at), r.file_name, r.from_code or "?", r.message.render()] for r in reports],
            tips=[r.message.render() for r in reports],
        )

    # -- export and import ------------------------------------------------------------------------------

    def _add_exchange_buttons(self, export_text: str) -> None:
        self.export_button = self._button(export_text, self._export)
        self.export_button.setObjectName("exportButton")
        self.import_button = self._button(self.tr("I&mport files…"), self._import)
        self.import_button.setObjectName("importButton")

    def _export(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        ExportDialog(self.workspace, self.tasks, self).exec()
        self.changed_here(Area.SYNC)

    def _start_folder(self) -> str:
        drives = removable_drives()
        return str(drives[0].path) if drives else str(Path.home())

    def _import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Sync files to import"), self._start_folder(), self.tr("Sync files (*.cellsync)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        self.import_button.setEnabled(False)
        workspace = self.workspace

        def show_progress(done: int, total: int) -> None:
            self.import_button.setText(
                self.tr("Importing %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
            )

        self.ops.progressed.connect(show_progress)

        def finish() -> None:
            self.ops.progressed.disconnect(show_progress)
            self.import_button.setText(self.tr("I&mport files…"))
            self.import_button.setEnabled(True)

        def imported(reports: list[ImportReport]) -> None:
            finish()
            self.refresh(then=lambda: self._show_results(reports))

        def failed(error: BaseException) -> None:
            finish()
            show_error(self, error, self.tr("Sync"))

        self.ops.change(
            self,
            lambda: [],
            IMPORTED,
            imported,
            failed,
            progress=lambda report: import_bundles(workspace, paths, progress=report),
        )

    def _show_results(self, reports: list[ImportReport]) -> None:
        self.results = ImportResultsDialog(reports, self)
        self.results.open()

    def changed_here(self, *areas: Area) -> None:
        """A dialog of this page changed the workspace: tell the other pages, reload this one."""
        self.announce(*areas)
        self.refresh()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Sync"), text)
