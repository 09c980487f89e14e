"""Printing: reportlab documents in the Party format and spreadsheet exports. Takes data, never a session."""
