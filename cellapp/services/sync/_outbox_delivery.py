"""How far a committee record has travelled to the cells it is for (the committee's outbox): not yet in a
return file, written in one and waiting for the cell's acknowledgement, or received by the cell.

Read from the version counters each enrolled cell has acknowledged (`acked`, from its last file) and
those our last return file to it carried (`sent`), so nothing extra is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.l10n import T, Text
from cellapp.storage.records import SyncPeerRecord


class DeliveryState(StrEnum):
    WAITING = "waiting"  # in no return file yet
    SENT = "sent"  # in a return file, not yet acknowledged
    RECEIVED = "received"  # the cell says it has it


@dataclass(frozen=True)
class Delivery:
    """Per cell the record is for: how many have received it, how many files carry it, how many wait."""

    received: int
    sent: int
    waiting: int

    @property
    def cells(self) -> int:
        return self.received + self.sent + self.waiting

    @property
    def state(self) -> DeliveryState:
        if self.waiting:
            return DeliveryState.WAITING
        return DeliveryState.SENT if self.sent else DeliveryState.RECEIVED

    @property
    def label(self) -> Text:
        """Short, for a column of the outbox."""
        if self.cells == 0:
            return T("no enrolled cell", "chưa có chi bộ nào")
        if self.received == self.cells:
            return T("received by all {n}", "cả {n} chi bộ đã nhận", n=self.cells)
        if self.waiting == self.cells:
            return T("waiting to be sent", "chờ gửi")
        parts = [T("{received}/{n} received", "{received}/{n} đã nhận", received=self.received, n=self.cells)]
        if self.sent:
            parts.append(T("{sent} sent", "{sent} đã gửi", sent=self.sent))
        if self.waiting:
            parts.append(T("{waiting} waiting", "{waiting} chờ gửi", waiting=self.waiting))
        names = {f"p{i}": part for i, part in enumerate(parts)}
        template = ", ".join("{" + name + "}" for name in names)
        return T(template, template, **names)


@dataclass(frozen=True)
class _Peer:
    unit_uuid: str
    code: str
    acked: dict[str, int]
    sent: dict[str, int]


class Deliveries:
    """The enrolled cells' counters, read once, to place many records."""

    def __init__(self, session: Session) -> None:
        peers = session.scalars(
            select(SyncPeerRecord).where(SyncPeerRecord.role == "cell", SyncPeerRecord.status == "enrolled")
        ).all()
        self.peers = [
            _Peer(p.unit_uuid, p.code, _vector(p.acked), _vector(p.sent)) for p in peers if p.unit_uuid
        ]

    def state_for(self, unit_uuid: str, node: str, counter: int) -> DeliveryState | None:
        """Where a record stands for one cell; None when that cell is not enrolled."""
        for peer in self.peers:
            if peer.unit_uuid == unit_uuid:
                return _state(peer, node, counter)
        return None

    def of(self, node: str, counter: int, units: Iterable[str] | None = None) -> Delivery:
        """For the given cells (every enrolled cell when None)."""
        wanted = None if units is None else set(units)
        states = [_state(p, node, counter) for p in self.peers if wanted is None or p.unit_uuid in wanted]
        return Delivery(
            received=states.count(DeliveryState.RECEIVED),
            sent=states.count(DeliveryState.SENT),
            waiting=states.count(DeliveryState.WAITING),
        )


def _state(peer: _Peer, node: str, counter: int) -> DeliveryState:
    if peer.acked.get(node, 0) >= counter:
        return DeliveryState.RECEIVED
    if peer.sent.get(node, 0) >= counter:
        return DeliveryState.SENT
    return DeliveryState.WAITING


def _vector(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}
