"""The main window: navigation on the left, the current page on the right, the workspace in the status bar.

It is shown before the workspace is open (a short "opening" notice), then `attach_workspace` adds the
pages that apply to this kind of workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from cellapp.domain.l10n import Language
from ui.ops import Changes, Ops
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace
    from ui.help_window import HelpWindow
    from ui.pages import PageEntry
    from ui.pages.base import Page


class LazyPages(Sequence["Page"]):
    """The window's pages in navigation order; a page's module is imported and the page built the first
    time it is asked for (shown, or reached by code)."""

    def __init__(self, entries: list[PageEntry], build: Callable[[int, type[Page]], Page]) -> None:
        self._entries = entries
        self._build = build
        self._built: dict[int, Page] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | Sequence[Page]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index not in self._built:
            self._built[index] = self._build(index, self._entries[index].load())
        return self._built[index]

    def is_built(self, index: int) -> bool:
        return index in self._built

    def index_of(self, class_name: str) -> int | None:
        """The row of the page of this class name, without building it; None when this kind has none."""
        return next((i for i, entry in enumerate(self._entries) if entry.class_name == class_name), None)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.unlock_dialog: QDialog | None = None  # the passphrase asked at start, while it is shown
        self.tasks = TaskRunner(self)
        self.ops = Ops(self.tasks, self)
        self.ops.changed.connect(self.announce)
        self.pages: Sequence[Page] = []
        self.setWindowTitle("CellApp")
        self.resize(1280, 720)
        self.setMinimumSize(900, 560)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        font = self.navigation.font()
        font.setPointSize(font.pointSize() + 1)
        self.navigation.setFont(font)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening the workspace…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.navigation.currentRowChanged.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        if workspace is not None:
            self.attach_workspace(workspace)

    def show_fitted(self) -> None:
        """Maximised on small screens (1366×768 laptops, with a taskbar), a comfortable size otherwise."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and (screen.width() < 1400 or screen.height() < 800):
            self.showMaximized()
        else:
            self.show()

    def attach_workspace(self, workspace: Workspace) -> None:
        from ui.pages import PAGES

        self.workspace = workspace
        self.setWindowTitle(self.tr("CellApp – %1").replace("%1", workspace.info.unit_name))
        self.stack.removeWidget(self.opening)
        entries = [entry for entry in PAGES if workspace.info.kind in entry.kinds]
        self.pages = LazyPages(entries, self._build_page)
        for index, entry in enumerate(entries):
            self.stack.addWidget(QWidget())  # holds the place until the page is first shown
            self.navigation.addItem(entry.title())
            if index < 9:
                action = QAction(entry.title(), self)
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.triggered.connect(lambda _checked=False, row=index: self.navigation.setCurrentRow(row))
                self.view_menu.addAction(action)
        self._build_status_bar(workspace)
        self.passphrase_action.setEnabled(True)
        self.place_action.setEnabled(True)
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()

    def _build_page(self, index: int, page_class: type[Page]) -> Page:
        assert self.workspace is not None
        page = page_class(self.workspace, self.ops)
        steps = getattr(page, "first_steps", None)
        if steps is not None:
            steps.step_requested.connect(self.do_first_step)
        # A page taller or wider than the window scrolls instead of pushing the window off the screen
        # (a 1366×768 laptop with its taskbar, or at 125% scaling).
        frame = QScrollArea()
        frame.setObjectName(f"pageFrame-{page_class.__name__}")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(page)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, frame)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def current_page(self) -> Page | None:
        """The page on screen (each sits in its scroll frame in the stack)."""
        from ui.pages.base import Page

        frame = self.stack.currentWidget()
        page = frame.widget() if isinstance(frame, QScrollArea) else None
        return page if isinstance(page, Page) else None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))

        from cellapp.services.adapters.preferences import preferred_language

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.passphrase_action = QAction(self.tr("Key &passphrase…"), self)
        self.passphrase_action.setEnabled(False)  # until the workspace is open
        self.passphrase_action.triggered.connect(self._passphrase_settings)
        settings_menu.addAction(self.passphrase_action)
        self.place_action = QAction(self.tr("P&lace on documents…"), self)
        self.place_action.setEnabled(False)  # until the workspace is open
        self.place_action.triggered.connect(self.open_document_place)
        settings_menu.addAction(self.place_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        current = preferred_language()
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, chosen=code: self._choose_language(chosen))
            language_menu.addAction(action)
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_guide_actions(self.help_menu)
        about = QAction(self.tr("&About CellApp"), self)
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def _add_guide_actions(self, help_menu: QMenu) -> None:
        """The user guide: from its start, at the current page's section (F1, from any window of the
        application), and printed."""
        self.help_window: HelpWindow | None = None
        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("openGuide")
        guide.triggered.connect(lambda: self.show_help(""))
        help_menu.addAction(guide)
        contextual = QAction(self.tr("Help on this &page"), self)
        contextual.setObjectName("contextHelp")
        contextual.setShortcut(QKeySequence.StandardKey.HelpContents)
        contextual.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        contextual.triggered.connect(lambda: self.show_help(self.current_guide_section()))
        help_menu.addAction(contextual)
        self.addAction(contextual)
        print_guide = QAction(self.tr("P&rint the user guide…"), self)
        print_guide.setObjectName("printGuide")
        print_guide.triggered.connect(lambda: self.show_help("").print_guide())
        help_menu.addAction(print_guide)
        help_menu.addSeparator()

    def current_guide_section(self) -> str:
        """The section of the page shown; the first steps while no workspace is open."""
        if self.workspace is None:
            return "setup"
        from ui.pages import PAGES

        entries = [entry for entry in PAGES if self.workspace.info.kind in entry.kinds]
        row = self.navigation.currentRow()
        return entries[row].section_for(self.workspace.info.kind) if 0 <= row < len(entries) else ""

    def show_help(self, section: str) -> HelpWindow:
        """The help window (one for the application), at `section` or at the start."""
        from cellapp.domain.l10n import current_language
        from ui.help_window import HelpWindow

        if self.help_window is None:
            # A window of its own (no parent): a meeting being edited, modal to the main window, does not
            # block it, so the guide can be read beside the editor.
            self.help_window = HelpWindow(current_language())
        self.help_window.show_section(section)
        return self.help_window

    def _build_status_bar(self, workspace: Workspace) -> None:
        info = workspace.info
        unit = QLabel(info.unit_name)
        unit.setObjectName("statusUnit")
        path = QLabel(self.tr("Workspace: %1").replace("%1", str(info.root)))
        path.setObjectName("statusWorkspace")
        self.statusBar().addWidget(unit)
        self.statusBar().addPermanentWidget(path)
        if info.node_renewed:
            self.statusBar().showMessage(
                self.tr(
                    "This workspace was restored or copied; it continues under a new installation identity."
                ),
                15000,
            )

    def go_to(self, page_class: type[Page]) -> Page | None:
        """Show the page of this class (built the first time) and return it."""
        if not isinstance(self.pages, LazyPages):
            return None
        row = self.pages.index_of(page_class.__name__)
        if row is None:
            return None
        self.navigation.setCurrentRow(row)
        return self.pages[row]

    def do_first_step(self, step: object) -> None:
        """A button of the Overview's first steps: go where the step is done and start it."""
        from cellapp.domain.meetings import MeetingKind
        from cellapp.services.first_steps import FirstStep
        from ui.pages.cell_sync_page import CellSyncPage
        from ui.pages.fees_page import FeesPage
        from ui.pages.meetings_page import MeetingsPage
        from ui.pages.members_page import MembersPage

        if step is FirstStep.ADD_MEMBERS:
            members = self.go_to(MembersPage)
            if isinstance(members, MembersPage):
                members.actions.add()
        elif step is FirstStep.FEE_BOOK_START:
            fees = self.go_to(FeesPage)
            if isinstance(fees, FeesPage):
                fees.open_settings()
        elif step is FirstStep.FIRST_MEETING:
            meetings = self.go_to(MeetingsPage)
            if isinstance(meetings, MeetingsPage):
                meetings.new_meeting(MeetingKind.REGULAR)
        elif step is FirstStep.JOIN_COMMITTEE:
            sync = self.go_to(CellSyncPage)
            if isinstance(sync, CellSyncPage):
                sync.join_button.setFocus()

    def show_page(self, row: int) -> None:
        if row < 0 or row >= len(self.pages):
            return
        page = self.pages[row]  # built the first time
        self.stack.setCurrentIndex(row)
        page.reload_if_stale()

    def announce(self, areas: Changes, source: object = None) -> None:
        """An operation changed these areas: every page built so far is marked stale, and the page on
        screen reloads at once; the others reload when next shown. The page that made the change (the
        source) reloads itself."""
        if not isinstance(self.pages, LazyPages):
            return
        for index in range(len(self.pages)):
            if self.pages.is_built(index) and self.pages[index] is not source:
                self.pages[index].mark_stale(areas)
        current = self.navigation.currentRow()
        if 0 <= current < len(self.pages) and self.pages[current] is not source:
            self.pages[current].reload_if_stale()

    def open_document_place(self) -> QDialog:
        from ui.dialogs.document_place_dialog import DocumentPlaceDialog

        assert self.workspace is not None
        dialog = DocumentPlaceDialog(self.workspace, self)
        dialog.open()
        return dialog

    def _passphrase_settings(self) -> None:
        from ui.dialogs.passphrase_dialogs import PassphraseSettingsDialog

        assert self.workspace is not None
        PassphraseSettingsDialog(self.workspace, self).exec()

    def _choose_language(self, language: Language) -> None:
        from cellapp.services.adapters.preferences import save_language

        save_language(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time CellApp starts."),
        )

    def _about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.help_window is not None:
            self.help_window.close()
            self.help_window.deleteLater()
        self.tasks.wait(10000)
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)
