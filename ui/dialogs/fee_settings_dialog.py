"""Fee settings (Cài đặt đảng phí): the region of the cell's minimum wage, the area under 342-QĐ/TW, the
share the cell keeps (set by the committee above), and the month its fee book starts in CellApp; with
the regulation and minimum wage in force, read-only (they come with CellApp or from the committee)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fees import WAGE_REGIONS, FeeArea, region_label
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_money
from cellapp.services.fees import fee_rules_in_force, get_fee_settings, save_fee_settings
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import AsksBeforeDiscarding
from ui.widgets.fee_inputs import MonthEdit


class FeeSettingsDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Fee settings"))
        settings = get_fee_settings(workspace.uow(read_only=True))
        self.region = QComboBox()
        self.region.setObjectName("wageRegion")
        for region in WAGE_REGIONS:
            label = region_label(region)
            self.region.addItem(label[:1].upper() + label[1:], region)
        self.region.setCurrentIndex(self.region.findData(settings.wage_region))
        self.area = QComboBox()
        for area in FeeArea:
            self.area.addItem(area.label.render(), area.value)
        self.area.setCurrentIndex(self.area.findData(settings.area.value))
        self.share = QSpinBox()
        self.share.setObjectName("cellShare")
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(settings.cell_share_percent)
        self.start = MonthEdit(settings.ledger_start)
        self.in_force = QLabel()
        self.in_force.setWordWrap(True)
        self.in_force.setObjectName("rulesInForce")
        form = QFormLayout()
        form.addRow(self.tr("Minimum wage &region of the cell:"), self.region)
        form.addRow(self.tr("&Area (for months before 02/2026):"), self.area)
        form.addRow(self.tr("&Share the cell keeps:"), self.share)
        form.addRow(self.tr("Fee book &starts in:"), self.start)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.in_force)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.region.currentIndexChanged.connect(self._show_rules)
        self._show_rules()
        self.resize(560, 300)

    def _show_rules(self) -> None:
        month = Month.of(date.today())
        try:
            rules = fee_rules_in_force(self.workspace.uow(read_only=True), month=month)
        except CellAppError as error:
            self.in_force.setText(error.message.render())
            return
        region = int(self.region.currentData())
        wage = rules.minimum_wages.get(region)
        text = self.tr("In force in %1: %2.").replace("%1", month.label).replace("%2", rules.title)
        if wage is not None:
            text += " " + self.tr("Minimum wage %1: %2 (%3).").replace("%1", region_label(region)).replace(
                "%2", format_money(wage)
            ).replace("%3", rules.wage_decree or "")
        if rules.from_committee:
            text += " " + self.tr("These rules were sent by the committee.")
        self.in_force.setText(text)

    def save(self) -> bool:
        try:
            save_fee_settings(
                self.workspace.uow(),
                wage_region=int(self.region.currentData()),
                area=FeeArea(self.area.currentData()),
                cell_share_percent=self.share.value(),
                ledger_start=self.start.month(),
            )
        except CellAppError as error:
            self.error.setText(error.message.render())
            return False
        self.accept()
        return True
