"""Resolving merge conflicts at central: keep the stored record, or take the incoming one."""

import json

import pytest

from recalldesk.ops import conflicts
from recalldesk.ops.base import OpRefused
from tests.sync_world import World


@pytest.fixture
def conflict(world: World) -> int:
    """A made-up conflict on one of GLN's lines, as a merge would record it."""
    world.merge(world.gln.sync(world.out))
    db = world.hq.db
    (row,) = db.query("SELECT uuid, version, first_name FROM signature_line ORDER BY id LIMIT 1")
    local = {"uuid": row[0], "first_name": row[2], "version": str(row[1])}
    with db.transaction() as conn:
        packet = conn.execute("SELECT id FROM sync_packet").fetchone()[0]
        conn.execute(
            "INSERT INTO sync_conflict(entity, uuid, version, local, incoming, packet_id, "
            "detected_at) VALUES ('signature_line', ?, ?, ?, ?, ?, '2022-05-01T00:00:00Z')",
            (row[0], row[1], json.dumps(local), json.dumps({**local, "first_name": "Zed"}), packet),
        )
        return int(conn.execute("SELECT max(id) FROM sync_conflict").fetchone()[0])


def test_keeping_the_local_record_closes_the_conflict(world: World, conflict: int) -> None:
    (found,) = conflicts.list_conflicts(world.hq.ws)
    assert found.differences == {"first_name": ("Ana", "Zed")} and not found.superseded
    done = conflicts.resolve(world.hq.ws, world.hq.actor, conflict, "local")
    assert done.changes.conflicts
    assert conflicts.list_conflicts(world.hq.ws) == []
    (closed,) = conflicts.list_conflicts(world.hq.ws, open_only=False)
    assert (closed.resolution, closed.resolved_by) == ("local", "HQ Lead")
    with pytest.raises(OpRefused) as refused:
        conflicts.resolve(world.hq.ws, world.hq.actor, conflict, "incoming")
    assert refused.value.code == "conflict.already_resolved"


def test_a_superseded_conflict_cannot_take_the_incoming_record(world: World, conflict: int) -> None:
    world.hq.db.conn.execute("UPDATE signature_line SET version = version + 1")
    (found,) = conflicts.list_conflicts(world.hq.ws)
    assert found.superseded
    with pytest.raises(OpRefused) as refused:
        conflicts.resolve(world.hq.ws, world.hq.actor, conflict, "incoming")
    assert refused.value.code == "conflict.superseded"


def test_bad_choices_and_ids(world: World, conflict: int) -> None:
    with pytest.raises(OpRefused) as refused:
        conflicts.resolve(world.hq.ws, world.hq.actor, conflict, "both")
    assert refused.value.code == "conflict.bad_choice"
    with pytest.raises(OpRefused) as refused:
        conflicts.resolve(world.hq.ws, world.hq.actor, 999, "local")
    assert refused.value.code == "conflict.missing"


def test_an_office_cannot_resolve_conflicts(world: World, conflict: int) -> None:
    with pytest.raises(OpRefused) as refused:
        conflicts.resolve(world.pas.ws, world.pas.actor, conflict, "local")
    assert refused.value.code == "permission.central_only"
