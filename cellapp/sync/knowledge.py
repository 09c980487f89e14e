"""Nodes, knowledge vectors and the order of versions (docs/sync.md §2, §5, §6).

A version is `(owner_epoch, ver_node, ver_ctr)`. Counters of different nodes are not comparable, so the
order is: epoch first; then, within an epoch, a write by one of the owner's nodes beats the committee's
transfer stamp that opened the epoch, and a later node of the owner (one that took over after a restore
or copy) beats an earlier one; then the counter. A unit's nodes are numbered in the order they took over
(`generation`), which every side learns from the manifests.

Knowledge `{node: counter}` says how far a side holds each node's changes; a side's acknowledgement is
its knowledge, and export sends what the recipient's acknowledgement does not cover.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.storage.records import NodeStateRecord, SyncNodeRecord

Ranks = dict[str, tuple[str, int]]  # node -> (unit, generation)
VersionKey = tuple[int, int, int, str]


def version_key(owner_unit: str, epoch: int, node: str, ctr: int, ranks: Ranks) -> VersionKey:
    unit, generation = ranks.get(node, ("", 0))
    return (epoch, generation if unit == owner_unit else 0, ctr, node)


def register_own_nodes(session: Session, unit_uuid: str) -> list[NodeStateRecord]:
    """Our own nodes in succession order, each known in `sync_nodes` with its generation and counter."""
    nodes = list(session.scalars(select(NodeStateRecord).order_by(NodeStateRecord.created_at)))
    known = {
        n.node_id: n
        for n in session.scalars(select(SyncNodeRecord).where(SyncNodeRecord.unit_uuid == unit_uuid))
    }
    for generation, node in enumerate(nodes, start=1):
        row = known.get(node.node_id)
        if row is None:
            session.add(
                SyncNodeRecord(
                    node_id=node.node_id, unit_uuid=unit_uuid, generation=generation, known_ctr=node.counter
                )
            )
        elif row.known_ctr < node.counter or row.generation != generation:
            row.known_ctr = max(row.known_ctr, node.counter)
            row.generation = generation
    return nodes


def ranks_for(session: Session, nodes: Iterable[str]) -> Ranks:
    wanted = sorted(set(nodes))
    ranks: Ranks = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(SyncNodeRecord.node_id, SyncNodeRecord.unit_uuid, SyncNodeRecord.generation).where(
                SyncNodeRecord.node_id.in_(chunk)
            )
        )
        ranks.update({row.node_id: (row.unit_uuid, row.generation) for row in rows})
    return ranks


def knowledge(session: Session, units: Iterable[str], current_node: str | None = None) -> dict[str, int]:
    """How far this side holds the changes of every node of `units`."""
    rows = session.execute(
        select(SyncNodeRecord.node_id, SyncNodeRecord.known_ctr).where(
            SyncNodeRecord.unit_uuid.in_(set(units))
        )
    )
    vector = {row.node_id: row.known_ctr for row in rows}
    if current_node is not None:
        node = session.get(NodeStateRecord, current_node)
        if node is not None:
            vector[current_node] = node.counter
    return vector


def node_table(session: Session, nodes: Iterable[str]) -> dict[str, list[Any]]:
    """The manifest's `nodes`: unit and generation of every node a bundle mentions."""
    return {node: [unit, generation] for node, (unit, generation) in ranks_for(session, nodes).items()}


def learn_nodes(session: Session, declared: Any, allowed_units: frozenset[str]) -> Ranks:
    """Record nodes a manifest declares; returns what is now known of them. A sender may only speak for
    the units it may write for, and a node's unit, once known, never changes."""
    if not isinstance(declared, dict):
        return {}
    known = ranks_for(session, declared)
    for node, facts in declared.items():
        if node in known or not isinstance(facts, list) or len(facts) != 2:
            continue
        unit, generation = facts
        if unit in allowed_units and isinstance(generation, int) and not isinstance(generation, bool):
            session.add(SyncNodeRecord(node_id=str(node), unit_uuid=str(unit), generation=generation))
            known[str(node)] = (str(unit), generation)
    return known


def advance_knowledge(
    session: Session,
    *,
    since: Mapping[str, Any],
    upto: Mapping[str, Any],
    units: frozenset[str],
    current_node: str,
) -> None:
    """After a bundle is applied: hold each node's changes up to what the bundle covered, but only where
    the bundle started at or below what we already held (no gaps)."""
    rows = {
        row.node_id: row
        for row in session.scalars(select(SyncNodeRecord).where(SyncNodeRecord.node_id.in_(list(upto))))
    }
    for node, counter in upto.items():
        row = rows.get(node)
        if row is None or row.unit_uuid not in units or node == current_node:
            continue
        if not isinstance(counter, int) or isinstance(counter, bool):
            continue
        start = since.get(node, 0)
        if isinstance(start, int) and row.known_ctr >= start and counter > row.known_ctr:
            row.known_ctr = counter


def covers(acknowledged: Mapping[str, Any], versions: Iterable[tuple[str, int]]) -> bool:
    """Whether an acknowledgement covers every (node, counter) given."""
    for node, counter in versions:
        held = acknowledged.get(node, 0)
        if not isinstance(held, int) or held < counter:
            return False
    return True
