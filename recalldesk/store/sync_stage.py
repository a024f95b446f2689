"""Staging a packet's rows in temp tables and checking them before anything is written.

The rows of each sheet go, as text, into a ``temp.stage_<table>`` table of
this connection (row id = data row number in the sheet), never into the
campaign tables. Each cell's type was checked as it was read
(:mod:`recalldesk.core.packet_checks`); the checks across rows — duplicate
uuids, duplicate live serials — run here in SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import PACKET_ALL_SHEETS, SheetSpec
from recalldesk.core.sync_records import RowProblem
from recalldesk.store.connection import Database
from recalldesk.store.errors import translate_errors


@contextmanager
def _temp_write(conn: sqlite3.Connection, path: str) -> Iterator[None]:
    """A transaction that only touches this connection's temp tables (no lock on the file).

    Inside a merge's own write transaction the statements simply join it.
    """
    with translate_errors(path):
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


class Staging:
    """The temp tables one packet is staged in; use as a context manager (drops them)."""

    def __init__(self, db: Database, specs: Sequence[SheetSpec] = PACKET_ALL_SHEETS) -> None:
        self.db = db
        self.conn = db.conn
        self.specs = tuple(specs)

    def __enter__(self) -> Staging:
        self._drop()
        with _temp_write(self.conn, str(self.db.path)):
            for spec in self.specs:
                columns = ", ".join(f"{name} TEXT NOT NULL" for name in spec.header)
                self.conn.execute(f"CREATE TEMP TABLE stage_{spec.table} ({columns})")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._drop()

    def _drop(self) -> None:
        with translate_errors(str(self.db.path)):
            for spec in self.specs:
                self.conn.execute(f"DROP TABLE IF EXISTS temp.stage_{spec.table}")

    def add_rows(self, spec: SheetSpec, rows: Sequence[Sequence[str]]) -> None:
        """Append data rows (each exactly the sheet's columns, all text) in sheet order."""
        marks = ", ".join("?" * len(spec.header))
        with _temp_write(self.conn, str(self.db.path)):
            self.conn.executemany(f"INSERT INTO temp.stage_{spec.table} VALUES ({marks})", rows)

    def count(self, spec: SheetSpec) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM temp.stage_{spec.table}").fetchone()[0])

    def check(self) -> None:
        """Checks across rows (each row's cells were checked as read); raises RowProblem."""
        for spec in self.specs:
            self._index_uuids(spec)
        self._check_unique_live("section", "serial", "serial")
        self._check_unique_live("office", "code", "office_code")

    def _index_uuids(self, spec: SheetSpec) -> None:
        """Index each sheet's uuids (the merge joins on them); a duplicate is refused."""
        if "uuid" not in spec.header:
            return
        try:
            with _temp_write(self.conn, str(self.db.path)):
                self.conn.execute(
                    f"CREATE UNIQUE INDEX temp.stage_{spec.table}_uuid ON stage_{spec.table}(uuid)"
                )
        except sqlite3.IntegrityError:
            first, second, uuid = self.conn.execute(
                f"SELECT min(rowid), max(rowid), uuid FROM temp.stage_{spec.table} "
                "GROUP BY uuid HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1"
            ).fetchone()
            raise RowProblem(
                spec.title, int(second), "uuid",
                msg("row.repeated_uuid", uuid=uuid, first_row=int(first)),
            ) from None  # fmt: skip

    def _check_unique_live(self, table: str, column: str, label: str) -> None:
        spec = next((s for s in self.specs if s.table == table), None)
        if spec is None:
            return
        found = self.conn.execute(
            f"SELECT min(rowid), max(rowid), {column} FROM temp.stage_{table} "
            f"WHERE deleted = '0' GROUP BY {column} HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1"
        ).fetchone()
        if found is not None:
            raise RowProblem(
                spec.title, int(found[1]), column,
                msg("row.repeated_live_value", what=label, value=found[2], first_row=int(found[0])),
            )  # fmt: skip
