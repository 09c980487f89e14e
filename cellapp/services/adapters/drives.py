"""Where a USB stick is: removable drives first, so the secretary does not have to find the folder.

Linux: mounted filesystems whose block device says it is removable, or that are mounted under the usual
desktop places (/media, /run/media). Windows: drive letters of removable drives. macOS: /Volumes.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int


def removable_drives() -> list[Drive]:
    if sys.platform.startswith("win"):
        paths = _windows_removable()
    elif sys.platform == "darwin":
        volumes = Path("/Volumes")
        paths = (
            [p for p in volumes.iterdir() if p.is_dir() and not p.is_symlink()] if volumes.is_dir() else []
        )
    else:
        paths = _linux_removable()
    drives = []
    for path in paths:
        try:
            free = shutil.disk_usage(path).free
        except OSError:
            continue  # pulled out between listing and asking
        if os.access(path, os.W_OK):
            drives.append(Drive(path=path, label=path.name or str(path), free_bytes=free))
    return drives


def _linux_removable(mounts: Path = Path("/proc/mounts"), sys_block: Path = Path("/sys/block")) -> list[Path]:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point = parts[0], parts[1].replace("\\040", " ")
        under_media = point.startswith(("/media/", "/run/media/"))
        if under_media or _is_removable(device, sys_block):
            found.append(Path(point))
    return found


def _is_removable(device: str, sys_block: Path) -> bool:
    if not device.startswith("/dev/sd"):
        return False
    disk = device[len("/dev/") :].rstrip("0123456789")
    try:
        return (sys_block / disk / "removable").read_text().strip() == "1"
    except OSError:
        return False


def _windows_removable() -> list[Path]:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    found = []
    for index in range(26):
        if mask & (1 << index):
            root = f"{chr(65 + index)}:\\"
            if kernel.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                found.append(Path(root))
    return found
