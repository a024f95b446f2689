"""Loading many records in one transaction (demo data, large imports).

Row by row through :mod:`writes` costs an audit entry and a change number per
record; a bulk load stamps one change number on every row and writes one
``bulk`` audit entry naming what it loaded and why. It is all or nothing.
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from recalldesk.core.messages import Message
from recalldesk.core.records import Actor
from recalldesk.store import audit
from recalldesk.store.connection import Database
from recalldesk.store.writes import TABLES


class BulkLoader:
    """Inserts records with shared sync stamps; see :func:`bulk_load`."""

    def __init__(self, conn: sqlite3.Connection, actor: Actor) -> None:
        self.conn = conn
        self.actor = actor
        self.now = audit.now_iso()
        self.change_seq = audit.next_change_seq(conn)
        self.counts: dict[str, int] = {}

    def _stamp(self, values: dict[str, Any]) -> dict[str, Any]:
        row = dict(values)
        if "uuid" not in row:  # not setdefault: that would draw a UUID for every row
            row["uuid"] = audit.new_uuid()
        if not row.get("created_at"):
            row["created_at"] = self.now
        if "origin_office" not in row:
            row["origin_office"] = self.actor.office_code
        row.update(
            origin_device=self.actor.device_id,
            version=1,
            updated_at=row["created_at"],
            deleted=0,
            change_seq=self.change_seq,
        )
        return row

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one record; returns its row id."""
        if table not in TABLES:
            raise ValueError(table)
        row = self._stamp(values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
        self.counts[table] = self.counts.get(table, 0) + 1
        return int(cursor.lastrowid or 0)

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]]) -> int:
        """Insert records that all have the same keys; returns how many."""
        if table not in TABLES:
            raise ValueError(table)
        stamped = (self._stamp(r) for r in rows)
        first = next(stamped, None)
        if first is None:
            return 0
        columns = list(first)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        pick = operator.itemgetter(*columns)

        def tuples() -> Iterator[tuple[Any, ...]]:
            yield tuple(first.values())
            for row in stamped:
                yield pick(row)

        with self._indexes_built_after(table):
            # rowcount counts this table's rows only (not what its triggers write).
            n = self.conn.executemany(sql, tuples()).rowcount
        self.counts[table] = self.counts.get(table, 0) + n
        return n

    @contextmanager
    def _indexes_built_after(self, table: str) -> Iterator[None]:
        """Into an empty table, drop its secondary indexes and build them after the load.

        Building an index from sorted data once is several times cheaper than
        updating it row by row; DDL is transactional, so a failed load still
        rolls back to the original schema.
        """
        empty = self.conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
        indexes = (
            self.conn.execute(
                "SELECT name, sql FROM sqlite_schema "
                "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,),
            ).fetchall()
            if empty
            else []
        )
        for name, _ in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        yield
        for _, sql in indexes:
            self.conn.execute(sql)


@contextmanager
def bulk_load(db: Database, actor: Actor, reason: Message) -> Iterator[BulkLoader]:
    """One transaction for a whole load, audited as one ``bulk`` entry."""
    with db.transaction() as conn:
        loader = BulkLoader(conn, actor)
        yield loader
        audit.record(conn, actor, "bulk", "database", "", dict(loader.counts), reason)
