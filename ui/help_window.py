"""The help window (Hướng dẫn sử dụng): the user guide in a rich-text browser, offline, with its table of
contents on the left, a search field, and Print, which previews the printed guide.

One window serves the whole application: Help → Hướng dẫn sử dụng shows it at the start, F1 on a page
at that page's section (`show_section`). The screenshots are scaled to the browser's width once, smoothly,
and handed to the document as resources, so they stay sharp.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.guide import Guide, guide_dir, guide_html, guide_pdf, image_file, read_guide
from ui.tasks import TaskRunner

IMAGE_WIDTH = 640


class HelpWindow(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language
        self.tasks = TaskRunner(self)
        self.guide: Guide = read_guide(language)
        self.setWindowTitle(self.tr("User guide – CellApp"))
        self.resize(1100, 700)

        self.contents = QTreeWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_dir())])
        self._load_images()
        self.browser.setHtml(guide_html(self.guide, image_width=IMAGE_WIDTH))
        self._fill_contents()

        self.search = QLineEdit()
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        find_button = QPushButton(self.tr("&Find"))
        find_button.clicked.connect(self.find_next)
        self.print_button = QPushButton(self.tr("&Print the guide…"))
        self.print_button.setObjectName("printGuide")
        self.print_button.clicked.connect(self.print_guide)
        self.status = QLabel()
        self.status.setObjectName("helpStatus")
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(find_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.preview: QWidget | None = None

    def _load_images(self) -> None:
        document = self.browser.document()
        for picture in self.guide.pictures():
            image = QImage(str(image_file(picture)))
            if image.isNull():
                continue
            if image.width() > IMAGE_WIDTH:
                image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(picture.source), image)

    def _fill_contents(self) -> None:
        parent: QTreeWidgetItem | None = None
        for section in self.guide.sections:
            item = QTreeWidgetItem([section.title])
            item.setData(0, Qt.ItemDataRole.UserRole, section.id)
            if section.level <= 2 or parent is None:
                self.contents.addTopLevelItem(item)
                parent = item
            else:
                parent.addChild(item)

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_section(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def show_section(self, section_id: str) -> bool:
        """Scroll to the section, select it in the contents, and bring the window up. False when the
        guide has no such section (the guide opens at its start)."""
        found = self.guide.section(section_id) is not None
        if found:
            self.browser.scrollToAnchor(section_id)
            self._select(section_id)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()
        return found

    def current_section(self) -> str:
        item = self.contents.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _select(self, section_id: str) -> None:
        pending = [self.contents.topLevelItem(i) for i in range(self.contents.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item.data(0, Qt.ItemDataRole.UserRole) == section_id:
                self.contents.setCurrentItem(item)
                self.contents.scrollToItem(item)
                return
            pending.extend(item.child(i) for i in range(item.childCount()))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_next(self) -> bool:
        text = self.search.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:  # from the top again
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.status.setText("" if found else self.tr("Not found: %1").replace("%1", text))
        return found

    def print_guide(self) -> None:
        """Build the printed guide off the GUI thread, then preview it (print or save from there)."""
        from ui.dialogs.document_preview_dialog import DocumentPreviewDialog

        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the printed guide…"))
        language = self.language

        def done(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            self.status.clear()
            self.preview = DocumentPreviewDialog(pdf, self.guide.title, "huong-dan-su-dung-cellapp.pdf", self)
            self.preview.open()

        def failed(error: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.status.setText(error.message.render() if isinstance(error, CellAppError) else str(error))

        self.tasks.run(lambda: guide_pdf(language), done, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait(10000)
        super().closeEvent(event)
