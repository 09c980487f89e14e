"""Entry point for the frozen (PyInstaller) build: the same as the `cellapp` command (ui.launcher:main).

Also works from a source checkout: `python packaging/launch.py`.
"""

from __future__ import annotations

import os
import sys

if not getattr(sys, "frozen", False):
    # Source checkout: make the repository root (parent of packaging/) importable.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ui.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
