"""Long work off the GUI thread: a callable runs on Qt's thread pool; its result or error comes back to
the GUI thread through a queued signal. Qt widgets are touched only in the callbacks, on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.gui_thread_gc import collect_on_gui_thread


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        forget: Callable[[_Relay], None],
        on_progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        # Owned by the runner on the GUI thread: a relay left waiting when the window closes is destroyed
        # with it there, never by Python's garbage collector on whatever thread happens to run it.
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        if on_progress is not None:
            self.progressed.connect(on_progress)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._done()
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._done()
        self._on_error(error)

    def _done(self) -> None:
        self._forget(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure goes back to the GUI, which shows its message
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.finished, result)

    @staticmethod
    def _report(signal: Any, value: Any) -> None:
        # The window that asked may have closed meanwhile (CellApp quitting): then nobody is told.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class TaskRunner(QObject):
    """Starts background jobs and keeps their relays alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: set[_Relay] = set()
        self._pool = QThreadPool.globalInstance()
        # Background jobs allocate too: cyclic garbage must only ever be freed on the GUI thread.
        collect_on_gui_thread(self)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(on_done, on_error, self._relays.discard, parent=self)
        self._relays.add(relay)
        self._pool.start(_Job(work, relay))

    def run_with_progress(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        on_progress: Callable[[int, int], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Like `run`, for work that reports (done, total) as it goes; `on_progress` runs on the GUI thread."""
        relay = _Relay(on_done, on_error, self._relays.discard, on_progress, parent=self)
        self._relays.add(relay)
        self._pool.start(_Job(lambda: work(relay.progressed.emit), relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
