"""The cached figures equal the full count after every kind of change, and stay cheap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from recalldesk.core.figures import Figures
from recalldesk.core.records import Actor, LineMark, Section, SignatureLine
from recalldesk.ops import dedupe_queue, dedupe_run, queries
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import figures_cache, stats
from tests.sync_world import World, world, world_template

__all__ = ["world", "world_template"]  # the fixtures


def same(a: Figures, b: Figures) -> None:
    assert a.tally == b.tally
    assert a.problems_by_code == b.problems_by_code
    assert a.sections_by_status == b.sections_by_status
    assert a.section_problems_by_code == b.section_problems_by_code
    assert (a.sections, a.voided_sections, a.declared_lines) == (
        b.sections, b.voided_sections, b.declared_lines)  # fmt: skip
    assert a.offices == b.offices
    assert a.lines_by_day == b.lines_by_day and a.signatures_by_day == b.signatures_by_day


def check(ws: Workspace, *, full: bool = False) -> figures_cache.Pending | None:
    """Read through the cache, compare with the full count, keep what was learned;
    a refresh must have read only the changed sections unless ``full``."""
    with ws.db.snapshot() as conn:
        cached, pending = figures_cache.read(conn)
        same(cached, stats.figures(conn))
    if pending is not None:
        assert pending.full == full
    if pending is not None:
        with ws.db.transaction() as conn:
            assert figures_cache.store(conn, pending)
    return pending


def section(ws: Workspace, actor: Actor, serial: str) -> KeyingSession:
    made = Section(
        serial, 10, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip
    return KeyingSession(ws, actor, log_section(ws, actor, made).value.id)


def test_every_change_reaches_the_cached_figures(ws: Workspace, actor: Actor) -> None:
    first = check(ws, full=True)  # nothing cached yet: built from the lines
    assert first is not None
    assert check(ws) is None  # nothing changed: read as stored
    one = section(ws, actor, "PAS-0001")
    one.save(SignatureLine(1, "Ana", "Ruiz", "12", "Elm St", "", "", "91104"))
    one.save(SignatureLine(2, "Luis", "Soto", "", "Elm St", "", "", "91104"))  # a problem
    one.save(SignatureLine(3, "Ana", "Ruiz", "12", "Elm St", "", "", "91104"))
    refreshed = check(ws)
    assert (
        refreshed is not None and not refreshed.full and set(refreshed.payloads) == {one.section_id}
    )
    one.mark(2, LineMark.STRUCK)
    one.save(replace(SignatureLine(4, "Rosa", "Diaz", "9", "Oak St", "", "", "99999")))
    check(ws)
    one.delete(4)
    check(ws)
    two = section(ws, actor, "PAS-0002")
    two.save(SignatureLine(1, "Omar", "Aziz", "5", "Pine St", "", "", "91101"))
    one.close("done")
    check(ws)
    dedupe_run.find_duplicates(ws, actor)
    (group,) = dedupe_queue.queue(ws)
    dedupe_queue.confirm(ws, actor, group.group.id)  # a repeat: no line changes
    check(ws)
    snap = queries.dashboard_figures(ws, date(2022, 6, 1))
    assert snap is not None and snap.figures.repeats == 1


def test_merged_packets_reach_the_cached_figures(world: World, tmp_path: Path) -> None:
    check(world.hq.ws, full=True)
    world.pas.sync(world.out)
    world.merge()
    check(world.hq.ws)
    world.gln.sync(world.out)
    world.merge()
    check(world.hq.ws)


def test_a_reader_that_cannot_store_counts_the_lines_instead(ws: Workspace, actor: Actor) -> None:
    one = section(ws, actor, "PAS-0001")
    one.save(SignatureLine(1, "Ana", "Ruiz", "12", "Elm St", "", "", "91104"))
    with ws.db.snapshot() as conn:
        figures, pending = figures_cache.read(conn, can_store=False)
        same(figures, stats.figures(conn))
    assert pending is None  # nothing to keep, and no cache built for nothing


def test_what_was_read_is_kept_even_if_lines_changed_since(ws: Workspace, actor: Actor) -> None:
    check(ws, full=True)
    one = section(ws, actor, "PAS-0001")
    one.save(SignatureLine(1, "Ana", "Ruiz", "12", "Elm St", "", "", "91104"))
    with ws.db.snapshot() as conn:
        _, pending = figures_cache.read(conn)
    assert pending is not None
    one.save(SignatureLine(2, "Luis", "Soto", "9", "Elm St", "", "", "91104"))  # meanwhile
    with ws.db.transaction() as conn:
        assert figures_cache.store(conn, pending)
    check(ws)  # the line keyed meanwhile is picked up from its change_seq
    with ws.db.transaction() as conn:
        assert not figures_cache.store(conn, pending)  # older than what is kept now


def test_two_refreshes_from_one_cache_never_mix(ws: Workspace, actor: Actor) -> None:
    # Found by a review: overlapping dashboard refreshes each rewrote the sections they
    # saw change; the later one, kept over the earlier one's cache, mixed their rows.
    check(ws, full=True)
    one = section(ws, actor, "PAS-0001")
    one.save(SignatureLine(1, "Ana", "Ruiz", "12", "Elm St", "", "", "91104"))
    with ws.db.snapshot() as conn:
        _, first = figures_cache.read(conn)
    two = section(ws, actor, "PAS-0002")
    two.save(SignatureLine(1, "Omar", "Aziz", "5", "Pine St", "", "", "91101"))
    with ws.db.snapshot() as conn:
        _, second = figures_cache.read(conn)
    assert first is not None and second is not None and first.base == second.base
    with ws.db.transaction() as conn:
        assert figures_cache.store(conn, second)
        assert not figures_cache.store(conn, first)  # started from a cache no longer kept
    check(ws)
