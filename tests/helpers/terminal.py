"""Running Debian's `age` and `minisign` on a pseudo-terminal, which is where they ask for a passphrase."""

from __future__ import annotations

import os
import pty
import select
import time


def run_on_terminal(argv: list[str], passphrase: str, *, timeout: float = 30.0) -> tuple[int, bytes]:
    """Run `argv` with a terminal of its own; type `passphrase` when it asks. Returns (exit code, output)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    output, typed, deadline = b"", False, time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed its terminal
                break
            if not chunk:
                break
            output += chunk
            if not typed and (b"assphrase" in output or b"assword" in output):
                os.write(fd, passphrase.encode("utf-8") + b"\n")
                typed = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output
