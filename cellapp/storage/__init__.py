"""Storage: the SQLite workspace database through SQLAlchemy, its migrations and the unit of work."""
