"""Signature lines: accepting, editing and deleting what volunteers key.

Accepting a line is one transaction: validate, insert, audit, commit. With
WAL and ``synchronous=FULL`` the line is on disk when :func:`accept_line`
returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from recalldesk.core.messages import Message
from recalldesk.core.normalize import address_key, name_key
from recalldesk.core.records import Actor, LineMark, SignatureLine
from recalldesk.core.rules import (
    LINE_FIELDS,
    Finding,
    LineContext,
    validate_line,
    worst_severity,
)
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import writes
from recalldesk.store.connection import Database


@dataclass(frozen=True, slots=True)
class StoredLine:
    id: int
    section_id: int
    line: SignatureLine
    findings: tuple[Finding, ...]
    version: int = 1


LINE_COLUMNS = (*LINE_FIELDS, "signature_present", "mark")


def line_values(line: SignatureLine, findings: tuple[Finding, ...]) -> dict[str, Any]:
    """The stored columns of a line, with its findings and comparison keys."""
    codes = [f.code for f in findings]
    severity = worst_severity(codes)
    return {
        "line_number": line.line_number,
        "first_name": line.first_name.strip(),
        "last_name": line.last_name.strip(),
        "street_number": line.street_number.strip(),
        "street_name": line.street_name.strip(),
        "unit": line.unit.strip(),
        "city": line.city.strip(),
        "zip_code": line.zip_code.strip(),
        "signature_present": int(line.signature_present),
        "mark": str(line.mark),
        "problems": " ".join(codes),
        "severity": str(severity) if severity else "",
        "name_key": name_key(line.first_name, line.last_name),
        "address_key": address_key(line.street_number, line.street_name, line.zip_code),
    }


def _other_numbers(conn: sqlite3.Connection, section_id: int, line_id: int) -> set[int]:
    rows = conn.execute(
        "SELECT line_number FROM signature_line WHERE section_id = ? AND deleted = 0 AND id != ?",
        (section_id, line_id),
    )
    return {r[0] for r in rows}


def _context(
    conn: sqlite3.Connection, zips: ZipTable, section_id: int, line_id: int
) -> LineContext:
    declared = conn.execute(
        "SELECT declared_lines FROM section WHERE id = ? AND deleted = 0", (section_id,)
    ).fetchone()
    if declared is None:
        raise KeyError(f"section {section_id} does not exist")
    return LineContext(zips, declared[0], _other_numbers(conn, section_id, line_id))


def accept_line(
    db: Database,
    actor: Actor,
    zips: ZipTable,
    section_id: int,
    line: SignatureLine,
    extra: Sequence[Finding] = (),
) -> StoredLine:
    """Validate and save one keyed line in one durable transaction.

    ``extra`` are findings made elsewhere (the duplicate lookup), stored with the rules'.
    """
    if line.line_number < 1:
        raise ValueError("line numbers start at 1")
    with db.transaction() as conn:
        findings = validate_line(line, _context(conn, zips, section_id, -1)) + tuple(extra)
        values = line_values(line, findings)
        values.update(section_id=section_id, operator_id=actor.operator_id)
        if line.uuid:
            values["uuid"] = line.uuid
        row_id, uid = writes.insert(conn, actor, "signature_line", values)
    return StoredLine(
        row_id, section_id, replace(line, uuid=uid, problems=_codes(findings)), findings
    )


def update_line(
    db: Database,
    actor: Actor,
    zips: ZipTable,
    line_id: int,
    line: SignatureLine,
    *,
    reason: Message | None = None,
    extra: Sequence[Finding] = (),
) -> StoredLine:
    """Save an edit to a line (re-validated, audited old → new)."""
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT section_id FROM signature_line WHERE id = ?", (line_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"line {line_id} does not exist")
        findings = validate_line(line, _context(conn, zips, row[0], line_id)) + tuple(extra)
        writes.update(
            conn, actor, "signature_line", line_id, line_values(line, findings), reason=reason
        )
    stored = get_line(db, line_id)
    assert stored is not None
    return replace(stored, findings=findings)  # with their details, not only their codes


def delete_line(db: Database, actor: Actor, line_id: int, *, reason: Message | None = None) -> None:
    with db.transaction() as conn:
        writes.tombstone(conn, actor, "signature_line", line_id, reason=reason)


def restore_line(
    db: Database, actor: Actor, line_id: int, *, reason: Message | None = None
) -> None:
    with db.transaction() as conn:
        writes.restore(conn, actor, "signature_line", line_id, reason=reason)


def _codes(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    return tuple(f.code for f in findings)


_SELECT = (
    f"SELECT id, section_id, uuid, version, problems, {', '.join(LINE_COLUMNS)} "
    "FROM signature_line "
)


def _from_row(r: sqlite3.Row) -> StoredLine:
    codes = tuple(r["problems"].split())
    line = SignatureLine(
        line_number=r["line_number"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        street_number=r["street_number"],
        street_name=r["street_name"],
        unit=r["unit"],
        city=r["city"],
        zip_code=r["zip_code"],
        signature_present=bool(r["signature_present"]),
        mark=LineMark(r["mark"]),
        problems=codes,
        uuid=r["uuid"],
    )
    return StoredLine(
        r["id"], r["section_id"], line, tuple(Finding(c) for c in codes), r["version"]
    )


def get_line(db: Database, line_id: int) -> StoredLine | None:
    rows = db.query(_SELECT + "WHERE id = ?", (line_id,))
    return _from_row(rows[0]) if rows else None


def lines_for_section(db: Database, section_id: int) -> list[StoredLine]:
    rows = db.query(
        _SELECT + "WHERE section_id = ? AND deleted = 0 ORDER BY line_number, id", (section_id,)
    )
    return [_from_row(r) for r in rows]


def count_lines(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0"))


def keyed_between(db: Database, start: str, end: str, operator_id: int | None = None) -> int:
    """Lines first saved in ``[start, end)`` (UTC stamps as stored), optionally by one operator.

    The caller turns a local calendar day into these bounds: "today" is the
    volunteer's day, not UTC's.
    """
    sql = (
        "SELECT count(*) FROM signature_line "
        "WHERE deleted = 0 AND created_at >= ? AND created_at < ?"
    )
    params: tuple[Any, ...] = (start, end)
    if operator_id is not None:
        sql += " AND operator_id = ?"
        params += (operator_id,)
    return int(db.scalar(sql, params))


def section_of_line(db: Database, line_id: int) -> int | None:
    value = db.scalar("SELECT section_id FROM signature_line WHERE id = ?", (line_id,))
    return None if value is None else int(value)


def line_in_section(db: Database, section_id: int, line_number: int) -> StoredLine | None:
    """The live line with this number in a section (the first, if keyed twice)."""
    rows = db.query(
        _SELECT + "WHERE section_id = ? AND line_number = ? AND deleted = 0 ORDER BY id LIMIT 1",
        (section_id, line_number),
    )
    return _from_row(rows[0]) if rows else None
