"""A small bar chart drawn with QPainter, with an optional percentage line over the bars.

QtCharts would do this, but it ships in PySide6-Addons (about 160 MB installed, PRACTICE.md on installer
size) for two small charts; a hundred lines of QPainter keep the installer as it is."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_BAR = QColor("#4a7bb7")
_LINE = QColor("#b00020")
_GRID = QColor("#d0d0d0")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[int] = []
        self.ceiling = 0  # the top of the scale; the largest value when 0
        self.rates: list[float | None] = []  # 0..1, drawn as a line on a 0–100 % scale
        self.rate_label = ""
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_data(
        self,
        title: str,
        labels: Sequence[str],
        values: Sequence[int],
        *,
        ceiling: int = 0,
        rates: Sequence[float | None] = (),
        rate_label: str = "",
    ) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.ceiling, self.rates, self.rate_label = ceiling, list(rates), rate_label
        self.setAccessibleName(title)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        top = max([*self.values, self.ceiling, 1])
        left, right = metrics.horizontalAdvance(str(top)) + 8, metrics.horizontalAdvance("100 %") + 8
        area = QRectF(left, line + 10, self.width() - left - right, self.height() - 2 * line - 18)
        painter.setPen(QPen(_GRID))
        for step in range(5):
            y = area.bottom() - area.height() * step / 4
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(0, area.top() - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, str(top)
        )
        painter.drawText(
            QRectF(0, area.bottom() - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, "0"
        )
        count = max(len(self.values), 1)
        slot = area.width() / count
        for index, value in enumerate(self.values):
            height = area.height() * value / top
            bar = QRectF(area.left() + slot * index + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, _BAR)
            label_box = QRectF(area.left() + slot * index, area.bottom() + 2, slot, line)
            painter.drawText(
                label_box,
                Qt.AlignmentFlag.AlignHCenter,
                self.labels[index] if index < len(self.labels) else "",
            )
        if self.rates:
            self._draw_rates(painter, area, slot, line)

    def _draw_rates(self, painter: QPainter, area: QRectF, slot: float, line: int) -> None:
        painter.setPen(QPen(_LINE, 2))
        points = [
            QPointF(area.left() + slot * (i + 0.5), area.bottom() - area.height() * rate)
            for i, rate in enumerate(self.rates)
            if rate is not None
        ]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.drawText(
            QRectF(area.right() + 4, area.top() - line / 2, 60, line), Qt.AlignmentFlag.AlignLeft, "100 %"
        )
        painter.drawText(
            QRectF(area.right() + 4, area.bottom() - line / 2, 60, line), Qt.AlignmentFlag.AlignLeft, "0 %"
        )
        if self.rate_label:
            painter.drawText(
                QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignRight, self.rate_label
            )
