"""Texts that do not fit their widget: a label that does not wrap, a button (with its menu arrow) or a
combo box's chosen item, narrower than its text needs, and tabs cut off. Used by the tests that open every page and dialog at the laptops' screen
size, at 100% and 125% scaling, in Vietnamese and English."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return widget.currentText()
    return ""


def _combo_width(box: QComboBox, text: str) -> int:
    """The width the style gives a combo box to show `text` whole (frame, margins and arrow around it)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    content = QSize(box.fontMetrics().horizontalAdvance(text), box.fontMetrics().height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, box).width()


def clipped_texts(root: QWidget) -> list[str]:
    """'Class "text": needs N px, has M px' for every visible text in `root` that is cut off."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        text = _visible_text(widget)
        if not text.strip():
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            needed = widget.sizeHint().width()
        elif isinstance(widget, QComboBox):
            needed = _combo_width(widget, text)
        else:
            needed = widget.sizeHint().width()
        if needed > widget.width() + SLACK:
            found.append(f'{type(widget).__name__} "{text}": needs {needed} px, has {widget.width()} px')
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            if bar.tabSizeHint(index).width() > bar.tabRect(index).width() + SLACK:
                found.append(f'tab "{bar.tabText(index)}": cut off')
    return found
