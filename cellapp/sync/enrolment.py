"""Offline enrolment (docs/sync.md §3): the invitation file, the one-time code, the enrolment request and the
certificate.

- Invitation (`.cellinvite`, committee → cell): the committee's key card, the cell's code and name and the
  reference data, signed by the committee. Not secret; the secretary trusts it by comparing the committee's
  fingerprint with the paper card.
- One-time code: 12 digits printed on paper, never in a file. The request is authenticated with an HMAC
  under a key derived from it, and encrypted to the committee, so the code cannot be guessed offline.
- Request (`.cellenrol`, cell → committee): the cell's key card, signed with the cell's new key and sealed
  like a sync file.
- Certificate: the committee's signed statement that this key card belongs to this cell until a date.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import secrets
import zipfile
from dataclasses import dataclass
from datetime import date
from typing import Any

from cellapp.sync.canonical import ascii_json, canonical_json
from cellapp.sync.container import ZIP_ERRORS
from cellapp.sync.keys import KeyCard, NodeKeys, SignatureProblem, verify_signature

INVITATION_FORMAT = "cellinvite/1"
REQUEST_FORMAT = "cellenrol/1"
CERTIFICATE_FORMAT = "cellcert/1"
INVITATION_SUFFIX = ".cellinvite"
REQUEST_SUFFIX = ".cellenrol"
_INVITATION = "invitation.json"
_INVITATION_SIG = "invitation.json.minisig"


class EnrolmentFileError(Exception):
    """An invitation or request that cannot be read or whose signature does not hold."""


def new_one_time_code() -> str:
    digits = f"{secrets.randbelow(10**12):012d}"
    return "-".join(digits[i : i + 4] for i in range(0, 12, 4))


def code_key(invite_id: str, code: str) -> str:
    """The HMAC key both sides derive from the invitation and the code typed from paper."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return hashlib.sha256(f"cellapp-enrol|{invite_id}|{digits}".encode("ascii")).hexdigest()


def request_mac(key_hex: str, request: dict[str, Any]) -> str:
    body = {k: v for k, v in request.items() if k != "hmac"}
    return hmac.new(bytes.fromhex(key_hex), canonical_json(body), hashlib.sha256).hexdigest()


def mac_matches(key_hex: str, request: dict[str, Any]) -> bool:
    given = request.get("hmac")
    return isinstance(given, str) and hmac.compare_digest(given, request_mac(key_hex, request))


@dataclass(frozen=True)
class Invitation:
    invite_id: str
    hub_card: KeyCard
    hub_unit: str
    hub_name: str
    cell_code: str
    cell_name: str
    expires: date
    hub_unit_row: dict[str, Any]
    reference: list[dict[str, Any]]


def write_invitation(invitation: Invitation, keys: NodeKeys) -> bytes:
    document = {
        "f": INVITATION_FORMAT,
        "invite_id": invitation.invite_id,
        "hub": invitation.hub_card.as_dict(),
        "hub_unit": invitation.hub_unit,
        "hub_name": invitation.hub_name,
        "cell_code": invitation.cell_code,
        "cell_name": invitation.cell_name,
        "expires": invitation.expires.isoformat(),
        "hub_unit_row": invitation.hub_unit_row,
        "reference": invitation.reference,
    }
    data = canonical_json(document)
    comment = ascii_json(
        {"f": INVITATION_FORMAT, "from": invitation.hub_card.unit_code, "to": invitation.cell_code}
    )
    signature = keys.sign(data, comment)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(zipfile.ZipInfo(_INVITATION, date_time=(1980, 1, 1, 0, 0, 0)), data)
        archive.writestr(zipfile.ZipInfo(_INVITATION_SIG, date_time=(1980, 1, 1, 0, 0, 0)), signature)
    return buffer.getvalue()


def read_invitation(data: bytes) -> Invitation:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sorted(archive.namelist()) != sorted((_INVITATION, _INVITATION_SIG)):
                raise EnrolmentFileError("members")
            body = archive.read(_INVITATION)
            signature = archive.read(_INVITATION_SIG)
        document = json.loads(body.decode("utf-8"))
        if not isinstance(document, dict) or document.get("f") != INVITATION_FORMAT:
            raise EnrolmentFileError("format")
        card = KeyCard.from_dict(document["hub"])
        verify_signature(body, signature, card.sign_key)
        return Invitation(
            invite_id=str(document["invite_id"]),
            hub_card=card,
            hub_unit=str(document["hub_unit"]),
            hub_name=str(document["hub_name"]),
            cell_code=str(document["cell_code"]),
            cell_name=str(document["cell_name"]),
            expires=date.fromisoformat(str(document["expires"])),
            hub_unit_row=dict(document["hub_unit_row"]),
            reference=[dict(row) for row in document["reference"]],
        )
    except EnrolmentFileError:
        raise
    except (*ZIP_ERRORS, KeyError, TypeError, SignatureProblem) as error:
        raise EnrolmentFileError(type(error).__name__) from error


def make_request(invitation: Invitation, code: str, unit_uuid: str, unit_name: str, card: KeyCard) -> bytes:
    request: dict[str, Any] = {
        "f": REQUEST_FORMAT,
        "invite_id": invitation.invite_id,
        "unit_uuid": unit_uuid,
        "unit_name": unit_name,
        "card": card.as_dict(),
    }
    request["hmac"] = request_mac(code_key(invitation.invite_id, code), request)
    return canonical_json(request)


@dataclass(frozen=True)
class EnrolmentRequest:
    invite_id: str
    unit_uuid: str
    unit_name: str
    card: KeyCard
    document: dict[str, Any]


def parse_request(plaintext: bytes) -> EnrolmentRequest:
    try:
        document = json.loads(plaintext.decode("utf-8"))
        if not isinstance(document, dict) or document.get("f") != REQUEST_FORMAT:
            raise EnrolmentFileError("format")
        return EnrolmentRequest(
            invite_id=str(document["invite_id"]),
            unit_uuid=str(document["unit_uuid"]),
            unit_name=str(document["unit_name"]),
            card=KeyCard.from_dict(document["card"]),
            document=document,
        )
    except EnrolmentFileError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise EnrolmentFileError(type(error).__name__) from error


def make_certificate(keys: NodeKeys, fields: dict[str, Any]) -> dict[str, Any]:
    body = {"f": CERTIFICATE_FORMAT, **fields}
    signature = keys.sign(canonical_json(body), ascii_json({"f": CERTIFICATE_FORMAT}))
    return {"body": body, "sig": base64.b64encode(signature).decode("ascii")}


def certificate_valid(certificate: Any, hub_sign_key: str) -> bool:
    try:
        body = certificate["body"]
        signature = base64.b64decode(certificate["sig"], validate=True)
        verify_signature(canonical_json(body), signature, hub_sign_key)
    except (KeyError, TypeError, ValueError, SignatureProblem):
        return False
    return isinstance(body, dict) and body.get("f") == CERTIFICATE_FORMAT
