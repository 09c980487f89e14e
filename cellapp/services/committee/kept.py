"""Per-cell figures read from the kept ones where the cell's records have not changed, computed for the
other cells only, then kept (`cellapp.storage.figure_cache`)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from cellapp.storage.figure_cache import cached_figures, store_figures, unit_revisions
from cellapp.storage.unit_of_work import UnitOfWork

F = TypeVar("F")


_locks: dict[str, threading.Lock] = {}
_locks_lock = threading.Lock()


def _computing(topic: str) -> threading.Lock:
    """One view at a time computes a topic's figures in this process: the Overview asks for its charts and
    its alerts at once, from two threads, and the second then reads what the first kept instead of
    computing the same figures beside it."""
    with _locks_lock:
        return _locks.setdefault(topic, threading.Lock())


@contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection while a cell's figures are read or computed: they are tens of thousands of
    small objects that live on, and collecting again and again while they are made doubles the time it
    takes. What is left for the collector is collected once afterwards, as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def kept_or_computed(
    uow: UnitOfWork,
    topic: str,
    units: Sequence[str],
    *,
    day: date,
    layout: int,
    compute: Callable[[list[str]], dict[str, F]],
    to_json: Callable[[F], dict[str, Any]],
    from_json: Callable[[dict[str, Any]], F],
    any_day: bool = False,
) -> dict[str, F]:
    """`compute(units)` runs inside the open unit of work, on the same records whose revisions are kept
    with its results, so figures computed before a concurrent import are never served afterwards.
    Figures that depend on others kept here (a day's snapshots on the cells' facts) compute those inside
    `compute`, never the other way round.
    `any_day`: the figures do not depend on the day (kept ones from any day are read; `day` is only
    noted as the day they were computed on)."""
    lock = _computing(topic)
    waited = not lock.acquire(blocking=False)
    if waited:
        lock.acquire()
    try:
        with uow, collection_paused():
            revisions = unit_revisions(uow.session)
            kept_day = None if any_day else day
            if waited:
                # Another view has just kept these figures, maybe after this transaction began: they are
                # read as written, and count where they were computed from the revisions seen here.
                with uow.engine.connect() as connection:
                    kept = cached_figures(connection, topic, day=kept_day, layout=layout, revisions=revisions)
            else:
                kept = cached_figures(uow.session, topic, day=kept_day, layout=layout, revisions=revisions)
            found = {unit: from_json(kept[unit]) for unit in units if unit in kept}
            missing = [unit for unit in units if unit not in found]
            if not missing:
                return found
            computed = compute(missing)
            payloads = {unit: to_json(figures) for unit, figures in computed.items()}
        store_figures(uow.engine, topic, day=day, layout=layout, revisions=revisions, payloads=payloads)
    finally:
        lock.release()
    return {**found, **computed}
