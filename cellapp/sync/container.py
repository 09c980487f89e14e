"""The `.cellsync` file (docs/sync.md §4): an uncompressed ZIP holding the signature and the encrypted payload.

    payload.age.minisig   prehashed minisign signature of payload.age; its trusted comment is the routing
                          envelope, one line of ASCII JSON
    payload.age           the inner ZIP, encrypted with age to the recipient

The signature comes first in the ZIP so that a file copied half-way still shows whom it was for and how
long it should be: "not copied completely (x of y bytes)" instead of a bare "not a sync file".
Routing and completeness are checked before anything is decrypted.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from typing import Any

from cellapp.sync.canonical import ascii_json, sha256_hex
from cellapp.sync.errors import BundleRejected, rejected
from cellapp.sync.keys import NodeKeys, SignatureProblem, encrypt_to, trusted_comment_of, verify_signature

PAYLOAD = "payload.age"
SIGNATURE = "payload.age.minisig"
SUFFIX = ".cellsync"
PARTIAL_SUFFIX = ".partial"

FORMAT_DATA = "cellsync/1"
FORMAT_BACKUP = "cellbackup/1"
FORMAT_ENROL = "cellenrol/1"
FORMATS = frozenset({FORMAT_DATA, FORMAT_BACKUP, FORMAT_ENROL})

MAX_PAYLOAD = 512 * 1024 * 1024
MAX_SIGNATURE = 16 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_LOCAL_HEADER = struct.Struct("<4sHHHHHLLLHH")
_CENTRAL_HEADER_SIZE = 46
_END_RECORD_SIZE = 22
_UUID = re.compile(r"^[0-9a-f-]{36}$")
# What reading a damaged ZIP can raise: a bad CRC, a method or encryption flag flipped, a bad stream.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ValueError,
    OSError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
)


@dataclass(frozen=True)
class Envelope:
    """Routing facts, signed: readable before decryption (docs/sync.md §4)."""

    format: str
    from_code: str
    from_node: str
    to_code: str
    to_fp: str
    bundle_id: str
    seq: int
    schema: int
    length: int = 0
    sha256: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "f": self.format,
            "from": self.from_code,
            "from_node": self.from_node,
            "to": self.to_code,
            "to_fp": self.to_fp,
            "bundle_id": self.bundle_id,
            "seq": self.seq,
            "schema": self.schema,
            "len": self.length,
            "sha256": self.sha256,
        }

    def to_comment(self) -> str:
        return ascii_json(self.as_dict())

    @classmethod
    def parse(cls, comment: str) -> Envelope:
        data = json.loads(comment)
        if not isinstance(data, dict) or data.get("f") not in FORMATS:
            raise ValueError("not an envelope")
        envelope = cls(
            format=str(data["f"]),
            from_code=str(data["from"]),
            from_node=str(data["from_node"]),
            to_code=str(data["to"]),
            to_fp=str(data["to_fp"]),
            bundle_id=str(data["bundle_id"]),
            seq=_int(data["seq"]),
            schema=_int(data["schema"]),
            length=_int(data["len"]),
            sha256=str(data["sha256"]),
        )
        if not _UUID.match(envelope.bundle_id) or not re.fullmatch(r"[0-9a-f]{64}", envelope.sha256):
            raise ValueError("malformed envelope")
        return envelope

    def file_name(self, day: str) -> str:
        """`<from>_<to>_<seq6>_<yyyymmdd>.cellsync`: codes only, characters safe on FAT."""
        return f"{self.from_code}_{self.to_code}_{self.seq:06d}_{day}{SUFFIX}"


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected an integer")
    return value


@dataclass(frozen=True)
class SealedFile:
    data: bytes
    envelope: Envelope


def seal(envelope: Envelope, inner: bytes, keys: NodeKeys, recipient: str) -> SealedFile:
    """Encrypt `inner` to `recipient`, sign it with the envelope as trusted comment, wrap both in a ZIP."""
    payload = encrypt_to(inner, recipient)
    envelope = replace(envelope, length=len(payload), sha256=sha256_hex(payload))
    signature = keys.sign(payload, envelope.to_comment())
    return SealedFile(wrap(payload, signature), envelope)


def wrap(payload: bytes, signature: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in ((SIGNATURE, signature), (PAYLOAD, payload)):
            archive.writestr(zipfile.ZipInfo(name, date_time=_FIXED_TIME), data)
    return buffer.getvalue()


@dataclass(frozen=True)
class OuterFile:
    envelope: Envelope
    payload: bytes
    signature: bytes


def open_outer(data: bytes) -> OuterFile:
    """Step 1: the ZIP opens with exactly the two members at sane sizes, and carries an envelope.

    A damaged ZIP whose signature member survives at the start raises 'truncated' with the envelope, so
    the caller can still say whom it was for and how much is missing."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise _truncated_or_not_a_bundle(data) from None
    with archive:
        names = sorted(info.filename for info in archive.infolist())
        if names != sorted((PAYLOAD, SIGNATURE)):
            raise rejected("not_a_bundle")
        sizes = {info.filename: info.file_size for info in archive.infolist()}
        if sizes[SIGNATURE] > MAX_SIGNATURE or sizes[PAYLOAD] > MAX_PAYLOAD:
            raise rejected("not_a_bundle")
        try:
            signature = archive.read(SIGNATURE)
            payload = archive.read(PAYLOAD)
        except ZIP_ERRORS:
            raise _truncated_or_not_a_bundle(data) from None
    envelope = _envelope_of(signature)
    if envelope is None:
        raise rejected("not_a_bundle")
    return OuterFile(envelope, payload, signature)


def _envelope_of(signature: bytes) -> Envelope | None:
    try:
        return Envelope.parse(trusted_comment_of(signature))
    except (SignatureProblem, ValueError, KeyError, TypeError):
        return None


def _truncated_or_not_a_bundle(data: bytes) -> BundleRejected:
    """Read the first member's local header directly: a half-copied file still starts with the signature."""
    if len(data) < _LOCAL_HEADER.size:
        return rejected("not_a_bundle")
    magic, _v, _flags, method, _t, _d, _crc, csize, _usize, name_len, extra_len = _LOCAL_HEADER.unpack_from(
        data
    )
    start = _LOCAL_HEADER.size + name_len + extra_len
    name = data[_LOCAL_HEADER.size : _LOCAL_HEADER.size + name_len]
    if magic != b"PK\x03\x04" or method != 0 or name != SIGNATURE.encode() or csize > MAX_SIGNATURE:
        return rejected("not_a_bundle")
    envelope = _envelope_of(data[start : start + csize])
    if envelope is None:
        return rejected("not_a_bundle")
    # The whole file's size: both local headers and data, then the central directory and its end record.
    expected = start + csize + _LOCAL_HEADER.size + len(PAYLOAD) + envelope.length
    expected += 2 * _CENTRAL_HEADER_SIZE + len(SIGNATURE) + len(PAYLOAD) + _END_RECORD_SIZE
    if len(data) < expected:
        return rejected("truncated", envelope=envelope, present=len(data), expected=expected)
    return rejected("damaged", envelope=envelope)  # all there, but the ZIP's own checks failed


def check_complete(outer: OuterFile) -> None:
    """Step 3: the payload has the length and SHA-256 the envelope promises."""
    envelope = outer.envelope
    if len(outer.payload) != envelope.length:
        raise rejected("truncated", envelope=envelope, present=len(outer.payload), expected=envelope.length)
    if sha256_hex(outer.payload) != envelope.sha256:
        raise rejected("damaged", envelope=envelope)


def check_signature(outer: OuterFile, sign_key: str) -> None:
    """Step 4: signed by the pinned key, prehashed, with exactly this envelope as its trusted comment."""
    # The envelope was read from this signature's trusted comment, which the global signature covers.
    try:
        verify_signature(outer.payload, outer.signature, sign_key)
    except SignatureProblem as problem:
        reason = "legacy_signature" if problem.kind == "legacy" else "damaged"
        raise rejected(reason, envelope=outer.envelope) from None


def decrypt_payload(outer: OuterFile, keys: NodeKeys) -> bytes:
    """Step 6, first half: decrypt in memory (never a partial plaintext file)."""
    try:
        return keys.decrypt(outer.payload)
    except Exception:  # pyrage raises its own DecryptError and, on garbage, ValueError-like errors
        raise rejected("undecryptable", envelope=outer.envelope) from None


__all__ = [
    "FORMAT_BACKUP",
    "FORMAT_DATA",
    "FORMAT_ENROL",
    "PARTIAL_SUFFIX",
    "SUFFIX",
    "BundleRejected",
    "Envelope",
    "OuterFile",
    "SealedFile",
    "check_complete",
    "check_signature",
    "decrypt_payload",
    "open_outer",
    "seal",
    "wrap",
]
