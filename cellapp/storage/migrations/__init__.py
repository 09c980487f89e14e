"""Alembic migrations of the workspace schema (batch mode, so they run on SQLite)."""
