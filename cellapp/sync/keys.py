"""Node keys (docs/sync.md §2): a minisign Ed25519 signing key and an age X25519 identity per installation,
kept in the workspace's `keys/` folder readable by its owner only (at rest: `keystore`); key cards and
their fingerprints.

A fingerprint is SHA-256 over the canonical key card, its first 100 bits shown as 6 groups of 5 digits,
so two people can compare it over a bad phone line. Signatures are always prehashed; a legacy
(non-prehashed) signature is refused. Decryption happens in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import minisign
import pyrage

from cellapp.sync.canonical import canonical_json, sha256_hex

SIGN_KEY_FILE = "node.minisign.key"
AGE_KEY_FILE = "node.age.key"
IDENTITY_FILE = "node.identity.json"

CARD_FORMAT = "cellcard/1"
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,29}$")


def valid_unit_code(code: str) -> bool:
    """Unit codes go into file names on FAT sticks: capital letters, digits and dashes only."""
    return bool(_CODE.match(code))


class SignatureProblem(Exception):
    """Why a signature was not accepted: 'legacy', 'malformed' or 'mismatch'."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class KeyCard:
    """What identifies a node to its counterpart: unit code, node id and both public keys."""

    unit_code: str
    node_id: str
    sign_key: str  # minisign public key, base64 (the key line of a .pub file)
    age_recipient: str  # age1…

    def as_dict(self) -> dict[str, str]:
        return {
            "f": CARD_FORMAT,
            "unit_code": self.unit_code,
            "node_id": self.node_id,
            "sign_key": self.sign_key,
            "age_recipient": self.age_recipient,
        }

    @classmethod
    def from_dict(cls, data: Any) -> KeyCard:
        if not isinstance(data, dict) or data.get("f") != CARD_FORMAT:
            raise ValueError("not a key card")
        card = cls(
            unit_code=str(data["unit_code"]),
            node_id=str(data["node_id"]),
            sign_key=str(data["sign_key"]),
            age_recipient=str(data["age_recipient"]),
        )
        minisign.PublicKey.from_base64(card.sign_key)
        pyrage.x25519.Recipient.from_str(card.age_recipient)
        return card

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(canonical_json(self.as_dict()))


def fingerprint_of(data: bytes) -> str:
    bits = int(sha256_hex(data)[:25], 16)  # the first 100 bits
    digits = f"{bits % 10**30:030d}"
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


class NodeKeys:
    """This installation's secret keys. Never leaves the keys folder."""

    def __init__(self, secret: minisign.SecretKey, identity: pyrage.x25519.Identity, node_id: str) -> None:
        self._secret = secret
        self._identity = identity
        self.node_id = node_id
        self.sign_key = minisign.PublicKey.from_secret_key(secret).to_base64().decode("ascii")
        self.age_recipient = str(identity.to_public())

    def card(self, unit_code: str) -> KeyCard:
        return KeyCard(
            unit_code=unit_code,
            node_id=self.node_id,
            sign_key=self.sign_key,
            age_recipient=self.age_recipient,
        )

    def sign(self, data: bytes, trusted_comment: str) -> bytes:
        signature = self._secret.sign(data, prehash=True, trusted_comment=trusted_comment)
        return bytes(signature) + b"\n"

    def secrets(self) -> tuple[minisign.SecretKey, str]:
        """A fresh copy of both secrets, for the keystore to write: the minisign key in clear and the age
        identity string."""
        secret = minisign.SecretKey.from_bytes(bytes(self._secret))
        secret.remove_password("")  # already open: this only marks the copy as kept in clear
        return secret, str(self._identity)

    def decrypt(self, data: bytes) -> bytes:
        # In memory: a failure half-way leaves no partial plaintext anywhere (PRACTICE.md).
        return bytes(pyrage.decrypt(data, [self._identity]))


def verify_signature(data: bytes, signature_file: bytes, sign_key: str) -> str:
    """Check a prehashed minisign signature of `data`; returns the trusted comment."""
    try:
        signature = minisign.Signature.from_bytes(signature_file)
        public = minisign.PublicKey.from_base64(sign_key)
    except (minisign.ParseError, ValueError) as error:
        raise SignatureProblem("malformed") from error
    if not signature.is_prehashed():
        raise SignatureProblem("legacy")
    try:
        public.verify(data, signature)
    except minisign.VerifyError as error:
        raise SignatureProblem("mismatch") from error
    return str(signature.trusted_comment)


def trusted_comment_of(signature_file: bytes) -> str:
    """The trusted comment before verification (to route the file); raises SignatureProblem."""
    try:
        return str(minisign.Signature.from_bytes(signature_file).trusted_comment)
    except (minisign.ParseError, ValueError) as error:
        raise SignatureProblem("malformed") from error


def encrypt_to(data: bytes, age_recipient: str) -> bytes:
    return bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(age_recipient)]))


def keys_exist(folder: Path) -> bool:
    from cellapp.sync.keystore import keys_exist as exist

    return exist(folder)


def load_keys(folder: Path) -> NodeKeys | None:
    """Keys kept in clear (None when there are none); protected keys are opened with
    `keystore.open_keys`, and raise `keystore.KeysLocked` here."""
    from cellapp.sync.keystore import open_keys

    return open_keys(folder, None)


def create_keys(folder: Path, node_id: str) -> NodeKeys:
    """New keys in clear for this installation, replacing any old ones."""
    from cellapp.sync.keystore import create_keys as create

    return create(folder, node_id)
