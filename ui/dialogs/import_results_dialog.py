"""The result of importing one or many files (docs/sync.md §7 step 10): one line per file, what happened and
why, in words a secretary or an officer can act on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cellapp.services.sync import ImportReport
from ui.widgets.rows_table import RowsTableWidget


class ImportResultsDialog(QDialog):
    def __init__(self, reports: list[ImportReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        imported = sum(1 for r in reports if r.ok)
        summary = QLabel(self.tr("%1 of %n file(s) imported.", "", len(reports)).replace("%1", str(imported)))
        summary.setObjectName("importSummary")
        self.table = RowsTableWidget([self.tr("File"), self.tr("Result"), self.tr("Details")], stretch=2)
        self.table.setObjectName("importResults")
        self.table.setWordWrap(True)
        self.table.rows.set_rows(
            [[r.file_name, self.outcome_label(r.outcome), r.message.render()] for r in reports],
            tips=[r.message.render() for r in reports],
        )
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)

    def outcome_label(self, outcome: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "already_imported": self.tr("Already imported"),
            "rejected": self.tr("Refused"),
            "quarantined": self.tr("In quarantine"),
        }.get(outcome, outcome)
