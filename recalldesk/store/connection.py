"""The campaign database connection: WAL, synchronous=FULL, foreign keys.

One writer connection per process (the GUI's); readers for long work (export,
lists) open their own connections, which in WAL mode see a consistent
snapshot without blocking the writer.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recalldesk.store.errors import CorruptError, MissingError, StorageError, translate_errors
from recalldesk.store.migrations import check_identity, migrate

# Measured on the 900k-line demo database: a 64 MB page cache keeps the
# indexes touched by one accepted line in memory.
CACHE_KIB = 65_536


class Database:
    """An open campaign database: the unit of work for the repositories.

    Use :meth:`transaction` for every change. Transactions nest: an operation
    opens the outer one, and each repository function it calls runs in a
    savepoint inside it, so several repository calls commit (or vanish)
    together while a refused inner step undoes only itself.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.read_only = bool(conn.execute("PRAGMA query_only").fetchone()[0])
        self.backup_taken: Path | None = None
        self.closed = False
        self._depth = 0  # transactions open on this connection (outer + savepoints)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable change: BEGIN IMMEDIATE … COMMIT, or a savepoint if nested."""
        with translate_errors(str(self.path)):
            if self._depth:
                yield from self._savepoint()
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                # Some errors (SQLITE_FULL, I/O) have already rolled back.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        name = f"nested_{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        self.conn.execute(f"RELEASE {name}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed state.

        Inside a transaction it simply joins it (the writer sees its own changes).
        """
        with translate_errors(str(self.path)):
            if self.conn.in_transaction:
                yield self.conn
                return
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with translate_errors(str(self.path)):
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with translate_errors(str(self.path)):
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def meta(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Fold the WAL back into the database; run while keying is idle."""
        if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
            raise ValueError(mode)
        if self.closed:
            return
        with translate_errors(str(self.path)):
            self.conn.execute(f"PRAGMA wal_checkpoint({mode})")

    def set_autocheckpoint(self, pages: int) -> None:
        """0 turns SQLite's automatic checkpoint off: the app checkpoints when keying is idle,
        because an automatic one stalls the commit that triggers it (~90 ms here)."""
        with translate_errors(str(self.path)):
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    def integrity_check(self) -> list[str]:
        """``[]`` when the file is sound, else SQLite's complaints."""
        rows = self.query("PRAGMA integrity_check")
        found = [str(r[0]) for r in rows]
        return [] if found == ["ok"] else found

    def reader(self) -> Database:
        """A second, read-only connection to the same file (for worker threads)."""
        return open_database(self.path, readonly=True)

    def close(self) -> None:
        self.conn.close()
        self.closed = True


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError("", f"could not switch the database to WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")


def _inspect(path: Path) -> None:
    """Refuse a file that is not ours (or too new) without writing a byte to it.

    Opening it for writing would switch it to WAL mode before any check, so
    it is first looked at through a read-only, immutable connection: no lock,
    no journal, no -wal or -shm file.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        check_identity(conn, str(path))
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise CorruptError(str(path), str(error)) from error
        raise
    finally:
        conn.close()


def open_database(path: Path | str, *, readonly: bool = False) -> Database:
    """Open (creating or upgrading as needed) the campaign database at ``path``.

    A file that is not a RecallDesk database, or is from a newer RecallDesk,
    is refused unchanged, byte for byte.
    """
    path = Path(path)
    if readonly and not path.exists():
        raise MissingError(str(path))
    wal = path.with_name(path.name + "-wal")
    if not readonly and path.exists() and path.stat().st_size > 0 and not wal.exists():
        # With a WAL beside it the file is in WAL mode already (opening changes nothing),
        # and only the WAL makes it whole: an immutable look would read half a checkpoint.
        with translate_errors(str(path)):
            _inspect(path)
    with translate_errors(str(path)):
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        try:
            _configure(conn, readonly)
            if readonly:
                check_identity(conn, str(path))
                db = Database(conn, path)
            else:
                db = Database(conn, path)
                db.backup_taken = migrate(conn, path, path.parent / "backups")
                _ensure_meta(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            if getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_NOTADB:
                raise CorruptError(str(path), str(error)) from error
            raise
        except BaseException:
            conn.close()
            raise
    return db


def _ensure_meta(conn: sqlite3.Connection) -> None:
    """Give a new database its device identity and change counter."""
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
        [("device_id", str(uuid.uuid4())), ("change_seq", "0"), ("office_code", "")],
    )
    conn.execute("COMMIT")
