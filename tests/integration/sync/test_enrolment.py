"""Offline enrolment (docs/sync.md §3): keys with owner-only permissions, fingerprints a person can read out,
the one-time code, the certificate, revocation carried to every cell."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.units import UnitKind
from cellapp.services.sync._enrolment import (
    accept_enrolment,
    invite_cell,
    join_committee,
    preview_enrolment,
    read_invitation_file,
    revoke_cell,
)
from cellapp.services.sync._identity import export_identity, import_identity, key_card
from cellapp.services.sync._status import list_cells, list_revocations, sync_status
from cellapp.services.workspace import Workspace, create_workspace
from cellapp.sync.keys import AGE_KEY_FILE, IDENTITY_FILE, SIGN_KEY_FILE, KeyCard, fingerprint_of
from tests.helpers.sync_world import CELL_A, HUB_CODE, TODAY, World, add_people


@pytest.fixture
def newcomer(world: World) -> Workspace:
    cell = create_workspace(
        world.root / "c3", kind=UnitKind.CELL, name="Chi bộ thôn Sín Chải", committee_name="X"
    )
    yield cell
    cell.close()


def test_keys_are_readable_by_their_owner_only(world: World) -> None:
    folder = world.hub.paths.keys
    assert folder.stat().st_mode & 0o077 == 0
    for name in (SIGN_KEY_FILE, AGE_KEY_FILE, IDENTITY_FILE):
        assert (folder / name).stat().st_mode & 0o077 == 0, name


def test_a_fingerprint_is_six_groups_of_five_digits_over_the_whole_card(world: World) -> None:
    card = key_card(world.hub)
    assert card is not None and re.fullmatch(r"(\d{5} ){5}\d{5}", card.fingerprint)
    base = KeyCard(card.unit_code, card.node_id, card.sign_key, card.age_recipient)
    for changed in (
        KeyCard("BN", card.node_id, card.sign_key, card.age_recipient),
        KeyCard(card.unit_code, "x" + card.node_id[1:], card.sign_key, card.age_recipient),
    ):
        assert changed.fingerprint != base.fingerprint
    assert fingerprint_of(b"") == fingerprint_of(b"")


def test_the_key_card_prints_as_json_or_pdf(world: World, tmp_path: Path) -> None:
    card = export_identity(world.hub, tmp_path / "card.cellcard")
    document = json.loads((tmp_path / "card.cellcard").read_text(encoding="utf-8"))
    assert document["fingerprint"] == card.fingerprint and document["unit_name"] == "Đảng bộ xã Bản Máy"
    export_identity(world.hub, tmp_path / "card.pdf")
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "card.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "THẺ KHÓA ĐỒNG BỘ CELLAPP" in text and "Đảng bộ xã Bản Máy" in text
        groups = card.fingerprint.split()
        assert "   ".join(groups[:3]) in text or " ".join(groups[:3]) in " ".join(text.split())


def test_a_committee_needs_its_code_before_its_keys(tmp_path: Path) -> None:
    hub = create_workspace(tmp_path / "hub", kind=UnitKind.COMMITTEE, name="Đảng bộ xã Nấm Dẩn")
    try:
        with pytest.raises(UsageError, match="mã đơn vị"):
            export_identity(hub, tmp_path / "card.cellcard")
        with pytest.raises(ValidationError, match="không hợp lệ"):
            export_identity(hub, tmp_path / "card.cellcard", code="nấm dẩn")
        assert export_identity(hub, tmp_path / "card.cellcard", code="nd").unit_code == "ND"
        assert (
            export_identity(hub, tmp_path / "card.cellcard", code="XM").unit_code == "XM"
        )  # no cell knows it yet
    finally:
        hub.close()


def test_a_committee_code_the_cells_know_cannot_change(world: World, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="không thể đổi mã"):
        export_identity(world.hub, tmp_path / "card.cellcard", code="BN")


def test_the_invitation_shows_the_committees_fingerprint_before_joining(
    world: World, newcomer: Workspace
) -> None:
    invitation = invite_cell(
        world.hub, code="bm-c03", name="Chi bộ thôn Sín Chải", out=world.stick, today=TODAY
    )
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}", invitation.one_time_code)
    assert invitation.one_time_code.encode() not in invitation.path.read_bytes()
    info = read_invitation_file(invitation.path)
    assert (info.hub_code, info.cell_code, info.hub_fingerprint) == (
        HUB_CODE,
        "BM-C03",
        invitation.hub_fingerprint,
    )


def test_joining_with_the_wrong_code_is_caught_by_the_committee(world: World, newcomer: Workspace) -> None:
    invitation = invite_cell(
        world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick, today=TODAY
    )
    wrong = "0000-0000-0000" if invitation.one_time_code != "0000-0000-0000" else "1111-1111-1111"
    joined = join_committee(newcomer, invitation_path=invitation.path, code=wrong, today=TODAY)
    with pytest.raises(ValidationError, match="12 chữ số"):
        accept_enrolment(world.hub, joined.request_path, today=TODAY)
    assert [c.status for c in list_cells(world.hub.uow(read_only=True)) if c.code == "BM-C03"] == ["invited"]


def test_a_fingerprint_that_differs_from_the_paper_stops_the_join(world: World, newcomer: Workspace) -> None:
    invitation = invite_cell(
        world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick, today=TODAY
    )
    with pytest.raises(ValidationError, match="không khớp với thẻ giấy"):
        join_committee(
            newcomer,
            invitation_path=invitation.path,
            code=invitation.one_time_code,
            expected_fingerprint="12345 12345 12345 12345 12345 12345",
            today=TODAY,
        )
    assert key_card(newcomer) is None


def test_an_invitation_is_used_once_and_the_request_shows_the_cells_fingerprint(
    world: World, newcomer: Workspace
) -> None:
    invitation = invite_cell(
        world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick, today=TODAY
    )
    joined = join_committee(
        newcomer,
        invitation_path=invitation.path,
        code=invitation.one_time_code,
        expected_fingerprint=invitation.hub_fingerprint.replace(" ", ""),
        today=TODAY,
    )
    preview = preview_enrolment(world.hub, joined.request_path, today=TODAY)
    assert (preview.cell_code, preview.fingerprint) == ("BM-C03", joined.own_fingerprint)
    enrolled = accept_enrolment(world.hub, joined.request_path, today=TODAY)
    assert enrolled.valid_until.year == TODAY.year + 5
    with pytest.raises(InputRejected, match="Không có tệp mời nào đang chờ"):
        accept_enrolment(world.hub, joined.request_path, today=TODAY)
    status = sync_status(newcomer)
    assert (status.hub_code, status.hub_fingerprint) == (HUB_CODE, invitation.hub_fingerprint)
    add_people(newcomer, "Chảo Láo Lở")
    [up] = world.send(newcomer, world.hub)
    assert up.outcome == "imported"
    [down] = world.send(world.hub, newcomer)
    assert sync_status(newcomer).certificate_until == enrolled.valid_until
    assert down.ok


def test_an_expired_invitation_is_refused(world: World, newcomer: Workspace) -> None:
    invitation = invite_cell(
        world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick, today=TODAY
    )
    with pytest.raises(InputRejected, match="hết hạn"):
        join_committee(
            newcomer,
            invitation_path=invitation.path,
            code=invitation.one_time_code,
            today=TODAY.replace(year=TODAY.year + 1),
        )


def test_a_revocation_reaches_every_cell_and_the_revoked_one_joins_again_with_new_keys(world: World) -> None:
    old = key_card(world.a)
    assert old is not None
    revoke_cell(world.hub, code=CELL_A, reason="Máy tính bị mất cắp")
    world.send(world.hub, world.b)
    [heard] = list_revocations(world.b.uow(read_only=True))
    assert (heard.unit_code, heard.fingerprint, heard.reason) == (
        CELL_A,
        old.fingerprint,
        "Máy tính bị mất cắp",
    )
    with pytest.raises(InputRejected, match="Không phải chi bộ đã đăng ký"):
        world.export(world.hub, cells=[CELL_A])  # nothing more is encrypted to the revoked key
    invitation = invite_cell(
        world.hub, code=CELL_A, name="Chi bộ thôn Nậm Búng", out=world.stick, today=TODAY
    )
    joined = join_committee(
        world.a, invitation_path=invitation.path, code=invitation.one_time_code, today=TODAY
    )
    assert joined.own_fingerprint != old.fingerprint
    accept_enrolment(world.hub, joined.request_path, today=TODAY)
    add_people(world.a, "Sau Khi Đăng Ký Lại")
    assert world.send(world.a, world.hub)[0].outcome == "imported"


def test_a_counterparts_new_key_is_trusted_only_with_the_fingerprint_from_paper(
    world: World, tmp_path: Path
) -> None:
    from cellapp.sync.keys import create_keys

    create_keys(world.hub.paths.keys, world.hub.info.node_id)  # the committee's new laptop
    card = export_identity(world.hub, tmp_path / "new.cellcard")
    with pytest.raises(ValidationError, match="không khớp"):
        import_identity(world.a, tmp_path / "new.cellcard", fingerprint="00000 00000 00000 00000 00000 00000")
    import_identity(world.a, tmp_path / "new.cellcard", fingerprint=card.fingerprint)
    add_people(world.a, "Sau Khi Đổi Khóa")
    [report] = world.send(world.a, world.hub)
    assert report.outcome == "imported"
