"""Opens every page and the main dialogs of a cell and of a committee at the laptops' screen (1366×768
less a 70-pixel taskbar, in logical pixels at the scale factor the process runs with) and prints every
text that does not fit, then "done". Run in its own process by test_no_clipped_text.py, because the
scale factor (QT_SCALE_FACTOR) is read once when Qt starts.

    python tests/ui/clipping_survey.py LANGUAGE CELL_WORKSPACE COMMITTEE_WORKSPACE
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget

from tests.helpers.clipping import clipped_texts

SCREEN = (1366, 768 - 70)


def settle(app: QApplication, window: object) -> None:
    from tests.helpers.gui import settle as wait_for_work

    wait_for_work(window)
    for _ in range(10):
        app.processEvents()


def main() -> int:
    language, cell_root, committee_root = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    from cellapp.domain.l10n import set_language
    from cellapp.services.workspace import open_workspace
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application(language)
    set_language(language)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    size = (int(SCREEN[0] / scale), int(SCREEN[1] / scale))
    shown: list[QDialog] = []
    QDialog.exec = lambda dialog: (dialog.show(), shown.append(dialog), 0)[2]  # type: ignore[method-assign,assignment,return-value]
    problems: list[str] = []

    def survey(where: str, widget: QWidget) -> None:
        problems.extend(f"{where}: {line}" for line in clipped_texts(widget))
        if os.environ.get("SURVEY_TRACE"):
            print(f"surveyed {where} {widget.width()}x{widget.height()}", file=sys.stderr)

    for root in (cell_root, committee_root):
        workspace = open_workspace(root, actor="survey")
        window = MainWindow(workspace)
        window.resize(*size)
        window.show()
        settle(app, window)
        hint = window.minimumSizeHint()
        if hint.width() > size[0] or hint.height() > size[1]:
            problems.append(
                f"{root.name}: the window needs {hint.width()}×{hint.height()}, the screen has {size}"
            )
        for row in range(len(window.pages)):
            window.navigation.setCurrentRow(row)
            settle(app, window)
            page = window.pages[row]
            survey(type(page).__name__, window)
            if scale == 1:  # at 100%, no list is wider than the screen (at 125% a wide one may scroll)
                problems.extend(
                    f"{type(page).__name__}: the table {table.objectName()} scrolls sideways"
                    for table in page.findChildren(QAbstractItemView)
                    if table.isVisible() and table.horizontalScrollBar().isVisible()
                )
            for name, open_dialog in _dialogs(page):
                before = len(shown)
                opened = open_dialog()
                settle(app, window)
                dialogs = [d for d in [opened, *shown[before:]] if isinstance(d, QDialog)]
                for dialog in dialogs:
                    dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1]))
                    settle(app, window)
                    if (
                        dialog.minimumSizeHint().height() > size[1]
                        or dialog.minimumSizeHint().width() > size[0]
                    ):
                        problems.append(f"{name}: the dialog needs more than the screen")
                    survey(name, dialog)
                    dialog.done(0)
        for name, make in _standalone_dialogs(workspace, window):
            try:
                dialog = make()
            except Exception as error:  # a dialog that cannot even open is a problem too
                problems.append(f"{name}: could not open ({error})")
                continue
            dialog.show()
            settle(app, window)
            dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1]))
            settle(app, window)
            hint = dialog.minimumSizeHint()
            if hint.height() > size[1] or hint.width() > size[0]:
                problems.append(f"{name}: the dialog needs more than the screen")
            survey(name, dialog)
            dialog.done(0)
        window.close()
        workspace.close()
    for line in problems:
        print(line)
    print("done")
    return 0


def _standalone_dialogs(workspace: object, window: object) -> list[tuple[str, Callable[[], QDialog]]]:
    """The dialogs reached from menus and from the Sync pages, opened directly."""
    from cellapp.domain.units import UnitKind
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.document_place_dialog import DocumentPlaceDialog
    from ui.dialogs.enrolment_dialogs import KeyCardDialog
    from ui.dialogs.first_run_dialog import FirstRunDialog
    from ui.dialogs.passphrase_dialogs import PassphraseSettingsDialog

    common: list[tuple[str, Callable[[], QDialog]]] = [
        ("about", lambda: AboutDialog(window)),  # type: ignore[arg-type]
        ("first run", lambda: FirstRunDialog(window)),  # type: ignore[arg-type]
        ("place on documents", lambda: DocumentPlaceDialog(workspace, window)),  # type: ignore[arg-type]
        ("passphrase", lambda: PassphraseSettingsDialog(workspace, window)),  # type: ignore[arg-type]
        ("key card", lambda: KeyCardDialog(workspace, window)),  # type: ignore[arg-type]
    ]
    if workspace.info.kind is UnitKind.CELL:  # type: ignore[attr-defined]
        from ui.dialogs.enrolment_dialogs import JoinDialog
        from ui.dialogs.export_dialog import ExportDialog
        from ui.dialogs.review_announce_dialog import ReviewAnnounceDialog

        return [
            *common,
            ("join", lambda: JoinDialog(workspace, window)),  # type: ignore[arg-type]
            ("export", lambda: ExportDialog(workspace, window.tasks, window)),  # type: ignore[arg-type,attr-defined]
            ("announce", lambda: ReviewAnnounceDialog(workspace, 2026, window)),  # type: ignore[arg-type]
        ]
    from ui.dialogs.directive_dialog import DirectiveDialog
    from ui.dialogs.enrolment_dialogs import InviteDialog
    from ui.dialogs.reference_dialog import ReferenceDialog
    from ui.dialogs.statistics_dialog import StatisticsDialog
    from ui.dialogs.transfer_dialog import TransferDialog

    return [
        *common,
        ("invite", lambda: InviteDialog(workspace, window)),  # type: ignore[arg-type]
        ("directive", lambda: DirectiveDialog(workspace, window)),  # type: ignore[arg-type]
        ("reference data", lambda: ReferenceDialog(workspace, window)),  # type: ignore[arg-type]
        ("statistics", lambda: StatisticsDialog(workspace, window.tasks, window)),  # type: ignore[arg-type,attr-defined]
        ("transfer", lambda: TransferDialog(workspace, window)),  # type: ignore[arg-type]
    ]


def _dialogs(page: object) -> list[tuple[str, Callable[[], object]]]:
    """The dialogs each page opens, as its buttons would."""
    from cellapp.domain.meetings import MeetingKind

    name = type(page).__name__
    table = getattr(page, "table", None)
    if table is not None and table.model() is not None and table.model().rowCount():
        table.selectRow(0)
    opened: dict[str, list[tuple[str, Callable[[], object]]]] = {
        "MembersPage": [("member dialog", lambda: page.actions.add())],  # type: ignore[attr-defined]
        "MeetingsPage": [("meeting editor", lambda: page.new_meeting(MeetingKind.REGULAR))],  # type: ignore[attr-defined]
        "FeesPage": [
            ("fee collection", lambda: page.open_collection()),  # type: ignore[attr-defined]
            ("fee payment", lambda: page.open_payment()),  # type: ignore[attr-defined]
            ("member's fees", lambda: page.open_member()),  # type: ignore[attr-defined]
            ("fee settings", lambda: page.open_settings()),  # type: ignore[attr-defined]
            ("remittance", lambda: page.open_remittance()),  # type: ignore[attr-defined]
        ],
        "ReviewPage": (
            [("review decision", lambda: page.decide_selected())]  # type: ignore[attr-defined]
            if getattr(page, "committee", False)
            else [
                ("member review", lambda: page.open_selected()),  # type: ignore[attr-defined]
                ("cell review", lambda: page.open_cell_review()),  # type: ignore[attr-defined]
            ]
        ),
    }
    return opened.get(name, [])


if __name__ == "__main__":
    raise SystemExit(main())
