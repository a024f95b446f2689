"""The sample checklist as a file: written for volunteers, read back with their results.

Reading is all or nothing: every row is checked (position, result, the draw
the file belongs to) before one result is recorded, and a refusal names the
row and what is wrong with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recalldesk.core.records import Actor
from recalldesk.core.sampling import RESULTS, Result
from recalldesk.exchange.checklist import ChecklistRefused, ChecklistRow, read_results
from recalldesk.exchange.checklist import write_checklist as write_book
from recalldesk.ops.base import Changes, Done, OpRefused, Permission, refuse
from recalldesk.ops.sample import record_results, rows
from recalldesk.ops.workspace import Workspace
from recalldesk.store import samples as store

# English labels are always accepted on import, beside the codes and the labels written.
ENGLISH = {
    Result.VALID: "Valid",
    Result.NOT_REGISTERED: "Not registered",
    Result.DIFFERENT_ADDRESS: "Different address",
    Result.SIGNATURE_MISMATCH: "Signature mismatch",
    Result.CANCELED: "Canceled registration",
    Result.OUT_OF_COUNTY: "Out of county",
    Result.OTHER: "Other",
}


@dataclass(frozen=True, slots=True)
class ChecklistWritten:
    path: Path
    lines: int


@dataclass(frozen=True, slots=True)
class ChecklistImported:
    read: int  # rows with a result
    changed: int  # results new or different from what was recorded


def write_checklist(
    ws: Workspace,
    actor: Actor,
    draw_id: int,
    path: Path,
    labels: dict[Result, str] | None = None,
) -> Done[ChecklistWritten]:
    """The look-up workbook for ``draw_id`` (the drop-down shows ``labels``)."""
    ws.check(actor, Permission.SAMPLE)
    campaign = ws.require_campaign()
    drawn = rows(ws, draw_id)
    found = store.draw(ws.db, draw_id)
    assert found is not None
    shown = labels or ENGLISH
    written = write_book(
        path,
        draw_uuid=found.uuid,
        title=f"{campaign.name}: sample {found.id}",
        about=[
            ("Drawn", found.drawn_at[:16].replace("T", " ")),
            ("Seed", str(found.seed)),
            ("Raw signatures", str(found.raw_count)),
            ("Results", ", ".join(shown[r] for r in RESULTS)),
        ],
        rows=[
            ChecklistRow(
                r.position,
                r.serial,
                r.line_number,
                r.office_code,
                r.first_name,
                r.last_name,
                r.street_number,
                r.street_name,
                r.unit,
                r.city,
                r.zip_code,
            )
            for r in drawn
            if r.present
        ],
        choices=[shown[r] for r in RESULTS],
    )
    return Done(ChecklistWritten(path, written))


def import_checklist(
    ws: Workspace,
    actor: Actor,
    draw_id: int,
    path: Path,
    labels: dict[Result, str] | None = None,
) -> Done[ChecklistImported]:
    """Record the results in a filled-in checklist, all or nothing."""
    ws.check(actor, Permission.SAMPLE)
    found = store.draw(ws.db, draw_id)
    if found is None:
        raise refuse("sample.no_draw", draw=draw_id)
    known: dict[str, Result] = {}
    for mapping in (ENGLISH, labels or {}):
        known.update({text.casefold(): result for result, text in mapping.items()})
    known.update({r.value: r for r in RESULTS})
    try:
        read = read_results(Path(path), found.uuid, found.size)
    except ChecklistRefused as error:
        raise OpRefused(error.message) from error
    results = []
    for position, text, row in read:
        result = known.get(text.casefold()) or known.get(text.casefold().replace(" ", "_"))
        if result is None:
            raise refuse("checklist.result", row=row, found=text)
        results.append((position, result))
    changed = record_results(ws, actor, draw_id, results).value
    return Done(ChecklistImported(len(results), changed), Changes(figures=True))


__all__ = [
    "ENGLISH",
    "ChecklistImported",
    "ChecklistWritten",
    "import_checklist",
    "write_checklist",
]
