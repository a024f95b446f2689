"""Figures by office and by circulator, with the ones that stand out (read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.breakdown import Flags, GroupFigures, flag
from recalldesk.ops.workspace import Workspace
from recalldesk.store import breakdown as store
from recalldesk.store import samples

OFFICE = "office"
CIRCULATOR = "circulator"


@dataclass(frozen=True, slots=True)
class Breakdown:
    kind: str
    groups: list[GroupFigures]
    flags: dict[str, Flags]
    draw_id: int | None  # the sample whose results are shown (the newest with any)


def breakdown(ws: Workspace, kind: str) -> Breakdown:
    """Every office or circulator, counted, with its share of the newest sample's results."""
    draw_id = next((d.id for d in samples.draws(ws.db) if d.checked), None)
    with ws.db.snapshot() as conn:
        groups = store.by_group(conn, kind, draw_id)
    return Breakdown(kind, groups, flag(groups), draw_id)


__all__ = ["CIRCULATOR", "OFFICE", "Breakdown", "GroupFigures", "breakdown"]
