"""Filling an empty database with the synthetic demo drive (``recalldesk demo``)."""

from __future__ import annotations

from recalldesk.core.work import Progress
from recalldesk.demo.load import DemoRefused, load_demo
from recalldesk.ops.base import Changes, Done, refuse
from recalldesk.ops.workspace import Workspace


def fill_demo(
    ws: Workspace,
    *,
    lines: int,
    offices: int,
    seed: int,
    progress: Progress | None = None,
) -> Done[int]:
    """Generate and store the demo drive in an empty database; returns the lines written."""
    try:
        written = load_demo(
            ws.db, ws.zips, lines=lines, offices=offices, seed=seed, progress=progress
        )
    except DemoRefused as error:
        raise refuse("demo.not_empty", path=str(ws.path)) from error
    ws.reload()
    return Done(written, Changes(section_list=True, figures=True, campaign=True))
