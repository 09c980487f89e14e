"""The committee moves a member of one of its cells to another (chuyển sinh hoạt đảng chính thức), from a
cell's file or from the outbox: the member, the receiving cell, the date and number of the decision. The
member's record and history follow them; both cells learn it from their next return files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import format_date, matches
from cellapp.services.members import MemberSummary, TransferSummary, transfer_member, transferable_members
from cellapp.services.sync import list_cells
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label
from ui.widgets.date_field import DateField


class TransferDialog(SavingDialogMixin, QDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        from_code: str | None = None,
        member_uuid: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.result_value: TransferSummary | None = None
        self.members: list[MemberSummary] = []
        self.setWindowTitle(self.tr("Transfer a member to another cell"))
        cells = [c for c in list_cells(workspace.uow(read_only=True)) if c.status == "enrolled"]
        self.cells = {c.code: c.name for c in cells}
        self.source = QComboBox()
        self.source.setObjectName("transferFrom")
        for cell in cells:
            self.source.addItem(f"{cell.code} – {cell.name}", cell.code)
        if from_code is not None:
            self.source.setCurrentIndex(max(self.source.findData(from_code), 0))
            self.source.setEnabled(False)  # opened from this cell's file
        self.search = QLineEdit()
        self.search.setObjectName("transferSearch")
        self.search.setPlaceholderText(self.tr("Name, without diacritics if you like"))
        self.search.setClearButtonEnabled(True)
        self.member_list = QListWidget()
        self.member_list.setObjectName("transferMember")
        self.member_list.setMinimumHeight(150)
        self.target = QComboBox()
        self.target.setObjectName("transferTo")
        self.decided_on = DateField()
        self.decided_on.setObjectName("transferDate")
        self.decided_on.setText(format_date(self.today))
        self.decision = QLineEdit()
        self.decision.setObjectName("transferDecision")
        self.decision.setPlaceholderText(self.tr("e.g. %1").replace("%1", "15-QĐ/ĐU"))
        self.note = QLineEdit()
        self.note.setObjectName("transferNote")
        self.note.setPlaceholderText(self.tr("e.g. moved to work in the commune centre"))
        form = QFormLayout()
        form.addRow(self.tr("From &cell:"), self.source)
        form.addRow(self.tr("&Find:"), self.search)
        form.addRow(self.tr("&Member:"), self.member_list)
        form.addRow(self.tr("&To cell:"), self.target)
        form.addRow(self.tr("Decision &date:"), self.decided_on)
        form.addRow(self.tr("Decision &number:"), self.decision)
        form.addRow(self.tr("N&ote:"), self.note)
        explanation = QLabel(
            self.tr(
                "The member's record and whole party history move to the receiving cell; the former cell "
                "keeps a read-only copy marked transferred out. Both cells learn it from the next return "
                "files."
            )
        )
        explanation.setWordWrap(True)
        self.error = error_label()
        self.field_widgets = {
            "member": self.member_list,
            "to_cell": self.target,
            "decided_on": self.decided_on,
            "decision": self.decision,
            "note": self.note,
        }
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.transfer_button = buttons.addButton(self.tr("T&ransfer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.transfer_button.setObjectName("transferButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(explanation)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.search.textChanged.connect(self._filter)
        self._source_changed()
        if member_uuid is not None:
            self.select_member(member_uuid)
        self.resize(600, 560)

    def _source(self) -> str:
        return str(self.source.currentData() or "")

    def _source_changed(self) -> None:
        source = self._source()
        self.members = transferable_members(self.workspace.uow(read_only=True), source) if source else []
        self.member_list.clear()
        for member in self.members:
            born = f", {member.birth_date.year}" if member.birth_date else ""
            item = QListWidgetItem(f"{member.full_name}{born} — {member.status.label.render()}")
            item.setData(Qt.ItemDataRole.UserRole, member.uuid)
            self.member_list.addItem(item)
        self.target.clear()
        for code, name in self.cells.items():
            if code != source:
                self.target.addItem(f"{code} – {name}", code)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        for row, member in enumerate(self.members):
            self.member_list.item(row).setHidden(bool(text.strip()) and not matches(text, member.full_name))

    def select_member(self, member_uuid: str) -> None:
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == member_uuid:
                self.member_list.setCurrentItem(item)
                return

    def chosen(self) -> MemberSummary | None:
        item = self.member_list.currentItem()
        if item is None or item.isHidden():
            return None
        return next((m for m in self.members if m.uuid == item.data(Qt.ItemDataRole.UserRole)), None)

    def save(self) -> bool:
        """Check everything with the service first, ask for confirmation, then record the transfer."""
        try:
            planned = self._transfer(dry_run=True)
        except CellAppError as error:
            self.show_refusal(error)
            return False
        if not self.confirm(planned):
            return False
        return self.attempt(lambda: self._transfer(dry_run=False))

    def _transfer(self, *, dry_run: bool) -> TransferSummary:
        member = self.chosen()
        if member is None:
            raise ValidationError(
                T("Choose the member to transfer.", "Hãy chọn đảng viên cần chuyển."), field="member"
            )
        target = self.target.currentData()
        if target is None:
            raise ValidationError(
                T(
                    "No other enrolled cell can receive the member.",
                    "Chưa có chi bộ nào khác đã đăng ký để tiếp nhận đảng viên.",
                ),
                field="to_cell",
            )
        decided_on = self.decided_on.value()
        if decided_on is None:
            raise ValidationError(
                T("Enter the date of the decision.", "Cần nhập ngày quyết định."), field="decided_on"
            )
        return transfer_member(
            self.workspace.uow(),
            member_uuid=member.uuid,
            to_cell=str(target),
            decided_on=decided_on,
            decision=self.decision.text(),
            note=self.note.text(),
            today=self.today,
            dry_run=dry_run,
        )

    def confirm(self, planned: TransferSummary) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Transfer %1\nfrom %2 to %3 under decision %4?\n\nThis cannot be undone here.")
            .replace("%1", planned.member_name)
            .replace("%2", planned.from_code)
            .replace("%3", planned.to_code)
            .replace("%4", planned.decision or ""),
        )
        return answer == QMessageBox.StandardButton.Yes
