"""Enrolment certificates that run out (docs/sync.md §3): the committee holds a file from a cell whose
enrolment has expired, with its own reason and what to do; renewal sends a new certificate down in the
next return file, after which the held file imports; warnings come before the day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cellapp.domain.errors import InputRejected
from cellapp.services.certificates import enrolment_warnings, renew_enrolment
from cellapp.services.sync._enrolment import revoke_cell
from cellapp.services.sync._export import export_bundles
from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._status import list_cells, list_quarantine, release_quarantined, sync_status
from tests.helpers.sync_world import CELL_A, CELL_B, TODAY, World, add_people, dump

EXPIRES = TODAY.replace(year=TODAY.year + 5)  # five years from enrolment
AFTER = EXPIRES + timedelta(days=1)


def _until(world: World, code: str) -> date | None:
    return next(c.certificate_until for c in list_cells(world.hub.uow(read_only=True)) if c.code == code)


def test_a_file_from_a_cell_whose_enrolment_expired_is_held_with_its_own_reason(world: World) -> None:
    assert _until(world, CELL_A) == EXPIRES
    add_people(world.a, "Giàng Seo Phử")
    [result] = world.export(world.a)
    before = dump(world.hub)
    [report] = import_bundles(world.hub, [result.path], today=AFTER)
    assert (report.outcome, report.reason) == ("quarantined", "certificate_expired")
    text = report.message.render()
    assert "hết hạn ngày" in text and "gia hạn" in text and "enrol renew BM-C01" in text
    assert dump(world.hub) == before
    [held] = list_quarantine(world.hub)
    # On its last day the enrolment still holds: the same file imports.
    [on_the_day] = import_bundles(world.hub, [result.path], today=EXPIRES)
    assert on_the_day.outcome == "imported"
    assert held.report.reason == "certificate_expired"


def test_a_renewal_goes_down_in_the_next_return_file_and_the_held_file_then_imports(world: World) -> None:
    world.send(world.a, world.hub)
    world.send(world.hub, world.a)
    world.send(world.hub, world.b)  # nothing is waiting for either cell now
    add_people(world.a, "Sùng Thị Mỷ")
    [result] = world.export(world.a)
    [held] = import_bundles(world.hub, [result.path], today=AFTER)
    assert held.reason == "certificate_expired"
    with pytest.raises(InputRejected, match="không phải chi bộ đã đăng ký"):
        renew_enrolment(world.hub, code="BM-C99", today=AFTER)
    renewed = renew_enrolment(world.hub, code=CELL_A.lower(), today=AFTER)
    assert (renewed.previous_until, renewed.valid_until) == (EXPIRES, AFTER.replace(year=AFTER.year + 5))
    assert _until(world, CELL_A) == renewed.valid_until
    # Written without being asked: the renewal is news for that cell only.
    written = export_bundles(world.hub, to_dir=world.stick, today=AFTER)
    assert [r.peer_code for r in written] == [CELL_A]
    assert import_bundles(world.a, [written[0].path], today=AFTER)[0].outcome == "imported"
    assert sync_status(world.a).certificate_until == renewed.valid_until
    [item] = list_quarantine(world.hub)
    report = release_quarantined(world.hub, item.id)
    assert report.outcome == "imported" and list_quarantine(world.hub) == []


def test_a_late_return_file_does_not_bring_back_an_older_certificate(world: World) -> None:
    [old] = [r for r in world.export(world.hub, cells=[CELL_A])]
    renewed = renew_enrolment(world.hub, code=CELL_A, today=TODAY + timedelta(days=400))
    [new] = [r for r in world.export(world.hub, cells=[CELL_A])]
    import_bundles(world.a, [new.path])
    import_bundles(world.a, [old.path])  # the older stick arrives last
    assert sync_status(world.a).certificate_until == renewed.valid_until


def test_warnings_come_before_the_day_for_the_committee_and_for_the_cell(world: World) -> None:
    assert enrolment_warnings(world.hub, today=TODAY) == []
    soon = EXPIRES - timedelta(days=30)
    warnings = enrolment_warnings(world.hub, today=soon)
    assert [(w.code, w.expired) for w in warnings] == [(CELL_A, False), (CELL_B, False)]
    assert "hết hạn ngày" in warnings[0].message.render()
    renew_enrolment(world.hub, code=CELL_B, today=soon)
    [expired] = enrolment_warnings(world.hub, today=AFTER)
    assert (expired.code, expired.expired) == (CELL_A, True)
    assert "khu cách ly" in expired.message.render()
    world.send(world.hub, world.a)
    [own] = enrolment_warnings(world.a, today=soon)
    assert own.code == CELL_A and "đề nghị cấp ủy gia hạn" in own.message.render()


def test_a_revoked_cell_is_not_renewed(world: World) -> None:
    revoke_cell(world.hub, code=CELL_B)
    with pytest.raises(InputRejected, match="mời đăng ký lại"):
        renew_enrolment(world.hub, code=CELL_B)
