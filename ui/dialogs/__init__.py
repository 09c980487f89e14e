"""Dialogs of the GUI."""
