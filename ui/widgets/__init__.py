"""Reusable input widgets of the GUI."""
