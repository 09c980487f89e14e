"""Operations: the one way screens run work on the workspace.

A *query* reads (it changes nothing); a *change* writes and says which areas of the workspace it changed.
Both run off the GUI thread on the window's `TaskRunner`; their result comes back to the GUI thread, and a
failure is shown one way (`show_error`: the core's bilingual message in the chosen language, or a
translated "unexpected error"). When a change succeeds, `Ops.changed` announces the areas it touched:
the main window passes them to every page, which marks itself stale and reloads when next shown (at once
if it is the one on screen).

    ops.query(self, lambda: list_outbox(uow), self.show_outbox)
    ops.change(self, lambda: release_quarantined(ws, key), ALL_AREAS, self._released)
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cellapp.domain.errors import CellAppError
from ui.tasks import TaskRunner

T = TypeVar("T")


class Area(enum.Enum):
    """What a change touched; a page reloads when an area it shows changed."""

    MEMBERS = "members"
    MEETINGS = "meetings"
    FEES = "fees"
    SYNC = "sync"
    COMMITTEE = "committee"
    REFERENCE = "reference"
    REVIEW = "review"


Changes = frozenset[Area]
ALL_AREAS: Changes = frozenset(Area)
# A sync import or a released file can bring anything: members, their fees and meetings, directives.
IMPORTED: Changes = ALL_AREAS


def changes(*areas: Area | Iterable[Area]) -> Changes:
    found: set[Area] = set()
    for area in areas:
        found.update([area] if isinstance(area, Area) else area)
    return frozenset(found)


def error_text(error: BaseException) -> str:
    """What the user reads about a failure: the core's own message, or an unexpected error's text."""
    if isinstance(error, CellAppError):
        return error.message.render()
    return QCoreApplication.translate("Ops", "CellApp met an unexpected error: %1").replace("%1", str(error))


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or "CellApp", error_text(error))


class Ops(QObject):
    """Runs queries and changes for the screens of one window and announces what changed."""

    changed = Signal(object, object)  # (Changes, the page that made them and reloads itself, or None)
    progressed = Signal(int, int)  # (done, total) of the running change that reports progress
    busy_changed = Signal(bool)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._running = 0

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def query(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read in the background; `success` gets the result on the GUI thread."""
        self._start(parent, work, success, failure, None, None)

    def change(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        areas: Changes | Callable[[T], Changes],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[Callable[[int, int], None]], T] | None = None,
    ) -> None:
        """Write in the background, then announce `areas` (or what `areas(result)` says) and call
        `success`. `progress`, when given, replaces `work` with one that reports (done, total)."""
        self._start(parent, work, success, failure, areas, progress)

    def announce(self, areas: Iterable[Area], source: QObject | None = None) -> None:
        """Tell every page what changed (also for work done on the GUI thread by a dialog); `source`, the
        page that made the change, reloads itself as it sees fit."""
        found = frozenset(areas)
        if found:
            self.changed.emit(found, source)

    def _start(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], None] | None,
        areas: Changes | Callable[[T], Changes] | None,
        progress: Callable[[Callable[[int, int], None]], T] | None,
    ) -> None:
        def done(result: Any) -> None:
            self._finished()
            if areas is not None:
                # The screen that asked reloads itself in `success`; the others are told.
                self.announce(areas(result) if callable(areas) else areas, source=parent)
            if success is not None:
                success(result)

        def failed(error: BaseException) -> None:
            self._finished()
            if failure is not None:
                failure(error)
            else:
                show_error(parent, error)

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        if progress is not None:
            self.tasks.run_with_progress(progress, self.progressed.emit, done, failed)
        else:
            self.tasks.run(work, done, failed)

    def _finished(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
