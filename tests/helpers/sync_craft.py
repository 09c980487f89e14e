"""Taking sync files apart and putting them back together, the way an attacker or a broken tool would."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from cellapp.services.workspace import Workspace
from cellapp.sync.container import PAYLOAD, SIGNATURE, Envelope, OuterFile, open_outer, seal, wrap
from cellapp.sync.keys import NodeKeys, load_keys
from cellapp.sync.payload import Contents, pack, unpack


def keys_of(workspace: Workspace) -> NodeKeys:
    keys = load_keys(workspace.paths.keys)
    assert keys is not None
    return keys


def outer_of(path: Path) -> OuterFile:
    return open_outer(path.read_bytes())


def contents_of(path: Path, recipient: Workspace) -> Contents:
    outer = outer_of(path)
    return unpack(keys_of(recipient).decrypt(outer.payload), outer.envelope)


def reseal(
    path: Path,
    recipient: Workspace,
    signer: NodeKeys,
    *,
    envelope: Callable[[Envelope], Envelope] = lambda e: e,
    contents: Callable[[Contents], Contents] = lambda c: c,
    manifest: Callable[[dict[str, Any]], dict[str, Any]] = lambda m: m,
    encrypt_to: str | None = None,
) -> bytes:
    """Open a file as its recipient would, change it, and seal it again with `signer`'s key."""
    outer = outer_of(path)
    opened = contents(unpack(keys_of(recipient).decrypt(outer.payload), outer.envelope))
    new_envelope = envelope(outer.envelope)
    base = {k: v for k, v in opened.manifest.items() if k not in ("files",)}
    inner = pack(
        new_envelope,
        manifest(base),
        Contents(manifest={}, records=opened.records, documents=opened.documents),
    )
    return seal(new_envelope, inner, signer, encrypt_to or keys_of(recipient).age_recipient).data


def rewrap(path: Path, *, payload: bytes | None = None, signature: bytes | None = None) -> bytes:
    outer = outer_of(path)
    return wrap(
        outer.payload if payload is None else payload, outer.signature if signature is None else signature
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    target = folder / name
    target.write_bytes(data)
    return target


def members_of(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def files_containing(
    folders: list[Path], needle: bytes, *, skip: tuple[str, ...] = ("cellapp.db",)
) -> list[Path]:
    """Every file under the folders whose bytes contain `needle` (plaintext left behind)."""
    found = []
    for folder in folders:
        for directory, _dirs, names in os.walk(folder):
            for name in names:
                if name.startswith(skip):
                    continue
                path = Path(directory) / name
                if needle in path.read_bytes():
                    found.append(path)
    return found


__all__ = [
    "PAYLOAD",
    "SIGNATURE",
    "contents_of",
    "files_containing",
    "keys_of",
    "members_of",
    "outer_of",
    "replace",
    "reseal",
    "rewrap",
    "write",
]
