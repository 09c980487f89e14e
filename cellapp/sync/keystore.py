"""The keys folder at rest (docs/sync.md §2): the node's two secret keys, in clear or under a passphrase, their
public halves, and replacing the whole set all or nothing.

- `node.minisign.key`: a minisign secret key; under a passphrase it is minisign's own scrypt-encrypted
  format, so `minisign -S -s node.minisign.key` asks for the same passphrase.
- `node.age.key`: an age identity file; under a passphrase it is that file encrypted with age's scrypt
  passphrase recipient (armored), so `age -d -i node.age.key FILE` asks for the same passphrase.
- `node.identity.json`: the node id and both public keys in clear, so a key card and its fingerprint are
  shown, and files routed, without the passphrase.

Both secrets take the same scrypt work factor: age calibrates it to about a second on the machine that
sets the passphrase, and the minisign key is given the same, so neither file is the cheaper one to guess.

A new set of files (new keys, or a passphrase set, changed or removed) is written into a `pending-…`
folder with a `complete` marker last, then moved into place. A set interrupted after its marker is
finished at the next use, so the folder never holds keys under two passphrases; one interrupted before
it is ignored, and dropped once it is clearly abandoned (another program may still be writing it).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import threading
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import minisign
import pyrage

from cellapp.sync.keys import AGE_KEY_FILE, IDENTITY_FILE, SIGN_KEY_FILE, KeyCard, NodeKeys

PENDING_PREFIX = "pending-"
ABANDONED_AFTER_S = 600
_COMPLETE = "complete"
_AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_AGE_BINARY = b"age-encryption.org/"
_SCRYPT_STANZA = re.compile(rb"^-> scrypt \S+ (\d+)$", re.MULTILINE)
_DEFAULT_LOG_N = 18
_MAX_LOG_N = 20  # the highest py-minisign accepts (1 GiB)
# One writer or finisher at a time in this program (the GUI reads the keys' state while a worker rewrites).
_LOCK = threading.RLock()


class KeysLocked(Exception):
    """The keys are protected by a passphrase and none was given."""


class WrongPassphrase(Exception):
    """The passphrase given does not open the keys."""


@dataclass(frozen=True)
class PublicKeys:
    """What anyone may know of a node's keys."""

    node_id: str
    sign_key: str
    age_recipient: str

    def card(self, unit_code: str) -> KeyCard:
        return KeyCard(unit_code, self.node_id, self.sign_key, self.age_recipient)


def normalise_passphrase(text: str) -> str:
    """Vietnamese typed with Telex or VNI may arrive composed or decomposed: the key is derived from NFC."""
    return unicodedata.normalize("NFC", text)


def keys_exist(folder: Path) -> bool:
    finish_pending(folder)
    return (folder / SIGN_KEY_FILE).is_file() and (folder / AGE_KEY_FILE).is_file()


def is_protected(folder: Path) -> bool:
    """True when the keys exist and are under a passphrase."""
    if not keys_exist(folder):
        return False
    return _is_age_file((folder / AGE_KEY_FILE).read_bytes())


def public_keys(folder: Path) -> PublicKeys | None:
    if not keys_exist(folder):
        return None
    about = _identity(folder)
    if "sign_key" in about and "age_recipient" in about:
        return PublicKeys(str(about["node_id"]), str(about["sign_key"]), str(about["age_recipient"]))
    keys = open_keys(folder, None)  # keys made before the public halves were written: never protected
    assert keys is not None
    return PublicKeys(keys.node_id, keys.sign_key, keys.age_recipient)


def open_keys(folder: Path, passphrase: str | None) -> NodeKeys | None:
    """The node's keys, or None when there are none. Raises KeysLocked when they are protected and no
    passphrase is given, WrongPassphrase when it does not open them."""
    if not keys_exist(folder):
        return None
    age_file = (folder / AGE_KEY_FILE).read_bytes()
    sign_file = (folder / SIGN_KEY_FILE).read_bytes()
    protected = _is_age_file(age_file)
    if protected and passphrase is None:
        raise KeysLocked()
    if protected:
        assert passphrase is not None
        age_file = _age_open(age_file, normalise_passphrase(passphrase))
    secret = minisign.SecretKey.from_bytes(sign_file)
    if secret.is_encrypted():
        if passphrase is None:
            raise KeysLocked()
        try:
            secret.decrypt(normalise_passphrase(passphrase))
        except minisign.Error as error:
            raise WrongPassphrase() from error
    lines = age_file.decode("ascii").splitlines()
    secret_line = next(line.strip() for line in lines if line.startswith("AGE-SECRET-KEY-"))
    identity = pyrage.x25519.Identity.from_str(secret_line)
    return NodeKeys(secret, identity, str(_identity(folder)["node_id"]))


def create_keys(folder: Path, node_id: str, passphrase: str | None = None) -> NodeKeys:
    """New keys for this installation, replacing any old ones (the caller decides when that is right)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    keys = NodeKeys(minisign.KeyPair.generate().secret_key, pyrage.x25519.Identity.generate(), node_id)
    write_keys(folder, keys, passphrase)
    return keys


def write_keys(folder: Path, keys: NodeKeys, passphrase: str | None) -> None:
    """Write `keys` under `passphrase` (None: in clear), replacing the folder's set all or nothing."""
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    sign_secret, age_secret = keys.secrets()
    sign_secret.untrusted_comment = None  # minisign's own, saying whether it is encrypted
    identity_file = f"# public key: {keys.age_recipient}\n{age_secret}\n".encode("ascii")  # as age-keygen
    if passphrase is not None:
        phrase = normalise_passphrase(passphrase)
        identity_file = _age_seal(identity_file, phrase)
        log_n = min(_scrypt_log_n(identity_file), _MAX_LOG_N)
        memlimit = (1 << log_n) * 8 * 128  # scrypt N·r·128 bytes with r = 8
        sign_secret.encrypt(phrase, opslimit=memlimit // 32, memlimit=memlimit)  # p = 1, as age
    about = {
        "node_id": keys.node_id,
        "created_at": created,
        "sign_key": keys.sign_key,
        "age_recipient": keys.age_recipient,
    }
    _replace_all(
        folder,
        {
            SIGN_KEY_FILE: bytes(sign_secret) + b"\n",
            AGE_KEY_FILE: identity_file,
            IDENTITY_FILE: json.dumps(about).encode("utf-8"),
        },
    )


def retire_keys(folder: Path, *, now: datetime | None = None) -> Path:
    """Move the node's key files aside (a forgotten passphrase): they stay in case it comes back."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"retired-{stamp}"
    target.mkdir(mode=0o700)
    for name in (SIGN_KEY_FILE, AGE_KEY_FILE, IDENTITY_FILE):
        if (folder / name).exists():
            os.replace(folder / name, target / name)
    _fsync_dir(folder)
    return target


def finish_pending(folder: Path) -> None:
    """Complete a replacement whose marker was written; drop an abandoned one that never got it."""
    if not folder.is_dir():
        return
    with _LOCK:
        for pending in sorted(folder.glob(PENDING_PREFIX + "*")):
            if not pending.is_dir():
                continue
            if (pending / _COMPLETE).is_file():
                _move_into_place(pending, folder)
            elif time.time() - pending.stat().st_mtime > ABANDONED_AFTER_S:
                shutil.rmtree(pending, ignore_errors=True)


def _move_into_place(pending: Path, folder: Path) -> None:
    for path in sorted(pending.iterdir()):
        if path.name != _COMPLETE:
            with contextlib.suppress(FileNotFoundError):  # another program finished it meanwhile
                os.replace(path, folder / path.name)
    _fsync_dir(folder)
    with contextlib.suppress(FileNotFoundError, OSError):
        (pending / _COMPLETE).unlink()
        pending.rmdir()


def _replace_all(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with _LOCK:
        finish_pending(folder)
        pending = folder / f"{PENDING_PREFIX}{uuid.uuid4().hex[:12]}"
        pending.mkdir(mode=0o700)
        for name, data in files.items():
            write_private(pending / name, data)
        write_private(pending / _COMPLETE, b"")
        _fsync_dir(pending)
        finish_pending(folder)


def write_private(path: Path, data: bytes) -> None:
    """A file readable by its owner only, flushed to disk, replacing `path` in one step."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the renames itself
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _age_seal(data: bytes, passphrase: str) -> bytes:
    return bytes(pyrage.passphrase.encrypt(data, passphrase, armored=True))


def _age_open(data: bytes, passphrase: str) -> bytes:
    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as error:
        raise WrongPassphrase() from error


def _is_age_file(data: bytes) -> bool:
    return data.startswith(_AGE_ARMOR) or data.startswith(_AGE_BINARY)


def _scrypt_log_n(armored: bytes) -> int:
    """The work factor age chose for this machine, read from the file's scrypt stanza."""
    try:
        header = _dearmor(armored)
    except ValueError:
        return _DEFAULT_LOG_N
    found = _SCRYPT_STANZA.search(header)
    return int(found.group(1)) if found else _DEFAULT_LOG_N


def _dearmor(armored: bytes) -> bytes:
    """The binary age file inside its ASCII armor (RFC 7468 base64 between the BEGIN and END lines)."""
    import base64

    lines = armored.decode("ascii").strip().splitlines()
    if len(lines) < 3 or not lines[0].startswith("-----BEGIN") or not lines[-1].startswith("-----END"):
        raise ValueError("not armored")
    return base64.b64decode("".join(lines[1:-1]))


def _identity(folder: Path) -> dict[str, Any]:
    about = json.loads((folder / IDENTITY_FILE).read_text(encoding="utf-8"))
    if not isinstance(about, dict):
        raise ValueError("identity")
    return about
