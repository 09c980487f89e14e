"""CellApp core: members, meetings, fees and sync for a party cell and its committee. Never imports Qt."""

__version__ = "0.1.0"
