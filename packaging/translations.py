"""Qt Linguist catalogues of the GUI: update the .ts sources from the code, compile them to .qm, check them.

Each catalogue covers a set of GUI files, so features keep their strings in their own file.
`qtbase_vi.ts` is our own translation of Qt's standard strings (Qt ships none for Vietnamese).

    python packaging/translations.py update     # pyside6-lupdate: new strings appear as unfinished
    python packaging/translations.py compile    # pyside6-lrelease: every .ts to .qm
    python packaging/translations.py fill F.json # fill unfinished messages from {"source": "bản dịch"}
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "vi"

# catalogue name -> GUI files (globs relative to the repository root)
CATALOGUES: dict[str, list[str]] = {
    "cellapp": [
        "ui/app.py",
        "ui/main_window.py",
        "ui/pages/__init__.py",
        "ui/pages/base.py",
        "ui/ops.py",
        "ui/pages/overview_page.py",
        "ui/widgets/first_steps_widget.py",
        "ui/pages/members_page.py",
        "ui/item_models/members_table_model.py",
        "ui/dialogs/first_run_dialog.py",
        "ui/dialogs/document_place_dialog.py",
    ],
    "members": [
        "ui/dialogs/form_support.py",
        "ui/dialogs/member_dialog.py",
        "ui/dialogs/lifecycle_dialog.py",
        "ui/dialogs/residence_dialogs.py",
        "ui/dialogs/import_dialog.py",
        "ui/widgets/date_field.py",
        "ui/pages/member_actions.py",
        "ui/widgets/member_detail_widget.py",
        "ui/pages/residence_widget.py",
        "ui/widgets/alerts_widget.py",
        "ui/widgets/vote_fields.py",
    ],
    "committee": [
        "ui/pages/cells_page.py",
        "ui/item_models/cells_table_model.py",
        "ui/dialogs/cell_file_dialog.py",
        "ui/dialogs/statistics_dialog.py",
        "ui/dialogs/directive_dialog.py",
        "ui/dialogs/reference_dialog.py",
        "ui/dialogs/transfer_dialog.py",
        "ui/widgets/bar_chart.py",
        "ui/pages/committee_outbox.py",
        "ui/widgets/committee_overview.py",
    ],
    "fees": [
        "ui/pages/fees_page.py",
        "ui/pages/fee_printer.py",
        "ui/item_models/fee_grid_table_model.py",
        "ui/dialogs/fee_payment_dialog.py",
        "ui/dialogs/fee_collection_dialog.py",
        "ui/dialogs/member_fee_dialog.py",
        "ui/dialogs/fee_settings_dialog.py",
        "ui/dialogs/fee_remittance_dialog.py",
    ],
    "meetings": [
        "ui/pages/meetings_page.py",
        "ui/item_models/meetings_table_model.py",
        "ui/dialogs/meeting_*.py",
        "ui/dialogs/document_preview_dialog.py",
        "ui/dialogs/member_picker_dialog.py",
        "ui/widgets/meeting_figures_widget.py",
        "ui/widgets/time_field.py",
    ],
    "sync": [
        "ui/pages/sync_page.py",
        "ui/pages/cell_sync_page.py",
        "ui/pages/committee_sync_page.py",
        "ui/dialogs/export_dialog.py",
        "ui/dialogs/import_results_dialog.py",
        "ui/dialogs/enrolment_dialogs.py",
        "ui/widgets/conflicts_widget.py",
    ],
    "review": [
        "ui/pages/review_page.py",
        "ui/dialogs/member_review_dialog.py",
        "ui/dialogs/cell_review_dialog.py",
        "ui/dialogs/review_decision_dialog.py",
        "ui/dialogs/review_announce_dialog.py",
    ],
    "keys": [
        "ui/dialogs/passphrase_dialogs.py",
    ],
    "help": [
        "ui/help_window.py",
    ],
    "about": [
        "ui/dialogs/about_dialog.py",
    ],
}


def tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = shutil.which(str(beside_python)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def catalogue_files(name: str) -> list[Path]:
    files: list[Path] = []
    for pattern in CATALOGUES[name]:
        files.extend(sorted(ROOT.glob(pattern)))
    return files


def update(target_dir: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for name in CATALOGUES:
        ts = target_dir / f"{name}_{LANGUAGE}.ts"
        sources = [str(path) for path in catalogue_files(name)]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                "vi_VN",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        written.append(ts)
    return written


def compile_all() -> list[Path]:
    compiled = []
    for ts in sorted(TRANSLATIONS.glob(f"*_{LANGUAGE}.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def fill(mapping: dict[str, str]) -> int:
    """Write translations for unfinished messages whose source text is in `mapping`; returns how many."""
    import xml.etree.ElementTree as ET

    filled = 0
    for ts in sorted(TRANSLATIONS.glob(f"*_{LANGUAGE}.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source not in mapping or translation is None or translation.get("type") != "unfinished":
                continue
            text = mapping[source]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
                translation.text = None
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
            changed = True
        if changed:
            ET.indent(tree)
            with open(ts, "wb") as handle:
                handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(handle, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    if command == "update":
        for path in update():
            print(path)
    elif command == "compile":
        for path in compile_all():
            print(path)
    elif command == "fill":
        import json

        print(fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
    else:
        raise SystemExit(__doc__)
