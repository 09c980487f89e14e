"""The command line's context: which workspace folder and language were chosen. Light on purpose: the GUI
imports it before the storage layer is loaded, so the window can appear first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cellapp.paths import default_workspace_dir

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace


@dataclass(frozen=True)
class CliContext:
    data_dir: Path | None
    language: str
    demo: bool = False

    @property
    def workspace_dir(self) -> Path:
        return self.data_dir if self.data_dir is not None else default_workspace_dir()

    def open(self) -> Workspace:
        from cellapp.services.workspace import open_workspace

        return open_workspace(self.workspace_dir)
