"""Printing from the Fees page: the monthly fee book and the quarterly or annual report, saved as PDF on a
worker thread (the GUI stays responsive), with the result or the error shown on the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.months import Month, Period
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner


class FeePrinter(QObject):
    def __init__(
        self,
        page: QWidget,
        workspace: Workspace,
        tasks: TaskRunner,
        status: QLabel,
        today: Callable[[], date],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.workspace = workspace
        self.tasks = tasks
        self.status = status
        self.today = today

    def fill_reports_menu(self, menu: QMenu, year: int) -> None:
        menu.clear()
        for quarter in (1, 2, 3, 4):
            period = Period.of_quarter(year, quarter)
            action = menu.addAction(
                self.tr("Quarter %1 of %2").replace("%1", str(quarter)).replace("%2", str(year))
            )
            action.triggered.connect(lambda _checked=False, p=period: self.print_report(p))
        whole_year = Period.of_year(year)
        action = menu.addAction(self.tr("The year %1").replace("%1", str(year)))
        action.triggered.connect(lambda _checked=False, p=whole_year: self.print_report(p))

    def _ask_target(self, name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Save as PDF"), str(Path.home() / name), self.tr("PDF documents (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def print_book(self, month: Month, target: Path | None = None) -> None:
        from cellapp.services.fees import print_fee_book

        target = target or self._ask_target(f"so-thu-dang-phi-{month.key}.pdf")
        if target is None:
            return
        uow, today = self.workspace.uow(read_only=True), self.today()
        self.status.setText(self.tr("Writing %1…").replace("%1", str(target)))
        self.tasks.run(
            lambda: print_fee_book(uow, month=month, target=target, today=today), self._printed, self._failed
        )

    def print_report(self, period: Period, target: Path | None = None) -> None:
        from cellapp.services.fees import print_fee_report

        target = target or self._ask_target(f"bao-cao-dang-phi-{period.key}.pdf")
        if target is None:
            return
        uow, today = self.workspace.uow(read_only=True), self.today()
        self.status.setText(self.tr("Writing %1…").replace("%1", str(target)))
        self.tasks.run(
            lambda: print_fee_report(uow, period=period, target=target, today=today),
            self._printed,
            self._failed,
        )

    def _printed(self, path: object) -> None:
        self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        message = error.message.render() if isinstance(error, CellAppError) else str(error)
        self.status.setText(message)
        QMessageBox.critical(self.page, self.tr("Printing failed"), message)
