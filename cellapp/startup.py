"""How CellApp starts, offered to both front ends: the options of a start (which workspace folder, which
language, the demo or not), the command line with a GUI plugged in, and a fresh demo workspace.

The GUI reaches the command line and the demo only through here, so `ui` never imports `cellapp.cli` or
`cellapp.demo` itself. Light on purpose: the GUI imports it before the storage layer is loaded.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cellapp.paths import default_workspace_dir, demo_parent_dir

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace


@dataclass(frozen=True)
class StartOptions:
    """What the command line chose: the workspace folder, the language, a demo workspace or not."""

    data_dir: Path | None
    language: str
    demo: bool = False

    @property
    def workspace_dir(self) -> Path:
        return self.data_dir if self.data_dir is not None else default_workspace_dir()

    def open(self) -> Workspace:
        from cellapp.services.workspace import open_workspace

        return open_workspace(self.workspace_dir)

    @contextmanager
    def opened(self) -> Iterator[Workspace]:
        """The workspace, open for the `with` block and closed after it, whatever happens."""
        workspace = self.open()
        try:
            yield workspace
        finally:
            workspace.close()


GuiOpener = Callable[[StartOptions], int]


def run_command_line(argv: Sequence[str] | None = None, open_gui: GuiOpener | None = None) -> int:
    """The `cellapp` command; with no sub-command, `open_gui` opens the window."""
    from cellapp.cli import main

    return main(argv, open_gui=open_gui)


def new_demo_workspace() -> Workspace:
    """A fresh demo cell in the user's cache folder: the real workspace is never touched."""
    from cellapp.demo import build_demo_cell

    parent = demo_parent_dir()
    parent.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="demo-", dir=parent)
    return build_demo_cell(Path(folder) / "workspace")
