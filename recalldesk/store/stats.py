"""Campaign-wide figures and the row streams the exports read.

Everything here reads inside one snapshot so counts and rows agree even while
volunteers keep keying.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from datetime import datetime

from recalldesk.core.counting import is_signature
from recalldesk.core.figures import Figures, OfficeFigures


def _local_day(utc_hour: str) -> str:
    """``2022-03-02T04`` (UTC) -> the local calendar day of that hour (``2022-03-01``)."""
    try:
        moment = datetime.fromisoformat(utc_hour + ":00:00+00:00")
    except ValueError:
        return utc_hour[:10]
    return moment.astimezone().date().isoformat()


# Whether line ``l`` is a confirmed repeat (a person decided; see store.decisions).
REPEAT_SQL = "(l.uuid IN (SELECT repeat_uuid FROM duplicate_decision WHERE decision = 'duplicate'))"


def figures(conn: sqlite3.Connection) -> Figures:
    """Compute every figure in one pass per table (call inside a snapshot).

    Lines are grouped by what :mod:`recalldesk.core.counting` needs (mark,
    worst severity, whether the section is void); the core decides what counts.
    """
    out = Figures()
    for mark, severity, voided, repeat, n in conn.execute(
        "SELECT l.mark, l.severity, s.voided, " + REPEAT_SQL + ", count(*) "
        "FROM signature_line l JOIN section s ON s.id = l.section_id "
        "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY 1, 2, 3, 4"
    ):
        out.tally.add(mark, severity, bool(voided), n, bool(repeat))
    for problems, n in conn.execute(
        "SELECT l.problems, count(*) FROM signature_line l "
        "JOIN section s ON s.id = l.section_id "
        "WHERE l.deleted = 0 AND s.deleted = 0 AND l.problems != '' GROUP BY l.problems"
    ):
        for code in problems.split():
            out.problems_by_code[code] += n
    for status, voided, problems, declared in conn.execute(
        "SELECT status, voided, problems, declared_lines FROM section WHERE deleted = 0"
    ):
        out.sections += 1
        out.sections_by_status[status] += 1
        out.voided_sections += voided
        out.declared_lines += declared
        for code in problems.split():
            out.section_problems_by_code[code] += 1
    # One grouped pass per table (a correlated count per office scanned every line
    # once per office: 25 s at 900,000 lines and 60 offices).
    sections_by_office = dict(
        conn.execute(
            "SELECT office_id, count(*) FROM section WHERE deleted = 0 GROUP BY office_id"
        ).fetchall()
    )
    lines_by_office = dict(
        conn.execute(
            "SELECT s.office_id, count(*) FROM signature_line l "
            "JOIN section s ON s.id = l.section_id "
            "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY s.office_id"
        ).fetchall()
    )
    for office_id, code, name in conn.execute(
        "SELECT id, code, name FROM office WHERE deleted = 0 ORDER BY code"
    ):
        out.offices.append(
            OfficeFigures(
                code, name, sections_by_office.get(office_id, 0), lines_by_office.get(office_id, 0)
            )
        )
    # Calendar days where the computer is: a line keyed at 9 pm in Los Angeles is that
    # day's work, not the next UTC day's. Grouped by UTC hour in SQL (a prefix of the
    # stamp) and turned into local days here: date(…, 'localtime') on every line cost
    # seconds at 900,000 lines.
    for hour, mark, n in conn.execute(
        "SELECT substr(l.created_at, 1, 13), l.mark, count(*) FROM signature_line l "
        "JOIN section s ON s.id = l.section_id "
        "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY 1, 2 ORDER BY 1"
    ):
        day = _local_day(hour)
        out.lines_by_day[day] = out.lines_by_day.get(day, 0) + n
        if is_signature(mark):
            out.signatures_by_day[day] = out.signatures_by_day.get(day, 0) + n
    return out


SECTION_EXPORT_COLUMNS = (
    "uuid", "serial", "office_code", "circulator", "circulator_address", "declared_lines",
    "keyed_lines", "circulated_from", "circulated_to", "declaration_signed",
    "declaration_dated", "declaration_place", "received_on", "status", "problems", "voided",
    "close_note", "version", "updated_at",
)  # fmt: skip


def count_sections(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM section WHERE deleted = 0").fetchone()[0])


def iter_sections(conn: sqlite3.Connection) -> Generator[tuple[object, ...], None, None]:
    """Sections in serial order, columns as :data:`SECTION_EXPORT_COLUMNS`."""
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: the export streams hundreds of thousands
    yield from cursor.execute(
        "SELECT s.uuid, s.serial, o.code, coalesce(c.name, ''), "
        "trim(coalesce(c.street_address, '') || ', ' || coalesce(c.city, '') || ' ' "
        "     || coalesce(c.zip_code, ''), ', '), "
        "s.declared_lines, "
        "(SELECT count(*) FROM signature_line l WHERE l.section_id = s.id AND l.deleted = 0), "
        "s.circulated_from, s.circulated_to, s.declaration_signed, s.declaration_dated, "
        "s.declaration_place, s.received_on, s.status, s.problems, s.voided, s.close_note, "
        "s.version, s.updated_at "
        "FROM section s JOIN office o ON o.id = s.office_id "
        "LEFT JOIN circulator c ON c.id = s.circulator_id "
        "WHERE s.deleted = 0 ORDER BY s.serial"
    )


LINE_EXPORT_COLUMNS = (
    "uuid", "serial", "office_code", "line_number", "first_name", "last_name",
    "street_number", "street_name", "unit", "city", "zip_code", "signature_present", "mark",
    "problems", "severity", "keyed_by", "keyed_at", "version",
)  # fmt: skip


def count_lines(conn: sqlite3.Connection) -> int:
    """Live lines on live sections: exactly what :func:`iter_lines` yields."""
    row = conn.execute(
        "SELECT count(*) FROM signature_line l JOIN section s ON s.id = l.section_id "
        "WHERE l.deleted = 0 AND s.deleted = 0"
    ).fetchone()
    return int(row[0])


def iter_lines(
    conn: sqlite3.Connection, batch: int = 5000
) -> Generator[tuple[object, ...], None, None]:
    """Live lines by section serial and line number, columns as :data:`LINE_EXPORT_COLUMNS`.

    Walks the serial index and each section's line index, so no sort of the
    whole table is needed and memory stays flat.
    """
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(
        "SELECT l.uuid, s.serial, o.code, l.line_number, l.first_name, l.last_name, "
        "l.street_number, l.street_name, l.unit, l.city, l.zip_code, l.signature_present, "
        "l.mark, l.problems, l.severity, coalesce(p.name, ''), l.created_at, l.version "
        "FROM section s INDEXED BY section_serial "
        "JOIN signature_line l ON l.section_id = s.id "
        "JOIN office o ON o.id = s.office_id "
        "LEFT JOIN operator p ON p.id = l.operator_id "
        "WHERE s.deleted = 0 AND l.deleted = 0 ORDER BY s.serial, l.line_number, l.id"
    )
    while rows := cursor.fetchmany(batch):
        yield from rows
