"""Figures derived from each unit's records, kept until those records change (the committee's Cells page,
alerts and report read three hundred cells' figures; recomputing them all on every view takes seconds).

Every path that writes synced records raises the owning units' revisions in its own transaction: the unit
of work's flush hook and the bulk insert of sync import. A cached payload counts only with the layout the
reader expects, while its unit's revision is unchanged, and, for figures that depend on the day, for the
day it was computed for; so figures that a concurrent import made stale are never served, even if they
were stored after that import.

Storing is best effort, in a short transaction of its own: a busy or read-only workspace just keeps
computing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cellapp.storage.records import CellFigureCacheRecord, CellRevisionRecord

_revisions = cast(Table, CellRevisionRecord.__table__)
_cache = cast(Table, CellFigureCacheRecord.__table__)


def raise_revisions(connection: Connection, units: Iterable[str | None]) -> None:
    """The records of these units changed (called inside the writing transaction)."""
    wanted = sorted({u for u in units if u})
    if not wanted:
        return
    connection.execute(
        update(_revisions)
        .where(_revisions.c.unit_uuid.in_(wanted))
        .values(revision=_revisions.c.revision + 1)
    )
    known = set(
        connection.execute(select(_revisions.c.unit_uuid).where(_revisions.c.unit_uuid.in_(wanted))).scalars()
    )
    missing = [{"unit_uuid": u, "revision": 1} for u in wanted if u not in known]
    if missing:
        connection.execute(insert(_revisions), missing)


def unit_revisions(session: Session) -> dict[str, int]:
    """Every unit's revision as this transaction sees it (a unit never written has revision 0)."""
    return {
        unit: int(revision)
        for unit, revision in session.execute(select(_revisions.c.unit_uuid, _revisions.c.revision))
    }


def cached_figures(
    reader: Session | Connection,
    topic: str,
    *,
    day: date | None,
    layout: int,
    revisions: Mapping[str, int],
) -> dict[str, dict[str, Any]]:
    """The payloads still valid for `day` (for any day they were computed on, with None: figures that do
    not depend on the day), by unit."""
    query = select(_cache.c.unit_uuid, _cache.c.revision, _cache.c.payload).where(
        _cache.c.topic == topic, _cache.c.layout == layout
    )
    if day is not None:
        query = query.where(_cache.c.computed_for == day)
    return {
        unit: payload
        for unit, revision, payload in reader.execute(query)
        if revision == revisions.get(unit, 0)
    }


def store_figures(
    engine: Engine,
    topic: str,
    *,
    day: date,
    layout: int,
    revisions: Mapping[str, int],
    payloads: Mapping[str, dict[str, Any]],
) -> bool:
    """Keep payloads computed from the records at `revisions`; False when the workspace could not be
    written now (they are simply computed again next time)."""
    if not payloads:
        return True
    try:
        with engine.begin() as connection:
            connection.execute(
                delete(_cache).where(_cache.c.topic == topic, _cache.c.unit_uuid.in_(list(payloads)))
            )
            connection.execute(
                insert(_cache),
                [
                    {
                        "unit_uuid": unit,
                        "topic": topic,
                        "computed_for": day,
                        "revision": revisions.get(unit, 0),
                        "layout": layout,
                        "payload": payload,
                    }
                    for unit, payload in payloads.items()
                ],
            )
    except DBAPIError:
        return False
    return True
