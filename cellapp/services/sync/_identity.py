"""This installation's sync identity (docs/sync.md §2): its keys, its unit code, its key card and fingerprint;
and pinning a counterpart's new key card after a person compared its fingerprint with paper.

The key card file (`.cellcard`) is JSON for machines and people alike; `.pdf` gives a card to print.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.units import UnitKind
from cellapp.services.keyring import key_status, new_keys, public_keys_of, recovery_steps
from cellapp.services.sync._common import local_side, peer_by_code
from cellapp.services.workspace import Workspace
from cellapp.storage.records import SyncPeerRecord, UnitRecord
from cellapp.sync.keys import KeyCard, normalise_fingerprint, valid_unit_code

CARD_SUFFIX = ".cellcard"


@dataclass(frozen=True)
class KeyCardInfo:
    unit_name: str
    unit_code: str
    node_id: str
    fingerprint: str
    sign_key: str
    age_recipient: str


def normalise_code(code: str) -> str:
    value = code.strip().upper()
    if not valid_unit_code(value):
        raise ValidationError(
            T(
                "The unit code '{code}' is not valid: use capital letters, digits and dashes (for example "
                "XLC-C07), at most 30 characters.",
                "Mã đơn vị '{code}' không hợp lệ: chỉ dùng chữ in hoa, chữ số và dấu gạch ngang (ví dụ "
                "XLC-C07), tối đa 30 ký tự.",
                code=code,
            ),
            field="code",
        )
    return value


def create_identity(workspace: Workspace, *, code: str | None = None) -> KeyCardInfo:
    """Create this installation's keys if it has none; a committee also needs its unit code."""
    with workspace.uow() as uow:
        side = local_side(uow.session, workspace)
        unit = uow.session.get(UnitRecord, side.unit_uuid)
        assert unit is not None
        if code is not None:
            wanted = normalise_code(code)
            if unit.code and unit.code != wanted and side.kind is UnitKind.CELL:
                raise UsageError(
                    T(
                        "A cell's code is given by its committee in the invitation; it stays {code}.",
                        "Mã của chi bộ do cấp ủy cấp trong tệp mời; mã vẫn là {code}.",
                        code=unit.code,
                    )
                )
            if unit.code and unit.code != wanted and uow.session.scalars(select(SyncPeerRecord)).first():
                raise UsageError(
                    T(
                        "The code {code} is already known to the cells; it cannot change.",
                        "Các chi bộ đã biết mã {code}; không thể đổi mã.",
                        code=unit.code,
                    )
                )
            if unit.code != wanted and peer_by_code(uow.session, wanted) is not None:
                raise ValidationError(
                    T(
                        "The code {code} already belongs to a cell.",
                        "Mã {code} đã được cấp cho một chi bộ.",
                        code=wanted,
                    ),
                    field="code",
                )
            unit.code = wanted
        if side.kind is UnitKind.COMMITTEE and not unit.code:
            raise UsageError(
                T(
                    "The committee needs a unit code before its keys (for example --code XLC).",
                    "Cấp ủy cần có mã đơn vị trước khi tạo khóa (ví dụ --code XLC).",
                )
            )
        keys = public_keys_of(workspace) or new_keys(workspace)
        card = keys.card(unit.code or "")
        uow.commit()
        return _info(unit.name, card)


def key_card(workspace: Workspace) -> KeyCardInfo | None:
    keys = public_keys_of(workspace)
    if keys is None:
        return None
    with workspace.uow(read_only=True) as uow:
        side = local_side(uow.session, workspace)
    return _info(side.name, keys.card(side.code or ""))


def export_identity(workspace: Workspace, path: Path, *, code: str | None = None) -> KeyCardInfo:
    """Write this installation's key card (public keys only) as `.cellcard` JSON, or as a PDF to print."""
    info = create_identity(workspace, code=code)
    if path.suffix.lower() == ".pdf":
        from cellapp.reports.key_card import KeyCardDocument, write_key_card_pdf

        write_key_card_pdf(
            path,
            KeyCardDocument(
                unit_name=info.unit_name,
                unit_code=info.unit_code,
                node_id=info.node_id,
                fingerprint=info.fingerprint,
                sign_key=info.sign_key,
                age_recipient=info.age_recipient,
                protected=key_status(workspace).protected,
                recovery=tuple(step.vi for step in recovery_steps(workspace.info.kind)),
            ),
        )
        return info
    card = KeyCard(info.unit_code, info.node_id, info.sign_key, info.age_recipient)
    document = {"card": card.as_dict(), "unit_name": info.unit_name, "fingerprint": info.fingerprint}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return info


def read_key_card(path: Path) -> KeyCardInfo:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        card = KeyCard.from_dict(document["card"])
        name = str(document.get("unit_name", ""))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputRejected(
            T(
                "{path} is not a CellApp key card ({detail}).",
                "{path} không phải thẻ khóa CellApp ({detail}).",
                path=str(path),
                detail=type(error).__name__,
            )
        ) from error
    return _info(name, card)


def import_identity(workspace: Workspace, path: Path, *, fingerprint: str) -> KeyCardInfo:
    """Pin a counterpart's new key card (its laptop was replaced), once a person typed the fingerprint
    read from its paper card. Bundles are then checked against the new keys only."""
    info = read_key_card(path)
    if normalise_fingerprint(fingerprint) != info.fingerprint:
        raise ValidationError(
            T(
                "The fingerprint typed ({typed}) is not the card's ({actual}); the key was not trusted.",
                "Mã nhận dạng đã nhập ({typed}) không khớp với thẻ ({actual}); không tin cậy khóa này.",
                typed=normalise_fingerprint(fingerprint),
                actual=info.fingerprint,
            ),
            field="fingerprint",
        )
    with workspace.uow() as uow:
        peer = peer_by_code(uow.session, info.unit_code)
        if peer is None or peer.status not in ("enrolled",):
            raise InputRejected(
                T(
                    "{code} is not an enrolled counterpart of this workspace; enrol it instead.",
                    "{code} không phải đơn vị đã đăng ký với đơn vị này; hãy đăng ký thay vì nhập thẻ khóa.",
                    code=info.unit_code,
                )
            )
        peer.sign_key = info.sign_key
        peer.age_recipient = info.age_recipient
        peer.fingerprint = info.fingerprint
        peer.node_id = info.node_id
        uow.commit()
    return info


def _info(unit_name: str, card: KeyCard) -> KeyCardInfo:
    return KeyCardInfo(
        unit_name=unit_name,
        unit_code=card.unit_code,
        node_id=card.node_id,
        fingerprint=card.fingerprint,
        sign_key=card.sign_key,
        age_recipient=card.age_recipient,
    )
