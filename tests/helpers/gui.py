"""Waiting in GUI tests for what screens read and write off the GUI thread."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QApplication


def settle(window: Any, timeout: float = 20.0) -> None:
    """Wait until the window's background work (page loads, operations) has reported back."""
    deadline = time.monotonic() + timeout
    while window.tasks.busy:
        if time.monotonic() > deadline:
            raise TimeoutError("the window's background work did not finish")
        QApplication.processEvents()
        time.sleep(0.001)  # PySide6 6.12's processEvents() in a tight loop aborts Python (none_dealloc)
    QApplication.processEvents()
