"""The built package: the size of the installed folder, the start of the frozen program against the same
program run from the virtual environment, and its memory once a demo workspace is open.

    make package && python bench/package.py [--runs 5]

Each start is a fresh process on a real X display (Xvfb; the bench starts one when DISPLAY is unset),
watched from outside as a user would see it: "window" is when the main window is mapped, "workspace"
when its title names the cell (the workspace is open and the Overview built). The files are in the page
cache after the first run, so these are fresh-process starts, not starts after a reboot. RSS is read
from /proc once the program has gone idle on the Overview, and again after every page has been opened
(Ctrl+2…5, through xdotool). Needs dist/cellapp/ (make package), Xvfb, xwininfo and xdotool.
Targets: the folder under 200 MB; RSS after opening the demo under 250 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "cellapp" / "cellapp"
VENV = Path(sys.executable).parent / "cellapp"
PAGES = 5  # a cell's pages: Overview, Members, Meetings, Fees, Sync
MB = 1_000_000


@dataclass
class Start:
    window: float  # seconds until the main window is mapped
    workspace: float  # seconds until its title names the cell
    rss_open: int  # bytes, idle on the Overview
    rss_pages: int  # bytes, after every page was opened
    peak: int  # VmHWM: the most it held at any moment


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 8) -> list[tuple[str, int]]:
    files = [
        (str(p.relative_to(folder)), p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(files, key=lambda item: -item[1])[:count]


def _windows() -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _settle(pid: int, quiet: float = 0.6, limit: float = 30.0) -> None:
    """Wait until the process has used no CPU for `quiet` seconds (its background work is done)."""
    deadline = time.monotonic() + limit
    ticks = _cpu_ticks(pid)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = _cpu_ticks(pid)
        if now == ticks:
            return
        ticks = now


def _memory(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    assert match, status
    return int(match.group(1)) * 1024


def start(program: Path, workspace: Path, home: Path) -> Start:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(home), CELLAPP_CONFIG_DIR=str(home / "config"))
    env.pop("PYTHONPATH", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        [str(program), "--data-dir", str(workspace)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    window = opened = 0.0
    window_id = ""
    try:
        while not opened:
            if process.poll() is not None:
                raise SystemExit(f"{program} stopped with code {process.returncode}")
            if time.perf_counter() - began > 60:
                raise SystemExit(f"{program}: no window after 60 s")
            listing = _windows()
            if not window and re.search(r'"CellApp[^"]*": \("cellapp"', listing):
                window = time.perf_counter() - began
            found = re.search(r'(0x[0-9a-f]+) "CellApp – [^"]+": \("cellapp"', listing)
            if found:
                opened = time.perf_counter() - began
                window_id = found.group(1)
            else:
                time.sleep(0.005)
        _settle(process.pid)
        rss_open = _memory(process.pid, "VmRSS")
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=True)
        for page in range(2, PAGES + 1):
            subprocess.run(["xdotool", "key", f"ctrl+{page}"], check=True)
            _settle(process.pid)
        rss_pages = _memory(process.pid, "VmRSS")
        peak = _memory(process.pid, "VmHWM")
    finally:
        process.terminate()
        process.wait(10)
    return Start(window or opened, opened, rss_open, rss_pages, peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.is_file():
        raise SystemExit(f"{FROZEN} is missing: run make package first")
    for tool in ("xwininfo", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed (Debian: x11-utils, xdotool)")
    if not os.environ.get("DISPLAY"):
        screen = ["-s", "-screen 0 1366x768x24"]
        command = ["xvfb-run", "-a", *screen, sys.executable, __file__, "--runs", str(args.runs)]
        return subprocess.call(command)

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1, 5, 15 min)")
    folder = FROZEN.parent
    print(f"installed folder {folder.relative_to(ROOT)}: {folder_size(folder) / MB:.1f} MB (target < 200 MB)")
    for name, size in largest_parts(folder):
        print(f"  {size / MB:6.1f} MB  {name}")
    for deb in sorted((ROOT / "dist").glob("cellapp_*.deb")):
        print(f"package {deb.name}: {deb.stat().st_size / MB:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="cellapp-bench-") as scratch:
        home, workspace = Path(scratch) / "home", Path(scratch) / "workspace"
        home.mkdir()
        subprocess.run(
            [
                str(VENV),
                "--data-dir",
                str(workspace),
                "demo",
                "--members",
                "40",
                "--months",
                "12",
                "--seed",
                "1",
            ],
            check=True,
            capture_output=True,
        )
        programs = {"frozen": FROZEN, "venv": VENV}
        for program in programs.values():
            start(program, workspace, home)  # the first start fills the page cache and writes bytecode
        runs: dict[str, list[Start]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, program in programs.items():  # alternated, so that load falls on both alike
                runs[name].append(start(program, workspace, home))

    print(f"fresh-process start on a 40-member demo cell, median of {args.runs} (Xvfb, 1366×768):")
    for name, starts in runs.items():

        def median(field: str, starts: list[Start] = starts) -> float:
            return statistics.median(getattr(s, field) for s in starts)

        print(
            f"  {name:<6}  window {median('window'):.2f} s  workspace {median('workspace'):.2f} s  "
            f"RSS on the Overview {median('rss_open') / MB:.0f} MB, after every page "
            f"{median('rss_pages') / MB:.0f} MB, peak {median('peak') / MB:.0f} MB (target < 250 MB)"
        )
    frozen = statistics.median(s.workspace for s in runs["frozen"])
    venv = statistics.median(s.workspace for s in runs["venv"])
    print(f"frozen against venv (workspace shown): {frozen / venv:.2f}")
    print(f"load after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
