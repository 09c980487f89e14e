"""Enrolment of a cell with its committee, offline (docs/sync.md §3), and revocation.

Committee: `invite_cell` writes the invitation and returns the one-time code to print; `preview_enrolment`
shows who a request comes from; `accept_enrolment` checks it and enrols the cell with a signed
certificate; `revoke_cell` revokes its key for good. Cell: `read_invitation_file` shows the committee's
fingerprint to compare with the paper card; `join_committee` creates the cell's keys and writes its
enrolment request next to the invitation.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.services.certificates import issue_certificate
from cellapp.services.keyring import new_keys, secret_keys
from cellapp.services.sync._common import (
    audit,
    hub_peer,
    local_side,
    peer_by_code,
    peer_by_unit,
    require_code,
)
from cellapp.services.sync._identity import normalise_code
from cellapp.services.workspace import Workspace
from cellapp.storage.records import (
    ReferenceDataRecord,
    SyncPeerRecord,
    SyncRevocationRecord,
    UnitRecord,
    utc_now,
)
from cellapp.sync.apply import Sender, apply_records, remote_writes
from cellapp.sync.container import FORMAT_ENROL, Envelope, check_complete, decrypt_payload, open_outer, seal
from cellapp.sync.enrolment import (
    INVITATION_SUFFIX,
    REQUEST_SUFFIX,
    EnrolmentFileError,
    EnrolmentRequest,
    Invitation,
    code_key,
    mac_matches,
    make_request,
    new_one_time_code,
    parse_request,
    read_invitation,
    write_invitation,
)
from cellapp.sync.errors import rejected
from cellapp.sync.keys import normalise_fingerprint, verify_signature
from cellapp.sync.payload import BUNDLE_SCHEMA
from cellapp.sync.selection import row_json
from cellapp.sync.tables import synced_table

INVITATION_DAYS = 90


@dataclass(frozen=True)
class InvitationWritten:
    path: Path
    cell_code: str
    cell_name: str
    one_time_code: str
    expires: date
    hub_fingerprint: str


@dataclass(frozen=True)
class InvitationInfo:
    hub_name: str
    hub_code: str
    hub_fingerprint: str
    cell_code: str
    cell_name: str
    expires: date


@dataclass(frozen=True)
class JoinResult:
    request_path: Path
    hub_name: str
    hub_fingerprint: str
    cell_code: str
    own_fingerprint: str


@dataclass(frozen=True)
class EnrolmentPreview:
    cell_code: str
    cell_name: str
    fingerprint: str


@dataclass(frozen=True)
class EnrolledCell:
    cell_code: str
    cell_name: str
    fingerprint: str
    valid_until: date


def invite_cell(
    workspace: Workspace, *, code: str, name: str, out: Path, today: date | None = None
) -> InvitationWritten:
    today = today or date.today()
    cell_code, cell_name = normalise_code(code), nfc(name)
    if not cell_name:
        raise ValidationError(T("The cell needs a name.", "Cần nhập tên chi bộ."), field="name")
    keys = secret_keys(workspace)
    with workspace.uow() as uow:
        side = local_side(uow.session, workspace)
        if not side.is_hub:
            raise UsageError(T("Only a committee invites cells.", "Chỉ cấp ủy mới mời chi bộ đăng ký."))
        hub_code = require_code(side)
        if keys is None:
            raise UsageError(
                T(
                    "Create the committee's keys and print its key card first.",
                    "Hãy tạo khóa và in thẻ khóa của cấp ủy trước.",
                )
            )
        if cell_code == hub_code:
            raise ValidationError(
                T("{code} is the committee's own code.", "{code} là mã của chính cấp ủy.", code=cell_code),
                field="code",
            )
        peer = peer_by_code(uow.session, cell_code)
        if peer is not None and peer.status == "enrolled":
            raise InputRejected(
                T(
                    "{code} is already enrolled; revoke it first to enrol it again.",
                    "{code} đã đăng ký; hãy thu hồi trước nếu muốn đăng ký lại.",
                    code=cell_code,
                )
            )
        if peer is None:
            peer = SyncPeerRecord(code=cell_code, name=cell_name, role="cell", status="invited", acked={})
            uow.session.add(peer)
        one_time = new_one_time_code()
        invite_id = str(uuidlib.uuid4())
        peer.name, peer.status, peer.invite_id = cell_name, "invited", invite_id
        peer.invite_key = code_key(invite_id, one_time)
        peer.invite_expires = today + timedelta(days=INVITATION_DAYS)
        hub_unit = uow.session.get(UnitRecord, side.unit_uuid)
        units = synced_table("units")
        reference = synced_table("reference_data")
        assert hub_unit is not None and units is not None and reference is not None
        invitation = Invitation(
            invite_id=invite_id,
            hub_card=keys.card(hub_code),
            hub_unit=side.unit_uuid,
            hub_name=side.name,
            cell_code=cell_code,
            cell_name=cell_name,
            expires=peer.invite_expires,
            hub_unit_row=row_json(units, hub_unit),
            reference=[
                row_json(reference, row)
                for row in uow.session.scalars(
                    select(ReferenceDataRecord).where(ReferenceDataRecord.owner_unit == side.unit_uuid)
                )
            ],
        )
        target = out / f"{hub_code}_{cell_code}_invite{INVITATION_SUFFIX}" if out.is_dir() else out
        _write(target, write_invitation(invitation, keys))
        audit(uow.session, workspace, "invite", cell_code, {"name": cell_name, "file": target.name})
        uow.commit()
    return InvitationWritten(
        path=target,
        cell_code=cell_code,
        cell_name=cell_name,
        one_time_code=one_time,
        expires=invitation.expires,
        hub_fingerprint=invitation.hub_card.fingerprint,
    )


def read_invitation_file(path: Path) -> InvitationInfo:
    invitation = _invitation(path)
    return InvitationInfo(
        hub_name=invitation.hub_name,
        hub_code=invitation.hub_card.unit_code,
        hub_fingerprint=invitation.hub_card.fingerprint,
        cell_code=invitation.cell_code,
        cell_name=invitation.cell_name,
        expires=invitation.expires,
    )


def join_committee(
    workspace: Workspace,
    *,
    invitation_path: Path,
    code: str,
    out: Path | None = None,
    expected_fingerprint: str | None = None,
    today: date | None = None,
) -> JoinResult:
    """Join the committee that wrote the invitation; writes the enrolment request (beside the invitation
    unless `out` says where)."""
    today = today or date.today()
    invitation = _invitation(invitation_path)
    hub_card = invitation.hub_card
    if (
        expected_fingerprint is not None
        and normalise_fingerprint(expected_fingerprint) != hub_card.fingerprint
    ):
        raise ValidationError(
            T(
                "The committee's fingerprint in the invitation ({actual}) is not the one on the paper card; "
                "do not join: ask the committee.",
                "Mã nhận dạng của cấp ủy trong tệp mời ({actual}) không khớp với thẻ giấy; không đăng ký: hãy "
                "hỏi lại cấp ủy.",
                actual=hub_card.fingerprint,
            ),
            field="fingerprint",
        )
    if invitation.expires < today:
        raise InputRejected(
            T(
                "The invitation expired on {date}; ask the committee for a new one.",
                "Tệp mời đã hết hạn ngày {date}; hãy xin cấp ủy tệp mời mới.",
                date=format_date(invitation.expires),
            )
        )
    if len("".join(ch for ch in code if ch.isdigit())) != 12:
        raise ValidationError(
            T(
                "The enrolment code has 12 digits, as printed on the paper from the committee.",
                "Mã đăng ký gồm 12 chữ số, như in trên giấy cấp ủy gửi.",
            ),
            field="code",
        )
    with workspace.uow() as uow:
        side = local_side(uow.session, workspace)
        if side.is_hub:
            raise UsageError(
                T("A committee does not join; cells do.", "Cấp ủy không đăng ký; chi bộ đăng ký.")
            )
        hub = hub_peer(uow.session)
        if hub is not None and hub.unit_uuid != invitation.hub_unit:
            raise InputRejected(
                T(
                    "This cell already belongs to {name}; it cannot join another committee.",
                    "Chi bộ này đã thuộc {name}; không thể đăng ký với cấp ủy khác.",
                    name=hub.name,
                )
            )
        # Joining again (after a revocation, or with a committee that changed its keys) always brings
        # new keys: the old ones may be in the wrong hands.
        keys = secret_keys(workspace) if hub is None else None
        if keys is None:
            keys = new_keys(workspace)
        unit = uow.session.get(UnitRecord, side.unit_uuid)
        assert unit is not None
        unit.code, unit.parent_uuid = invitation.cell_code, invitation.hub_unit
        if hub is None:
            hub = SyncPeerRecord(role="hub", acked={})
            uow.session.add(hub)
        hub.unit_uuid, hub.code, hub.name, hub.status = (
            invitation.hub_unit,
            hub_card.unit_code,
            invitation.hub_name,
            "enrolled",
        )
        hub.sign_key, hub.age_recipient = hub_card.sign_key, hub_card.age_recipient
        hub.fingerprint, hub.node_id = hub_card.fingerprint, hub_card.node_id
        hub.enrolled_at = utc_now()
        with remote_writes(uow.session):
            apply_records(
                uow.session,
                Sender(invitation.hub_unit, True, side.unit_uuid, invitation.invite_id, {}, {}),
                {"units": [invitation.hub_unit_row], "reference_data": invitation.reference},
            )
        own_card = keys.card(invitation.cell_code)
        request = make_request(invitation, code, side.unit_uuid, side.name, own_card)
        envelope = Envelope(
            format=FORMAT_ENROL,
            from_code=invitation.cell_code,
            from_node=workspace.info.node_id,
            to_code=hub_card.unit_code,
            to_fp=hub_card.fingerprint,
            bundle_id=str(uuidlib.uuid4()),
            seq=0,
            schema=BUNDLE_SCHEMA,
        )
        sealed = seal(envelope, request, keys, hub_card.age_recipient)
        folder = out if out is not None else invitation_path.parent
        name = f"{invitation.cell_code}_{hub_card.unit_code}_enrolment{REQUEST_SUFFIX}"
        target = folder / name if folder.is_dir() else folder
        _write(target, sealed.data)
        audit(uow.session, workspace, "join", hub_card.unit_code, {"file": target.name})
        uow.commit()
    return JoinResult(
        request_path=target,
        hub_name=invitation.hub_name,
        hub_fingerprint=hub_card.fingerprint,
        cell_code=invitation.cell_code,
        own_fingerprint=own_card.fingerprint,
    )


def preview_enrolment(workspace: Workspace, path: Path, *, today: date | None = None) -> EnrolmentPreview:
    """Check a request without enrolling: who it is from and its fingerprint, for the officer to compare."""
    with workspace.uow(read_only=True) as uow:
        peer, request = _checked_request(workspace, uow.session, path, today or date.today())
        return EnrolmentPreview(peer.code, peer.name, request.card.fingerprint)


def accept_enrolment(workspace: Workspace, path: Path, *, today: date | None = None) -> EnrolledCell:
    today = today or date.today()
    with workspace.uow() as uow:
        peer, request = _checked_request(workspace, uow.session, path, today)
        keys = secret_keys(workspace)
        assert keys is not None  # checked with the request
        side = local_side(uow.session, workspace)
        card = request.card
        peer.unit_uuid, peer.status, peer.enrolled_at = request.unit_uuid, "enrolled", utc_now()
        peer.sign_key, peer.age_recipient = card.sign_key, card.age_recipient
        peer.fingerprint, peer.node_id = card.fingerprint, card.node_id
        peer.invite_key, peer.invite_id, peer.revoked_at, peer.revoke_reason = None, None, None, None
        peer.acked, peer.ack_rank, peer.ack_seq = {}, 0, 0
        issue_certificate(peer, card, keys, require_code(side), today)
        assert peer.valid_until is not None
        audit(uow.session, workspace, "enrol", peer.code, {"fingerprint": card.fingerprint})
        uow.commit()
        return EnrolledCell(peer.code, peer.name, card.fingerprint, peer.valid_until)


def revoke_cell(workspace: Workspace, *, code: str, reason: str = "") -> None:
    """Revoke an enrolled cell's key for good; its later files go to quarantine, every cell hears of it."""
    with workspace.uow() as uow:
        peer = peer_by_code(uow.session, normalise_code(code))
        if peer is None or peer.role != "cell" or peer.fingerprint is None or peer.status != "enrolled":
            raise InputRejected(
                T("{code} is not an enrolled cell.", "{code} không phải chi bộ đã đăng ký.", code=code)
            )
        peer.status, peer.revoked_at, peer.revoke_reason = "revoked", utc_now(), nfc(reason) or None
        uow.session.merge(
            SyncRevocationRecord(
                fingerprint=peer.fingerprint,
                unit_code=peer.code,
                node_id=peer.node_id,
                revoked_at=peer.revoked_at,
                reason=peer.revoke_reason,
            )
        )
        audit(uow.session, workspace, "revoke", peer.code, {"reason": peer.revoke_reason})
        uow.commit()


def _checked_request(
    workspace: Workspace, session: Session, path: Path, today: date
) -> tuple[SyncPeerRecord, EnrolmentRequest]:
    side = local_side(session, workspace)
    keys = secret_keys(workspace) if side.is_hub else None
    if not side.is_hub or keys is None:
        raise UsageError(
            T("Only a committee with keys accepts enrolments.", "Chỉ cấp ủy đã có khóa mới nhận đăng ký.")
        )
    hub_code = require_code(side)
    outer = open_outer(_read(path))
    envelope = outer.envelope
    if envelope.format != FORMAT_ENROL:
        raise _not_a_request(path)
    if envelope.to_code != hub_code:
        raise rejected("wrong_office", envelope=envelope, me=hub_code)
    if envelope.to_fp != keys.card(hub_code).fingerprint:
        raise rejected("wrong_key", envelope=envelope)
    check_complete(outer)
    plaintext = decrypt_payload(outer, keys)
    try:
        request = parse_request(plaintext)
        verify_signature(outer.payload, outer.signature, request.card.sign_key)
    except Exception:
        raise rejected("damaged", envelope=envelope) from None
    peer = session.scalars(
        select(SyncPeerRecord).where(SyncPeerRecord.invite_id == request.invite_id)
    ).first()
    if peer is None or peer.status != "invited" or peer.invite_key is None:
        raise InputRejected(
            T(
                "No invitation is waiting for this request (it was used, replaced or revoked); write a new "
                "invitation.",
                "Không có tệp mời nào đang chờ yêu cầu này (đã dùng, đã thay hoặc đã thu hồi); hãy viết tệp "
                "mời mới.",
            )
        )
    if peer.invite_expires is not None and peer.invite_expires < today:
        raise InputRejected(
            T(
                "The invitation for {code} expired on {date}; write a new one.",
                "Tệp mời cho {code} đã hết hạn ngày {date}; hãy viết tệp mời mới.",
                code=peer.code,
                date=format_date(peer.invite_expires),
            )
        )
    if request.card.unit_code != peer.code or envelope.from_code != peer.code:
        raise rejected("damaged", envelope=envelope)
    if not mac_matches(peer.invite_key, request.document):
        raise ValidationError(
            T(
                "The enrolment code the secretary typed does not match the invitation's; check the 12 "
                "digits on the paper and join again.",
                "Mã đăng ký bí thư đã nhập không khớp với tệp mời; hãy kiểm tra 12 chữ số trên giấy rồi "
                "đăng ký lại.",
            ),
            field="code",
        )
    other = peer_by_unit(session, request.unit_uuid)
    if other is not None and other.id != peer.id:
        raise InputRejected(
            T(
                "This cell is already enrolled as {code}.",
                "Chi bộ này đã đăng ký với mã {code}.",
                code=other.code,
            )
        )
    return peer, request


def _invitation(path: Path) -> Invitation:
    try:
        return read_invitation(_read(path))
    except EnrolmentFileError as error:
        raise InputRejected(
            T(
                "{path} is not a valid invitation from a committee (damaged or altered).",
                "{path} không phải tệp mời hợp lệ của cấp ủy (bị hỏng hoặc bị sửa).",
                path=path.name,
            )
        ) from error


def _not_a_request(path: Path) -> InputRejected:
    return InputRejected(
        T(
            "{path} is not an enrolment request.",
            "{path} không phải yêu cầu đăng ký.",
            path=path.name,
        )
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputRejected(
            T(
                "Cannot read {path}: {detail}",
                "Không đọc được {path}: {detail}",
                path=str(path),
                detail=error.strerror,
            )
        ) from error


def _write(path: Path, data: bytes) -> None:
    from cellapp.sync.files import write_verified

    write_verified(path.parent, path.name, data)
