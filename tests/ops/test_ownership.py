"""Ownership at merge (issue 13): an office's packet creates and changes only its own records.

Each test is an attack an office laptop's holder made in a trial, with the
campaign key every office then held: the forged packet is sealed again, so the
checks behind the seal are what stop it. The master must be unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from recalldesk.core.zipdata import ZipTable
from recalldesk.store import campaign, lines
from tests.sync_world import (
    KEY,
    Site,
    World,
    column_of,
    record_fingerprint,
    rewrite_packet,
    set_manifest,
)

Edit = Callable[[openpyxl.Workbook], None]


def as_office(
    world: World, source: Path, site: Site | None, edit: Edit, name: str, sequence: int = 0
) -> Path:
    """``source`` edited by ``edit``, sealed again, and sent as ``site``'s (when given)
    under packet number ``sequence`` (when given)."""

    def forge(wb: openpyxl.Workbook) -> None:
        if site is not None:
            set_manifest(wb, "office_code", site.code)
            set_manifest(wb, "device_id", campaign.device_id(site.db))
        if sequence:
            set_manifest(wb, "sequence", str(sequence))
        edit(wb)

    return rewrite_packet(source, world.out / name, forge, resign=KEY)


def set_cells(sheet: str, **values: str) -> Edit:
    """Every data row of ``sheet`` takes ``values``."""

    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb[sheet]
        for header, value in values.items():
            column = column_of(wb, sheet, header)
            for row in range(2, ws.max_row + 1):
                ws.cell(row, column).value = value

    return edit


def only_sheet(keep: str, then: Edit) -> Edit:
    """Empty every record sheet but ``keep`` (the manifest's counts follow), then ``then``."""

    def edit(wb: openpyxl.Workbook) -> None:
        for title in ("Offices", "Operators", "Circulators", "Sections", "Lines"):
            if title != keep:
                ws = wb[title]
                if ws.max_row > 1:
                    ws.delete_rows(2, ws.max_row - 1)
                set_manifest(wb, f"rows_{title.lower()}", "0")
        then(wb)

    return edit


def refused(world: World, path: Path) -> str:
    report = world.merge(path)
    (outcome,) = report.outcomes
    assert outcome.status == "refused", outcome
    assert outcome.message is not None
    problem = outcome.refusal.problem if outcome.refusal is not None else outcome.message
    return problem.code


@pytest.fixture
def merged_pas(world: World) -> Path:
    first = world.pas.sync(world.out)
    assert world.merge(first).outcomes[0].status == "merged"
    return first


def test_an_office_cannot_rewrite_another_offices_lines(
    world: World, merged_pas: Path, zips: ZipTable
) -> None:
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, merged_pas, world.gln,
        only_sheet("Lines", set_cells("Lines", version="999999999", first_name="Mallory")),
        "GLN-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    assert refused(world, forged) == "row.not_owner"
    assert record_fingerprint(world.hq.db) == before
    # The real office's later edit still arrives (in the trial it was counted "unchanged").
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    lines.update_line(
        world.pas.db, world.pas.actor, zips, stored.id, replace(stored.line, first_name="Anna")
    )
    report = world.merge(world.pas.sync(world.out))
    assert report.outcomes[-1].counts["Lines"].updated == 1
    (row,) = world.hq.db.query(
        "SELECT first_name FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert row[0] == "Anna"


def test_an_office_cannot_claim_another_offices_records_as_its_own(
    world: World, merged_pas: Path
) -> None:
    """The forger writes its own code as the origin of the other office's records."""
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, merged_pas, world.gln,
        only_sheet("Lines", set_cells("Lines", version="2", origin_office="GLN",
                                      first_name="Mallory")),
        "GLN-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    assert refused(world, forged) == "row.not_owner"
    assert record_fingerprint(world.hq.db) == before


def test_an_office_cannot_delete_another_offices_office_record(
    world: World, merged_pas: Path
) -> None:
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, merged_pas, world.gln,
        only_sheet("Offices", set_cells("Offices", version="2", deleted="1")),
        "GLN-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    assert refused(world, forged) in ("row.not_owner", "row.office_deleted")
    assert record_fingerprint(world.hq.db) == before
    # ... and the office's own packets, full ones included, still merge.
    report = world.merge(world.pas.sync(world.out, full=True))
    assert report.outcomes[-1].status in ("merged", "skipped"), report.outcomes[-1]


def test_no_packet_deletes_an_offices_office_record(world: World, merged_pas: Path) -> None:
    """Not even the office's own (a stolen laptop's holder could send it)."""
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, merged_pas, None,
        only_sheet("Offices", set_cells("Offices", version="2", deleted="1")),
        "PAS-forged-000002.recalldesk.xlsx", sequence=2,
    )  # fmt: skip
    assert refused(world, forged) == "row.office_deleted"
    assert record_fingerprint(world.hq.db) == before


def test_an_office_cannot_move_another_offices_section_to_itself_and_void_it(
    world: World, merged_pas: Path
) -> None:
    world.merge(world.gln.sync(world.out))
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, merged_pas, world.gln,
        only_sheet("Sections", set_cells("Sections", version="2", office_code="GLN",
                                         origin_office="GLN", voided="1")),
        "GLN-forged-000002.recalldesk.xlsx", sequence=2,
    )  # fmt: skip
    assert refused(world, forged) == "row.not_owner"
    assert record_fingerprint(world.hq.db) == before


def test_an_office_cannot_add_lines_to_another_offices_section(
    world: World, merged_pas: Path
) -> None:
    """New lines (new uuids, the forger's own origin) in a section another office logged."""
    pas_section = world.pas.db.query("SELECT uuid FROM section WHERE serial = 'PAS-0001'")[0][0]
    gln = world.gln.sync(world.out)
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, gln, None,
        only_sheet("Lines", set_cells("Lines", section_uuid=pas_section, operator_uuid="")),
        "GLN-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    gln.unlink()
    assert refused(world, forged) == "row.not_owner"
    assert record_fingerprint(world.hq.db) == before


def test_a_version_beyond_the_offices_changes_is_refused(world: World) -> None:
    """An office's own record at version 999,999,999: it has not made that many changes."""
    pas = world.pas.sync(world.out)
    forged = as_office(
        world, pas, None, set_cells("Lines", version="999999999"),
        "PAS-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    pas.unlink()
    before = record_fingerprint(world.hq.db)
    assert refused(world, forged) == "row.version_implausible"
    assert record_fingerprint(world.hq.db) == before


# --- serial ranges: no office logs another office's sections first ---------------------


def test_an_office_cannot_take_a_serial_of_another_offices_range(world: World) -> None:
    """The trial: GLN logged PAS's serials first, and PAS's real sections were refused."""
    from recalldesk.ops import serial_ranges

    serial_ranges.issue(world.hq.ws, world.hq.actor, "PAS", "PAS-0001", "PAS-0500")
    serial_ranges.issue(world.hq.ws, world.hq.actor, "GLN", "GLN-0001", "GLN-0500")
    gln = world.gln.sync(world.out)
    before = record_fingerprint(world.hq.db)
    forged = as_office(
        world, gln, None, set_cells("Sections", serial="PAS-0002"),
        "GLN-forged-000001.recalldesk.xlsx",
    )  # fmt: skip
    gln.unlink()
    assert refused(world, forged) == "row.serial_of_other"
    assert record_fingerprint(world.hq.db) == before
    # PAS's own sections, in its range, merge.
    report = world.merge(world.pas.sync(world.out))
    assert report.outcomes[-1].status == "merged"


def test_an_office_with_ranges_cannot_log_a_serial_outside_them(world: World) -> None:
    from recalldesk.ops import serial_ranges

    serial_ranges.issue(world.hq.ws, world.hq.actor, "PAS", "PAS-0100", "PAS-0200")
    assert refused(world, world.pas.sync(world.out)) == "row.serial_outside"


def test_ranges_never_overlap_and_must_be_ranges(world: World) -> None:
    from recalldesk.ops import serial_ranges
    from recalldesk.ops.base import OpRefused

    serial_ranges.issue(world.hq.ws, world.hq.actor, "PAS", "0100000", "0100499")
    with pytest.raises(OpRefused) as overlap:
        serial_ranges.issue(world.hq.ws, world.hq.actor, "GLN", "0100400", "0100999")
    assert overlap.value.message.code == "serials.overlap"
    for first, last in (("0100999", "0100500"), ("A-1", "B-2"), ("ABC", "ABD")):
        with pytest.raises(OpRefused) as bad:
            serial_ranges.issue(world.hq.ws, world.hq.actor, "GLN", first, last)
        assert bad.value.message.code == "serials.bad_range"
    with pytest.raises(OpRefused):  # only central issues ranges
        serial_ranges.issue(world.pas.ws, world.pas.actor, "PAS", "0200000", "0200100")
