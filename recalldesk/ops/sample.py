"""The campaign's own random sample: draw it, record what the voter roll says, project.

A coordinator draws at the central office (the master holds every line), as
often as the drive wants a fresh reading; draws are kept side by side. Each
result is recorded with who and when, and audited. :func:`findings` turns a
draw's results into the registrar's projection (2 CCR 20530–20532), the
tiers' thresholds and an interval; :mod:`recalldesk.core.sampling` says how.
"""

from __future__ import annotations

import uuid as uuids
from collections.abc import Iterable
from dataclasses import dataclass

from recalldesk.core.messages import msg
from recalldesk.core.projection import Outcome, Projection, outcome, project, sample_size
from recalldesk.core.qualify import Thresholds, effective_validity, thresholds, wilson_interval
from recalldesk.core.records import Actor, LineMark
from recalldesk.core.sampling import (
    Result,
    SampleCount,
    SampledLine,
    count,
    draw_positions,
    new_seed,
)
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import samples as store
from recalldesk.store.samples import SampleRow, StoredDraw

MAX_SAMPLE = 500_000  # a tenth of a large statewide drive; more is a typo


def draw(
    ws: Workspace,
    actor: Actor,
    *,
    size: int | None = None,
    seed: int | None = None,
    note: str = "",
) -> Done[StoredDraw]:
    """Draw a sample of the raw signatures (default size: the registrar's, max(500, 5%))."""
    campaign = ws.require_campaign()
    if size is not None and not 1 <= size <= MAX_SAMPLE:
        raise refuse("sample.size", low=1, high=MAX_SAMPLE)
    if seed is not None and not 0 <= seed < 2**53:
        raise refuse("sample.seed")
    with ws.change(actor, Permission.SAMPLE) as db:
        lines = store.population(db.conn)
        if not lines:
            raise refuse("sample.nothing_to_draw")
        wanted = sample_size(len(lines), campaign) if size is None else size
        chosen_seed = new_seed() if seed is None else seed
        picked = [lines[i] for i in draw_positions(len(lines), wanted, chosen_seed)]
        draw_uuid = str(uuids.uuid4())
        draw_id = store.add_draw(
            db.conn, uuid=draw_uuid, drawn_by=actor.operator, seed=chosen_seed,
            raw_count=len(lines), note=note.strip()[:200], line_uuids=picked,
        )  # fmt: skip
        audit.record(
            db.conn, actor, "insert", "sample_draw", draw_uuid,
            {"seed": chosen_seed, "raw": len(lines), "size": len(picked)}, msg("audit.sample_draw"),
        )  # fmt: skip
    found = store.draw(ws.db, draw_id)
    assert found is not None
    return Done(found, Changes(figures=True))


def draws(ws: Workspace) -> list[StoredDraw]:
    return store.draws(ws.db)


def rows(ws: Workspace, draw_id: int) -> list[SampleRow]:
    _require(ws, draw_id)
    return store.items(ws.db, draw_id)


def record_results(
    ws: Workspace, actor: Actor, draw_id: int, results: Iterable[tuple[int, Result]]
) -> Done[int]:
    """Record results by position (all or nothing); returns how many changed."""
    wanted = list(results)
    with ws.change(actor, Permission.SAMPLE) as db:
        found = _require(ws, draw_id)
        for position, result in wanted:
            if not 1 <= position <= found.size:
                raise refuse("sample.no_position", position=position, size=found.size)
            if not isinstance(result, Result):
                raise refuse("sample.bad_result", found=str(result))
        changed = store.set_results(
            db.conn, draw_id, [(p, r.value) for p, r in wanted], actor.operator
        )
        if changed:
            audit.record(
                db.conn, actor, "bulk", "sample_item", found.uuid,
                {"results": changed}, msg("audit.sample_results", count=changed),
            )  # fmt: skip
    return Done(changed, Changes(figures=True))


@dataclass(frozen=True, slots=True)
class Findings:
    """What one draw says about the drive."""

    draw: StoredDraw
    count: SampleCount
    projection: Projection | None  # None until a line is checked
    outcome: Outcome | None
    thresholds: Thresholds | None
    interval: tuple[float, float] | None  # validity, Wilson 95%
    effective_validity: float | None  # projected valid per raw signature


def findings(ws: Workspace, draw_id: int) -> Findings:
    """Count a draw's results and project them onto the raw count it was drawn from."""
    campaign = ws.require_campaign()
    found = _require(ws, draw_id)
    counted = count(_sampled(ws, store.counted_items(ws.db, draw_id)))
    if counted.typed == 0:  # withdrawn lines and duplicates alone say nothing of validity
        return Findings(found, counted, None, None, None, None, None)
    projected = project(found.raw_count, counted.checked, counted.valid, counted.duplicates)
    return Findings(
        found,
        counted,
        projected,
        outcome(projected.projected_valid, campaign),
        thresholds(
            found.raw_count, counted.checked, counted.duplicates, campaign, counted.withdrawn
        ),
        wilson_interval(counted.valid, counted.checked),
        effective_validity(projected),
    )


MIN_RESULTS = 100  # a draw speaks for the drive once this many results are in (or all)


def latest_findings(ws: Workspace) -> Findings | None:
    """The newest draw with enough results to speak for the drive (see MIN_RESULTS)."""
    for stored in store.draws(ws.db):
        if stored.checked >= min(MIN_RESULTS, stored.size):
            found = findings(ws, stored.id)
            if found.projection is not None:
                return found
    return None


def _sampled(ws: Workspace, items: list[tuple[int, str, str, int, str]]) -> list[SampledLine]:
    person, repeats = _people(ws)
    return [
        SampledLine(
            position,
            Result(result),
            withdrawn=mark == LineMark.WITHDRAWN,
            person=person.get(uuid, ""),
            kept=uuid not in repeats,
        )
        for position, uuid, result, present, mark in items
        if present
    ]


def _people(ws: Workspace) -> tuple[dict[str, str], set[str]]:
    """Lines joined by confirmed duplicate decisions: line uuid -> one uuid per person."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # halve the path as it is walked
            x = parent[x]
        return x

    repeats: set[str] = set()
    for a, b, repeat in store.duplicate_pairs(ws.db.conn):
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
        if repeat:
            repeats.add(repeat)
    return {line: root(line) for line in parent}, repeats


def _require(ws: Workspace, draw_id: int) -> StoredDraw:
    found = store.draw(ws.db, draw_id)
    if found is None:
        raise refuse("sample.no_draw", draw=draw_id)
    return found


__all__ = [
    "Findings",
    "SampleRow",
    "StoredDraw",
    "draw",
    "draws",
    "findings",
    "latest_findings",
    "record_results",
    "rows",
]
