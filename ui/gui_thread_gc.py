"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate when a threshold is crossed,
often a background job (printing a PDF, reading a ledger). If a cycle it then frees holds a Qt widget
(a dialog and the lambda connected to one of its signals), the widget is destroyed off the GUI thread
and Qt aborts the process. So while background jobs may run, automatic collection is off and a timer on
the GUI thread does the same work at the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_collector: QTimer | None = None
_users = 0  # the task runners alive: collection goes back to automatic when the last one is gone


def _collect() -> None:
    """What the automatic collector would have done since the last tick, generation by generation."""
    first, second, third = gc.get_count()
    threshold_first, threshold_second, threshold_third = gc.get_threshold()
    if first > threshold_first:
        generation = 0
        if second > threshold_second:
            generation = 1
            if third > threshold_third:
                generation = 2
        gc.collect(generation)


def collect_on_gui_thread(user: QObject) -> None:
    """While `user` (a task runner) lives, collect only on the GUI thread's timer."""
    global _collector, _users
    app = QCoreApplication.instance()
    if app is None:
        return
    _users += 1
    user.destroyed.connect(_released)
    if _collector is None:
        gc.disable()
        timer = QTimer(app)
        timer.setInterval(INTERVAL_MS)
        timer.timeout.connect(_collect)
        timer.start()
        _collector = timer


def _released(_user: QObject | None = None) -> None:
    global _collector, _users
    _users -= 1
    if _users > 0 or _collector is None:
        return
    _collector.stop()
    _collector.deleteLater()
    _collector = None
    gc.enable()
