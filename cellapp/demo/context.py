"""What every step that adds history to a fresh demo cell receives."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from cellapp.services.workspace import Workspace


@dataclass(frozen=True)
class DemoContext:
    """The demo cell being built, the seeded random source, the demo's today and how many months back
    its history goes."""

    workspace: Workspace
    rng: random.Random
    today: date
    months: int
