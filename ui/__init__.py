"""The PySide6 GUI of CellApp. It calls `cellapp.services` only, never storage or SQL."""
