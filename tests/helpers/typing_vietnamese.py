"""Typing Vietnamese into widgets in tests.

`qtbot.keyClicks()` aborts the process on non-ASCII characters, so each character is sent as a key
event carrying its text, the way an input method such as Unikey delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )
