"""The duplicate finder's tables: normalized lines with their keys, and the groups found.

Nothing here decides what is a duplicate (that is :mod:`recalldesk.core.matching`);
this module reads the lines the matcher needs, keeps what it made of them,
and stores and lists the groups it found and where each stands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from recalldesk.core.counting import NOT_SIGNATURE_MARKS
from recalldesk.core.matching.record import KEY_SLOTS, SLOT_KINDS
from recalldesk.store.chunks import rows_for_ids
from recalldesk.store.connection import Database

_KEY_COLUMNS = ", ".join(f"k{i}" for i in range(1, KEY_SLOTS + 1))
_NOT_SIGNATURES = tuple(str(m) for m in NOT_SIGNATURE_MARKS)


# What the matcher reads of a line: id, version, then the fields make_record takes.
RawLine = tuple[int, int, str, str, str, str, str, str, str]
_RAW_COLUMNS = (
    "l.id, l.version, l.first_name, l.last_name, l.street_number, l.street_name, "
    "l.unit, l.city, l.zip_code"
)


def lines_to_match(
    conn: sqlite3.Connection, *, changed_only: bool, gone: list[int] | None = None
) -> Iterator[RawLine]:
    """Signature lines (live, not blank or struck): all of them, or those the matcher
    has not seen at their version. ``changed_only`` also forgets lines that stopped
    being signatures (deleted, blanked, struck), found in the same scan, and adds
    their ids to ``gone``."""
    if not changed_only:
        cursor = conn.execute(
            f"SELECT {_RAW_COLUMNS} FROM signature_line l JOIN section s ON s.id = l.section_id "
            "WHERE l.deleted = 0 AND s.deleted = 0 AND l.mark NOT IN (?, ?) ORDER BY l.id",
            _NOT_SIGNATURES,
        )
        try:
            yield from cursor
        finally:
            cursor.close()
        return
    is_gone = "(l.deleted = 1 OR s.deleted = 1 OR l.mark IN (?, ?))"
    rows = conn.execute(
        f"SELECT {is_gone}, {_RAW_COLUMNS} FROM signature_line l "
        "JOIN section s ON s.id = l.section_id LEFT JOIN dedupe_line d ON d.line_id = l.id "
        f"WHERE CASE WHEN {is_gone} THEN d.line_id IS NOT NULL "
        "ELSE d.version IS NOT l.version END ORDER BY l.id",
        _NOT_SIGNATURES * 2,
    ).fetchall()  # read whole before dedupe_line changes (a merge's worth of lines)
    forgotten = [row[1] for row in rows if row[0]]
    conn.executemany("DELETE FROM dedupe_line WHERE line_id = ?", [(i,) for i in forgotten])
    if gone is not None:
        gone.extend(forgotten)
    for row in rows:
        if not row[0]:
            yield row[1:]


def raw_lines(conn: sqlite3.Connection, ids: Iterable[int]) -> list[RawLine]:
    """The lines ``ids`` as the matcher reads them (to be normalized again)."""
    return list(
        rows_for_ids(
            conn, f"SELECT {_RAW_COLUMNS} FROM signature_line l WHERE l.id IN ({{ids}})", ids
        )
    )


def knows_lines(conn: sqlite3.Connection) -> bool:
    """Whether the matcher has keys for any line (a search has run since the last upgrade)."""
    return conn.execute("SELECT 1 FROM dedupe_line LIMIT 1").fetchone() is not None


def clear(conn: sqlite3.Connection) -> None:
    """Forget every normalized line (a full run starts from scratch)."""
    conn.execute("DELETE FROM dedupe_line")


def save_lines(conn: sqlite3.Connection, rows: Iterable[tuple[int, int, Sequence[int]]]) -> None:
    """Store (line id, version, key hashes) per line, replacing what was there."""
    conn.executemany(
        f"INSERT OR REPLACE INTO dedupe_line(line_id, version, {_KEY_COLUMNS}) "
        f"VALUES ({', '.join('?' * (2 + KEY_SLOTS))})",
        ((line, version, *keys) for line, version, keys in rows),
    )


def drop_key_indexes(conn: sqlite3.Connection) -> None:
    """Before a full run writes every line's keys (nine indexes kept up row by row cost more)."""
    for i in range(1, KEY_SLOTS + 1):
        conn.execute(f"DROP INDEX IF EXISTS dedupe_k{i}")


def create_key_indexes(conn: sqlite3.Connection) -> None:
    """The key indexes an incremental run looks keys up in (SQLite sorts on two threads)."""
    conn.execute("PRAGMA threads = 2")
    for i in range(1, KEY_SLOTS + 1):
        conn.execute(f"CREATE INDEX IF NOT EXISTS dedupe_k{i} ON dedupe_line(k{i}) WHERE k{i} >= 0")


def lines_sharing_keys(
    conn: sqlite3.Connection, keys: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """(key, line_id) for every known line holding one of ``keys`` ((kind, key) pairs).

    Index lookups, slot by slot, of only the keys of that slot's kind: the cost
    follows the new lines, not the size of the drive.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS dedupe_probe(kind INTEGER, k INTEGER, "
        "PRIMARY KEY (kind, k)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.dedupe_probe")
    conn.executemany("INSERT OR IGNORE INTO temp.dedupe_probe(kind, k) VALUES (?, ?)", keys)
    try:
        for slot, kind in enumerate(SLOT_KINDS, start=1):
            # CROSS JOIN: the probe drives; "k >= 0" lets the partial index serve.
            yield from conn.execute(
                f"SELECT d.k{slot}, d.line_id FROM temp.dedupe_probe p CROSS JOIN dedupe_line d "
                f"ON d.k{slot} = p.k AND d.k{slot} >= 0 WHERE p.kind = ?",
                (kind,),
            )
    finally:
        conn.execute("DELETE FROM temp.dedupe_probe")


def line_versions(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
    """line id -> (uuid, version)."""
    sql = "SELECT id, uuid, version FROM signature_line WHERE id IN ({ids})"
    return {line_id: (uuid, version) for line_id, uuid, version in rows_for_ids(conn, sql, ids)}


# --- decisions already taken about pairs ----------------------------------------------


def settled_pairs(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, int, int]]:
    """(uuid, uuid) sorted -> (decision, version, other version) for every decided pair."""
    return {
        (a, b): (decision, va, vb)
        for a, b, decision, va, vb in conn.execute(
            "SELECT line_uuid, other_line_uuid, decision, line_version, other_line_version "
            "FROM duplicate_decision"
        )
    }


# --- groups -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredPair:
    line_a: int
    line_b: int
    score: float
    reasons: tuple[str, ...]
    undecidable: bool


@dataclass(frozen=True, slots=True)
class StoredGroup:
    id: int
    score: float
    likely: bool
    undecidable: bool
    reasons: tuple[str, ...]
    status: str
    found_at: str
    decided_by: str
    decided_at: str
    members: tuple[int, ...]  # line ids


def open_group_ids_touching(conn: sqlite3.Connection, line_ids: Iterable[int]) -> set[int]:
    # CROSS JOIN: from the lines' members to their groups (the planner would otherwise
    # walk every open group).
    sql = (
        "SELECT DISTINCT m.group_id FROM dedupe_member m CROSS JOIN dedupe_group g "
        "ON g.id = m.group_id WHERE g.status = 'open' AND m.line_id IN ({ids})"
    )
    return {r[0] for r in rows_for_ids(conn, sql, line_ids)}


def pairs_of_groups(conn: sqlite3.Connection, group_ids: Iterable[int]) -> list[StoredPair]:
    sql = (
        "SELECT line_a, line_b, score, reasons, undecidable FROM dedupe_pair "
        "WHERE group_id IN ({ids})"
    )
    return [
        StoredPair(a, b, score, tuple(reasons.split()), bool(undecidable))
        for a, b, score, reasons, undecidable in rows_for_ids(conn, sql, group_ids)
    ]


def open_groups_by_office(conn: sqlite3.Connection) -> dict[str, int]:
    """Open groups with at least one line of each office (a group spans offices)."""
    return dict(
        conn.execute(
            "SELECT o.code, count(DISTINCT g.id) FROM dedupe_group g "
            "JOIN dedupe_member m ON m.group_id = g.id "
            "JOIN signature_line l ON l.id = m.line_id JOIN section s ON s.id = l.section_id "
            "JOIN office o ON o.id = s.office_id WHERE g.status = 'open' GROUP BY o.code"
        ).fetchall()
    )


def count_groups(conn: sqlite3.Connection, status: str = "open") -> int:
    return int(
        conn.execute("SELECT count(*) FROM dedupe_group WHERE status = ?", (status,)).fetchone()[0]
    )


def delete_groups(conn: sqlite3.Connection, group_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM dedupe_group WHERE id = ?", [(g,) for g in group_ids])


def delete_open_groups(conn: sqlite3.Connection) -> int:
    return conn.execute("DELETE FROM dedupe_group WHERE status = 'open'").rowcount


def add_group(
    conn: sqlite3.Connection,
    *,
    score: float,
    likely: bool,
    undecidable: bool,
    reasons: Sequence[str],
    members: dict[int, int],
    pairs: Sequence[StoredPair],
    found_at: str,
) -> int:
    """Store one open group: ``members`` maps line id -> its version now."""
    group_id = conn.execute(
        "INSERT INTO dedupe_group(score, likely, undecidable, reasons, found_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (score, int(likely), int(undecidable), " ".join(reasons), found_at),
    ).lastrowid
    assert group_id is not None
    conn.executemany(
        "INSERT INTO dedupe_member(group_id, line_id, line_version) VALUES (?, ?, ?)",
        [(group_id, line, version) for line, version in members.items()],
    )
    conn.executemany(
        "INSERT INTO dedupe_pair(group_id, line_a, line_b, score, reasons, undecidable) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(group_id, p.line_a, p.line_b, p.score, " ".join(p.reasons), int(p.undecidable))
         for p in pairs],
    )  # fmt: skip
    return group_id


def set_group_status(
    conn: sqlite3.Connection, group_id: int, status: str, decided_by: str, decided_at: str
) -> None:
    conn.execute(
        "UPDATE dedupe_group SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?",
        (status, decided_by, decided_at, group_id),
    )


def groups(db: Database, *, status: str | None = "open") -> list[StoredGroup]:
    """Groups (open ones by default), best score first, with their member line ids."""
    where, params = ("WHERE g.status = ?", (status,)) if status else ("", ())
    rows = db.query(
        "SELECT g.id, g.score, g.likely, g.undecidable, g.reasons, g.status, g.found_at, "
        "g.decided_by, g.decided_at, group_concat(m.line_id) FROM dedupe_group g "
        f"JOIN dedupe_member m ON m.group_id = g.id {where} "
        "GROUP BY g.id ORDER BY g.score DESC, g.id",
        params,
    )
    return [
        StoredGroup(
            r[0],
            r[1],
            bool(r[2]),
            bool(r[3]),
            tuple(r[4].split()),
            r[5],
            r[6],
            r[7],
            r[8],
            tuple(sorted(int(x) for x in r[9].split(","))),
        )
        for r in rows
    ]


def group(db: Database, group_id: int) -> tuple[StoredGroup, list[StoredPair]] | None:
    found = [g for g in groups(db, status=None) if g.id == group_id]
    if not found:
        return None
    return found[0], pairs_of_groups(db.conn, [group_id])


@dataclass(frozen=True, slots=True)
class MemberLine:
    """A group member as a coordinator compares it: the line and where it came from."""

    line_id: int
    uuid: str
    version: int
    created_at: str
    serial: str
    line_number: int
    office_code: str
    circulator: str
    operator: str
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    unit: str
    city: str
    zip_code: str


def member_lines(db: Database, line_ids: Sequence[int]) -> list[MemberLine]:
    if not line_ids:
        return []
    rows = db.query(
        "SELECT l.id, l.uuid, l.version, l.created_at, s.serial, l.line_number, o.code, "
        "coalesce(c.name, ''), coalesce(op.name, ''), l.first_name, l.last_name, "
        "l.street_number, l.street_name, l.unit, l.city, l.zip_code "
        "FROM signature_line l JOIN section s ON s.id = l.section_id "
        "JOIN office o ON o.id = s.office_id "
        "LEFT JOIN circulator c ON c.id = s.circulator_id "
        "LEFT JOIN operator op ON op.id = l.operator_id "
        f"WHERE l.id IN ({', '.join('?' * len(line_ids))}) ORDER BY l.created_at, l.uuid",
        tuple(line_ids),
    )
    return [MemberLine(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A stored line that shares a name or an address with one being saved."""

    id: int
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    unit: str
    city: str
    zip_code: str
    serial: str
    line_number: int
    office_code: str
    created_at: str


_LIMIT = 200  # per probe: a name or an address shared more widely than this tells nothing


def lines_like(
    conn: sqlite3.Connection,
    address: str,
    names: Sequence[str],
    zip_code: str,
    exclude: int | None,
) -> list[Neighbour]:
    """Live signature lines with this address key, or one of ``names`` in this ZIP.

    Index probes only (``line_address``, ``line_name_zip``), each capped, so a
    lookup costs the same at 2 million lines as at 2,000.
    """
    probes: list[tuple[str, tuple[object, ...]]] = []
    if address.split("|")[0] and address.split("|")[1]:
        probes.append(("l.address_key = ?", (address,)))
    for name in names:
        if name.strip("|"):
            probes.append(("l.name_key = ? AND l.zip_code = ?", (name, zip_code)))
    out: dict[int, Neighbour] = {}
    for where, params in probes:
        for row in conn.execute(
            "SELECT l.id, l.first_name, l.last_name, l.street_number, l.street_name, l.unit, "
            "l.city, l.zip_code, s.serial, l.line_number, o.code, l.created_at "
            "FROM signature_line l JOIN section s ON s.id = l.section_id "
            "JOIN office o ON o.id = s.office_id "
            f"WHERE {where} AND l.deleted = 0 AND s.deleted = 0 AND l.mark NOT IN (?, ?) "
            f"LIMIT {_LIMIT}",
            (*params, *_NOT_SIGNATURES),
        ):
            if row[0] != exclude:
                out[row[0]] = Neighbour(*row)
    return list(out.values())
