"""A committee's Sync page: inviting and accepting cells, importing a whole folder or stick, its cells and
their enrolments, files held in quarantine, and what it sends (directives, reference values, transfers)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from cellapp.domain.vietnamese import format_date
from cellapp.services.certificates import RenewedEnrolment, renew_enrolment
from cellapp.services.members import TransferSummary, list_transfers
from cellapp.services.sync import (
    CellSyncRow,
    ImportReport,
    QuarantinedFile,
    ReferenceRow,
    SyncStatus,
    discard_quarantined,
    expand_paths,
    list_cells,
    list_quarantine,
    reference_overview,
    release_quarantined,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.enrolment_dialogs import AcceptDialog, InviteDialog, KeyCardDialog
from ui.dialogs.passphrase_dialogs import ensure_unlocked
from ui.ops import IMPORTED, Area, Ops, show_error
from ui.pages.committee_outbox import ReferenceOutboxWidget, TransferOutboxWidget
from ui.pages.sync_page import SyncPage, when
from ui.widgets.rows_table import RowsTableWidget


@dataclass(frozen=True)
class _CommitteeView:
    cells: list[CellSyncRow]
    quarantine: list[QuarantinedFile]
    reference: list[ReferenceRow]
    transfers: list[TransferSummary]


class CommitteeSyncPage(SyncPage):
    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.facts.addRow(self.tr("This committee:"), self.partner)
        self.facts.addRow(self.tr("Our fingerprint:"), self.own_fp)
        self.facts.addRow(self.tr("Our keys:"), self.protection)
        self.facts.addRow(self.tr("Cells:"), self.pending)
        self.outgoing = QLabel()
        self.outgoing.setObjectName("hubWaiting")
        self.facts.addRow(self.tr("Waiting to be sent:"), self.outgoing)

        self.keys_button = self._button(
            self.tr("&Key card…"), lambda: KeyCardDialog(self.workspace, self).exec()
        )
        self.invite_button = self._button(self.tr("&Invite a cell…"), self._invite)
        self.accept_button = self._button(self.tr("&Accept an enrolment…"), self._accept)
        self._add_exchange_buttons(self.tr("&Write return files…"))
        # The committee imports a whole folder or stick at once and sends directives.
        self.folder_button = self._button(self.tr("Import a &folder…"), self._import_folder)
        self.folder_button.setObjectName("importFolderButton")
        self.directive_button = self._button(self.tr("New d&irective…"), self._new_directive)

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
        self.quarantine = RowsTableWidget([self.tr("Received"), self.tr("From"), self.tr("Why")], stretch=2)
        self.tabs.addTab(self._quarantine_tab(), self.tr("Quarantine"))
        self.tabs.addTab(self.directives, self.tr("Directives sent"))
        # The rest of the committee's outbox: reference values and transfer decisions.
        self.reference_outbox = ReferenceOutboxWidget(workspace)
        self.reference_outbox.changed.connect(lambda: self.changed_here(Area.REFERENCE))
        self.tabs.addTab(self.reference_outbox, self.tr("Reference data"))
        self.transfer_outbox = TransferOutboxWidget(workspace)
        self.transfer_outbox.changed.connect(lambda: self.changed_here(Area.COMMITTEE, Area.MEMBERS))
        self.tabs.addTab(self.transfer_outbox, self.tr("Transfers"))
        self._finish_layout()

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

    # -- loading ----------------------------------------------------------------------------------------

    def load_more(self, workspace: Workspace) -> Any:
        return _CommitteeView(
            cells=list_cells(workspace.uow(read_only=True)),
            quarantine=list_quarantine(workspace),
            reference=reference_overview(workspace.uow(read_only=True)),
            transfers=list_transfers(workspace.uow(read_only=True)),
        )

    def show_more(self, more: Any) -> None:
        view: _CommitteeView = more
        self.cells.rows.set_rows(
            [
                [
                    c.code,
                    c.name,
                    self._cell_status(c.status),
                    when(c.last_bundle_at),
                    str(c.members),
                    format_date(c.certificate_until) if c.certificate_until else "—",
                ]
                for c in view.cells
            ],
            keys=[c.code for c in view.cells],
        )
        self.quarantine.rows.set_rows(
            [
                [when(q.report.at), q.report.from_code or "?", q.report.message.render()]
                for q in view.quarantine
            ],
            keys=[q.id for q in view.quarantine],
            tips=[q.report.message.render() for q in view.quarantine],
        )
        self.reference_outbox.show_values(view.reference)
        self.transfer_outbox.show_transfers(view.transfers)
        values, transfers = self.reference_outbox.waiting(), self.transfer_outbox.waiting()
        self.outgoing.setText(
            self.tr("%1 reference value(s), %2 transfer decision(s) not yet in a return file")
            .replace("%1", str(values))
            .replace("%2", str(transfers))
            if values or transfers
            else self.tr("no reference value or transfer decision is waiting")
        )

    def show_status(self, status: SyncStatus, enrolment: list[str] | None = None) -> None:
        super().show_status(status, enrolment)
        self.partner.setText(f"{status.unit_name} ({status.unit_code or '—'})")
        self.pending.setText(self.tr("%n enrolled", "", status.enrolled_cells))
        self.folder_button.setEnabled(status.enrolled)

    def _cell_status(self, status: str) -> str:
        return {
            "invited": self.tr("invited"),
            "enrolled": self.tr("enrolled"),
            "revoked": self.tr("revoked"),
        }.get(status, status)

    # -- actions ----------------------------------------------------------------------------------------

    def _invite(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        InviteDialog(self.workspace, self).exec()
        self.changed_here(Area.SYNC, Area.COMMITTEE)

    def _accept(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        AcceptDialog(self.workspace, self).exec()
        self.changed_here(Area.SYNC, Area.COMMITTEE)

    def _import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder or stick to import"), self._start_folder()
        )
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
            self.changed_here(Area.SYNC)

    def _release(self) -> None:
        key = self.quarantine.selected_key()
        if key is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Import a held file"),
            self.tr("Import this file anyway? Do it only once you know where it comes from."),
        )
        if answer != QMessageBox.StandardButton.Yes or not ensure_unlocked(self.workspace, self):
            return
        workspace = self.workspace
        self.ops.change(self, lambda: release_quarantined(workspace, key), IMPORTED, self._released)

    def _released(self, report: ImportReport) -> None:
        self.refresh(then=lambda: self._show_results([report]))

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
        workspace = self.workspace
        self.ops.change(
            self,
            lambda: renew_enrolment(workspace, code=code),
            frozenset({Area.SYNC, Area.COMMITTEE}),
            self._renewed,
            lambda error: show_error(self, error, self.tr("Sync")),
        )

    def _renewed(self, renewed: RenewedEnrolment) -> None:
        self.refresh(then=lambda: self._tell_renewed(renewed))

    def _tell_renewed(self, renewed: RenewedEnrolment) -> None:
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
        if key is None:
            return
        workspace = self.workspace
        self.ops.change(
            self,
            lambda: discard_quarantined(workspace, key),
            frozenset({Area.SYNC}),
            lambda _: self.refresh(),
        )
