"""Applying a staged, verified packet to the master database: versions decide.

The rule is :func:`recalldesk.core.sync_records.merge_action`, applied here
set-wise in SQL. For each incoming record, by uuid: unknown → inserted as it
came (origin, version, timestamps, tombstone); a higher version → the stored
row takes the incoming values; an equal version with the same content, or a
lower one → unchanged; an equal version with different content → a conflict
row holding both sides, the stored row kept. Offices are matched by code as
well, since every device of an office creates its own office record.

Each packet is applied in its own savepoint, with its ledger entry and one
``bulk`` audit entry, inside a :class:`MergeSession`: a packet is merged
whole or not at all.
"""

from __future__ import annotations

import sqlite3
from types import TracebackType

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import KEYING, PACKET_SHEETS, SheetSpec
from recalldesk.core.records import Actor
from recalldesk.core.serials import owner
from recalldesk.core.sync_records import EntityCounts, PacketRecord, RowProblem
from recalldesk.store import audit, keying_reports, serial_ranges, sync_ledger, sync_sql
from recalldesk.store.connection import Database
from recalldesk.store.errors import translate_errors

# Rows applied between commits of a merge session: see MergeSession.
COMMIT_ROWS = 250_000
# A merge of at least this many lines (and at least as many as are stored) defers
# these indexes to the end. Not line_section: inserting a section looks its lines up
# through it (foreign key check), and without it each lookup would scan the table.
BULK_LINES = 100_000
DEFERRED_INDEXES = ("line_name", "line_address", "line_change")


# (child sheet, column, parent table, parent key column, live parents only, optional)
_REFERENCES = (
    ("operator", "office_code", "office", "code", True, False),
    ("section", "office_code", "office", "code", True, False),
    ("section", "circulator_uuid", "circulator", "uuid", False, True),
    ("signature_line", "section_uuid", "section", "uuid", False, False),
    ("signature_line", "operator_uuid", "operator", "uuid", False, True),
)


def _check_references(conn: sqlite3.Connection) -> None:
    """Every reference must resolve to a row in this packet or in the master."""
    for child, column, parent, key, live, optional in _REFERENCES:
        staged_live = " AND p.deleted = '0'" if live else ""
        master_live = " AND m.deleted = 0" if live else ""
        empty_ok = f"s.{column} != '' AND " if optional else ""
        bad = conn.execute(
            f"SELECT s.rowid, s.{column} FROM temp.stage_{child} s WHERE {empty_ok}"
            f"NOT EXISTS (SELECT 1 FROM temp.stage_{parent} p WHERE p.{key} = s.{column}"
            f"{staged_live}) AND NOT EXISTS (SELECT 1 FROM {parent} m "
            f"WHERE m.{key} = s.{column}{master_live}) ORDER BY s.rowid LIMIT 1"
        ).fetchone()
        if bad is not None:
            title = sync_sql.SPECS[child].title
            raise RowProblem(
                title, int(bad[0]), column, msg("row.unknown_reference", what=parent, value=bad[1])
            )


def _check_ownership(conn: sqlite3.Connection, office: str, upto_change_seq: int) -> None:
    """An office's packet creates and changes only that office's records (issue 13).

    Every row must say the office made it, and a record already here must have been
    made by it; its own office record, operators and sections must name it, and its
    lines must be in its own sections. No packet deletes an office record. A version
    counts the record's changes, each taking one of the office's change numbers, so
    no version is above the packet's last one (a record at 999,999,999 would win over
    every later edit).
    """
    params = {"office": office, "upto": upto_change_seq}
    for spec in PACKET_SHEETS:
        stage = f"temp.stage_{spec.table}"
        checks = (
            ("origin_office", f"SELECT s.rowid, s.origin_office FROM {stage} s "
             "WHERE s.origin_office != :office"),
            ("uuid", f"SELECT s.rowid, m.origin_office FROM {stage} s "
             f"CROSS JOIN {spec.table} m ON m.uuid = s.uuid WHERE m.origin_office != :office"),
        )  # fmt: skip
        for column, sql in checks:
            bad = conn.execute(f"{sql} ORDER BY s.rowid LIMIT 1", params).fetchone()
            if bad is not None:
                raise RowProblem(
                    spec.title, int(bad[0]), column,
                    msg("row.not_owner", owner=bad[1], office=office),
                )  # fmt: skip
        bad = conn.execute(
            f"SELECT rowid, version FROM {stage} WHERE CAST(version AS INTEGER) > :upto "
            "ORDER BY rowid LIMIT 1",
            params,
        ).fetchone()
        if bad is not None:
            raise RowProblem(
                spec.title, int(bad[0]), "version",
                msg("row.version_implausible", version=bad[1], office=office,
                    changes=upto_change_seq),
            )  # fmt: skip
    for table, column in (("office", "code"), ("operator", "office_code"),
                          ("section", "office_code")):  # fmt: skip
        bad = conn.execute(
            f"SELECT rowid, {column} FROM temp.stage_{table} WHERE {column} != :office "
            "ORDER BY rowid LIMIT 1",
            params,
        ).fetchone()
        if bad is not None:
            raise RowProblem(
                sync_sql.SPECS[table].title, int(bad[0]), column,
                msg("row.not_owner", owner=bad[1], office=office),
            )  # fmt: skip
    bad = conn.execute(
        "SELECT rowid, code FROM temp.stage_office WHERE deleted = '1' ORDER BY rowid LIMIT 1"
    ).fetchone()
    if bad is not None:
        raise RowProblem(
            "Offices", int(bad[0]), "deleted", msg("row.office_deleted", office=bad[1])
        )
    bad = conn.execute(
        "SELECT s.rowid, m.origin_office FROM temp.stage_signature_line s "
        "CROSS JOIN section m ON m.uuid = s.section_uuid WHERE m.origin_office != :office "
        "ORDER BY s.rowid LIMIT 1",
        params,
    ).fetchone()
    if bad is not None:
        raise RowProblem(
            "Lines", int(bad[0]), "section_uuid", msg("row.not_owner", owner=bad[1], office=office)
        )


def _check_serial_ranges(conn: sqlite3.Connection, office: str) -> None:
    """Once central has issued serial ranges, an office's new section must carry a serial
    of its own ranges, and no office may take a serial of another office's range."""
    ranges = serial_ranges.ranges_of(conn)
    if not ranges:
        return
    own = [r for r in ranges if r.office_code == office]
    new = conn.execute(
        "SELECT s.rowid, s.serial FROM temp.stage_section s WHERE s.deleted = '0' "
        "AND NOT EXISTS (SELECT 1 FROM section m WHERE m.uuid = s.uuid AND m.serial = s.serial)"
        " ORDER BY s.rowid"
    ).fetchall()
    for rowid, serial in new:
        holder = owner(serial, ranges)
        if holder is not None and holder != office:
            raise RowProblem("Sections", int(rowid), "serial",
                             msg("row.serial_of_other", serial=serial, owner=holder,
                                 office=office))  # fmt: skip
        if holder is None and own:
            raise RowProblem("Sections", int(rowid), "serial",
                             msg("row.serial_outside", serial=serial, office=office))  # fmt: skip


def _check_serials(conn: sqlite3.Connection) -> None:
    """A section that will be live may not take a serial another live section holds."""
    bad = conn.execute(
        "SELECT s.rowid, s.serial, m.origin_office FROM temp.stage_section s "
        "JOIN section m ON m.serial = s.serial AND m.deleted = 0 AND m.uuid != s.uuid "
        "WHERE s.deleted = '0' "
        # s will be live: it is new, or it wins over the stored version
        "AND NOT EXISTS (SELECT 1 FROM section o WHERE o.uuid = s.uuid "
        "                AND o.version >= CAST(s.version AS INTEGER)) "
        # ... unless this packet also deletes or renames the section holding the serial
        "AND NOT EXISTS (SELECT 1 FROM temp.stage_section n WHERE n.uuid = m.uuid "
        "                AND CAST(n.version AS INTEGER) > m.version "
        "                AND (n.deleted = '1' OR n.serial != m.serial)) "
        "ORDER BY s.rowid LIMIT 1"
    ).fetchone()
    if bad is not None:
        raise RowProblem(
            "Sections", int(bad[0]), "serial",
            msg("row.serial_taken", serial=bad[1], office=bad[2]),
        )  # fmt: skip


def _record_conflicts(conn: sqlite3.Connection, spec: SheetSpec, params: dict[str, object]) -> int:
    """Count equal versions with different content; store each new one side by side."""
    table, stage = spec.table, f"temp.stage_{spec.table}"
    exprs = sync_sql.read_exprs(spec)
    by_name = dict(zip(spec.header, exprs, strict=True))
    incoming = ", ".join(f"s.{c}" for c in spec.compared)
    stored = ", ".join(by_name[c] for c in spec.compared)
    # CROSS JOIN keeps the (small) staging table outside: one index probe per staged row.
    joined = f"FROM {stage} s CROSS JOIN {table} t ON t.uuid = s.uuid {sync_sql.joins(spec)}"
    differs = f"t.version = CAST(s.version AS INTEGER) AND ({incoming}) IS NOT ({stored})"
    conflicts = int(conn.execute(f"SELECT count(*) {joined} WHERE {differs}").fetchone()[0])
    if conflicts:
        incoming_json = sync_sql.json_object_sql(spec, [f"s.{c}" for c in spec.header])
        conn.execute(
            "INSERT INTO sync_conflict(entity, uuid, version, local, incoming, packet_id, "
            f"detected_at) SELECT :entity, s.uuid, t.version, "
            f"{sync_sql.json_object_sql(spec, exprs)}, {incoming_json}, :pid, :now "
            f"{joined} WHERE {differs} AND NOT EXISTS (SELECT 1 FROM sync_conflict c "
            f"WHERE c.uuid = s.uuid AND c.version = t.version AND c.incoming = {incoming_json})",
            params,
        )
    return conflicts


def _update_winners(
    conn: sqlite3.Connection, spec: SheetSpec, values: dict[str, str], params: dict[str, object]
) -> int:
    """Stored rows take a higher incoming version; returns how many did."""
    table, stage = spec.table, f"temp.stage_{spec.table}"
    sets = ", ".join(f"{col} = {expr}" for col, expr in values.items() if col != "uuid")
    updated = 0
    # Deletions first, so a serial freed by a tombstone can be taken by another row.
    # rowcount, not total_changes: the circulator search index's triggers change rows too.
    for deleted in ("1", "0"):
        updated += conn.execute(
            f"UPDATE {table} SET {sets}, change_seq = :cs FROM {stage} AS s "
            f"WHERE {table}.uuid = s.uuid AND CAST(s.version AS INTEGER) > {table}.version "
            f"AND s.deleted = '{deleted}'",
            params,
        ).rowcount
    return updated


def _apply_table(
    conn: sqlite3.Connection,
    spec: SheetSpec,
    packet_id: int,
    change_seq: int,
    now: str,
    recompute_keys: bool,
) -> EntityCounts:
    table, stage = spec.table, f"temp.stage_{spec.table}"
    rows = int(conn.execute(f"SELECT count(*) FROM {stage}").fetchone()[0])
    if rows == 0:
        return EntityCounts()
    params = {"cs": change_seq, "now": now, "pid": packet_id, "entity": table}
    # Most merged rows are new: one probe tells whether the other checks can be skipped.
    known = conn.execute(
        f"SELECT EXISTS (SELECT 1 FROM {stage} s CROSS JOIN {table} t ON t.uuid = s.uuid)"
    ).fetchone()[0]
    conflicts = updated = 0
    values = sync_sql.assignments(spec, lambda c: f"s.{c}", "1" if recompute_keys else "0")
    if known:
        conflicts = _record_conflicts(conn, spec, params)
        updated = _update_winners(conn, spec, values, params)
    new_only = f"NOT EXISTS (SELECT 1 FROM {table} m WHERE m.uuid = s.uuid)" if known else "1"
    if table == "office":  # another device's record of the same office
        new_only += (
            " AND NOT EXISTS (SELECT 1 FROM office m WHERE m.code = s.code AND m.deleted = 0)"
        )
    added = conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}, change_seq) "
        f"SELECT {', '.join(values.values())}, :cs FROM {stage} s WHERE {new_only} "
        "ORDER BY s.rowid",
        params,
    ).rowcount
    return EntityCounts(rows, added, updated, rows - added - updated - conflicts, conflicts)


def _apply(
    conn: sqlite3.Connection, actor: Actor, record: PacketRecord, recompute_keys: bool
) -> dict[str, EntityCounts]:
    counts: dict[str, EntityCounts] = {}
    current = "Sections"
    try:
        _check_ownership(conn, record.office_code, record.upto_change_seq)
        _check_serial_ranges(conn, record.office_code)
        _check_references(conn)
        _check_serials(conn)
        now = audit.now_iso()
        packet_id = sync_ledger.insert_packet(conn, record, actor, now)
        change_seq = audit.next_change_seq(conn)
        total = EntityCounts()
        for spec in PACKET_SHEETS:
            current = spec.title
            counts[spec.title] = _apply_table(
                conn, spec, packet_id, change_seq, now, recompute_keys
            )
            total.add(counts[spec.title])
        current = KEYING.title
        keying_reports.forget_devices(conn, record.office_code, record.replaces)
        if record.keying:  # a /3 packet has no sheet: it reports nothing, it clears nothing
            figures = keying_reports.apply_staged(
                conn, record.office_code, record.device_id, record.sequence
            )
            if figures.rows:  # not records: counted apart from the rows merged
                counts[KEYING.title] = figures
    except sqlite3.IntegrityError as error:
        raise RowProblem(current, None, "", msg("row.cannot_merge", detail=str(error))) from error
    sync_ledger.set_counts(
        conn, packet_id, rows=total.rows, added=total.added, updated=total.updated,
        unchanged=total.unchanged, conflicts=total.conflicts,
    )  # fmt: skip
    sheets = {k: [v.added, v.updated, v.unchanged, v.conflicts] for k, v in counts.items()}
    audit.record(
        conn, actor, "bulk", "packet", "",
        {"file": record.file_name, "office": record.office_code, "device": record.device_id,
         "sequence": record.sequence, "sheets": sheets},
        msg("audit.packet_merged", sequence=record.sequence, office=record.office_code), at=now,
    )  # fmt: skip
    return counts


class MergeSession:
    """Packets applied in a shared write transaction, each in its own savepoint.

    Each packet is still all or nothing: a refused one is rolled back to its
    savepoint. Committing after every packet rewrote most index pages each
    time (uuids and name keys land at random places), so the session
    commits once ``commit_rows`` rows have been applied, and at the end. A
    crash loses at most the packets since the last commit — ledger entries
    included, so merging them again simply redoes them.

    A big merge (``expected_lines`` at least :data:`BULK_LINES` and at least
    the lines already stored, e.g. a first merge into an empty master) runs
    as one transaction with the lines' lookup indexes dropped and rebuilt
    before the commit: building an index once from sorted data costs a
    fraction of updating it line by line (see bulk.py). DDL is
    transactional, so a failure leaves the schema as it was.
    """

    def __init__(
        self, db: Database, *, commit_rows: int = COMMIT_ROWS, expected_lines: int = 0
    ) -> None:
        self.db = db
        self.conn = db.conn
        self.commit_rows = commit_rows
        self.expected_lines = expected_lines
        self.pending = 0
        self.rebuild: list[str] = []  # CREATE INDEX statements to run before committing

    def __enter__(self) -> MergeSession:
        sync_sql.register_functions(self.conn)
        with translate_errors(str(self.db.path)):
            self.conn.execute("BEGIN IMMEDIATE")
            stored = self.conn.execute("SELECT count(*) FROM signature_line").fetchone()[0]
            if self.expected_lines >= max(BULK_LINES, stored):
                for name in DEFERRED_INDEXES:
                    sql = self.conn.execute(
                        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?", (name,)
                    ).fetchone()
                    if sql is not None:
                        self.conn.execute(f"DROP INDEX {name}")
                        self.rebuild.append(str(sql[0]))
                self.commit_rows = 2**62  # one transaction: the indexes are rebuilt once
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        with translate_errors(str(self.db.path)):
            if not self.conn.in_transaction:  # SQLite already rolled back (disk full, I/O)
                return
            if kind is not None:
                self.conn.execute("ROLLBACK")
                return
            for sql in self.rebuild:
                self.conn.execute(sql)
            self.conn.execute("COMMIT")

    def apply(
        self, actor: Actor, record: PacketRecord, *, recompute_keys: bool = False
    ) -> dict[str, EntityCounts]:
        """Merge the staged packet; returns counts per sheet title.

        Raises :class:`RowProblem` (the packet changed nothing) when a
        reference does not resolve or a section serial clashes.
        """
        conn = self.conn
        with translate_errors(str(self.db.path)):
            conn.execute("SAVEPOINT packet")
            try:
                counts = _apply(conn, actor, record, recompute_keys)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO packet")
                    conn.execute("RELEASE packet")
                raise
            conn.execute("RELEASE packet")
            self.pending += sum(c.rows for c in counts.values())
            if self.pending >= self.commit_rows:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                self.pending = 0
        return counts


def apply_packet(
    db: Database, actor: Actor, record: PacketRecord, *, recompute_keys: bool = False
) -> dict[str, EntityCounts]:
    """Merge one staged packet in its own transaction (see :class:`MergeSession`)."""
    with MergeSession(db) as session:
        return session.apply(actor, record, recompute_keys=recompute_keys)
