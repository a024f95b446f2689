"""Which rows an office's packet holds: changes in a range, tombstones, and their parents."""

from recalldesk.core.packet_format import LINES, SECTIONS
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import lines, sync_rows
from tests.sync_world import World


def plan(world: World, since: int, upto: int | None = None) -> dict[str, int]:
    conn = world.pas.db.conn
    with world.pas.db.snapshot():
        top = sync_rows.current_change_seq(conn) if upto is None else upto
        return sync_rows.plan_packet(conn, since, top)


def test_everything_from_change_zero(world: World) -> None:
    counts = plan(world, 0)
    assert counts == {
        "Offices": 1, "Operators": 1, "Circulators": 1, "Sections": 2, "Lines": 5, "Keying": 0,
    }  # fmt: skip


def test_only_later_changes_and_the_rows_they_refer_to(world: World, zips: ZipTable) -> None:
    since = int(world.pas.db.meta("change_seq"))
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    lines.delete_line(world.pas.db, world.pas.actor, stored.id)
    assert plan(world, since) == {
        "Offices": 1, "Operators": 1, "Circulators": 1, "Sections": 1, "Lines": 1, "Keying": 0,
    }  # fmt: skip
    assert plan(world, since + 1) == dict.fromkeys(("Offices", "Operators", "Circulators",
                                                    "Sections", "Lines", "Keying"), 0)  # fmt: skip


def test_rows_come_as_text_in_a_fixed_order(world: World) -> None:
    conn = world.pas.db.conn
    with world.pas.db.snapshot():
        sync_rows.plan_packet(conn, 0, sync_rows.current_change_seq(conn))
        first = list(sync_rows.iter_packet_rows(conn, LINES))
        again = list(sync_rows.iter_packet_rows(conn, LINES))
        sections = list(sync_rows.iter_packet_rows(conn, SECTIONS))
    assert first == again and len(first) == 5
    assert all(isinstance(v, str) for row in first for v in row)
    assert [s[1] for s in sections] == ["PAS-0001", "PAS-0002"]
    assert sections[1][3] == ""  # no circulator: empty text, not NULL
    by_section = {s[0]: s[1] for s in sections}
    assert [(by_section[r[1]], r[2]) for r in first] == [
        ("PAS-0001", "1"), ("PAS-0001", "2"), ("PAS-0001", "3"),
        ("PAS-0002", "1"), ("PAS-0002", "2"),
    ]  # fmt: skip
