"""Resolving merge conflicts at central: keep the stored record, or take the incoming one."""

import json

import pytest

from recalldesk.store import sync_conflicts
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
    (found,) = sync_conflicts.list_conflicts(world.hq.db)
    assert found.differences == {"first_name": ("Ana", "Zed")} and not found.superseded
    sync_conflicts.resolve_conflict(world.hq.db, world.hq.actor, conflict, "local")
    assert sync_conflicts.list_conflicts(world.hq.db) == []
    (closed,) = sync_conflicts.list_conflicts(world.hq.db, open_only=False)
    assert (closed.resolution, closed.resolved_by) == ("local", "HQ Lead")
    with pytest.raises(ValueError, match="already resolved"):
        sync_conflicts.resolve_conflict(world.hq.db, world.hq.actor, conflict, "incoming")


def test_a_superseded_conflict_cannot_take_the_incoming_record(world: World, conflict: int) -> None:
    world.hq.db.conn.execute("UPDATE signature_line SET version = version + 1")
    (found,) = sync_conflicts.list_conflicts(world.hq.db)
    assert found.superseded
    with pytest.raises(ValueError, match="newer version"):
        sync_conflicts.resolve_conflict(world.hq.db, world.hq.actor, conflict, "incoming")


def test_bad_choices_and_ids(world: World, conflict: int) -> None:
    with pytest.raises(ValueError, match="resolve with"):
        sync_conflicts.resolve_conflict(world.hq.db, world.hq.actor, conflict, "both")
    with pytest.raises(KeyError):
        sync_conflicts.resolve_conflict(world.hq.db, world.hq.actor, 999, "local")
