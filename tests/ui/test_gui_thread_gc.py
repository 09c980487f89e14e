"""Cyclic garbage is freed on the GUI thread only while background jobs may run, so that a Qt object in a
cycle is never destroyed by a worker (which aborts the process); collection is automatic again after."""

from __future__ import annotations

import gc
import threading

import pytest

from ui.tasks import TaskRunner

pytestmark = pytest.mark.timeout(60)


class _Cycle:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_made_by_a_job_is_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.collect()
    runner = TaskRunner()
    try:
        assert not gc.isenabled()
        _Cycle.freed_on.clear()
        done: list[object] = []

        def work() -> int:
            for _ in range(3000):  # far past the first generation's threshold
                _Cycle()
            return 1

        runner.run(work, done.append, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        assert done == [1]
        # Collected meanwhile or after, but only ever by the GUI thread's timer, never on the worker.
        qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=10000)
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        runner.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
