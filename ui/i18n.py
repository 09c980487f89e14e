"""Installing translations: Vietnamese by default (our own .qm files, Qt's standard strings included),
English as the untranslated source. The core's messages follow the same choice via cellapp's l10n."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cellapp.domain.l10n import T, set_language
from cellapp.paths import translations_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Load every `*_vi.qm` for Vietnamese; returns the catalogue names loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    loaded: list[str] = []
    if language == "en":
        return loaded
    folder = translations_dir()
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.stem)
    if not loaded:  # a broken installation: say so where it can be seen, and carry on in English
        missing = T(
            "CellApp: no Vietnamese translation found in {folder}; the windows are shown in English.",
            "CellApp: không tìm thấy bản dịch tiếng Việt trong {folder}; cửa sổ sẽ hiện bằng tiếng Anh.",
            folder=folder,
        )
        print(missing.render(), file=sys.stderr)
    return loaded
