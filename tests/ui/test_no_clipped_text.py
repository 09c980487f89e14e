"""Every page and the main dialogs, for a cell and for a committee, fit a 1366×768 laptop with its taskbar
at 100% and 125% scaling, in Vietnamese and in English, with no text cut off (tests/helpers/clipping.py).
Each combination runs in its own process: Qt reads the scale factor once, at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SURVEY = Path(__file__).with_name("clipping_survey.py")

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize("scale", ["1", "1.25"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_text_is_cut_off(language: str, scale: str, demo_root: Path, committee_root: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    result = subprocess.run(
        [sys.executable, str(SURVEY), language, str(demo_root), str(committee_root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=280,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0 and lines[-1:] == ["done"], result.stderr[-3000:]
    assert lines[:-1] == []
