"""Where things live: the workspace folder, its files, the user's settings, and the shipped resources.

Resources are found in a PyInstaller bundle (`sys._MEIPASS`), in a source checkout or editable install
(the top-level `resources/` beside the package), or in a wheel (`cellapp/_resources`, see setup.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CellApp"
DATA_DIR_VARIABLE = "CELLAPP_DATA_DIR"
CONFIG_DIR_VARIABLE = "CELLAPP_CONFIG_DIR"

DATABASE_FILE = "cellapp.db"
STORE_FILE = "store.json"  # names a PostgreSQL store instead of the file (committee workspaces)
INCARNATION_FILE = "incarnation"


def default_workspace_dir() -> Path:
    """`CELLAPP_DATA_DIR` when set, else the platform's user data folder for CellApp."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported here: start-up only needs it when no folder was given

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def demo_parent_dir() -> Path:
    """Demo workspaces go under the user's cache folder, never over the real workspace."""
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "demo"


class WorkspacePaths:
    """The files of one workspace folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def store(self) -> Path:
        return self.root / STORE_FILE

    def holds_workspace(self) -> bool:
        """A workspace is here: its database file, or the setting naming its PostgreSQL store."""
        return self.database.is_file() or self.store.is_file()

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def incarnation(self) -> Path:
        return self.keys / INCARNATION_FILE


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    source_tree = package_dir.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    return package_dir / "_resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def guide_dir() -> Path:
    """The user guide: `guide_<language>.md` and the `images/` it shows."""
    return resources_dir() / "guide"
