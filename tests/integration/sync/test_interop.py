"""Independent verification with Debian's `age` and `minisign` (docs/sync.md §1.5, §8): CellApp's files verify
and decrypt with the tools, files assembled with the tools import into CellApp, legacy signatures do not."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest

from cellapp.services.sync._import import import_bundles
from cellapp.sync.canonical import sha256_hex
from cellapp.sync.container import PAYLOAD, SIGNATURE, Envelope, wrap
from cellapp.sync.keys import AGE_KEY_FILE, SIGN_KEY_FILE
from cellapp.sync.knowledge import knowledge
from cellapp.sync.payload import BUNDLE_SCHEMA, Contents, pack
from tests.helpers.sync_craft import contents_of, keys_of
from tests.helpers.sync_world import CELL_A, HUB_CODE, World, add_people

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("minisign") is None,
    reason="Debian's age and minisign are not installed here (.ci/run installs them in CI)",
)


def _members(path: Path, folder: Path) -> tuple[Path, Path]:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    return folder / PAYLOAD, folder / SIGNATURE


def test_a_cellapp_file_verifies_with_minisign_and_decrypts_with_age(world: World, tmp_path: Path) -> None:
    add_people(world.a, "Giàng Seo Phử")
    [result] = world.export(world.a)
    payload, signature = _members(result.path, tmp_path)
    verified = subprocess.run(
        ["minisign", "-V", "-H", "-P", keys_of(world.a).sign_key, "-m", str(payload), "-x", str(signature)],
        capture_output=True,
        text=True,
    )
    assert verified.returncode == 0, verified.stderr
    envelope = Envelope.parse(verified.stdout.split("Trusted comment: ", 1)[1].strip())
    assert (envelope.from_code, envelope.to_code, envelope.seq) == (CELL_A, HUB_CODE, 1)
    decrypted = subprocess.run(
        ["age", "-d", "-i", str(world.hub.paths.keys / AGE_KEY_FILE), str(payload)], capture_output=True
    )
    assert decrypted.returncode == 0, decrypted.stderr
    with zipfile.ZipFile(io.BytesIO(decrypted.stdout)) as inner:
        manifest = json.loads(inner.read("manifest.json"))
        assert manifest["bundle_id"] == envelope.bundle_id
        assert "Giàng Seo Phử" in inner.read("records/members.jsonl").decode("utf-8")


def _tool_made(world: World, folder: Path, *, legacy: bool = False) -> Path:
    """A bundle from cell A assembled with the command-line tools, not with CellApp's container code."""
    add_people(world.a, "Sùng Thị Công Cụ")
    [reference] = world.export(world.a)
    opened = contents_of(reference.path, world.hub)
    with world.a.uow(read_only=True) as uow:
        known = knowledge(uow.session, {world.a.info.unit_uuid}, world.a.info.node_id)
    envelope = Envelope(
        "cellsync/1",
        CELL_A,
        world.a.info.node_id,
        HUB_CODE,
        opened.manifest["to_fp"],
        str(uuid.uuid4()),
        7,
        BUNDLE_SCHEMA,
    )
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("files",)}
    manifest["known"] = known
    inner = folder / "inner.zip"
    inner.write_bytes(pack(envelope, manifest, Contents(manifest={}, records=opened.records)))
    payload = folder / PAYLOAD
    recipient = keys_of(world.hub).age_recipient
    subprocess.run(["age", "-r", recipient, "-o", str(payload), str(inner)], check=True)
    inner.unlink()
    data = payload.read_bytes()
    envelope = Envelope(**{**envelope.__dict__, "length": len(data), "sha256": sha256_hex(data)})
    command = [
        "minisign",
        "-S",
        "-s",
        str(world.a.paths.keys / SIGN_KEY_FILE),
        "-m",
        str(payload),
        "-t",
        envelope.to_comment(),
    ]
    if legacy:
        command.insert(2, "-l")
    subprocess.run(command, check=True, capture_output=True, input=b"")
    bundle = world.stick / envelope.file_name("20261123")
    bundle.write_bytes(wrap(data, (folder / (PAYLOAD + ".minisig")).read_bytes()))
    return bundle


def test_a_file_assembled_with_age_and_minisign_imports(world: World, tmp_path: Path) -> None:
    bundle = _tool_made(world, tmp_path)
    [report] = import_bundles(world.hub, [bundle])
    assert report.outcome == "imported", report.message.render("en")
    assert report.counts["added"] == 2


def test_a_legacy_minisign_signature_is_refused(world: World, tmp_path: Path) -> None:
    bundle = _tool_made(world, tmp_path, legacy=True)
    [report] = import_bundles(world.hub, [bundle])
    assert report.reason == "legacy_signature"
