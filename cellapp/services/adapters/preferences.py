"""The user's preferences (language), kept in the platform's config folder, not in any workspace."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cellapp.domain.l10n import LANGUAGES, Language
from cellapp.paths import config_dir

_FILE = "settings.json"


def _settings_path() -> Path:
    return config_dir() / _FILE


def load_preferences() -> dict[str, object]:
    try:
        data = json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def preferred_language() -> Language:
    value = load_preferences().get("language")
    for language in LANGUAGES:
        if value == language:
            return language
    return "vi"


def save_language(language: Language) -> None:
    data = load_preferences()
    data["language"] = language
    path = _settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def recent_workspace() -> Path | None:
    value = load_preferences().get("recent_workspace")
    return Path(value) if isinstance(value, str) and value else None


def save_recent_workspace(root: Path) -> None:
    data = load_preferences()
    data["recent_workspace"] = str(root)
    path = _settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)
