"""The editor's Print button (In): a menu of the meeting's four documents; the chosen one is built off
the GUI thread and shown in the PDF preview, from which it is printed or saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.meetings import MeetingDocument
from cellapp.domain.vietnamese import format_date
from cellapp.services.meetings import MeetingDetail
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.dialogs.document_preview_dialog import DocumentPreviewDialog


class MeetingPrintButton(QToolButton):
    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        ready: Callable[[], MeetingDetail | None],
        report: Callable[[str], None],
        failed: Callable[[CellAppError], None],
        parent: QWidget | None = None,
    ) -> None:
        """`ready` saves what needs saving and gives the meeting to print (None: nothing to print);
        `report` shows a line of progress ("" clears it); `failed` shows a refusal from the services."""
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self._ready = ready
        self._report = report
        self._failed = failed
        self.preview: DocumentPreviewDialog | None = None  # the last preview shown
        self.setText(self.tr("&Print"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for document in MeetingDocument:
            menu.addAction(document.label.render(), lambda chosen=document: self.print_document(chosen))
        self.setMenu(menu)

    def print_document(self, document: MeetingDocument) -> None:
        # Imported on first use: reportlab and QtPdf are not needed to show the window.
        from cellapp.services.meetings import document_file_name, meeting_pdf
        from ui.dialogs.document_preview_dialog import DocumentPreviewDialog

        detail = self._ready()
        if detail is None:
            return
        workspace = self.workspace
        self._report(self.tr("Preparing the document…"))
        self.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.setEnabled(True)
            self._report("")
            title = f"{document.label.render()} – {format_date(detail.held_on)}"
            self.preview = DocumentPreviewDialog(
                pdf, title, document_file_name(detail, document), self.window()
            )
            self.preview.open()

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(error, CellAppError):
                self._failed(error)
            else:
                self._report(str(error))

        self.tasks.run(
            lambda: meeting_pdf(workspace.uow(read_only=True), detail.uuid, document), done, failed
        )
