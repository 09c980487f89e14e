"""Entry point for the frozen (PyInstaller) build: the same as the `cellapp` command (ui.launcher:main).

Also works from a source checkout: `python packaging/launch.py`.
"""

from __future__ import annotations

import os
import sys

if not getattr(sys, "frozen", False):
    # Source checkout: make the repository root (parent of packaging/) importable.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

if sys.stdout is None or sys.stderr is None:
    # A windowed program on Windows starts without standard streams: what it would print goes nowhere
    # rather than failing (the console program cellapp-cli.exe is the one for the command line).
    sys.stdout = sys.stdout or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the run)
    sys.stderr = sys.stderr or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from ui.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
