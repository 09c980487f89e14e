"""A cell's Sync page: its committee and the committee's fingerprint, joining it, the enrolment's end, and
what came from the committee (directives with their PDFs, reference data). Until the cell has joined its
committee, the page says step by step how to join, with the button that starts it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.vietnamese import format_date
from cellapp.services.sync import ReferenceValue, SyncStatus, directive_pdf, list_reference_data
from cellapp.services.workspace import Workspace
from ui.dialogs.enrolment_dialogs import JoinDialog, KeyCardDialog
from ui.dialogs.passphrase_dialogs import ensure_unlocked
from ui.ops import Area, Ops
from ui.pages.sync_page import SyncPage
from ui.widgets.rows_table import RowsTableWidget


class CellSyncPage(SyncPage):
    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.facts.addRow(self.tr("Committee:"), self.partner)
        self.facts.addRow(self.tr("Committee's fingerprint:"), self.partner_fp)
        self.facts.addRow(self.tr("Our fingerprint:"), self.own_fp)
        self.facts.addRow(self.tr("Our keys:"), self.protection)
        self.facts.addRow(self.tr("Enrolled until:"), self.enrolled_until)
        self.facts.addRow(self.tr("Waiting to be sent:"), self.pending)

        self.join_button = QPushButton(self.tr("&Join the committee…"))
        self.join_button.setObjectName("joinButton")
        self.join_button.clicked.connect(self._join)
        self.join_steps = self._join_steps()
        self.keys_button = self._button(
            self.tr("&Key card…"), lambda: KeyCardDialog(self.workspace, self).exec()
        )
        self._add_exchange_buttons(self.tr("&Export to USB…"))

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
        self._finish_layout()
        self.layout().insertWidget(1, self.join_steps)

    def _join_steps(self) -> QGroupBox:
        box = QGroupBox(self.tr("How to join the committee (once, before the first exchange)"))
        box.setObjectName("joinSteps")
        steps = QLabel(
            self.tr(
                "<ol>"
                "<li>The committee makes an invitation for this cell and gives you the invitation file "
                "(.cellinvite) on a USB stick, a one-time code, and its key card on paper.</li>"
                "<li>Plug in the stick and press <b>Join the committee…</b> below; open the invitation file "
                "and type the code.</li>"
                "<li>Check that the committee's fingerprint shown is exactly the one on its paper key card.</li>"
                "<li>CellApp writes the enrolment request (.cellenrol) onto the stick: take it back to the "
                "committee, which accepts it.</li>"
                "<li>From then on <b>Export to USB…</b> can be used: each month it writes the cell's file for "
                "the committee.</li>"
                "</ol>"
            )
        )
        steps.setObjectName("joinStepsText")
        steps.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.join_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(steps)
        layout.addLayout(row)
        box.setVisible(False)
        return box

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

    def load_more(self, workspace: Workspace) -> Any:
        return list_reference_data(workspace.uow(read_only=True))

    def show_more(self, more: Any) -> None:
        values: list[ReferenceValue] = more
        self.reference.rows.set_rows(
            [
                [v.kind.label.render(), v.item.render(), format_date(v.valid_from), v.text.render(), v.title]
                for v in values
            ],
            tips=[v.text.render() for v in values],
        )

    def show_status(self, status: SyncStatus, enrolment: list[str] | None = None) -> None:
        super().show_status(status, enrolment)
        if status.hub_code:
            self.partner.setText(f"{status.hub_name} ({status.hub_code})")
            self.partner_fp.setText(status.hub_fingerprint or "")
            self.pending.setText(self.tr("%n record(s) not yet acknowledged", "", status.pending_records))
        else:
            self.partner.setText(self.tr("not joined yet: ask the committee for an invitation"))
            self.pending.setText("—")
        self.enrolled_until.setText(
            format_date(status.certificate_until)
            if status.certificate_until
            # The committee's certificate travels in its return files, not in the invitation.
            else self.tr("not received yet: it comes with the committee's next return file")
            if status.enrolled and not status.rejoin_needed
            else "—"
        )
        self.join_steps.setVisible(not status.enrolled or status.rejoin_needed)

    def _join(self) -> None:
        if not ensure_unlocked(self.workspace, self):
            return
        JoinDialog(self.workspace, self).exec()
        self.changed_here(Area.SYNC)

    def _save_pdf(self) -> None:
        key = self.directives.selected_key()
        if key is None:
            QMessageBox.information(self, self.tr("Sync"), self.tr("This directive has no attached PDF."))
            return
        uow = self.workspace.uow(read_only=True)
        self.ops.query(self, lambda: directive_pdf(uow, key), self._ask_where_to_save)

    def _ask_where_to_save(self, found: tuple[str, bytes] | None) -> None:
        if found is None:
            QMessageBox.information(self, self.tr("Sync"), self.tr("This directive has no attached PDF."))
            return
        name, data = found
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), name, "PDF (*.pdf)")
        if target:
            Path(target).write_bytes(data)
