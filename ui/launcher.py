"""The `cellapp` entry point: the core's command line, with the GUI plugged in for the no-command case.

Qt is imported only when the GUI is really opened, so batch commands start fast and need no display.
"""

from __future__ import annotations

from collections.abc import Sequence

from cellapp.startup import StartOptions, run_command_line


def _open_gui(context: StartOptions) -> int:
    from ui.app import run_gui

    return run_gui(context)


def main(argv: Sequence[str] | None = None) -> int:
    return run_command_line(argv, open_gui=_open_gui)


if __name__ == "__main__":
    raise SystemExit(main())
