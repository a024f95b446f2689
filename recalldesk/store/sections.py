"""Petition sections: intake, updates and lookups."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from recalldesk.core.messages import Message, MessageError, msg
from recalldesk.core.normalize import fold
from recalldesk.core.records import Actor, Campaign, Section, SectionStatus
from recalldesk.core.rules import RULES, Finding, validate_section
from recalldesk.store import writes
from recalldesk.store.connection import Database


class DuplicateSerialError(MessageError):
    """Another live section holds the serial (``section.duplicate_serial``)."""


@dataclass(frozen=True, slots=True)
class StoredSection:
    """A section as stored. ``origin_office`` is the office that logged it (its owner)."""

    id: int
    section: Section
    office_code: str
    circulator_name: str
    findings: tuple[Finding, ...]
    keyed_lines: int = 0
    origin_office: str = ""
    version: int = 1
    close_note: str = ""  # why it was closed although its totals differ

    @property
    def voided(self) -> bool:
        return any(RULES[f.code].voids_section for f in self.findings)


_COLUMNS = (
    "serial, declared_lines, circulated_from, circulated_to, declaration_signed, "
    "declaration_dated, declaration_place, received_on, status"
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def section_values(section: Section, findings: tuple[Finding, ...]) -> dict[str, Any]:
    return {
        "serial": section.serial.strip(),
        "declared_lines": section.declared_lines,
        "circulated_from": _iso(section.circulated_from),
        "circulated_to": _iso(section.circulated_to),
        "declaration_signed": int(section.declaration_signed),
        "declaration_dated": int(section.declaration_dated),
        "declaration_place": int(section.declaration_place),
        "received_on": _iso(section.received_on),
        "status": str(section.status),
        "problems": " ".join(f.code for f in findings),
        "voided": int(any(RULES[f.code].voids_section for f in findings)),
    }


def add_section(
    db: Database,
    actor: Actor,
    campaign: Campaign,
    section: Section,
    office_id: int,
    circulator_id: int | None,
) -> StoredSection:
    """Log a section at intake; its declaration is checked and flagged, never refused."""
    if not section.serial.strip():
        raise ValueError("a section needs its serial number")
    if section.declared_lines < 0:
        raise ValueError("the declared number of lines cannot be negative")
    findings = validate_section(section, campaign)
    values = section_values(section, findings)
    values.update(office_id=office_id, circulator_id=circulator_id)
    if section.uuid:
        values["uuid"] = section.uuid
    try:
        with db.transaction() as conn:
            row_id, _ = writes.insert(conn, actor, "section", values)
    except sqlite3.IntegrityError as error:
        if "section.serial" in str(error):
            raise DuplicateSerialError(
                msg("section.duplicate_serial", serial=values["serial"])
            ) from error
        raise
    stored = get_section(db, row_id)
    assert stored is not None
    return stored


def update_section(
    db: Database,
    actor: Actor,
    campaign: Campaign,
    section_id: int,
    section: Section,
    circulator_id: int | None,
    *,
    reason: Message | None = None,
) -> StoredSection:
    findings = validate_section(section, campaign)
    values = section_values(section, findings)
    values["circulator_id"] = circulator_id
    with db.transaction() as conn:
        writes.update(conn, actor, "section", section_id, values, reason=reason)
    stored = get_section(db, section_id)
    assert stored is not None
    return stored


def set_status(
    db: Database,
    actor: Actor,
    section_id: int,
    status: SectionStatus,
    *,
    close_note: str = "",
    reason: Message | None = None,
) -> None:
    """Change a section's status; ``close_note`` says why totals differ (closing only)."""
    with db.transaction() as conn:
        values = {"status": str(status), "close_note": close_note}
        writes.update(conn, actor, "section", section_id, values, reason=reason)


_SELECT = f"""
SELECT s.id, s.uuid, {", ".join("s." + c.strip() for c in _COLUMNS.split(","))},
       s.problems, s.origin_office, s.version, s.close_note, o.code AS office_code,
       c.uuid AS circulator_uuid,
       coalesce(c.name, '') AS circulator_name,
       (SELECT count(*) FROM signature_line l
         WHERE l.section_id = s.id AND l.deleted = 0) AS keyed_lines
FROM section s
JOIN office o ON o.id = s.office_id
LEFT JOIN circulator c ON c.id = s.circulator_id
"""


def _from_row(r: sqlite3.Row) -> StoredSection:
    section = Section(
        serial=r["serial"],
        declared_lines=r["declared_lines"],
        office_code=r["office_code"],
        circulator_uuid=r["circulator_uuid"] or "",
        circulated_from=_date(r["circulated_from"]),
        circulated_to=_date(r["circulated_to"]),
        declaration_signed=bool(r["declaration_signed"]),
        declaration_dated=bool(r["declaration_dated"]),
        declaration_place=bool(r["declaration_place"]),
        received_on=_date(r["received_on"]),
        status=SectionStatus(r["status"]),
        uuid=r["uuid"],
    )
    findings = tuple(Finding(code) for code in r["problems"].split())
    return StoredSection(
        r["id"], section, r["office_code"], r["circulator_name"], findings, r["keyed_lines"],
        r["origin_office"], r["version"], r["close_note"],
    )  # fmt: skip


def get_section(db: Database, section_id: int) -> StoredSection | None:
    rows = db.query(_SELECT + " WHERE s.id = ?", (section_id,))
    return _from_row(rows[0]) if rows else None


def find_section(db: Database, serial: str) -> StoredSection | None:
    rows = db.query(_SELECT + " WHERE s.serial = ? AND s.deleted = 0", (serial.strip(),))
    return _from_row(rows[0]) if rows else None


def list_sections(
    db: Database, *, status: SectionStatus | None = None, limit: int = 1000, offset: int = 0
) -> list[StoredSection]:
    where = "WHERE s.deleted = 0" + (" AND s.status = ?" if status else "")
    params: tuple[Any, ...] = (str(status),) if status else ()
    rows = db.query(
        _SELECT + f" {where} ORDER BY s.serial LIMIT ? OFFSET ?", (*params, limit, offset)
    )
    return [_from_row(r) for r in rows]


@dataclass(frozen=True, slots=True)
class SectionFilter:
    """What the section list shows: by status, circulator name prefix, serial prefix."""

    status: SectionStatus | None = None
    circulator: str = ""
    serial: str = ""

    def where(self) -> tuple[str, tuple[Any, ...]]:
        clauses, params = ["s.deleted = 0"], []
        if self.status is not None:
            clauses.append("s.status = ?")
            params.append(str(self.status))
        if self.serial.strip():
            clauses.append("s.serial >= ? AND s.serial < ?")
            params += [self.serial.strip(), self.serial.strip() + "\U0010ffff"]
        if self.circulator.strip():
            key = fold(self.circulator)
            clauses.append("c.name_key >= ? AND c.name_key < ?")
            params += [key, key + "\U0010ffff"]
        return " AND ".join(clauses), tuple(params)


def count_sections(db: Database, where: SectionFilter = SectionFilter()) -> int:
    sql, params = where.where()
    return int(
        db.scalar(
            "SELECT count(*) FROM section s LEFT JOIN circulator c ON c.id = s.circulator_id "
            f"WHERE {sql}",
            params,
        )
    )


def section_page(
    db: Database,
    where: SectionFilter = SectionFilter(),
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[StoredSection]:
    """One page of the filtered list, by serial (walks the serial index, no sort)."""
    sql, params = where.where()
    rows = db.query(
        _SELECT + f" WHERE {sql} ORDER BY s.serial LIMIT ? OFFSET ?", (*params, limit, offset)
    )
    return [_from_row(r) for r in rows]


def resume_candidate(db: Database) -> StoredSection | None:
    """The section this database was keying when it last stopped, if still open."""
    uuid = db.meta("resume_section")
    if not uuid:
        return None
    rows = db.query(_SELECT + " WHERE s.uuid = ? AND s.deleted = 0", (uuid,))
    if not rows:
        return None
    stored = _from_row(rows[0])
    return stored if stored.section.status is SectionStatus.KEYING else None
