"""Filling an empty database with the synthetic demo drive (``recalldesk demo``)."""

from __future__ import annotations

from pathlib import Path

from recalldesk.core.records import Role
from recalldesk.core.work import Progress
from recalldesk.demo.load import DemoRefused, load_demo
from recalldesk.demo.voter_synth import write_truth, write_voter_file
from recalldesk.ops.base import Changes, Done, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from recalldesk.store import credentials


def fill_demo(
    ws: Workspace,
    *,
    lines: int,
    offices: int,
    seed: int,
    progress: Progress | None = None,
    central: bool = False,
) -> Done[int]:
    """Generate and store the demo drive in an empty database; returns the lines written.

    ``central``: the database plays the central office's master (every office's
    lines, as if merged), where samples are drawn and duplicates searched.
    """
    if ws.office_code or credentials.count(ws.db):
        # A set-up database (even one with nothing keyed yet) is a real office's: the demo
        # would replace its campaign and could name its first lead anew.
        raise refuse("demo.not_empty", path=str(ws.path))
    try:
        written = load_demo(
            ws.db, ws.zips, lines=lines, offices=offices, seed=seed, progress=progress
        )
    except DemoRefused as error:
        raise refuse("demo.not_empty", path=str(ws.path)) from error
    if central:
        campaign_store.set_meta(ws.db, "role", str(Role.CENTRAL))
    ws.reload()
    return Done(written, Changes(section_list=True, figures=True, campaign=True))


def write_demo_voter_file(
    ws: Workspace,
    path: Path,
    *,
    lines: int,
    offices: int,
    seed: int,
    voters: int | None = None,
    progress: Progress | None = None,
) -> Done[int]:
    """Write the synthetic voter file the demo drive ``(lines, offices, seed)`` was signed
    from, and beside it its truth (``<name>.truth.tsv``: each line's true status), for
    trying the voter file import and scoring the match. Returns the voters written."""
    truth = write_voter_file(
        path, ws.zips, lines=lines, offices=offices, seed=seed, voters=voters, progress=progress
    )
    write_truth(truth_path(path), truth)
    return Done(truth.voters, Changes())


def truth_path(path: Path) -> Path:
    return path.with_name(path.stem + ".truth.tsv")
