"""Section intake: a section logged as it arrives, with its circulator, in one step.

A new circulator and the section are saved in one transaction, so a section
refused (a serial already logged) leaves no orphan circulator behind to be
synced to the central office.
"""

from __future__ import annotations

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor, Circulator, Section
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people, sections
from recalldesk.store.sections import DuplicateSerialError, StoredSection

MAX_SERIAL = 40
MAX_DECLARED = 500  # lines on one section; petitions print far fewer


def find_serial(ws: Workspace, serial: str) -> StoredSection | None:
    """The live section already logged under ``serial`` (checked as it is typed)."""
    return sections.find_section(ws.db, serial) if serial.strip() else None


def log_section(
    ws: Workspace,
    actor: Actor,
    section: Section,
    *,
    circulator_id: int | None = None,
    new_circulator: Circulator | None = None,
) -> Done[StoredSection]:
    """Log ``section`` for this office; its declaration is checked and flagged, never refused.

    Give the circulator as an existing one's id, or as ``new_circulator`` to add.
    """
    campaign = ws.require_campaign()
    serial = section.serial.strip()
    if not serial:
        raise refuse("intake.no_serial")
    if len(serial) > MAX_SERIAL:
        raise refuse("intake.serial_too_long", limit=MAX_SERIAL)
    if not 1 <= section.declared_lines <= MAX_DECLARED:
        raise refuse("intake.declared_out_of_range", limit=MAX_DECLARED)
    if new_circulator is not None and not new_circulator.name.strip():
        raise refuse("intake.no_circulator_name")
    office = people.office_by_code(ws.db, ws.office_code)
    if office is None:
        raise refuse("setup.not_set_up")
    try:
        with ws.change(actor, Permission.INTAKE) as db:
            if new_circulator is not None:
                circulator_id = people.add_circulator(db, actor, new_circulator).id
            stored = sections.add_section(db, actor, campaign, section, office.id, circulator_id)
    except DuplicateSerialError as error:
        existing = find_serial(ws, serial)
        office_code = existing.office_code if existing is not None else ""
        raise refuse("intake.duplicate_serial", serial=serial, office=office_code) from error
    return Done(
        stored, Changes(section_list=True, figures=True), (msg("note.logged", serial=serial),)
    )
