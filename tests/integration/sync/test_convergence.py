"""The property that makes sticks safe (docs/sync.md §8): files delivered in any order, some twice, some never,
leave the cells and their committee holding the same records once a clean exchange has been acknowledged."""

from __future__ import annotations

import itertools
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from cellapp.domain.reference import ReferenceKind
from cellapp.services.sync._directives import NewDirective, issue_directive
from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._reference_data import set_reference_value
from cellapp.services.sync._status import sync_status
from cellapp.services.workspace import Workspace
from cellapp.storage.records import MemberRecord
from tests.helpers.sync_world import World, add_people, copy_world, synced_rows

_counter = itertools.count()

Step = tuple[str, int]
steps = st.lists(
    st.tuples(
        st.sampled_from(
            ["add_a", "add_b", "edit_a", "edit_b", "drop_a", "hub", "export", "deliver", "deliver"]
        ),
        st.integers(min_value=0, max_value=1000),
    ),
    min_size=5,
    max_size=28,
)


def _edit(workspace: Workspace, pick: int, *, drop: bool = False) -> None:
    with workspace.uow() as uow:
        records = uow.session.scalars(
            select(MemberRecord)
            .where(MemberRecord.owner_unit == workspace.info.unit_uuid)
            .order_by(MemberRecord.uuid)
        ).all()
        if not records:
            return
        record = records[pick % len(records)]
        if drop:
            record.deleted = True
        else:
            record.phone = f"09{pick:08d}"
        uow.commit()


def _play(world: World, plan: list[Step]) -> None:
    pool: list[Path] = []
    sides = {"a": world.a, "b": world.b, "hub": world.hub}
    for action, value in plan:
        if action in ("add_a", "add_b"):
            add_people(sides[action[-1]], _spelled_name(next(_counter)))
        elif action in ("edit_a", "edit_b"):
            _edit(sides[action[-1]], value)
        elif action == "drop_a":
            _edit(world.a, value, drop=True)
        elif action == "hub":
            if value % 2:
                set_reference_value(
                    world.hub.uow(),
                    kind=ReferenceKind.MINIMUM_WAGE,
                    key="IV",
                    valid_from=date(2026, 1, 1),
                    value=3_700_000 + value,
                    title="Nghị định 293/2025/NĐ-CP",
                )
            else:
                issue_directive(
                    world.hub.uow(),
                    NewDirective(
                        number=f"{value}-CV/ĐU",
                        title="Về sinh hoạt chi bộ",
                        issued_on=date(2026, 11, 1),
                        issuing_body="Đảng ủy xã",
                    ),
                )
        elif action == "export":
            for result in world.export(sides[("a", "b", "hub")[value % 3]]):
                pool.append(world.stick / f"{next(_counter)}-{result.path.name}")
                result.path.rename(pool[-1])
        elif pool:
            chosen = pool[value % len(pool)]
            target = (
                world.hub
                if chosen.name.split("-", 1)[1].startswith("BM-")
                else (world.a if "_BM-C01_" in chosen.name else world.b)
            )
            import_bundles(target, [chosen])
            if value % 3 == 0:
                pool.remove(chosen)  # sometimes a stick is used once; else it may come back (a duplicate)


def _settle(world: World) -> None:
    for _round in range(2):
        for cell in (world.a, world.b):
            world.send(cell, world.hub)
        for cell in (world.a, world.b):
            world.send(world.hub, cell)


def _assert_converged(world: World) -> None:
    for cell in (world.a, world.b):
        owner = cell.info.unit_uuid
        for table in ("members", "units"):
            assert synced_rows(world.hub, table, owner) == synced_rows(cell, table, owner)
        hub_owner = world.hub.info.unit_uuid
        for table in ("reference_data", "directives", "units"):
            assert synced_rows(cell, table, hub_owner) == synced_rows(world.hub, table, hub_owner)
        assert sync_status(cell).pending_records == 0


@pytest.fixture(scope="module")
def template(world_template: Path) -> Path:
    return world_template


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps, seed=st.integers(min_value=0, max_value=10**6))
def test_any_order_with_duplicates_and_losses_converges_once_acknowledged(
    template: Path, tmp_path_factory: pytest.TempPathFactory, plan: list[Step], seed: int
) -> None:
    world = copy_world(template, tmp_path_factory.mktemp("converge") / "world")
    try:
        random.Random(seed).shuffle(plan)
        _play(world, plan)
        _settle(world)
        _assert_converged(world)
    finally:
        world.close()


_GIVEN = ("An", "Bình", "Chứ", "Dính", "Đức", "Mỷ", "Pao", "Phử", "Sử", "Thủy")


def _spelled_name(number: int) -> str:
    """A unique person's name without digits (names are letters only, as on the citizen ID card)."""
    words = []
    while True:
        number, digit = divmod(number, len(_GIVEN))
        words.append(_GIVEN[digit])
        if number == 0:
            break
    return "Người " + " ".join(words)
