"""The `cellapp` entry point: the core's command line, with the GUI plugged in for the no-command case.

Qt is imported only when the GUI is really opened, so batch commands start fast and need no display.
"""

from __future__ import annotations

from collections.abc import Sequence

from cellapp.cli import main as cli_main
from cellapp.cli.common import CliContext


def _open_gui(context: CliContext) -> int:
    from ui.app import run_gui

    return run_gui(context)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_gui=_open_gui)


if __name__ == "__main__":
    raise SystemExit(main())
