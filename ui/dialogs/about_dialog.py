"""Help → About CellApp: the version, what CellApp is for, and every font and library it ships with its
licence; the licence texts are read in the dialog. The list is the one `cellapp licences` prints, read
from the installed distributions' metadata (cellapp.services.about)."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cellapp import __version__
from cellapp.services.about import Component, bundled_components
from ui.app_icon import app_icon
from ui.widgets.rows_table import RowsTableWidget


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CellApp"))
        self.components = bundled_components()

        self.table = RowsTableWidget(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")], stretch=2
        )
        self.table.setObjectName("aboutComponents")
        self.table.rows.set_rows(
            [[c.name, c.version, self.licence_label(c)] for c in self.components],
            tips=[c.summary for c in self.components],
        )
        # one line per component, so that a dozen show at once on a 768-pixel screen
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("aboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.NoWrap
        )  # the texts are laid out in 80 columns
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(QLabel(self.tr("Fonts and libraries shipped with CellApp, and their licences:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Licence text of the component chosen above:")))
        layout.addWidget(self.licence_text, 1)
        layout.addWidget(buttons)
        self.resize(780, 660)
        self.table.selectRow(0)

    def _header(self) -> QHBoxLayout:
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"CellApp {__version__}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(
            self.tr(
                "Records, meetings and fees of a party cell, printed in the Party's document format, "
                "and the exchange of signed files with the committee."
            )
        )
        purpose.setWordWrap(True)
        runtime = QLabel(
            self.tr("Python %1 · Qt %2").replace("%1", self.components[0].version).replace("%2", qVersion())
        )
        runtime.setObjectName("aboutRuntime")
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(purpose)
        words.addWidget(runtime)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addSpacing(12)
        header.addLayout(words, 1)
        return header

    def licence_label(self, component: Component) -> str:
        if component.used_under is None:
            return component.licence
        return (
            self.tr("%1 (used under %2)").replace("%1", component.licence).replace("%2", component.used_under)
        )

    def _show_selected(self) -> None:
        index = self.table.selected_key()
        if index is None:
            return
        component = self.components[index]
        if not component.texts:
            self.licence_text.setPlainText(self.tr("This component comes with no licence text of its own."))
            return
        parts = []
        for text in component.texts:
            parts.append(f"── {component.name} {component.version}: {text.title} ──\n\n{text.text.strip()}\n")
        self.licence_text.setPlainText("\n\n".join(parts))
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)
