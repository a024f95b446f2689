"""Accepting, editing and deleting lines: durable, versioned, audited."""

import json
import sqlite3
from datetime import date

import pytest

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor, Circulator, LineMark, Section, SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import audit, lines, people, sections
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database, open_database

LINE = SignatureLine(1, "José", "Muñoz", "1520", "N Lake Ave", "Apt 4", "Pasadena", "91104")


@pytest.fixture
def section(db: Database, actor: Actor) -> sections.StoredSection:
    campaign = get_campaign(db)
    assert campaign is not None
    circ = people.add_circulator(db, actor, Circulator("Sam Lee", "12 Oak St", "Pasadena", "91101"))
    office_id = people.list_offices(db)[0].id
    return sections.add_section(
        db, actor, campaign,
        Section("PAS-0001", 5, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
                declaration_signed=True, declaration_dated=True, declaration_place=True),
        office_id, circ.id,
    )  # fmt: skip


def test_accepted_line_is_on_disk_for_another_connection(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    saved = lines.accept_line(db, actor, zips, section.id, LINE)
    other = sqlite3.connect(db.path)
    row = other.execute(
        "SELECT first_name, last_name, zip_code, version, origin_office, origin_device, "
        "operator_id, name_key, address_key, deleted FROM signature_line WHERE uuid = ?",
        (saved.line.uuid,),
    ).fetchone()
    other.close()
    assert row == ("José", "Muñoz", "91104", 1, "PAS", actor.device_id, actor.operator_id,
                   "munoz|jose", "1520|n lake ave|91104", 0)  # fmt: skip
    assert saved.findings == ()


def test_accept_writes_its_audit_entry(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    saved = lines.accept_line(db, actor, zips, section.id, LINE)
    (entry,) = audit.history(db, saved.line.uuid)
    assert entry.action == "insert" and entry.operator == "Ana Reyes" and entry.office == "PAS"
    assert entry.changes["last_name"] == "Muñoz"


def test_findings_are_stored_with_the_line(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    bad = SignatureLine(6, "", "", "", "PO Box 12", "", "Santa Ana", "92701")
    saved = lines.accept_line(db, actor, zips, section.id, bad)
    codes = [f.code for f in saved.findings]
    assert codes == ["LINE_BEYOND_DECLARED", "MISSING_NAME", "PO_BOX_ONLY", "ZIP_OUT_OF_COUNTY"]
    stored = lines.get_line(db, saved.id)
    assert stored is not None and list(stored.line.problems) == codes
    assert db.scalar("SELECT severity FROM signature_line WHERE id = ?", (saved.id,)) == "error"


def test_duplicate_line_number_is_flagged_not_refused(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    lines.accept_line(db, actor, zips, section.id, LINE)
    again = lines.accept_line(db, actor, zips, section.id, LINE)
    assert [f.code for f in again.findings] == ["DUPLICATE_LINE_NUMBER"]
    assert len(lines.lines_for_section(db, section.id)) == 2


def test_edit_bumps_version_and_audits_old_and_new(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    saved = lines.accept_line(db, actor, zips, section.id, LINE)
    seq_before = db.scalar("SELECT change_seq FROM signature_line WHERE id = ?", (saved.id,))
    fixed = SignatureLine(1, "José", "Muñoz", "1522", "N Lake Ave", "Apt 4", "Pasadena", "91104")
    edited = lines.update_line(db, actor, zips, saved.id, fixed, reason=msg("test.typo"))
    assert edited.version == 2 and edited.line.street_number == "1522"
    assert db.scalar("SELECT change_seq FROM signature_line WHERE id = ?", (saved.id,)) > seq_before
    entry = audit.history(db, saved.line.uuid)[-1]
    assert entry.action == "update" and entry.reason == msg("test.typo")
    assert entry.changes["street_number"] == ["1520", "1522"]
    assert "address_key" in entry.changes and "first_name" not in entry.changes


def test_saving_an_unchanged_line_writes_nothing(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    saved = lines.accept_line(db, actor, zips, section.id, LINE)
    before = audit.count(db)
    assert lines.update_line(db, actor, zips, saved.id, LINE).version == 1
    assert audit.count(db) == before


def test_delete_is_a_tombstone_and_restore_undoes_it(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    saved = lines.accept_line(db, actor, zips, section.id, LINE)
    lines.delete_line(db, actor, saved.id, reason=msg("test.keyed_twice", line=1))
    assert lines.lines_for_section(db, section.id) == []
    row = db.query("SELECT deleted, version FROM signature_line WHERE id = ?", (saved.id,))[0]
    assert tuple(row) == (1, 2)
    lines.restore_line(db, actor, saved.id)
    assert len(lines.lines_for_section(db, section.id)) == 1
    assert [e.action for e in audit.history(db, saved.line.uuid)] == ["insert", "delete", "update"]


def test_audit_log_is_append_only(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    lines.accept_line(db, actor, zips, section.id, LINE)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), db.transaction() as conn:
        conn.execute("UPDATE audit_log SET operator = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), db.transaction() as conn:
        conn.execute("DELETE FROM audit_log")


def test_a_failed_change_leaves_no_audit_entry(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    before = audit.count(db)
    with pytest.raises(KeyError):
        lines.accept_line(db, actor, zips, 9999, LINE)
    assert audit.count(db) == before


def test_special_marks_round_trip(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    blank = lines.accept_line(
        db, actor, zips, section.id, SignatureLine(2, mark=LineMark.BLANK, signature_present=False)
    )
    stored = lines.get_line(db, blank.id)
    assert stored is not None and stored.line.mark is LineMark.BLANK
    assert not stored.line.signature_present and stored.findings == ()


def test_section_intake_flags_incomplete_declaration(db: Database, actor: Actor) -> None:
    campaign = get_campaign(db)
    assert campaign is not None
    office_id = people.list_offices(db)[0].id
    stored = sections.add_section(db, actor, campaign, Section("PAS-0002", 10), office_id, None)
    assert [f.code for f in stored.findings] == ["DECLARATION_INCOMPLETE"] and stored.voided
    with pytest.raises(sections.DuplicateSerialError):
        sections.add_section(db, actor, campaign, Section("PAS-0002", 10), office_id, None)
    assert sections.find_section(db, "PAS-0002") == stored


def test_every_record_has_sync_columns(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    lines.accept_line(db, actor, zips, section.id, LINE)
    for table in ("campaign", "office", "operator", "circulator", "section", "signature_line"):
        for row in db.query(
            f"SELECT uuid, origin_office, origin_device, version, created_at, updated_at, "
            f"deleted, change_seq FROM {table}"
        ):
            assert len(row["uuid"]) == 36 and row["origin_device"] and row["version"] >= 1
            assert row["created_at"].endswith("Z") and row["change_seq"] >= 1


def test_audit_changes_are_json(db: Database) -> None:
    for (changes,) in db.query("SELECT changes FROM audit_log"):
        assert isinstance(json.loads(changes), dict)


def test_reopening_keeps_everything(
    db: Database, actor: Actor, zips: ZipTable, section: sections.StoredSection
) -> None:
    for n in range(1, 6):
        line = SignatureLine(n, "A", f"B{n}", "1", "Main St")
        lines.accept_line(db, actor, zips, section.id, line)
    db.close()
    again = open_database(db.path)
    assert len(lines.lines_for_section(again, section.id)) == 5
    again.close()
    db.conn = open_database(db.path).conn  # the fixture closes it
