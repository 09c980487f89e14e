"""Use cases: one function per thing a user does, each in one unit of work, returning frozen dataclasses.

This is the only part of the core the GUI calls. Each feature is a package (members, meetings, sync,
fees, review, committee, keyring, certificates, about) whose `__init__` is its front door: the modules
inside whose names start with `_` are private to it, which an import-linter contract enforces.
`adapters/` holds the input and output at the program's edge (drives, preferences, spreadsheet rows).
See docs/architecture.md.
"""
