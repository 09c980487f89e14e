"""Enrolment certificates (docs/sync.md §3, §5): the committee's signed statement that a key card belongs to a
cell until a date, issued when the cell enrols and renewed before or after it runs out.

A renewal keeps the cell's pinned keys and gives a new validity period; the certificate travels down in
the cell's next return file (every return file carries the current one), so nothing else is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T
from cellapp.services.keyring import secret_keys
from cellapp.services.sync import audit, local_side, normalise_code, peer_by_code, require_code, require_keys
from cellapp.services.workspace import Workspace
from cellapp.storage.records import SyncPeerRecord, utc_now
from cellapp.sync.enrolment import make_certificate
from cellapp.sync.keys import KeyCard, NodeKeys

CERTIFICATE_YEARS = 5


@dataclass(frozen=True)
class RenewedEnrolment:
    cell_code: str
    cell_name: str
    valid_from: date
    valid_until: date
    previous_until: date | None


def issue_certificate(peer: SyncPeerRecord, card: KeyCard, keys: NodeKeys, issuer: str, today: date) -> None:
    """Sign a certificate for `peer` (its unit, code, name and key card) valid from today for five years."""
    assert peer.unit_uuid is not None
    peer.valid_until = _years_later(today, CERTIFICATE_YEARS)
    peer.certificate = make_certificate(
        keys,
        {
            "unit_uuid": peer.unit_uuid,
            "unit_code": peer.code,
            "unit_name": peer.name,
            "card": card.as_dict(),
            "fingerprint": card.fingerprint,
            "valid_from": today.isoformat(),
            "valid_until": peer.valid_until.isoformat(),
            "issued_at": utc_now().isoformat(),
            "issuer": issuer,
            "issuer_fp": keys.card(issuer).fingerprint,
        },
    )


def renew_enrolment(workspace: Workspace, *, code: str, today: date | None = None) -> RenewedEnrolment:
    """Committee: a new certificate for an enrolled cell, from today; it reaches the cell in its next
    return file, and the cell's files held for an expired enrolment can then be imported."""
    today = today or date.today()
    secret_keys(workspace)  # PassphraseNeeded before anything else is said
    keys = require_keys(workspace)
    with workspace.uow() as uow:
        side = local_side(uow.session, workspace)
        issuer = require_code(side)
        peer = peer_by_code(uow.session, normalise_code(code)) if side.is_hub else None
        if peer is None or peer.role != "cell" or peer.status != "enrolled" or peer.sign_key is None:
            raise InputRejected(
                T(
                    "{code} is not an enrolled cell of this committee; only an enrolled cell's enrolment is "
                    "renewed (a revoked one is invited again).",
                    "{code} không phải chi bộ đã đăng ký với cấp ủy này; chỉ gia hạn cho chi bộ đang đăng "
                    "ký (chi bộ đã thu hồi khóa thì mời đăng ký lại).",
                    code=code,
                )
            )
        assert peer.node_id is not None and peer.age_recipient is not None
        previous = peer.valid_until
        card = KeyCard(peer.code, peer.node_id, peer.sign_key, peer.age_recipient)
        issue_certificate(peer, card, keys, issuer, today)
        assert peer.valid_until is not None
        audit(
            uow.session,
            workspace,
            "renew",
            peer.code,
            {
                "valid_until": peer.valid_until.isoformat(),
                "previous": previous.isoformat() if previous else None,
            },
        )
        uow.commit()
        return RenewedEnrolment(peer.code, peer.name, today, peer.valid_until, previous)


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
