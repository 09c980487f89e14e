"""Demo workspaces, built through the services as a real secretary or committee officer would: a
realistic village cell of a northern border commune (`cell`), and a commune committee with its cells
(`committee`), each deterministic for a seed.

Each feature adds its own history to a demo cell in a module of its own (`members`, `fees`, `meetings`,
`review`), a step that receives a `DemoContext` (`context`); the people, names and villages come from
`people` and `names`. The GUI never imports this package: it asks `cellapp.startup` for a demo.
"""

from __future__ import annotations

from cellapp.demo.cell import DEMO_EXTENSIONS, build_demo_cell
from cellapp.demo.committee import CELLS_FOLDER, build_demo_committee
from cellapp.demo.context import DemoContext

__all__ = ["CELLS_FOLDER", "DEMO_EXTENSIONS", "DemoContext", "build_demo_cell", "build_demo_committee"]
