"""Cold start: CellApp's main window on a 40-member workspace against a bare PySide6 QMainWindow.

Each run is a fresh process (interpreter start included) that shows its window, lets it paint once and
exits; the figure is the median wall time of several runs. Target: ratio <= 1.5 and under 1 s.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Each snippet ends with os._exit: what is timed is the window on screen, not the interpreter's clean-up.
BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
os._exit(0)
"""

# The real start-up path of `cellapp --data-dir DIR`: the window is shown and painted, then the workspace
# is opened into it. WINDOW stops after the first paint; WITH_DATA once the Overview shows the
# workspace's figures; WITH_ALERTS once the alerts and meeting figures, computed off the GUI thread,
# have arrived too.
OPEN = """
import os
import sys
from pathlib import Path
from cellapp.cli.context import CliContext
from ui.app import create_application, open_into
from ui.main_window import MainWindow
app = create_application("vi")
window = MainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
"""
WINDOW = OPEN + "os._exit(0)\n"
WITH_DATA = (
    OPEN
    + """
assert open_into(window, CliContext(data_dir=Path(sys.argv[1]), language="vi")) is None
app.processEvents()
assert window.pages[0].heading.text()
"""
)
WITH_ALERTS = (
    WITH_DATA
    + """
import time
while window.tasks.busy:
    app.processEvents()
    # PySide6 6.12's processEvents() drops a reference to None on each call: a tight loop of some
    # 100,000 calls aborts Python 3.11 ("none_dealloc"). A millisecond's pause keeps the calls few.
    time.sleep(0.001)
"""
)


def _time_process(code: str, *args: str) -> float:
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT)
    )
    # An installed CellApp starts from compiled bytecode (pip and PyInstaller write it); a shell that
    # forbids writing it would time compiling every module from source on every run instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=str(ROOT))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    from cellapp.demo import build_demo_cell

    with tempfile.TemporaryDirectory() as folder:
        workspace = build_demo_cell(Path(folder) / "ws", members=40, months=12, today=date(2026, 11, 23))
        workspace.close()
        _time_process(BARE)  # warm the file cache for both
        _time_process(
            WITH_ALERTS + "os._exit(0)\n", str(workspace.root)
        )  # warm the caches, write the bytecode
        bare = statistics.median(_time_process(BARE) for _ in range(runs))
        window = statistics.median(_time_process(WINDOW, str(workspace.root)) for _ in range(runs))
        data = statistics.median(
            _time_process(WITH_DATA + "os._exit(0)\n", str(workspace.root)) for _ in range(runs)
        )
        alerts = statistics.median(
            _time_process(WITH_ALERTS + "os._exit(0)\n", str(workspace.root)) for _ in range(runs)
        )
    print(f"bare QMainWindow shown               {bare * 1000:6.0f} ms   (median of {runs} processes)")
    print(
        f"CellApp main window shown            {window * 1000:6.0f} ms   ratio {window / bare:4.2f}  (target <= 1.5)"
    )
    print(
        f"CellApp window with workspace data   {data * 1000:6.0f} ms   ratio {data / bare:4.2f}  (target < 1000 ms)"
    )
    print(f"  ... and its alerts and meeting figures {alerts * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
