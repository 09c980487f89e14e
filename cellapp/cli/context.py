"""The command line's context: the start options (`cellapp.startup.StartOptions`) under the name the
command modules know. Light on purpose: the GUI's start-up path imports it before storage is loaded."""

from __future__ import annotations

from cellapp.startup import StartOptions

CliContext = StartOptions

__all__ = ["CliContext"]
