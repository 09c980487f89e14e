"""Per-cell figures read from the kept ones where the cell's records have not changed, computed for the
other cells only, then kept (`cellapp.storage.figure_cache`)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from cellapp.storage.figure_cache import cached_figures, store_figures, unit_revisions
from cellapp.storage.unit_of_work import UnitOfWork

F = TypeVar("F")


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
    `any_day`: the figures do not depend on the day (kept ones from any day are read; `day` is only
    noted as the day they were computed on)."""
    with uow, collection_paused():
        revisions = unit_revisions(uow.session)
        kept = cached_figures(
            uow.session, topic, day=None if any_day else day, layout=layout, revisions=revisions
        )
        found = {unit: from_json(kept[unit]) for unit in units if unit in kept}
        missing = [unit for unit in units if unit not in found]
        if not missing:
            return found
        computed = compute(missing)
        payloads = {unit: to_json(figures) for unit, figures in computed.items()}
    store_figures(uow.engine, topic, day=day, layout=layout, revisions=revisions, payloads=payloads)
    return {**found, **computed}
