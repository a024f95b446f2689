"""The offices' verification figures reach central in their packets (issue 14).

Verification stays at the office that did it; each packet carries the device's
figures per operator (the Keying sheet), central keeps the newest per device,
and its statistics and the offices' standing show them.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from recalldesk.core import verification as rules
from recalldesk.core.packet_format import KEYING, PACKET_FORMAT_3
from recalldesk.core.records import Actor, SignatureLine, StaffRole
from recalldesk.ops import sign_in, verification
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.keying_stats import statistics
from recalldesk.ops.merge import MergeReport
from recalldesk.ops.standing import standing
from recalldesk.store import keying_reports, lines, sections
from recalldesk.wording import say_where
from recalldesk.wording.merge import report_lines
from tests.sync_world import KEY, World, fingerprint, plain, rewrite_packet, set_manifest

V = StaffRole.VOLUNTEER


def _as_read(line: SignatureLine, **changes: object) -> SignatureLine:
    values = {f.name: getattr(line, f.name) for f in fields(line)}
    return SignatureLine(**{**values, "problems": (), "uuid": "", **changes})  # type: ignore[arg-type]


def verify_at_pas(world: World, serial: str = "PAS-0001") -> tuple[Actor, Actor]:
    """Grace re-keys the section blind with one name read differently; the paper proves
    the first keying (PAS Lead's) wrong; a second lead settles it. (keyer, verifier)."""
    pas = world.pas
    section = sections.find_section(pas.db, serial)
    assert section is not None
    KeyingSession(pas.ws, pas.actor, section.id).close("the last lines are blank")
    grace = sign_in.add_member(pas.ws, pas.actor, "Grace Kim", V, "4821").value
    verifier = sign_in.sign_in(pas.ws, grace.id, "4821").value
    chosen = verification.assign(pas.ws, pas.actor, serial).value
    blind = verification.BlindSession(pas.ws, verifier, chosen.id)
    for first in lines.lines_for_section(pas.db, section.id):
        line = first.line
        blind.save(_as_read(line, last_name="Okafore" if line.line_number == 2 else line.last_name))
    (difference,) = verification.queue(pas.ws, blind.finish().value.id)
    other = sign_in.add_member(pas.ws, pas.actor, "Lee Park", StaffRole.LEAD, "lee password").value
    settler = sign_in.sign_in(pas.ws, other.id, "lee password").value
    verification.settle(pas.ws, settler, difference.id, "second")
    return pas.actor, verifier


def central_id(world: World, actor: Actor) -> int:
    """The operator's id in central's master (ids differ between databases; uuids do not)."""
    uuid = world.pas.db.scalar("SELECT uuid FROM operator WHERE id = ?", (actor.operator_id,))
    return int(world.hq.db.scalar("SELECT id FROM operator WHERE uuid = ?", (uuid,)))


def words(report: MergeReport) -> str:
    """The one refusal of a merge, as the coordinator reads it."""
    (outcome,) = report.refused
    r = outcome.refusal
    assert r is not None
    return say_where(r.file, r.problem, r.sheet, r.row, r.column)


def test_central_sees_each_operators_errors_and_each_offices_quality(world: World) -> None:
    keyer, verifier = verify_at_pas(world)
    packet = world.pas.sync(world.out)
    book = openpyxl.load_workbook(plain(packet), read_only=True)
    keying = [tuple(r) for r in book[KEYING.title].iter_rows(values_only=True)]
    assert keying[0] == KEYING.header and len(keying) == 3  # the keyer and the verifier
    report = world.merge(packet, world.gln.sync(world.out))
    assert not report.refused
    found = {t.operator_id: t for t in statistics(world.hq.ws).operators}
    compared = 3 * len(rules.FIELDS)  # three lines keyed in PAS-0001
    first = found[central_id(world, keyer)]
    assert (first.errors, first.fields) == (1, compared)
    second = found[central_id(world, verifier)]
    assert (second.errors, second.fields) == (0, compared)  # the paper agreed with Grace
    rows = {s.code: s for s in standing(world.hq.ws, datetime.now(UTC))}
    pas = rows["PAS"]
    assert (pas.sections_verified, pas.fields_compared, pas.fields_in_error) == (
        1, 2 * compared, 1,
    )  # fmt: skip
    assert pas.errors_per_thousand is None  # 54 fields: too few to say a rate
    assert rows["GLN"].sections_verified == 0 and rows["GLN"].fields_compared == 0


def test_a_newer_packets_figures_replace_the_older_and_not_the_reverse(world: World) -> None:
    before = world.pas.sync(world.out)  # no verification yet: an empty Keying sheet
    verify_at_pas(world)
    after = world.pas.sync(world.out)
    assert not world.merge(after).refused
    assert sum(f for _, f, _ in keying_reports.by_office(world.hq.ws.db).values()) > 0
    assert not world.merge(before).refused  # late: its empty figures are older
    kept = keying_reports.by_office(world.hq.ws.db)
    assert kept["PAS"][1] == 2 * 3 * len(rules.FIELDS)


def test_the_merge_report_says_when_a_packets_figures_are_older(world: World) -> None:
    verify_at_pas(world)
    first = world.pas.sync(world.out)
    section = sections.find_section(world.pas.db, "PAS-0002")
    assert section is not None
    KeyingSession(world.pas.ws, world.pas.actor, section.id).close("two lines blank")
    second = world.pas.sync(world.out)
    assert not world.merge(second).refused
    report = world.merge(first)  # late, with figures older than the second's
    (late,) = report.merged
    assert late.figures_kept_older and late.total.rows > 0
    said = "\n".join(report_lines(report))
    assert "older than a later packet's" in said, said


def test_a_packet_of_the_previous_format_still_merges(world: World, tmp_path: Path) -> None:
    """An office still on the older RecallDesk sends /3 packets: no Keying sheet."""
    packet = world.pas.sync(world.out)

    def older(wb: openpyxl.Workbook) -> None:
        del wb[KEYING.title]
        set_manifest(wb, "format", PACKET_FORMAT_3)
        manifest = wb["Manifest"]
        row = next(r[0].row for r in manifest.iter_rows(min_row=2) if r[0].value == "rows_keying")
        manifest.delete_rows(row)

    old = rewrite_packet(packet, tmp_path / packet.name, older, resign=KEY)
    report = world.merge(old)
    assert not report.refused and report.merged
    assert sections.find_section(world.hq.db, "PAS-0001") is not None


def _keying_edit(column: str, value: str, row: int = 2) -> object:
    def edit(wb: openpyxl.Workbook) -> None:
        sheet = wb[KEYING.title]
        sheet.cell(row, KEYING.header.index(column) + 1).value = value

    return edit


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("fields_in_error", "999", "fields in error but only"),
        ("operator_uuid", "0b0b0b0b-0000-4000-8000-000000000000", "neither in this packet"),
        ("fields_compared", "12x", "whole number"),
    ],
)
def test_a_hostile_keying_row_refuses_the_packet_and_changes_nothing(
    world: World, tmp_path: Path, column: str, value: str, expected: str
) -> None:
    verify_at_pas(world)
    packet = world.pas.sync(world.out)
    before = fingerprint(world.hq.db)
    bad = rewrite_packet(packet, tmp_path / packet.name, _keying_edit(column, value), resign=KEY)  # type: ignore[arg-type]
    said = words(world.merge(bad))
    assert "sheet Keying, row 2" in said and column in said and expected in said, said
    assert fingerprint(world.hq.db) == before
    assert keying_reports.by_office(world.hq.db) == {}


def test_a_repeated_operator_or_another_offices_operator_is_refused(
    world: World, tmp_path: Path
) -> None:
    verify_at_pas(world)
    packet = world.pas.sync(world.out)

    def repeat(wb: openpyxl.Workbook) -> None:
        sheet = wb[KEYING.title]
        sheet.cell(3, 1).value = sheet.cell(2, 1).value

    (tmp_path / "repeat").mkdir()
    said = words(world.merge(rewrite_packet(packet, tmp_path / "repeat" / packet.name, repeat,
                                            resign=KEY)))  # fmt: skip
    assert "sheet Keying, row 3" in said and "repeats the operator" in said, said
    # GLN's lead is known to central; a PAS packet cannot report figures in GLN's name.
    assert not world.merge(world.gln.sync(world.out)).refused
    gln_uuid = world.gln.db.scalar("SELECT uuid FROM operator")
    steal = rewrite_packet(packet, tmp_path / packet.name, _keying_edit("operator_uuid", gln_uuid),
                           resign=KEY)  # type: ignore[arg-type]  # fmt: skip
    said = words(world.merge(steal))
    assert "row 2" in said and "belongs to office GLN" in said, said
    assert keying_reports.by_office(world.hq.db) == {}


# --- found by a review (each failed before its fix) -------------------------------------


def test_a_laptop_restored_from_a_backup_is_not_counted_twice(world: World) -> None:
    """After a restore the laptop has a new device identity and reports the same work
    again; its packets name the identity it replaces, whose figures central drops."""
    verify_at_pas(world)
    assert not world.merge(world.pas.sync(world.out)).refused
    once = keying_reports.by_office(world.hq.db)["PAS"]
    old = world.pas.db.meta("device_id")
    assert not world.merge(world.pas.sync(world.out, after_restore=True)).refused
    assert world.pas.db.meta("device_id") != old
    assert keying_reports.by_office(world.hq.db)["PAS"] == once


def test_a_packet_of_the_previous_format_does_not_wipe_the_figures(
    world: World, tmp_path: Path
) -> None:
    verify_at_pas(world)
    assert not world.merge(world.pas.sync(world.out)).refused
    kept = keying_reports.by_office(world.hq.db)["PAS"]
    section = sections.find_section(world.pas.db, "PAS-0002")
    assert section is not None
    KeyingSession(world.pas.ws, world.pas.actor, section.id).close("two lines blank")
    later = world.pas.sync(world.out)

    def older(wb: openpyxl.Workbook) -> None:
        del wb[KEYING.title]
        set_manifest(wb, "format", PACKET_FORMAT_3)
        manifest = wb["Manifest"]
        for field in ("rows_keying", "replaces_devices"):
            row = next(r[0].row for r in manifest.iter_rows(min_row=2) if r[0].value == field)
            manifest.delete_rows(row)

    assert not world.merge(rewrite_packet(later, tmp_path / later.name, older,
                                          resign=KEY)).refused  # fmt: skip
    assert keying_reports.by_office(world.hq.db)["PAS"] == kept


def test_a_malformed_list_of_replaced_devices_is_refused(world: World, tmp_path: Path) -> None:
    packet = world.pas.sync(world.out)
    bad = rewrite_packet(packet, tmp_path / packet.name,
                         lambda wb: set_manifest(wb, "replaces_devices", "not-a-device"),
                         resign=KEY)  # fmt: skip
    before = fingerprint(world.hq.db)
    said = words(world.merge(bad))
    assert "replaces_devices" in said, said
    assert fingerprint(world.hq.db) == before


def test_a_packet_in_central_s_own_name_is_refused(world: World, tmp_path: Path) -> None:
    """Central's own records (its office, its coordinators) are nobody's packet to change:
    a packet naming central's office code is refused, whoever sealed it."""
    from tests.sync_world import make_site

    impostor = make_site(tmp_path / "elsewhere", "HQ")  # an "office" set up with HQ's code
    try:
        forged = impostor.sync(world.out)
    finally:
        impostor.close()
    before = fingerprint(world.hq.db)
    said = words(world.merge(forged))
    assert "HQ" in said and "central" in said, said
    assert fingerprint(world.hq.db) == before


def test_another_office_cannot_take_a_devices_packet_numbers(world: World, tmp_path: Path) -> None:
    """A packet of office GLN claiming PAS's device id does not make PAS's real packet
    of that number 'reused': numbers belong to an office's device."""
    pas_first = world.pas.sync(world.out)
    assert not world.merge(pas_first).refused
    section = sections.find_section(world.pas.db, "PAS-0002")
    assert section is not None
    KeyingSession(world.pas.ws, world.pas.actor, section.id).close("two lines blank")
    pas_second = world.pas.sync(world.out)
    gln = world.gln.sync(world.out)
    claim = rewrite_packet(
        gln, tmp_path / gln.name,
        lambda wb: (set_manifest(wb, "device_id", str(world.pas.db.meta("device_id"))),
                    set_manifest(wb, "sequence", "2")),
        resign=KEY,
    )  # fmt: skip
    world.merge(claim)
    report = world.merge(pas_second)
    assert not report.refused, [str(o.message) for o in report.refused]
