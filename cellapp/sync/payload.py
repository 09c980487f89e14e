"""The inner ZIP of a sync file (docs/sync.md §4): `manifest.json`, `records/<type>.jsonl` and the committee's
documents (`acks.json`, `revocations.json`, `certificate.json`).

The manifest repeats the envelope (a payload moved under another envelope is caught), names the oldest
reader that understands it, and carries each file's SHA-256 and row count. Bundles written by an older
CellApp are brought to the current format by pure functions in `UPGRADES`.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cellapp.sync.canonical import canonical_json, jsonl, parse_jsonl, sha256_hex
from cellapp.sync.container import ZIP_ERRORS, Envelope
from cellapp.sync.errors import corrupt, rejected

BUNDLE_SCHEMA = 1
MIN_READER_SCHEMA = 1
MANIFEST = "manifest.json"
MAX_INNER_BYTES = 1024 * 1024 * 1024
MAX_INNER_FILES = 1000

# schema n -> function turning a schema-n bundle into a schema n+1 one (pure: no I/O, no database).
UPGRADES: dict[int, Callable[[Contents], Contents]] = {}

_ENVELOPE_KEYS = ("f", "from", "from_node", "to", "to_fp", "bundle_id", "seq", "schema")


@dataclass
class Contents:
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    documents: dict[str, Any] = field(default_factory=dict)


def pack(envelope: Envelope, manifest: dict[str, Any], contents: Contents) -> bytes:
    """The inner ZIP bytes; `manifest` gets the envelope, the schema and the file list added."""
    files: dict[str, bytes] = {}
    for record_type, rows in sorted(contents.records.items()):
        if rows:
            files[f"records/{record_type}.jsonl"] = jsonl(rows)
    for name, document in sorted(contents.documents.items()):
        files[f"{name}.json"] = canonical_json(document)
    full = dict(manifest)
    full.update({key: value for key, value in envelope.as_dict().items() if key in _ENVELOPE_KEYS})
    full.setdefault("min_reader_schema", MIN_READER_SCHEMA)
    full["files"] = {
        name: {"sha256": sha256_hex(data), "rows": data.count(b"\n") if name.endswith(".jsonl") else 1}
        for name, data in files.items()
    }
    buffer = io.BytesIO()
    # LZMA: a year of a cell's records (uuids, references) is a quarter smaller than with DEFLATE.
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_LZMA) as archive:
        archive.writestr(zipfile.ZipInfo(MANIFEST, date_time=(1980, 1, 1, 0, 0, 0)), canonical_json(full))
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_LZMA
            archive.writestr(info, data)
    return buffer.getvalue()


def unpack(inner: bytes, envelope: Envelope) -> Contents:
    """Steps 6 and 7: the manifest matches the envelope, every file matches its hash, the format is one
    we can read (older ones are upgraded)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(inner))
    except ZIP_ERRORS:
        raise corrupt(envelope, "inner archive", "tệp nén bên trong") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_INNER_FILES or sum(i.file_size for i in infos) > MAX_INNER_BYTES:
            raise corrupt(envelope, "sizes", "kích thước")
        try:
            blobs = {info.filename: archive.read(info) for info in infos}
        except ZIP_ERRORS:
            raise corrupt(envelope, "inner archive", "tệp nén bên trong") from None
    manifest = _manifest(blobs, envelope)
    if _int(manifest.get("min_reader_schema"), envelope) > BUNDLE_SCHEMA:
        raise rejected("newer_schema", envelope=envelope)
    listed = manifest.get("files")
    if not isinstance(listed, dict) or set(listed) != set(blobs) - {MANIFEST}:
        raise corrupt(envelope, "file list", "danh sách tệp")
    contents = Contents(manifest=manifest)
    for name, facts in listed.items():
        data = blobs[name]
        if not isinstance(facts, dict) or facts.get("sha256") != sha256_hex(data):
            raise corrupt(envelope, name, name)
        try:
            if name.startswith("records/") and name.endswith(".jsonl"):
                rows = parse_jsonl(data)
                if len(rows) != facts.get("rows"):
                    raise ValueError("row count")
                contents.records[name[len("records/") : -len(".jsonl")]] = rows
            elif name.endswith(".json") and "/" not in name:
                contents.documents[name[: -len(".json")]] = json.loads(data.decode("utf-8"))
            else:
                raise ValueError("unexpected file")
        except (ValueError, UnicodeDecodeError):
            raise corrupt(envelope, name, name) from None
    schema = envelope.schema
    while schema < BUNDLE_SCHEMA:
        upgrade = UPGRADES.get(schema)
        if upgrade is None:
            raise corrupt(envelope, f"format {schema}", f"định dạng {schema}")
        contents = upgrade(contents)
        schema += 1
    return contents


def _manifest(blobs: dict[str, bytes], envelope: Envelope) -> dict[str, Any]:
    try:
        manifest = json.loads(blobs[MANIFEST].decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError):
        raise corrupt(envelope, MANIFEST, MANIFEST) from None
    if not isinstance(manifest, dict):
        raise corrupt(envelope, MANIFEST, MANIFEST)
    expected = envelope.as_dict()
    if any(manifest.get(key) != expected[key] for key in _ENVELOPE_KEYS):
        raise corrupt(envelope, "the manifest does not match the envelope", "bảng kê không khớp với phong bì")
    return manifest


def _int(value: Any, envelope: Envelope) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise corrupt(envelope, MANIFEST, MANIFEST)
    return value
