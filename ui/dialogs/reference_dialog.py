"""A new reference value for the cells (dữ liệu dùng chung), from the committee's outbox: a regional
minimum wage, a line of the party-fee table, or names added to one of the register's lists, with the day
it applies from and the document it comes from. It travels in the next return files; each cell's fee
book and register apply it from that day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_rules import WAGE_REGIONS, AgeBand, FeeArea, FeeCategory, RateBasis
from cellapp.domain.l10n import T
from cellapp.domain.months import Month
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_lists import RegisterList
from cellapp.domain.reference_values import (
    AGE_BAND_LABELS,
    BASIS_LABELS,
    RateLine,
    allowed_bases,
    parse_percent,
    region_key,
)
from cellapp.domain.vietnamese import InvalidMoneyError, format_date
from cellapp.services.sync import (
    ReferenceRow,
    ReferenceValue,
    fee_regulations,
    reference_overview,
    set_reference_value,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label
from ui.widgets.date_field import DateField
from ui.widgets.fee_inputs import MoneyEdit


class ReferenceDialog(SavingDialogMixin, QDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.result_value: ReferenceValue | None = None
        self.rows: list[ReferenceRow] = reference_overview(workspace.uow(read_only=True), today=self.today)
        self.setWindowTitle(self.tr("Send a reference value to the cells"))
        self.kind = QComboBox()
        self.kind.setObjectName("referenceKind")
        for kind, text in (
            (ReferenceKind.MINIMUM_WAGE, self.tr("Regional minimum wage")),
            (ReferenceKind.FEE_TABLE, self.tr("Party-fee rate")),
            (ReferenceKind.ENUMERATION, self.tr("Names added to a list")),
        ):
            self.kind.addItem(text, kind.value)
        self.current = QLabel()
        self.current.setObjectName("referenceCurrent")
        self.current.setWordWrap(True)
        self._ready = False  # the fields' signals fire while they are built
        # One form for every kind, so the labels line up; rows of the other kinds are hidden.
        self.form = QFormLayout()
        self.form.addRow(self.tr("&What:"), self.kind)
        self.kind_rows: dict[ReferenceKind, list[QWidget]] = {
            ReferenceKind.MINIMUM_WAGE: self._wage_rows(),
            ReferenceKind.FEE_TABLE: self._rate_rows(),
            ReferenceKind.ENUMERATION: self._list_rows(),
        }
        self.valid_from = DateField()
        self.valid_from.setObjectName("referenceFrom")
        self.valid_from.setText(format_date(Month.of(self.today).plus(1).first_day))
        self.source = QLineEdit()
        self.source.setObjectName("referenceSource")
        self.form.addRow(self.tr("In force now:"), self.current)
        self.form.addRow(self.tr("Applies &from:"), self.valid_from)
        self.source_label = QLabel()
        self.source_label.setBuddy(self.source)
        self.form.addRow(self.source_label, self.source)
        note = QLabel(
            self.tr(
                "The value goes to every cell in the next return files; each cell applies it from the date "
                "above. A value with the same date as an earlier one corrects it."
            )
        )
        note.setWordWrap(True)
        self.error = error_label()
        self.field_widgets = {
            "region": self.region,
            "amount": self.amount,
            "regulation": self.regulation,
            "basis": self.basis,
            "rate": self.rate,
            "area": self.area,
            "key": self.list_name,
            "names": self.names,
            "value": self.names,
            "valid_from": self.valid_from,
            "title": self.source,
        }
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._ready = True
        self._kind_changed()
        self.setMinimumWidth(680)
        self.adjustSize()

    # ------------------------------------------------------------------------------------------ rows
    def _wage_rows(self) -> list[QWidget]:
        self.region = QComboBox()
        self.region.setObjectName("wageRegion")
        for region in WAGE_REGIONS:
            self.region.addItem(self.tr("Region %1").replace("%1", region_key(region)), region)
        self.region.setCurrentIndex(len(WAGE_REGIONS) - 1)  # rural cells are mostly in region IV
        self.region.currentIndexChanged.connect(self._show_current)
        self.amount = MoneyEdit()
        self.amount.setObjectName("wageAmount")
        self.form.addRow(self.tr("&Region:"), self.region)
        self.form.addRow(self.tr("Monthly minimum &wage:"), self.amount)
        return [self.region, self.amount]

    def _rate_rows(self) -> list[QWidget]:
        self.regulation = QComboBox()
        self.regulation.setObjectName("rateRegulation")
        for regulation in fee_regulations(self.workspace.uow(read_only=True)):
            if regulation.valid_to is not None and regulation.valid_to < self.today:
                continue  # a regulation no longer in force only matters for arrears
            self.regulation.addItem(regulation.regulation, regulation.regulation)
        self.category = QComboBox()
        self.category.setObjectName("rateCategory")
        for category in FeeCategory:
            self.category.addItem(category.label.render(), category.value)
        self.category.setCurrentIndex(list(FeeCategory).index(FeeCategory.OTHER))
        self.age_band = QComboBox()
        self.age_band.setObjectName("rateAgeBand")
        for band in (AgeBand.BELOW_RETIREMENT, AgeBand.RETIREMENT_OR_ABOVE, AgeBand.ANY):
            self.age_band.addItem(AGE_BAND_LABELS[band].render(), band.value)
        self.basis = QComboBox()
        self.basis.setObjectName("rateBasis")
        self.rate = QLineEdit()
        self.rate.setObjectName("rateValue")
        self.rate.setMaximumWidth(130)
        self.fixed = MoneyEdit()
        self.fixed.setObjectName("rateAmount")
        self.fixed.setMaximumWidth(180)
        self.area = QComboBox()
        self.area.setObjectName("rateArea")
        self.area.addItem(self.tr("Any area"), None)
        for area in FeeArea:
            self.area.addItem(area.label.render(), area.value)
        self.form.addRow(self.tr("Re&gulation:"), self.regulation)
        self.form.addRow(self.tr("&Members:"), self.category)
        self.form.addRow(self.tr("&Age:"), self.age_band)
        self.form.addRow(self.tr("&Computed as:"), self.basis)
        self.form.addRow(self.tr("Ra&te (%):"), self.rate)
        self.form.addRow(self.tr("Amo&unt a month:"), self.fixed)
        self.form.addRow(self.tr("A&rea:"), self.area)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        for box in (self.regulation, self.age_band, self.area):
            box.currentIndexChanged.connect(self._show_current)
        self._category_changed()
        return [self.regulation, self.category, self.age_band, self.basis, self.rate, self.fixed, self.area]

    def _list_rows(self) -> list[QWidget]:
        self.list_name = QComboBox()
        self.list_name.setObjectName("listName")
        for which in RegisterList:
            self.list_name.addItem(which.label.render(), which.value)
        self.names = QPlainTextEdit()
        self.names.setObjectName("listNames")
        self.names.setTabChangesFocus(True)
        self.names.setPlaceholderText(self.tr("One name a line"))
        self.names.setMaximumHeight(110)
        self.builtin = QLabel()
        self.builtin.setWordWrap(True)
        self.builtin.setObjectName("listBuiltin")
        self.form.addRow(self.tr("&List:"), self.list_name)
        self.form.addRow(self.tr("CellApp has:"), self.builtin)
        self.form.addRow(self.tr("Names &added:"), self.names)
        self.list_name.currentIndexChanged.connect(self._list_changed)
        return [self.list_name, self.builtin, self.names]

    def _show_rows(self) -> None:
        kind = self._kind()
        fixed = RateBasis(self.basis.currentData()) is RateBasis.FIXED
        for row_kind, widgets in self.kind_rows.items():
            for widget in widgets:
                shown = row_kind is kind
                if widget is self.rate:
                    shown = shown and not fixed
                elif widget in (self.fixed, self.area):
                    shown = shown and fixed
                self.form.setRowVisible(widget, shown)

    # ---------------------------------------------------------------------------------------- events
    def _kind(self) -> ReferenceKind:
        return ReferenceKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self._kind()
        self._show_rows()
        self.field_widgets["amount"] = self.amount if kind is ReferenceKind.MINIMUM_WAGE else self.fixed
        if kind is ReferenceKind.MINIMUM_WAGE:
            self.source_label.setText(self.tr("&Decree:"))
            self.source.setPlaceholderText(self.tr("e.g. %1").replace("%1", "Nghị định 293/2025/NĐ-CP"))
        elif kind is ReferenceKind.FEE_TABLE:
            self.source_label.setText(self.tr("&Based on:"))
            self.source.setPlaceholderText(self.tr("e.g. %1").replace("%1", "Quy định 01-QĐ/TW"))
        else:
            self.source_label.setText(self.tr("&Based on (optional):"))
            self.source.setPlaceholderText(self.tr("e.g. Guidance of the Organisation Board"))
        if kind is ReferenceKind.ENUMERATION:
            self._list_changed()
        else:
            self._show_current()
        layout = self.layout()
        if layout is not None:  # the rows just shown or hidden count in the new size
            layout.activate()
        self.adjustSize()

    def _category_changed(self) -> None:
        category = FeeCategory(self.category.currentData())
        self.basis.blockSignals(True)
        self.basis.clear()
        for basis in allowed_bases(category):
            self.basis.addItem(BASIS_LABELS[basis].render(), basis.value)
        self.basis.blockSignals(False)
        self._basis_changed()

    def _basis_changed(self) -> None:
        if self._ready:
            self._show_rows()
        self._show_current()

    def _list_changed(self) -> None:
        if not self._ready:
            return
        which = RegisterList(self.list_name.currentData())
        builtin = which.builtin
        shown = ", ".join(builtin) if len(builtin) <= 8 else ", ".join(builtin[:6]) + ", …"
        self.builtin.setText(self.tr("%1 (%n name(s))", "", len(builtin)).replace("%1", shown))
        row = self._row(ReferenceKind.ENUMERATION, which.value)
        self.names.setPlainText("\n".join(row.raw) if row is not None and isinstance(row.raw, list) else "")
        self._show_current()

    def _line(self) -> RateLine:
        """The fee table line the form names (its rate comes from the rate or amount field)."""
        basis = RateBasis(self.basis.currentData())
        area = self.area.currentData() if basis is RateBasis.FIXED else None
        return RateLine(
            regulation=str(self.regulation.currentData() or ""),
            category=FeeCategory(self.category.currentData()),
            age_band=AgeBand(self.age_band.currentData()),
            basis=basis,
            area=FeeArea(area) if area else None,
        )

    def _key(self) -> str:
        kind = self._kind()
        if kind is ReferenceKind.MINIMUM_WAGE:
            return region_key(int(self.region.currentData()))
        if kind is ReferenceKind.FEE_TABLE:
            return self._line().key
        return str(self.list_name.currentData())

    def _row(self, kind: ReferenceKind, key: str) -> ReferenceRow | None:
        current = [r for r in self.rows if r.kind is kind and r.key == key and not r.upcoming]
        return current[0] if current else None

    def _show_current(self) -> None:
        if not self._ready:
            return
        kind = self._kind()
        key = self._key()
        row = self._row(kind, key)
        if row is None:
            text = self.tr("nothing yet")
        else:
            text = (
                self.tr("%1 since %2")
                .replace("%1", row.value.render())
                .replace("%2", format_date(row.valid_from))
            )
            if row.source:
                text += f" ({row.source})"
        coming = [r for r in self.rows if r.kind is kind and r.key == key and r.upcoming]
        for later in coming:
            text += "; " + self.tr("%1 from %2 (to come)").replace("%1", later.value.render()).replace(
                "%2", format_date(later.valid_from)
            )
        self.current.setText(text)

    # ------------------------------------------------------------------------------------------ save
    def save(self) -> bool:
        return self.attempt(self._send)

    def _send(self) -> ReferenceValue:
        valid_from = self.valid_from.value()
        if valid_from is None:
            raise ValidationError(
                T(
                    "Enter the day it applies from (day/month/year).",
                    "Cần nhập ngày bắt đầu áp dụng (ngày/tháng/năm).",
                ),
                field="valid_from",
            )
        kind = self._kind()
        value: Any
        if kind is ReferenceKind.MINIMUM_WAGE:
            value = {"amount": _money(self.amount)}
        elif kind is ReferenceKind.FEE_TABLE:
            line = self._line()
            if line.basis is RateBasis.FIXED:
                value = {**line.as_json(), "amount": _money(self.fixed)}
            else:
                value = {**line.as_json(), "rate_bp": parse_percent(self.rate.text())}
        else:
            value = self.names.toPlainText().splitlines()
        return set_reference_value(
            self.workspace.uow(),
            kind=kind,
            key=self._key(),
            valid_from=valid_from,
            value=value,
            title=self.source.text(),
            today=self.today,
        )


def _money(edit: MoneyEdit) -> int | None:
    try:
        return edit.amount()
    except InvalidMoneyError as error:
        raise ValidationError(T(error.reason_en, error.reason_vi), field="amount") from None
