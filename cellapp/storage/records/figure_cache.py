"""Figures the committee derives from each cell's records, kept until those records change.

Local and disposable: never synced, never audited. `CellRevisionRecord` counts the writes of each unit's
records (every write path raises it in the same transaction, `cellapp.storage.figure_cache`); a cached
row is valid only while the unit's revision is the one it was computed from, for the day it names.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.storage.records.base import Base


class CellRevisionRecord(Base):
    __tablename__ = "cell_revisions"
    __audited__ = False

    unit_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class CellFigureCacheRecord(Base):
    __tablename__ = "cell_figure_cache"
    __audited__ = False

    unit_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)  # e.g. "standing"
    computed_for: Mapped[date] = mapped_column(Date)  # the day the figures are true on
    revision: Mapped[int] = mapped_column(Integer)  # the unit's revision they were computed from
    layout: Mapped[int] = mapped_column(Integer)  # the payload's format: another one is recomputed
    payload: Mapped[dict[str, Any]] = mapped_column()
