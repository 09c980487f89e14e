"""Sync (Đồng bộ): where this workspace stands with its committee or its cells, the buttons for each step
(join or invite, export to USB, import files, back up), and the lists behind them: what was received,
what was sent and acknowledged, conflicts, quarantine, and the import history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.vietnamese import format_date
from cellapp.services.certificates import enrolment_warnings, renew_enrolment
from cellapp.services.directives import directive_pdf, list_directives
from cellapp.services.drives import removable_drives
from cellapp.services.reference_data import list_reference_data
from cellapp.services.sync_import import expand_paths, import_bundles
from cellapp.services.sync_reports import ImportReport, import_history
from cellapp.services.sync_status import (
    SyncStatus,
    discard_quarantined,
    list_cells,
    list_outbox,
    list_quarantine,
    release_quarantined,
    sync_status,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.enrolment_dialogs import (
    AcceptDialog,
    InviteDialog,
    JoinDialog,
    KeyCardDialog,
    fingerprint_label,
)
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_results_dialog import ImportResultsDialog
from ui.dialogs.passphrase_dialogs import ensure_unlocked
from ui.pages.base import Page
from ui.tasks import TaskRunner
from ui.widgets.committee_outbox import ReferenceOutboxWidget, TransferOutboxWidget
from ui.widgets.conflicts_widget import ConflictsWidget
from ui.widgets.rows_table import RowsTableWidget, local_time


def _when(value: datetime | None) -> str:
    return local_time(value) if value is not None else "—"


class SyncPage(Page):
    def __init__(self, workspace: Workspace, tasks: TaskRunner) -> None:
        super().__init__(workspace, tasks)
        self.is_hub = workspace.info.kind.value == "committee"
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
        self.facts.addRow(
            self.tr("Committee:") if not self.is_hub else self.tr("This committee:"), self.partner
        )
        if not self.is_hub:
            self.facts.addRow(self.tr("Committee's fingerprint:"), self.partner_fp)
        self.facts.addRow(self.tr("Our fingerprint:"), self.own_fp)
        self.protection = QLabel()
        self.protection.setObjectName("keyProtection")
        self.facts.addRow(self.tr("Our keys:"), self.protection)
        self.enrolled_until = QLabel()
        self.enrolled_until.setObjectName("enrolledUntil")
        if not self.is_hub:
            self.facts.addRow(self.tr("Enrolled until:"), self.enrolled_until)
        self.facts.addRow(
            self.tr("Waiting to be sent:") if not self.is_hub else self.tr("Cells:"), self.pending
        )
        self.outgoing = QLabel()
        self.outgoing.setObjectName("hubWaiting")
        if self.is_hub:
            self.facts.addRow(self.tr("Waiting to be sent:"), self.outgoing)
        self.facts.addRow(self.tr("Last exchange:"), self.last)
        self.facts.addRow(self.warning)

        self.buttons = QHBoxLayout()
        self.join_button = self._button(self.tr("&Join the committee…"), self._join)
        self.keys_button = self._button(
            self.tr("&Key card…"), lambda: KeyCardDialog(self.workspace, self).exec()
        )
        self.invite_button = self._button(self.tr("&Invite a cell…"), self._invite)
        self.accept_button = self._button(self.tr("&Accept an enrolment…"), self._accept)
        self.export_button = self._button(
            self.tr("&Write return files…") if self.is_hub else self.tr("&Export to USB…"), self._export
        )
        self.export_button.setObjectName("exportButton")
        self.import_button = self._button(self.tr("I&mport files…"), self._import)
        self.import_button.setObjectName("importButton")
        # The committee imports a whole folder or stick at once and sends directives (issue 6 §4, §5).
        self.folder_button = self._button(self.tr("Import a &folder…"), self._import_folder)
        self.folder_button.setObjectName("importFolderButton")
        self.directive_button = self._button(self.tr("New d&irective…"), self._new_directive)
        self.folder_button.setVisible(self.is_hub)
        self.directive_button.setVisible(self.is_hub)
        self.buttons.addStretch(1)
        for button in (self.join_button, self.invite_button, self.accept_button):
            button.setVisible(False)

        self.tabs = QTabWidget()
        self.conflicts = ConflictsWidget(workspace)
        self.history = RowsTableWidget(
            [self.tr("When"), self.tr("File"), self.tr("From"), self.tr("Result")], stretch=3
        )
        self.outbox = RowsTableWidget(
            [self.tr("Written"), self.tr("To"), self.tr("File"), self.tr("Records"), self.tr("Acknowledged")],
            stretch=2,
        )
        if self.is_hub:
            self.cells = RowsTableWidget(
                [
                    self.tr("Code"),
                    self.tr("Cell"),
                    self.tr("Status"),
                    self.tr("Last file received"),
                    self.tr("Members"),
                    self.tr("Enrolled until"),
                ],
                stretch=1,
            )
            self.cells.setObjectName("cellsTable")
            self.tabs.addTab(self._cells_tab(), self.tr("Cells"))
            self.quarantine = RowsTableWidget(
                [self.tr("Received"), self.tr("From"), self.tr("Why")], stretch=2
            )
            self.tabs.addTab(self._quarantine_tab(), self.tr("Quarantine"))
            self.directives = RowsTableWidget(
                [self.tr("Number"), self.tr("Title"), self.tr("Date"), self.tr("Issued by")], stretch=1
            )
            self.directives.setObjectName("directivesTable")
            self.tabs.addTab(self.directives, self.tr("Directives sent"))
            # The rest of the committee's outbox: reference values and transfer decisions.
            self.reference_outbox = ReferenceOutboxWidget(workspace)
            self.reference_outbox.changed.connect(self.refresh)
            self.tabs.addTab(self.reference_outbox, self.tr("Reference data"))
            self.transfer_outbox = TransferOutboxWidget(workspace)
            self.transfer_outbox.changed.connect(self.refresh)
            self.tabs.addTab(self.transfer_outbox, self.tr("Transfers"))
        else:
            self.directives = RowsTableWidget(
                [self.tr("Number"), self.tr("Title"), self.tr("Date"), self.tr("Issued by")], stretch=1
            )
            self.directives.setObjectName("directivesTable")
            self.reference = RowsTableWidget(
                [
                    self.tr("Reference data"),
                    self.tr("Item"),
                    self.tr("Valid from"),
                    self.tr("Value"),
                    self.tr("Based on"),
                ],
                stretch=3,
            )
            self.reference.setObjectName("referenceTable")
            self.tabs.addTab(self._directives_tab(), self.tr("From the committee"))
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

    def _cells_tab(self) -> QWidget:
        tab = QWidget()
        renew = QPushButton(self.tr("&Renew the enrolment…"))
        renew.setObjectName("renewButton")
        renew.clicked.connect(self._renew)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(renew)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.cells, 1)
        layout.addLayout(row)
        return tab

    def _quarantine_tab(self) -> QWidget:
        tab = QWidget()
        release = QPushButton(self.tr("&Import it anyway"))
        release.clicked.connect(self._release)
        discard = QPushButton(self.tr("&Discard"))
        discard.clicked.connect(self._discard)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(release)
        row.addWidget(discard)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.quarantine, 1)
        layout.addLayout(row)
        return tab

    def _directives_tab(self) -> QWidget:
        tab = QWidget()
        save = QPushButton(self.tr("&Save the attached PDF…"))
        save.clicked.connect(self._save_pdf)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.directives, 2)
        layout.addLayout(row)
        layout.addWidget(self.reference, 1)
        return tab

    def refresh(self) -> None:
        status = sync_status(self.workspace)
        self.show_status(status)
        self.conflicts.refresh()
        outbox = list_outbox(self.workspace.uow(read_only=True))
        self.outbox.rows.set_rows(
            [
                [_when(o.created_at), o.to_code, o.file_name, str(o.records), _when(o.acknowledged_at)]
                for o in outbox
            ]
        )
        self.show_history(import_history(self.workspace, limit=200))
        if self.is_hub:
            cells = list_cells(self.workspace.uow(read_only=True))
            self.cells.rows.set_rows(
                [
                    [
                        c.code,
                        c.name,
                        self._cell_status(c.status),
                        _when(c.last_bundle_at),
                        str(c.members),
                        format_date(c.certificate_until) if c.certificate_until else "—",
                    ]
                    for c in cells
                ],
                keys=[c.code for c in cells],
            )
            held = list_quarantine(self.workspace)
            self.quarantine.rows.set_rows(
                [[_when(q.report.at), q.report.from_code or "?", q.report.message.render()] for q in held],
                keys=[q.id for q in held],
                tips=[q.report.message.render() for q in held],
            )
            self.reference_outbox.refresh()
            self.transfer_outbox.refresh()
            values, transfers = self.reference_outbox.waiting(), self.transfer_outbox.waiting()
            self.outgoing.setText(
                self.tr("%1 reference value(s), %2 transfer decision(s) not yet in a return file")
                .replace("%1", str(values))
                .replace("%2", str(transfers))
                if values or transfers
                else self.tr("no reference value or transfer decision is waiting")
            )
        directives = list_directives(self.workspace.uow(read_only=True))
        self.directives.rows.set_rows(
            [[d.number, d.title, format_date(d.issued_on), d.issuing_body] for d in directives],
            keys=[d.uuid for d in directives],
        )
        if not self.is_hub:
            values = list_reference_data(self.workspace.uow(read_only=True))
            self.reference.rows.set_rows(
                [
                    [
                        v.kind.label.render(),
                        v.item.render(),
                        format_date(v.valid_from),
                        v.text.render(),
                        v.title,
                    ]
                    for v in values
                ],
                tips=[v.text.render() for v in values],
            )

    def show_status(self, status: SyncStatus) -> None:
        if self.is_hub:
            self.partner.setText(f"{status.unit_name} ({status.unit_code or '—'})")
            self.pending.setText(self.tr("%n enrolled", "", status.enrolled_cells))
        elif status.hub_code:
            self.partner.setText(f"{status.hub_name} ({status.hub_code})")
            self.partner_fp.setText(status.hub_fingerprint or "")
            self.pending.setText(self.tr("%n record(s) not yet acknowledged", "", status.pending_records))
        else:
            self.partner.setText(self.tr("not joined yet: ask the committee for an invitation"))
            self.pending.setText("—")
        self.own_fp.setText(status.fingerprint or self.tr("no keys yet"))
        self.protection.setText(
            self.tr("protected by a passphrase")
            if status.keys_protected
            else self.tr("no passphrase (Settings > Key passphrase)")
            if status.fingerprint
            else "—"
        )
        self.enrolled_until.setText(
            format_date(status.certificate_until)
            if status.certificate_until
            # The committee's certificate travels in its return files, not in the invitation.
            else self.tr("not received yet: it comes with the committee's next return file")
            if status.enrolled and not status.rejoin_needed
            else "—"
        )
        self.last.setText(
            self.tr("file written %1, file received %2")
            .replace("%1", _when(status.last_export_at))
            .replace("%2", _when(status.last_import_at))
        )
        warnings = []
        if status.open_conflicts:
            warnings.append(self.tr("%n conflict(s) wait for a decision.", "", status.open_conflicts))
        if status.quarantined:
            warnings.append(self.tr("%n file(s) wait in quarantine.", "", status.quarantined))
        if status.rejoin_needed:
            warnings.append(
                self.tr(
                    "The keys were replaced: ask the committee for a new invitation and join again before "
                    "exchanging files."
                )
            )
        warnings.extend(w.message.render() for w in enrolment_warnings(self.workspace))
        if status.diverged:
            warnings.append(
                self.tr(
                    "The other side's copy still differs after a full re-export: tell the committee's IT contact."
                )
            )
        self.warning.setText(" ".join(warnings))
        enrolled = status.enrolled
        self.join_button.setVisible(not self.is_hub and (not enrolled or status.rejoin_needed))
        self.invite_button.setVisible(self.is_hub)
        self.accept_button.setVisible(self.is_hub)
        self.export_button.setEnabled(enrolled)
        self.import_button.setEnabled(enrolled)
        self.folder_button.setEnabled(enrolled)

    def show_history(self, reports: list[ImportReport]) -> None:
        self.history.rows.set_rows(
            [[_when(r.at), r.file_name, r.from_code or "?", r.message.render()] for r in reports],
            tips=[r.message.render() for r in reports],
        )

    def _cell_status(self, status: str) -> str:
        return {
            "invited": self.tr("invited"),
            "enrolled": self.tr("enrolled"),
            "revoked": self.tr("revoked"),
        }.get(status, status)

    def _join(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        JoinDialog(self.workspace, self).exec()
        self.refresh()

    def _invite(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        InviteDialog(self.workspace, self).exec()
        self.refresh()

    def _accept(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        AcceptDialog(self.workspace, self).exec()
        self.refresh()

    def _export(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        ExportDialog(self.workspace, self.tasks, self).exec()
        self.refresh()

    def _import(self) -> None:
        drives = removable_drives()
        start = str(drives[0].path) if drives else str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Sync files to import"), start, self.tr("Sync files (*.cellsync)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def _import_folder(self) -> None:
        drives = removable_drives()
        start = str(drives[0].path) if drives else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder or stick to import"), start)
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        if not expand_paths([folder]):
            QMessageBox.information(
                self,
                self.tr("Sync"),
                self.tr("There is no sync file (.cellsync) in %1; nothing was imported.").replace(
                    "%1", str(folder)
                ),
            )
            return
        self.import_paths([folder])

    def _new_directive(self) -> None:
        from ui.dialogs.directive_dialog import DirectiveDialog

        if DirectiveDialog(self.workspace, self).exec():
            self.refresh()

    def import_paths(self, paths: list[Path]) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        self.import_button.setEnabled(False)
        self.tasks.run_with_progress(
            lambda report: import_bundles(self.workspace, paths, progress=report),
            lambda done, total: self.import_button.setText(
                self.tr("Importing %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
            ),
            self._imported,
            self._failed,
        )

    def _imported(self, reports: list[ImportReport]) -> None:
        self.import_button.setText(self.tr("I&mport files…"))
        self.import_button.setEnabled(True)
        self.refresh()
        self.results = ImportResultsDialog(reports, self)
        self.results.open()

    def _failed(self, error: BaseException) -> None:
        self.import_button.setText(self.tr("I&mport files…"))
        self.import_button.setEnabled(True)
        message = error.message.render() if isinstance(error, CellAppError) else str(error)
        QMessageBox.warning(self, self.tr("Sync"), message)

    def _release(self) -> None:
        key = self.quarantine.selected_key()
        if key is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Import a held file"),
            self.tr("Import this file anyway? Do it only once you know where it comes from."),
        )
        if answer == QMessageBox.StandardButton.Yes and ensure_unlocked(self.workspace, self):
            report = release_quarantined(self.workspace, key)
            self.refresh()
            ImportResultsDialog([report], self).exec()

    def _renew(self) -> None:
        code = self.cells.selected_key()
        if code is None:
            QMessageBox.information(self, self.tr("Sync"), self.tr("Choose a cell in the list first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Renew the enrolment"),
            self.tr(
                "Renew the enrolment of %1 for five years from today? The new certificate goes in its next "
                "return file."
            ).replace("%1", code),
        )
        if answer != QMessageBox.StandardButton.Yes or not ensure_unlocked(self.workspace, self):
            return
        try:
            renewed = renew_enrolment(self.workspace, code=code)
        except CellAppError as error:
            QMessageBox.warning(self, self.tr("Sync"), error.message.render())
            return
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Renew the enrolment"),
            self.tr(
                "%1 is enrolled until %2. Write its return file to send the new certificate; files held in "
                "quarantine for the expired enrolment can be imported now."
            )
            .replace("%1", f"{renewed.cell_name} ({renewed.cell_code})")
            .replace("%2", format_date(renewed.valid_until)),
        )

    def _discard(self) -> None:
        key = self.quarantine.selected_key()
        if key is not None:
            discard_quarantined(self.workspace, key)
            self.refresh()

    def _save_pdf(self) -> None:
        key = self.directives.selected_key()
        found = directive_pdf(self.workspace.uow(read_only=True), key) if key else None
        if found is None:
            QMessageBox.information(self, self.tr("Sync"), self.tr("This directive has no attached PDF."))
            return
        name, data = found
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), name, "PDF (*.pdf)")
        if target:
            Path(target).write_bytes(data)
