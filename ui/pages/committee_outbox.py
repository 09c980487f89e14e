"""The committee's outbox on the Sync page, besides directives: the reference values in force and coming
(minimum wages, fee rates, list additions) with a button to send a new one, and the transfer decisions,
each with how far it has travelled to the cells (waiting for the next return file, sent, received)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cellapp.domain.reference import ReferenceKind
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import TransferSummary, list_transfers
from cellapp.services.sync import DeliveryState, ReferenceRow, reference_overview
from cellapp.services.workspace import Workspace
from ui.widgets.rows_table import RowsTableWidget


class ReferenceOutboxWidget(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.values: list[ReferenceRow] = []
        self.table = RowsTableWidget(
            [
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Value"),
                self.tr("Applies from"),
                self.tr("Based on"),
                self.tr("Cells"),
            ],
            stretch=1,
        )
        self.table.setObjectName("referenceOutbox")
        self.send_button = QPushButton(self.tr("&Send a new value…"))
        self.send_button.setObjectName("newReferenceValue")
        self.send_button.clicked.connect(self.new_value)
        hint = QLabel(
            self.tr(
                "Values in force today and those to come; CellApp's own values are already at every cell."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def refresh(self, today: date | None = None) -> None:
        self.show_values(reference_overview(self.workspace.uow(read_only=True), today=today))

    def show_values(self, values: list[ReferenceRow]) -> None:
        self.values = values
        kinds = {
            ReferenceKind.MINIMUM_WAGE: self.tr("Minimum wage"),
            ReferenceKind.FEE_TABLE: self.tr("Party-fee rate"),
            ReferenceKind.ENUMERATION: self.tr("List"),
        }
        rows = []
        for value in self.values:
            when = format_date(value.valid_from)
            if value.upcoming:
                when = self.tr("%1 (to come)").replace("%1", when)
            if value.builtin:
                cells = self.tr("built in")
            elif value.delivery is not None:
                cells = value.delivery.label.render()
            else:
                cells = ""
            rows.append(
                [kinds[value.kind], value.item.render(), value.value.render(), when, value.source, cells]
            )
        self.table.rows.set_rows(rows, keys=[v.uuid for v in self.values], tips=[r[1] for r in rows])

    def waiting(self) -> int:
        """Values some cell has not yet been sent."""
        return sum(1 for v in self.values if v.delivery is not None and v.delivery.waiting)

    def new_value(self) -> None:
        from ui.dialogs.reference_dialog import ReferenceDialog

        if ReferenceDialog(self.workspace, self).exec():
            self.changed.emit()


class TransferOutboxWidget(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.transfers: list[TransferSummary] = []
        self.table = RowsTableWidget(
            [
                self.tr("Decided"),
                self.tr("Decision"),
                self.tr("Member"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Where it stands"),
            ],
            stretch=5,
        )
        self.table.setObjectName("transferOutbox")
        self.transfer_button = QPushButton(self.tr("&Transfer a member…"))
        self.transfer_button.setObjectName("newTransfer")
        self.transfer_button.clicked.connect(self.new_transfer)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.transfer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _state(self, state: DeliveryState | None) -> str:
        return {
            DeliveryState.WAITING: self.tr("waiting to be sent"),
            DeliveryState.SENT: self.tr("sent, not yet acknowledged"),
            DeliveryState.RECEIVED: self.tr("received"),
            None: self.tr("no longer enrolled"),
        }[state]

    def stands(self, transfer: TransferSummary) -> str:
        if transfer.at_source is DeliveryState.RECEIVED and transfer.at_target is DeliveryState.RECEIVED:
            return self.tr("both cells have it")
        return (
            self.tr("%1: %2; %3: %4")
            .replace("%1", transfer.from_code)
            .replace("%2", self._state(transfer.at_source))
            .replace("%3", transfer.to_code)
            .replace("%4", self._state(transfer.at_target))
        )

    def refresh(self) -> None:
        self.show_transfers(list_transfers(self.workspace.uow(read_only=True)))

    def show_transfers(self, transfers: list[TransferSummary]) -> None:
        self.transfers = transfers
        self.table.rows.set_rows(
            [
                [
                    format_date(t.decided_on),
                    t.decision or "—",
                    t.member_name,
                    t.from_code,
                    t.to_code,
                    self.stands(t),
                ]
                for t in self.transfers
            ],
            keys=[t.uuid for t in self.transfers],
            tips=[t.note or "" for t in self.transfers],
        )

    def waiting(self) -> int:
        """Decisions one of the two cells has not yet been sent."""
        return sum(1 for t in self.transfers if DeliveryState.WAITING in (t.at_source, t.at_target))

    def new_transfer(self) -> None:
        from ui.dialogs.transfer_dialog import TransferDialog

        if TransferDialog(self.workspace, self).exec():
            self.changed.emit()
